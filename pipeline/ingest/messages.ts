import type { VFile } from 'vfile';

/** What every ingest message is said with: its source, a text it quotes clipped to 40 characters; the file's messages put in reading order. */
export const SOURCE = 'ingest';

export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A file's messages in reading order (line, then column), whichever step raised them. */
export function inReadingOrder(file: VFile): void {
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
