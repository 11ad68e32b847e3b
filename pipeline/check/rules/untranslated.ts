/**
 * `untranslated`: Han characters left in the English. Allowed on purpose: a
 * parenthesis that holds only Chinese (and optional pinyin), e.g.
 * “Xuexi Qiangguo (学习强国)” — the convention for showing a term's original.
 */
import { location } from 'vfile-location';
import { englishMetaKeys } from '../../model/meta-keys.ts';
import type { Rule, RuleContext } from '../types.ts';
import { mappedText } from '../place.ts';

const hanRun = /[\p{Script=Han}\u3007][\p{Script=Han}\u3007\s\p{P}]*/gu;
// The Chinese of a gloss may carry its own quotation marks: (“一刻钟健身圈”), (武汉之“重”); and a term's quoted short form
// may be figures or letters, (“1+1+9”工作部署), (“1+N”政策体系) — only quoted: a bare figure, (10.2万件), is one left untranslated.
const chineseMarks = '“”‘’「」『』、·';
const quotedShortForm = '“[\\p{Script=Han}\\u3007A-Za-z0-9０-９+＋/.．·、-]+”';
const glossParen = new RegExp(`^[（(](?:[\\p{Script=Han}\\u3007${chineseMarks}]|${quotedShortForm})+(?:[,，;；\\s]+[\\p{L}\\p{M}' -]*)?[)）]$`, 'u');
const beforeGloss = new RegExp(`[^\\s${chineseMarks}]`, 'u');
const quotedShortForms = new RegExp(quotedShortForm, 'gu');

/**
 * The runs of Chinese in a text, each with its index. A run of Han, spaces and punctuation is cut after a closing
 * parenthesis followed by a space, a comma, a semicolon or another opening one: two glosses in a list — “challenges”
 * (风险挑战), “resolutely” (坚决) — are two runs, each read as a gloss (stop 57: in a translator's note, whose quotations are
 * blanked, the quoted English between them left only spaces, and the two were one run, `风险挑战), … (坚决`, told as
 * untranslated); Chinese left bare after a gloss is told on its own. A parenthesis inside Chinese, 武汉（湖北）的, cuts nothing.
 */
function* hanRuns(text: string): Generator<{ index: number; run: string }> {
  for (const match of text.matchAll(hanRun)) {
    let offset = match.index;
    for (const piece of match[0].split(/(?<=[)）])(?=[\s,，;；、]|[(（])/u)) {
      const first = piece.search(/[\p{Script=Han}\u3007]/u);
      const run = first < 0 ? '' : piece.slice(first).replace(/[\s\p{P}]+$/u, '');
      if (run) yield { index: offset + first, run };
      offset += piece.length;
    }
  }
}

export const untranslatedRule: Rule = (context) => {
  const { publication, report } = context;
  const enFile = publication.files.en;
  if (!enFile) return;
  frontMatter(context);
  for (const block of publication.blocks) {
    if (!block.en) continue;
    const { text, placeAt } = mappedText(block.en, enFile);
    for (const { index: start, run } of hanRuns(text)) {
      if (isGloss(text, start, start + run.length)) continue;
      report({
        ruleId: 'untranslated',
        file: 'en',
        place: placeAt(start),
        reason: `Unexpected Chinese \`${run}\` in the English of \`${block.id}\`, expected English (or the Chinese in parentheses after its English, as a gloss)`,
        block,
      });
    }
  }
};

/** `(学习强国)`, `(学习强国, xuéxí qiángguó)`, `(“两新”)` or `(“1+1+9”工作部署)`: a deliberate gloss. */
function isGloss(text: string, start: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf('(', start), text.lastIndexOf('（', start));
  if (open < 0 || beforeGloss.test(text.slice(open + 1, start).replace(quotedShortForms, ''))) return false;
  const close = text.slice(end).search(/[)）]/u);
  if (close < 0) return false;
  return glossParen.test(text.slice(open, end + close + 1));
}

/**
 * (new user, round 31) The translator's note with its quotations of the Chinese blanked (one space a character, so places
 * hold) — “20221-12月”, “（CO24小时”: the note tells the reader what the source prints and how the English reads it, so it
 * quotes the source, in quotation marks (was: each an `untranslated` error, the note rewritten round them). Only quoted, and
 * only in the translator's note: Chinese anywhere else in the English front matter, or unquoted there, is still told.
 * The Chinese is found in the blanked text; a gloss is read in either, blanked ("(年, “year,” lost)") or as written
 * ("(“1+1+9”工作部署)", whose quoted short form the blanking takes away: stop 51, it was made an error).
 */
function unquoted(text: string): string {
  return text.replace(/“[^“”]*”/gu, (quotation) => ' '.repeat(quotation.length));
}

/** The English front matter is read too (title, issuer, occasion, notes). */
function frontMatter({ publication, report }: RuleContext): void {
  const meta = publication.meta.en;
  const enFile = publication.files.en;
  if (!meta || !enFile) return;
  const value = String(enFile.value);
  const end = enFile.data.frontMatter?.end;
  if (end === undefined) return;
  const where = location(enFile);
  for (const key of englishMetaKeys) {
    const text = meta[key];
    if (typeof text !== 'string') continue;
    // (the translator's note's quotations of the source blanked: what stays is the note's own words)
    const own = key === 'translator_note' ? unquoted(text) : text;
    for (const { index, run } of hanRuns(own)) {
      if (isGloss(own, index, index + run.length) || isGloss(text, index, index + run.length)) continue;
      const keyAt = value.search(new RegExp(`^${key}:`, 'm'));
      // The run's own place: the same Chinese may stand twice in a value, once as a gloss (new user, round 26: “units of
      // 10,000 yuan (万元)” and then “(1,179,747万元 = …)” — was: the message pointed at the gloss, the first 万元).
      const before = text.slice(0, index).split(run).length - 1;
      let at = Math.max(0, keyAt) - 1;
      for (let k = 0; k <= before && (at = value.indexOf(run, at + 1)) >= 0; k++);
      const point = where.toPoint(at >= 0 && at < end ? at : Math.max(0, keyAt)) ?? { line: 1, column: 1 };
      report({
        ruleId: 'untranslated',
        file: 'en',
        place: { line: point.line, column: point.column },
        reason: `Unexpected Chinese \`${run}\` in the English front matter (\`${key}\`), expected English (or the Chinese in parentheses after its English, as a gloss)`,
        // (stop 56) the value's unit, meta-<key>: an import tells it there (xliff-import.ts warnUntranslated)
        metaKey: key,
      });
    }
  }
}
