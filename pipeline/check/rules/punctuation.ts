/**
 * `punctuation`: full-width or Chinese punctuation in the English (，。、；：
 * ？！（）《》「」【】 ideographic space, ——, full-width forms). Curly quotes
 * “ ” ‘ ’ are English typography too and are not reported.
 */
import type { Rule } from '../types.ts';
import { mappedText } from '../place.ts';

const replacements: Record<string, string> = {
  '，': ',', '。': '.', '、': ',', '；': ';', '：': ':', '？': '?', '！': '!',
  '（': '(', '）': ')', '【': '[', '】': ']', '〔': '[', '〕': ']', '《': 'italics or “…”', '》': 'italics or “…”',
  '〈': '“', '〉': '”', '「': '“', '」': '”', '『': '‘', '』': '’', '　': 'a space', '——': '—', '～': '–', '·': '·',
  '＂': '"', '＇': "'", '％': '%', '．': '.', '－': '-', '／': '/',
};

// Ideographic space, CJK punctuation (U+3001–U+303F), full-width ASCII forms,
// and the doubled Chinese dash.
const fullWidth = /——|[\u3000-\u303f\uff01-\uff5e]/gu;

export const punctuationRule: Rule = ({ publication, report }) => {
  const enFile = publication.files.en;
  if (!enFile) return;
  for (const block of publication.blocks) {
    if (!block.en) continue;
    const { text, placeAt } = mappedText(block.en, enFile);
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
