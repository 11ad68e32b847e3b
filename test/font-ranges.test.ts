/**
 * codePointsOf (render/font-ranges.ts) reads a text by UTF-16 unit with a byte table for long texts:
 * it must give what reading it by code point gives — sorted, distinct, controls left out, an astral
 * character as one code point, a lone surrogate as itself — short texts and long ones alike.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { codePointsOf, rangePredicate } from '../pipeline/render/font-ranges.ts';
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

it('tells whether a code point is in a unicode-range value as trying every range does', () => {
  const byEveryRange = (list: string) => {
    const ranges = list.split(',').map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
    });
    return (cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);
  };
  const lists = [
    'U+0-FF,U+131,U+152-153,U+2BB-2BC,U+2C6,U+2DA,U+2DC,U+304,U+308,U+329,U+2000-206F,U+FEFF,U+FFFD',
    'U+2000-206F, U+0-FF,U+10-20,U+21,u+1F600-1F64F,U+30-40,U+FF-100', // unsorted, overlapping, adjacent, lower case
    'U+4E00',
    'U+9FA5-9FA5,U+4E00-4E0F,U+4E10-4E1F',
  ];
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let n = 0; n < 30; n++) {
    const parts = Array.from({ length: 1 + Math.floor(random() * 40) }, () => {
      const from = Math.floor(random() * 0x2ffff);
      const to = random() < 0.3 ? from : from + Math.floor(random() * 500);
      return random() < 0.5 && to !== from ? `U+${from.toString(16)}-${to.toString(16)}` : `U+${from.toString(16)}`;
    });
    lists.push(parts.join(','));
  }
  for (const list of lists) {
    const expected = byEveryRange(list);
    const covers = rangePredicate(list);
    const points = list.split(',').flatMap((part) => part.trim().replace(/^U\+/i, '').split('-').map((hex) => parseInt(hex, 16))).flatMap((cp) => [cp - 1, cp, cp + 1]);
    for (let i = 0; i < 300; i++) points.push(Math.floor(random() * 0x30000));
    for (const cp of points) expect(covers(cp), `${list}: U+${cp.toString(16)}`).toBe(expected(cp));
  }
});

it('parses each unicode-range value once: the faces of a family list the same chunks', () => {
  const list = 'U+0-FF,U+131,U+2000-206F';
  const covers = rangePredicate(list);
  expect(rangePredicate(`${list}`)).toBe(covers);
  expect(rangePredicate('U+0-FF')).not.toBe(covers);
  expect([0x41, 0x131, 0x2001, 0x132].map(covers)).toEqual([true, true, true, false]);
});
