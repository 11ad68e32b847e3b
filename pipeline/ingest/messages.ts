import type { VFile } from 'vfile';

/** What every ingest message is said with: its source, a text it quotes clipped to 40 characters; the file's messages put in reading order. */
export const SOURCE = 'ingest';

export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** How a message tells the editor to say the text is a part of the report (front-matter.ts's `scope`, `scope_note`). */
export const SAY_A_PART = 'say it is a part (`scope: excerpt` and a `scope_note` in the --meta file or zh.md)';

/** The --meta file says the text is a part, with a note saying which: a cut at its end or a jump is what it says (info, not a warning). */
export function saidToBeAPart(meta: Readonly<Record<string, unknown>> | undefined): boolean {
  return meta?.scope === 'excerpt' && typeof meta.scope_note === 'string' && meta.scope_note.trim() !== '';
}

/** A file's messages in reading order (line, then column), whichever step raised them. */
export function inReadingOrder(file: VFile): void {
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
