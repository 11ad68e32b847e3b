/**
 * (stop 50, blind: zhgfanyi.com, a translation site's 2021 report printed a paragraph in Chinese, then the same in Arabic) Lines
 * in a script neither Chinese nor Latin — Arabic (Uyghur's too), Cyrillic, Tibetan, Mongolian, Hangul, Thai — among the Chinese
 * text: a translation printed beside it, or a minority language's twin of the report. They were kept as paragraphs of the Chinese
 * text, nothing said. Kept as found (the script may be the report's own twin, as an autonomous region prints one), and said once:
 * how many lines, in which scripts, where the first is.
 */
import type { SourceLine } from './types.ts';

const SCRIPTS: ReadonlyArray<{ name: string; letters: RegExp }> = [
  { name: 'Arabic', letters: /\p{Script=Arabic}/gu },
  { name: 'Cyrillic', letters: /\p{Script=Cyrillic}/gu },
  { name: 'Tibetan', letters: /\p{Script=Tibetan}/gu },
  { name: 'Mongolian', letters: /\p{Script=Mongolian}/gu },
  { name: 'Hangul', letters: /\p{Script=Hangul}/gu },
  { name: 'Thai', letters: /\p{Script=Thai}/gu },
];
/** Letters of one such script on a line before it is read as written in it (a name or a word quoted in a sentence is fewer). */
const LETTERS = 8;

export interface ForeignScript {
  line: number;
  column: number;
  /** The scripts found, in order of first appearance. */
  scripts: string[];
  /** How many lines hold one. */
  lines: number;
}

/** The lines written in a script neither Chinese nor Latin, or undefined when there are none. */
export function findForeignScript(lines: readonly SourceLine[]): ForeignScript | undefined {
  let found: ForeignScript | undefined;
  for (const line of lines) {
    const script = SCRIPTS.find((s) => (line.text.match(s.letters)?.length ?? 0) >= LETTERS);
    if (!script) continue;
    const column = line.column + Math.max(0, line.text.search(script.letters));
    found ??= { line: line.line, column, scripts: [], lines: 0 };
    found.lines += 1;
    if (!found.scripts.includes(script.name)) found.scripts.push(script.name);
  }
  return found;
}
