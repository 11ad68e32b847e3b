/**
 * A code frame: the lines around a position with a caret under the column,
 * so a config error shows the file at the bad key (like Babel/TypeScript).
 */
export function codeFrame(source: string, line: number, column: number, context = 2): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  // Long lines (a paragraph is one line) are cut to a window around the column.
  const max = 100;
  const start = Math.max(0, Math.min(column - 1 - max / 2, (lines[line - 1] ?? '').length - max));
  const cut = (text: string) => {
    const from = text.length > max ? start : 0;
    const body = text.slice(from, from + max);
    return `${from > 0 ? '…' : ''}${body}${text.length > from + max ? '…' : ''}`;
  };
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${cut(lines[n - 1] ?? '')}`);
    if (n === line) {
      const text = lines[n - 1] ?? '';
      const offset = text.length > max ? column - 1 - start + (start > 0 ? 1 : 0) : column - 1;
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, offset))}^`);
    }
  }
  return out.join('\n');
}
