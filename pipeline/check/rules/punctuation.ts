/**
 * `punctuation`: full-width or Chinese punctuation in the English (，。、；：
 * ？！（）《》「」【】 ideographic space, ——, full-width forms). Curly quotes
 * “ ” are reported only in a file that otherwise uses straight quotes.
 * (New user round 20) A `?` that stands for characters a page's encoding lost: glued to the word after it
 * ("???Review of Work in 2013", "I?Punishing crimes", en.chinacourt.org's copy of the Supreme People's Court's 2014
 * report: a dash, a 、 and ideographic spaces read as ?), or closing a quotation that the sentence then goes on after
 * ("…in each judicial case?” adhered to…") where the Chinese asks no question (no ？ in it). A web address's query
 * ("detail.php?id=4867") is no loss.
 */
import type { Rule } from '../types.ts';
import { mappedText } from '../place.ts';

const replacements: Record<string, string> = {
  '，': ',', '。': '.', '、': ',', '；': ';', '：': ':', '？': '?', '！': '!',
  '（': '(', '）': ')', '【': '[', '】': ']', '〔': '[', '〕': ']', '《': 'italics or “…”', '》': 'italics or “…”',
  '〈': 'a quotation mark', '〉': 'a quotation mark', '「': 'a quotation mark', '」': 'a quotation mark', '『': 'a quotation mark', '』': 'a quotation mark', '　': 'a space', '——': '—', '～': '–', '·': '·',
  '＂': '"', '＇': "'", '％': '%', '．': '.', '－': '-', '／': '/',
};

// Ideographic space, CJK punctuation (U+3001–U+303F), full-width ASCII forms,
// and the doubled Chinese dash.
const fullWidth = /——|[\u3000-\u303f\uff01-\uff5e]/gu;

/** `?` glued to a letter or another `?` (or opening the text), or `?` before a closing quote and a word in lower case. */
const lostMark = /(?<!\?)\?+(?=[A-Za-z])|^\?+|(?<!\?)\?(?<quote>["”’])(?=\s+[a-z])/gu;

export const punctuationRule: Rule = ({ publication, report }) => {
  const enFile = publication.files.en;
  if (!enFile) return;
  const texts = publication.blocks.filter((b) => b.en).map((b) => ({ block: b, ...mappedText(b.en!, enFile) }));
  // “ ” are English typography too, but in a file that quotes with straight
  // quotes they are the Chinese marks copied along with a slogan.
  const all = texts.map((t) => t.text).join('\n');
  const straight = (all.match(/"/g) ?? []).length > (all.match(/[“”]/g) ?? []).length;
  for (const { block, text, placeAt } of texts) {
    if (straight) {
      for (const match of text.matchAll(/[“”]/g)) {
        report({
          ruleId: 'punctuation',
          file: 'en',
          place: placeAt(match.index),
          reason: `Unexpected \`${match[0]}\` in the English of \`${block.id}\` (Chinese-style quotation mark; this file quotes with straight quotes), expected \`"\``,
          block,
        });
      }
    }
    const asks = /[？?]/.test(block.zhText);
    for (const match of text.matchAll(lostMark)) {
      if (/[/=&.]\w*$/.test(text.slice(0, match.index).split(/\s/).at(-1) ?? '') && /\w=/.test(text.slice(match.index, match.index + 20))) continue;
      if (match.groups?.quote !== undefined && asks) continue;
      report({
        ruleId: 'punctuation',
        file: 'en',
        place: placeAt(match.index),
        reason: `Unexpected \`${match[0].trim().replace(/\s.*$/, '')}\` in the English of \`${block.id}\`${match.groups?.quote !== undefined ? ' closing a quotation the sentence goes on after, where the Chinese asks no question' : ' glued to the word after it'}: characters the page's encoding lost (a dash, a 、, a space read as ?) — restore them from the official text`,
        block,
      });
    }
    for (const match of text.matchAll(fullWidth)) {
      const mark = match[0];
      if (/[\u3007]/u.test(mark)) continue; // 〇 is a numeral, reported by `untranslated`
      if (isInsideGloss(text, match.index)) continue;
      const expected = replacements[mark] ?? 'its ASCII (half-width) form';
      report({
        ruleId: 'punctuation',
        file: 'en',
        place: placeAt(match.index),
        reason: `Unexpected full-width \`${mark}\` in the English of \`${block.id}\`, expected ${expected.length === 1 ? `\`${expected}\`` : expected}`,
        block,
      });
    }
  }
};

/** Punctuation inside a Chinese gloss “(放管服、…)” belongs to the Chinese. */
function isInsideGloss(text: string, index: number): boolean {
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  return /\p{Script=Han}/u.test(before) && /\p{Script=Han}/u.test(after);
}
