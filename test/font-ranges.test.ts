/**
 * codePointsOf (render/font-ranges.ts) reads a text by UTF-16 unit with a byte table for long texts:
 * it must give what reading it by code point gives — sorted, distinct, controls left out, an astral
 * character as one code point, a lone surrogate as itself — short texts and long ones alike.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { codePointsOf } from '../pipeline/render/font-ranges.ts';
import { repo } from './build-helpers.ts';

/** The plain reading: every code point of the text, as `for…of` gives them. */
function byCodePoint(text: string): number[] {
  const set = new Set<number>();
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) set.add(cp);
  }
  return [...set].sort((a, b) => a - b);
}

const report = path.join(repo, 'content/reports/haidian-2021');
const texts = [
  '',
  'a',
  'The quick brown fox 中文，“引号”',
  '😀a😀\u0007\u0085\u00a0',
  'x\ud800', // a lone high surrogate at the end
  '\udc00y\ud800z', // lone surrogates inside
  '𠮷野家 is 𠮷'.repeat(40), // astral characters in a long text
  `${'\u0001\t\n'.repeat(200)}${'汉'.repeat(300)}\ud83d`,
  readFileSync(path.join(report, 'zh.md'), 'utf8') + readFileSync(path.join(report, 'en.md'), 'utf8'),
];

it('gives the code points of a text as reading it by code point does, short or long', () => {
  for (const text of texts) expect(codePointsOf(text)).toEqual(byCodePoint(text));
  expect(codePointsOf('b😀a\u0001a')).toEqual([0x61, 0x62, 0x1f600]);
});
