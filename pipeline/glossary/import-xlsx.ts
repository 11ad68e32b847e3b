/**
 * (New user round 41) A term base as an Excel workbook (`.xlsx`), as memoQ exports and imports one beside CSV: its help
 * has memoQ import "an Excel sheet" directly (https://docs.memoq.com/9-0/en/Places/term-base-csv-import-settings.html)
 * and memoQweb map the columns of "both CSV and XLSX files" to the term base's fields, a row an entry, the first row the
 * fields' names (https://docs.memoq.com/11-2/en/webNext-help/mqw-nxt-resources-tbs-tb-import.html). The workbook is
 * read by read-excel-file (MIT; no zip or XML read here); its cells become text and its rows go through the CSV's reader
 * (import.ts readSheetTerms), so the same columns are known and the same terms refused.
 */
import type { VFile } from 'vfile';

/** One sheet of a workbook: its name and its rows, each cell as text ('' for an empty one), row n at index n - 1. */
export interface SheetRows {
  sheet: string;
  rows: string[][];
}

/** A cell's value as the text a CSV would hold: a number as written, a checkbox's value True/False, a date as ISO. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value);
}

/** Every sheet of the workbook `bytes`, or throws (not a workbook, damaged, encrypted) with the reader's reason. */
export async function sheetRows(bytes: Uint8Array): Promise<SheetRows[]> {
  // loaded only when a workbook is read: every other `glossary` command (export, check, a TBX or CSV import) runs without it
  const { default: readExcelFile } = await import('read-excel-file/node');
  const sheets = await readExcelFile(Buffer.from(bytes));
  return sheets.map(({ sheet, data }) => ({ sheet, rows: data.map((row) => row.map(cellText)) }));
}

/**
 * The sheet the terms are read from: the first. Another sheet holding anything is refused at the file (fatal,
 * `import-sheet`): the import is all or nothing, and its rows would otherwise be left unread and unsaid.
 */
export function termSheet(sheets: readonly SheetRows[], file: VFile): SheetRows | undefined {
  const filled = (s: SheetRows) => s.rows.filter((row) => row.some((cell) => cell.trim() !== '')).length;
  const [first, ...others] = sheets;
  for (const other of others) {
    const count = filled(other);
    if (count === 0) continue;
    const message = file.message(`Unexpected second sheet “${other.sheet}” holding ${count} row(s): only the first sheet (“${first.sheet}”) is read as the term base — export one sheet, or move its rows into the first, and import again`, { place: { line: 1, column: 1 }, ruleId: 'import-sheet', source: 'glossary' });
    message.fatal = true;
  }
  return first;
}
