import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPages, termCoverage } from '../pipeline/bench/term-coverage.ts';
import { parseGlossary } from '../pipeline/glossary/load.ts';

const { glossary } = parseGlossary(`
- id: gao-zhi-liang-fa-zhan
  zh: 高质量发展
  en: high-quality development
- id: di-qu-sheng-chan-zong-zhi
  zh: 地区生产总值
  en: gross regional product
  aliases: [生产总值]
- id: guo-nei-sheng-chan-zong-zhi
  zh: 国内生产总值
  en: GDP
`);

describe('termCoverage (pipeline/bench/term-coverage.ts)', () => {
  it('counts occurrences, distinct terms per page and pages with a term, as findZh matches them (longest first)', () => {
    const coverage = termCoverage(glossary, [
      { name: 'a', text: '国内生产总值增长5%，推动高质量发展，高质量发展取得成效。' },
      { name: 'b', text: '全市生产总值增长6%，地区生产总值突破千亿元。' },
      { name: 'c', text: '各位代表：' },
    ]);
    expect(coverage).toMatchObject({ pages: 3, occurrences: 5, distinctTerms: 3, pagesWithTerm: 2 });
    // 国内生产总值 is not also counted as the 生产总值 inside it
    expect(Object.fromEntries(coverage.byTerm)).toEqual({
      'guo-nei-sheng-chan-zong-zhi': { pages: 1, occurrences: 1 },
      'gao-zhi-liang-fa-zhan': { pages: 1, occurrences: 2 },
      'di-qu-sheng-chan-zong-zhi': { pages: 1, occurrences: 2 },
    });
  });

  it('reads every corpus page as ingest decodes it (a GB18030 page keeps its Chinese) and the newuser-round projects', () => {
    const pages = corpusPages(import.meta.dirname);
    expect(pages.filter((p) => !p.name.startsWith('newuser-round')).length).toBeGreaterThanOrEqual(290);
    expect(pages.some((p) => p.name === path.join('newuser-round5', 'content/reports/hebei-2023/zh.md'))).toBe(true);
    const gb = pages.find((p) => p.name === 'sn-xixiang-county-2021-mirror')!;
    expect(gb.text).toContain('政府工作报告');
  });
});
