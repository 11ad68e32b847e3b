/**
 * en.md of a bilingual edition: the page's own English (twins.ts), each block
 * under the id of its Chinese twin, `state=translated` with `src=` the Chinese
 * block's hash (written, not reviewed: `duizhao review` says it was checked),
 * the title block's English in the front matter (a bold lead sentence where the
 * Chinese has one: the English's first sentence), and a translator's note that
 * says where the English came from (the colophon prints it). A Chinese block
 * without English gets none: it stays pending.
 */
import { stringify } from 'yaml';
import { markTranslated } from '../translate/review.ts';
import type { IdentifiedBlock } from './ids.ts';
import { escapeInline, escapeLineStart } from './serialize.ts';
import type { TitleTwin } from './twins.ts';

export function englishMarkdown(zhMarkdown: string, meta: Record<string, unknown>, blocks: readonly IdentifiedBlock[], title?: TitleTwin): { markdown: string; blocks: number } | undefined {
  const body: string[] = [];
  for (const b of blocks) {
    if (!b.english || b.id === '' || (b.kind !== 'heading' && b.kind !== 'paragraph')) continue;
    const text = b.kind === 'paragraph' && b.lead ? withLead(b.english.text) : escapeLineStart(escapeInline(b.english.text));
    body.push(b.kind === 'heading' ? `${'#'.repeat(b.depth ?? 2)} ${text.replace(/#+$/, (m) => '\\#'.repeat(m.length))} {#${b.id}}` : `${text} {#${b.id}}`);
  }
  if (body.length === 0 && !title) return undefined;
  const front: Record<string, unknown> = {};
  if (title?.title) front.title = title.title;
  if (title?.occasion) front.occasion = title.occasion;
  if (title?.speaker) front.speaker = title.speaker;
  const source = typeof meta.source === 'string' ? meta.source : undefined;
  front.translation = 'official';
  front.translator_note = `The English is the official translation printed with the Chinese on the source page${source ? ` (${source})` : ''}, taken over by ingest block by block; it has not been reviewed for this edition.`;
  const draft = `---\n${stringify(front, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.join('\n\n')}\n`;
  return { markdown: markTranslated(zhMarkdown, draft, 'all').value, blocks: body.length };
}

/**
 * The Chinese opens with a bold lead sentence: so does the English, its first
 * sentence (the official translations keep a topic sentence first). With no
 * sentence end to take, the English stays plain and `check` says so (markup-parity).
 */
function withLead(text: string): string {
  const first = /^(.+?[.!?]["”’]?)\s+(?=["“‘(—–]?[A-Z0-9])/.exec(text);
  if (!first || first[1].length > 0.8 * text.length || /\b(?:Mr|Ms|Dr|No|St|U\.S)\.$/.test(first[1])) return escapeLineStart(escapeInline(text));
  return `**${escapeInline(first[1])}** ${escapeInline(text.slice(first[0].length))}`;
}
