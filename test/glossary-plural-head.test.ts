/**
 * Round 28's gap, closed in new user round 29: 二十届二中、三中全会 in English is "the Second and Third Plenary Sessions of the
 * 20th CPC Central Committee" — the head noun in the plural before "of". The term base's "third plenary session of the 20th
 * CPC Central Committee" did not match it: only "Third Plenary Sessions" did (a plural at a match's end), so the note of
 * 二十届三中全会 stood on those words, and "CPC Central Committee" inside the session's name took 党中央's first English mark
 * (its note there, the report's own "Party Central Committee" later unmarked). The matcher now also reads a form's head
 * noun before "of" in the plural (test/fixtures/newuser-round28, Wuxi's communiqué).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { annotate, createMatcher, parseGlossary } from '../pipeline/glossary/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import type { TermRef } from '../pipeline/model/types.ts';

const root = path.join(import.meta.dirname, '..');
const glossary = parseGlossary(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8')).glossary;
const wuxi = path.join(root, 'test/fixtures/newuser-round28/content/reports/wuxi-2024-statistical-communique');
const zhMd = readFileSync(path.join(wuxi, 'zh.md'), 'utf8');
const enMd = readFileSync(path.join(wuxi, 'en.md'), 'utf8');

/** The English each term's mark covers in the report's first block, in order, and whether it is the note's place. */
function englishMarks(en: string) {
  const pub = buildPublication('t', new VFile({ path: 'zh.md', value: zhMd }), new VFile({ path: 'en.md', value: en })).publication;
  annotate(pub, glossary, createMatcher(glossary));
  const marks: Array<[string, string, boolean]> = [];
  visit(pub.blocks[0].en!, 'termRef', (node: TermRef) => void marks.push([node.termId, toString(node), node.first === true]));
  return marks;
}

describe('a term whose English head is in the plural before "of"', () => {
  it('二十届三中全会’s note sits on "Third Plenary Sessions of the 20th CPC Central Committee" (was: "Third Plenary Sessions")', () => {
    expect(englishMarks(enMd).filter(([id]) => id === 'er-shi-jie-san-zhong-quan-hui')).toEqual([['er-shi-jie-san-zhong-quan-hui', 'Third Plenary Sessions of the 20th CPC Central Committee', true]]);
  });

  it('党中央’s first English mark is the report’s “Party Central Committee” (was: “CPC Central Committee” inside the session’s name)', () => {
    expect(englishMarks(enMd).filter(([id]) => id === 'dang-zhong-yang')).toEqual([['dang-zhong-yang', 'Party Central Committee', true]]);
  });

  it('the matcher finds the plural head, -ies too; a plural at the end as before', () => {
    const matcher = createMatcher(glossary);
    const found = (text: string) => matcher.findEn(text).map((o) => [o.termId, o.text]);
    expect(found('the Second and Third Plenary Sessions of the 20th CPC Central Committee')).toContainEqual(['er-shi-jie-san-zhong-quan-hui', 'Third Plenary Sessions of the 20th CPC Central Committee']);
    const one = { entries: [{ ...glossary.entries[0], id: 'x', zh: '测试', en: 'the policy of opening up', variants: [], aliases: [] }] };
    expect(createMatcher(one).findEn('two policies of opening up').map((o) => o.text)).toEqual(['policies of opening up']);
  });

  it('guard: the singular and the plural at the end are marked as before; no other mark in the paragraph moves', () => {
    const singular = englishMarks(enMd.replace('the Second and Third Plenary Sessions of the 20th CPC Central Committee', 'the Third Plenary Session of the 20th CPC Central Committee'));
    expect(singular.filter(([id]) => id === 'er-shi-jie-san-zhong-quan-hui')).toEqual([['er-shi-jie-san-zhong-quan-hui', 'Third Plenary Session of the 20th CPC Central Committee', true]]);
    const bare = englishMarks(enMd.replace('the Second and Third Plenary Sessions of the 20th CPC Central Committee', 'its second and third plenary sessions'));
    expect(bare.filter(([id]) => id === 'er-shi-jie-san-zhong-quan-hui')).toEqual([['er-shi-jie-san-zhong-quan-hui', 'third plenary sessions', true]]);
    const others = (marks: Array<[string, string, boolean]>) => marks.filter(([id]) => id !== 'er-shi-jie-san-zhong-quan-hui' && id !== 'dang-zhong-yang');
    expect(others(englishMarks(enMd))).toEqual(others(singular));
  });
});
