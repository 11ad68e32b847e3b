/**
 * A term's rendering split by a modifier before its last word (pipeline/glossary/split.ts): Chinese puts what the term is
 * about before the whole term (经济社会高质量发展), English inside it (“high-quality economic and social development”).
 * New user round 25 (the Guangdong audit work report): `term-mismatch` warned on that usual rendering and a strict build
 * failed. The term check accepts it; a rendering apart across a sentence, a bracket, or more than four words is still no
 * rendering, nor are its words in another order.
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher } from '../pipeline/glossary/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { fixtureGlossary } from './fixtures/check/fixture-matcher.ts';

const glossary = fixtureGlossary([
  { id: 'gao-zhi-liang-fa-zhan', zh: '高质量发展', en: 'high-quality development', variants: ['high quality development'] },
  { id: 'xiang-cun-zhen-xing-zhan-lue', zh: '乡村振兴战略', en: 'rural revitalization strategy' },
  { id: 'liu-wen', zh: '六稳', en: 'stability on six fronts' },
  { id: 'gai-ge', zh: '改革', en: 'reform' },
]);
const matcher = createMatcher(glossary);

function check(zh: string, en: string): string[] {
  const zhMd = `---\ntitle: 测试\n---\n\n${zh} {#p-aaaaaa}\n`;
  const enMd = `---\ntitle: Test\n---\n\n${en} {#p-aaaaaa}\n`;
  const loaded = buildPublication('x', new VFile({ path: 'zh.md', value: zhMd }), new VFile({ path: 'en.md', value: enMd }));
  return checkPublication(loaded, { glossary, matcher }).messages.filter((m) => m.ruleId === 'term-mismatch').map((m) => m.reason ?? '');
}

describe('term check: a rendering split by a modifier before its last word', () => {
  it('accepts “high-quality economic and social development” for 经济社会高质量发展, and the like', () => {
    expect(check('有力支持了全省经济社会高质量发展。', 'This gave strong support to high-quality economic and social development across the province.')).toEqual([]);
    expect(check('推动经济高质量发展。', 'We promoted high-quality economic development.')).toEqual([]);
    expect(check('实施乡村振兴战略。', 'We implemented the rural revitalization and development strategy.')).toEqual([]);
    expect(check('推动经济社会文化高质量发展。', 'We promoted high-quality economic, social and cultural development.')).toEqual([]);
    expect(matcher.findEnSplit?.('High-Quality Economic Developments', 'gao-zhi-liang-fa-zhan')).toBe(true);
  });

  it('guards: not across a sentence or a bracket, not over more than four words, not in another order, not a one-word term', () => {
    expect(check('推动高质量发展。', 'Growth was high-quality. Development followed.')).toHaveLength(1);
    expect(check('推动高质量发展。', 'It was high-quality (in every respect) development.')).toHaveLength(1);
    expect(check('推动高质量发展。', 'We kept growth high-quality in all the many ways of development.')).toHaveLength(1);
    expect(check('推动高质量发展。', 'We promoted development of high quality.')).toHaveLength(1);
    expect(check('深化改革。', 'We deepened the reforms.')).toEqual([]);
    expect(matcher.findEnSplit?.('We deepened the overhaul.', 'gai-ge')).toBe(false);
  });
});
