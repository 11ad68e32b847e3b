/**
 * The script of a report's Chinese — simplified (zh-Hans) or traditional (zh-Hant) — and so the language tag
 * every edition writes on its Chinese text (HTML `lang`, EPUB `dc:language` and `xml:lang`, the PDF's `/Lang`).
 * A report copied from a Hong Kong, Taiwan or Big5 mirror is in traditional characters (new user, round 12: the
 * CPPCC's 2010 proposals report), and tagging it zh-Hans told screen readers and reading systems otherwise.
 *
 * Read from the text, one count against the other with OpenCC's character tables: characters that exist only
 * in traditional writing (國 會 議: TSCharacters maps them to another character) against characters that exist
 * only in simplified writing (国 会 议: STCharacters maps them to another). A simplified report quoting a title
 * in traditional characters, or a traditional one with a few simplified forms, keeps the script of the most.
 */
import { openccTable } from './opencc.ts';
import type { Publication } from './types.ts';

export type ChineseTag = 'zh-Hans' | 'zh-Hant';

let tables: { traditionalOnly: Set<string>; simplifiedOnly: Set<string> } | undefined;

/** Characters OpenCC's `file` maps to another (the first candidate differs from the character itself). */
function changedBy(file: string): Set<string> {
  return new Set(openccTable(file).filter(([from, to]) => [...from].length === 1 && to[0] !== from).map(([from]) => from));
}

/** OpenCC's two character tables read (~40 ms): the dev server does it while the user reads, not at the first save. */
export function loadScriptTables(): NonNullable<typeof tables> {
  return (tables ??= { traditionalOnly: changedBy('TSCharacters.txt'), simplifiedOnly: changedBy('STCharacters.txt') });
}

/** zh-Hant when more of the text's characters are traditional-only than simplified-only; else zh-Hans. */
export function chineseScript(text: string): ChineseTag {
  const tables = loadScriptTables();
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    if (tables.traditionalOnly.has(char)) traditional++;
    else if (tables.simplifiedOnly.has(char)) simplified++;
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

const memo = new WeakMap<Publication, ChineseTag>();

/** The language tag of a report's Chinese: its title and every unit's text. */
export function chineseTag(pub: Publication): ChineseTag {
  let tag = memo.get(pub);
  if (!tag) {
    tag = chineseScript([pub.meta.zh.title ?? '', ...pub.blocks.map((b) => b.zhText)].join('\n'));
    memo.set(pub, tag);
  }
  return tag;
}
