/**
 * A report published as an excerpt whose copy breaks off mid-sentence (a page cut at a size limit, an official English that
 * stops at "promoting stability t") ends its last paragraph with no sentence end: every edition marks the place, in each
 * language shown, so a reader does not take the last words for the end of a sentence (new user, round 18: Jiaxing's 2025
 * report, "…督查典型案例推广，再获" / "…and once again won", was printed with no mark; round 17's crntt page the same).
 */
import { toText } from 'hast-util-to-text';
import { selectAll } from 'hast-util-select';
import { h } from 'hastscript';
import { beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { buildPublication } from '../pipeline/model/load.ts';
import type { Lang } from '../pipeline/model/types.ts';
import type { Translate } from '../pipeline/render/types.ts';
import { bilingualBlock, type TemplateEdition, type TemplateOptions } from '../templates/components/index.ts';
import { createTranslators } from '../templates/i18n.ts';

let t: Record<Lang, Translate>;
beforeAll(async () => {
  t = await createTranslators();
});

const zhMd = (scope: string, last: string) => `---
title: 政府工作报告
scope: ${scope}
---

## 一、2024年工作回顾 {#h-aaaaaa}

过去一年，经济回升向好。 {#p-bbbbbb}

${last} {#p-cccccc}
`;
const enMd = (last: string) => `---
title: Report on the Work of the Government
---

## I. A Review of Our Work in 2024 {#h-aaaaaa}

Over the past year, the economy recovered. {#p-bbbbbb}

${last} {#p-cccccc}
`;
const load = (zh: string, en?: string) => buildPublication('x', new VFile({ path: 'zh.md', value: zh }), en ? new VFile({ path: 'en.md', value: en }) : undefined).publication;
const brokenOff = (zh: string, en?: string) => load(zh, en).blocks.filter((b) => b.brokenOff).map((b) => b.id);

describe('an excerpt that breaks off mid-sentence', () => {
  it('its last paragraph is marked in the model when the Chinese stops on a word, a figure or a comma', () => {
    expect(brokenOff(zhMd('excerpt', '制造业改造列入典型案例推广，再获'))).toEqual(['p-cccccc']);
    expect(brokenOff(zhMd('excerpt', '全市研发投入强度提高到3.56'))).toEqual(['p-cccccc']);
    // a figure with its percent or per-mille sign is a word too (new user round 25: "…分别比上年增长21.9%", which ingest said was cut
    // off, printed unmarked in every edition)
    expect(brokenOff(zhMd('excerpt', '各领域的投入分别比上年增长21.9%'))).toEqual(['p-cccccc']);
    expect(brokenOff(zhMd('excerpt', '全省常住人口自然增长率为3.2‰'))).toEqual(['p-cccccc']);
    expect(brokenOff(zhMd('excerpt', '这五年，'))).toEqual(['p-cccccc']);
    expect(brokenOff(zhMd('excerpt', '打造“D旗'))).toEqual(['p-cccccc']);
  });

  it('guards: a whole sentence, a colon, a closing quote, a full report, and a paragraph that is not the last are not marked', () => {
    expect(brokenOff(zhMd('excerpt', '经济运行稳中有进。'))).toEqual([]);
    expect(brokenOff(zhMd('excerpt', '主要做了以下工作：'))).toEqual([]);
    expect(brokenOff(zhMd('excerpt', '坚持“稳中求进”'.concat('。')))).toEqual([]);
    expect(brokenOff(zhMd('excerpt', '全面建设“美丽中国先行区”'))).toEqual([]);
    expect(brokenOff(zhMd('full', '制造业改造列入典型案例推广，再获'))).toEqual([]);
    expect(brokenOff(zhMd('excerpt', '2025年2月11日'))).toEqual([]);
  });

  for (const edition of ['html', 'epub', 'print'] as TemplateEdition[]) {
    it(`${edition}: each language shown says where the text breaks off, after its last words`, () => {
      const pub = load(zhMd('excerpt', '制造业改造列入典型案例推广，再获'), enMd('was promoted as a model case, and once again won'));
      const block = pub.blocks.find((b) => b.id === 'p-cccccc')!;
      const options: TemplateOptions = { edition, t, draft: false };
      const el = bilingualBlock(block, options);
      const marks = selectAll('.broken-off', el);
      expect(marks.map((m) => m.properties.lang)).toEqual(['zh-Hans', 'en']);
      const sides = selectAll('p', el).map((p) => toText(p));
      expect(sides[0]).toBe(`制造业改造列入典型案例推广，再获${t.zh('brokenOff')}`);
      expect(sides[1]).toBe(`was promoted as a model case, and once again won ${t.en('brokenOff')}`);
      // an English-only edition marks its English; the whole sentence before it is not marked
      expect(selectAll('.broken-off', bilingualBlock(block, { ...options, languages: 'en' })).length).toBe(1);
      expect(selectAll('.broken-off', h('div', pub.blocks.filter((b) => b.id !== 'p-cccccc').map((b) => bilingualBlock(b, options)))).length).toBe(0);
    });
  }
});
