/** What every ingest message is said with: its source, and a text it quotes clipped to 40 characters. */
export const SOURCE = 'ingest';

export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
