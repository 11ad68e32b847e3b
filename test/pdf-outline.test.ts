/**
 * The outline plan and the matching of Chromium's bookmarks (pure, no browser):
 * what outline.ts does with the titles Chromium gives it. The PDFs themselves are
 * checked in pdf.test.ts / pdf-report.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { planEntries } from '../pipeline/render/pdf/outline.ts';
import { outlinePlan } from '../pipeline/render/pdf/outline-plan.ts';
import { loadFixture } from './fixtures/pdf/annotate.ts';

const { pub } = loadFixture('basic');
// Chromium's bookmark titles for the fixture's bilingual edition, in document order
const chromium = [
  '北京市海淀区人民政府工作报告Report on the Work of the Governmentof Haidian District, Beijing',
  '目录 · Contents',
  '一、过去五年工作回顾',
  'I. A Review of Our Work in the Past Five Years',
  '（三）民生福祉持续增进',
  '(III) People’s Well-being Improved Steadily',
  '（四）深化改革，区域发展竞争力进一步彰显',
  '(IV) Reform Deepened and the District Became More Compet\u00ADitive',
  '二、其他各项工作',
  'II. Other Work',
  '术语表 · Glossary',
  '关于本版 · About this edition',
];

describe('PDF outline plan', () => {
  it('gives one entry per bilingual heading, nested by depth, without the cover', () => {
    const entries = planEntries(chromium, outlinePlan(pub, 'bilingual'));
    expect(entries.map((e) => [e.level, e.title, e.item])).toEqual([
      [0, '目录 · Contents', 1],
      [0, '一、过去五年工作回顾 · A Review of Our Work in the Past Five Years', 2],
      [1, '（三）民生福祉持续增进 · People’s Well-being Improved Steadily', 4],
      [1, '（四）深化改革，区域发展竞争力进一步彰显 · Reform Deepened and the District Became More Competitive', 6],
      [0, '二、其他各项工作 · Other Work', 8],
      [0, '术语表 · Glossary', 10],
      [0, '关于本版 · About this edition', 11],
    ]);
  });

  it('matches a heading whose bookmark carries a note call (digits ignored)', () => {
    const titles = chromium.map((t) => (t === '二、其他各项工作' ? '二、其他各项工作12' : t));
    expect(planEntries(titles, outlinePlan(pub, 'bilingual')).map((e) => e.item)).toEqual([1, 2, 4, 6, 8, 10, 11]);
  });

  it('keeps the English numbering in the English edition', () => {
    const en = ['Report on the Work of the Government of Haidian District, Beijing', 'Contents', ...chromium.filter((t) => /^[IV(]/.test(t)), 'Glossary', 'About this edition'];
    const entries = planEntries(en, outlinePlan(pub, 'en'));
    expect(entries.map((e) => e.title)).toEqual([
      'Contents',
      'I. A Review of Our Work in the Past Five Years',
      '(III) People’s Well-being Improved Steadily',
      '(IV) Reform Deepened and the District Became More Competitive',
      'II. Other Work',
      'Glossary',
      'About this edition',
    ]);
  });

  it('fails loudly when Chromium made no bookmark for a heading', () => {
    const missing = chromium.filter((t) => t !== '(III) People’s Well-being Improved Steadily');
    expect(() => planEntries(missing, outlinePlan(pub, 'bilingual'))).toThrow(/h-b00001 \(en\)/);
  });

  it('lists no lead sentence, even in a text with fewer than two top-level headings (was: each lead under the heading it follows)', () => {
    const plan = outlinePlan({ ...pub, outline: pub.outline.slice(0, 1) }, 'zh');
    expect(plan.entries.map((e) => e.id)).toEqual(pub.blocks.filter((b) => b.kind === 'heading').map((b) => b.id));
    const entries = planEntries(['北京市海淀区人民政府工作报告', '目录', '一、过去五年工作回顾', '（三）民生福祉持续增进', '（四）深化改革，区域发展竞争力进一步彰显', '二、其他各项工作', '术语表', '关于本版'], plan);
    expect(entries.map((e) => e.title)).toEqual(['目录', '一、过去五年工作回顾', '（三）民生福祉持续增进', '（四）深化改革，区域发展竞争力进一步彰显', '二、其他各项工作', '术语表', '关于本版']);
  });
});
