/**
 * CSV export for CAT tools and Weblate: RFC 4180 (comma-separated, fields
 * quoted when they hold a comma, quote or line break, CRLF line ends),
 * UTF-8 with a byte-order mark by default — memoQ, Trados MultiTerm Convert
 * and Excel then detect UTF-8 without asking; pass `{ bom: false }` for
 * tools that want none. One header row:
 *   zh,en,pinyin,note,variants,aliases,note_zh,source,id,note_national,note_zh_national
 * `variants` and `aliases` hold several forms separated by `; ` (map them
 * as synonyms when importing). `note_national` / `note_zh_national`: the notes for a national report
 * (`note_en_national`, `note_zh_national`: report-level.ts), empty where the term reads the same at every level —
 * a terminologist sees them beside the notes; a CAT tool's import maps them as a second definition or note field,
 * or skips them. They come last so an import mapped by position before stop 45 reads the same columns.
 * An alias's pinyin (`alias_pinyin`) has no column: the TBX export carries it.
 */
import type { Glossary } from './types.ts';

export interface CsvOptions {
  /** start with a UTF-8 byte-order mark (default true) */
  bom?: boolean;
  /** separator for multi-valued fields (default `; `) */
  listSeparator?: string;
}

export const csvColumns = ['zh', 'en', 'pinyin', 'note', 'variants', 'aliases', 'note_zh', 'source', 'id', 'note_national', 'note_zh_national'] as const;

export function exportCsv(glossary: Pick<Glossary, 'entries'>, options: Readonly<CsvOptions> = {}): string {
  const join = (list: string[]) => list.join(options.listSeparator ?? '; ');
  const rows: string[][] = [[...csvColumns]];
  for (const e of glossary.entries) {
    rows.push([e.zh, e.en, e.pinyin, e.note_en, join(e.variants), join(e.aliases), e.note_zh ?? '', e.source, e.id, e.note_en_national ?? '', e.note_zh_national ?? '']);
  }
  const body = rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
  return (options.bom === false ? '' : '\uFEFF') + body;
}

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Parse CSV as written by exportCsv (RFC 4180); used by tests and `glossary import` (import.ts). With `rowLines`, the
 * line each row starts on (1-based) is pushed to it, row by row: a quoted field may hold line breaks. `delimiter`: the
 * character between fields (memoQ writes `;` or a tab as readily as `,`).
 */
export function parseCsv(text: string, rowLines?: number[], delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let line = 1;
  const input = text.replace(/^\uFEFF/, '');
  rowLines?.push(1);
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (char === '\n' || (char === '\r' && input[i + 1] !== '\n')) line++;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(value);
      value = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') {
        i++;
        line++;
      }
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
      if (i + 1 < input.length) rowLines?.push(line);
    } else value += char;
  }
  if (value !== '' || row.length > 0) {
    row.push(value);
    rows.push(row);
  }
  return rows;
}
