/**
 * `end-punctuation`: a paragraph, item or note whose Chinese ends a sentence
 * (。！？；…) while its English ends with no sentence mark at all — the last
 * sentence left unfinished or cut off while editing (pofilter's `endpunc`,
 * one way: English may end a sentence where the Chinese ends with a colon).
 * Closing quotes and brackets and the report's note calls after the mark count
 * as the end; headings, titles and cells are not sentences.
 */
import type { Rule } from '../types.ts';
import { blockStart, mappedText } from '../place.ts';

const zhSentenceEnd = /[。！？；…][”’）)」』]*$/u;
const enSentenceEnd = /[.!?;:…。！？；：][”’"')\]]*$/u;

export const endPunctuationRule: Rule = ({ publication, report }) => {
  const enFile = publication.files.en;
  if (!enFile) return;
  for (const block of publication.blocks) {
    if (!block.en || !['paragraph', 'item', 'note'].includes(block.kind)) continue;
    const zh = block.zhText.replace(/\[\^[^\]\s]+\]/g, '').trimEnd();
    if (!zhSentenceEnd.test(zh)) continue;
    const { text } = mappedText(block.en, enFile);
    const en = text.replace(/\[\^[^\]\s]+\]/g, '').trimEnd();
    if (en === '' || enSentenceEnd.test(en)) continue;
    report({
      ruleId: 'end-punctuation',
      file: 'en',
      place: blockStart(block.en, block.enLine ?? 1),
      reason: `Unexpected end of the English of \`${block.id}\` without a sentence mark (“…${en.slice(-30)}”), expected a full stop or other end mark: its Chinese ends a sentence (“…${zh.slice(-12)}”)`,
      block,
    });
  }
};
