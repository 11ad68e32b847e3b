/** How align's messages name a Chinese block and quote a text (official.ts, official-structures.ts). */
import type { ParsedBlock } from '../model/parse.ts';

/** A block as messages name it: its id, zh.md line and opening. */
export function describe(b: ParsedBlock | undefined): string {
  if (!b) return 'the start';
  return `\`${b.attributes.id}\` (zh.md:${b.line} “${clip(b.text, 16)}”)`;
}

export function clip(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
