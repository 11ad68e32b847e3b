/**
 * `brackets`: an English unit whose parentheses, square brackets or curly
 * quotes do not pair up, where its Chinese pairs its own (pofilter's
 * `brackets`): a gloss or an aside the translator opened and never closed, or
 * closed twice. A Chinese unit that is itself unbalanced (a page cut inside a
 * parenthesis) is left alone, as is the note call syntax `[^1]`.
 */
import type { Rule } from '../types.ts';
import { mappedText } from '../place.ts';

const pairs: Array<{ open: string; close: string; zhOpen: RegExp; zhClose: RegExp }> = [
  { open: '(', close: ')', zhOpen: /[（(]/g, zhClose: /[）)]/g },
  { open: '[', close: ']', zhOpen: /[［\[【〔]/g, zhClose: /[］\]】〕]/g },
  { open: '“', close: '”', zhOpen: /“/g, zhClose: /”/g },
];

/** First unmatched mark: an opening one never closed, or a closing one with nothing open. */
function unmatched(text: string, open: string, close: string): { index: number; mark: string } | undefined {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) stack.push(i);
    else if (text[i] === close) {
      if (stack.length === 0) return { index: i, mark: close };
      stack.pop();
    }
  }
  return stack.length > 0 ? { index: stack[0], mark: open } : undefined;
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

export const bracketsRule: Rule = ({ publication, report }) => {
  const enFile = publication.files.en;
  if (!enFile) return;
  for (const block of publication.blocks) {
    if (!block.en) continue;
    const { text, placeAt } = mappedText(block.en, enFile);
    const en = text.replace(/\[\^[^\]\s]+\]/g, (call) => ' '.repeat(call.length));
    for (const { open, close, zhOpen, zhClose } of pairs) {
      if (count(block.zhText, zhOpen) !== count(block.zhText, zhClose)) continue;
      const found = unmatched(en, open, close);
      if (!found) continue;
      const what = found.mark === open ? `\`${open}\` never closed` : `\`${close}\` with no \`${open}\` before it`;
      report({
        ruleId: 'brackets',
        file: 'en',
        place: placeAt(found.index),
        reason: `Unexpected ${what} in the English of \`${block.id}\`, expected \`${open}\` and \`${close}\` in pairs (the Chinese pairs its own)`,
        block,
      });
    }
    // Straight double quotes (en.md's; the editions curl them): an odd number leaves one open.
    const straight = [...en.matchAll(/"/g)];
    if (straight.length % 2 === 1 && count(block.zhText, /“/g) === count(block.zhText, /”/g)) {
      report({
        ruleId: 'brackets',
        file: 'en',
        place: placeAt(straight[straight.length - 1].index),
        reason: `Unexpected odd number of \`"\` (${straight.length}) in the English of \`${block.id}\`, expected quotation marks in pairs (the Chinese pairs its own)`,
        block,
      });
    }
  }
};
