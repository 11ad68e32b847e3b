/**
 * Translation memory: sentence alignment measured against the hand-checked
 * Haidian alignment (test/fixtures/translate/haidian-sentences.yaml), the
 * TMX 1.4b written and read back with its codes, and `xliff export --tm`
 * pre-filling a new report (exact match as target, never reviewed; fuzzy
 * ones as 2.0 matches / 1.2 alt-trans with their score).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { alignSentences, splitSentences } from '../pipeline/translate/align.ts';
import { inlineText } from '../pipeline/translate/inline.ts';
import { createLookup } from '../pipeline/translate/tm-lookup.ts';
import { memoryUnits, readTmx, writeTmx } from '../pipeline/translate/tmx.ts';
import { exportXliff } from '../pipeline/translate/xliff-export.ts';
import { parseXml } from '../pipeline/translate/xml.ts';

const root = path.join(import.meta.dirname, '..');
const report = path.join(root, 'content/reports/haidian-2021');
const zh = readFileSync(path.join(report, 'zh.md'), 'utf8');
const en = readFileSync(path.join(report, 'en.md'), 'utf8');
const { publication } = buildPublication('haidian-2021', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en }));
type GoldBead = { zh: string | string[]; en: string | string[] };
const gold = parse(readFileSync(path.join(root, 'test/fixtures/translate/haidian-sentences.yaml'), 'utf8')) as Record<string, GoldBead[]>;
const { glossary } = await loadGlossary(path.join(root, 'content/glossary.yaml'));
const matcher = createMatcher(glossary);

/** Precision and recall of whole beads (a bead is right only if both sides are exactly the gold's). */
function score(useTerms: boolean): { precision: number; recall: number; right: number; predicted: number; gold: number } {
  let right = 0;
  let predicted = 0;
  let total = 0;
  for (const block of publication.blocks) {
    const zhSentences = splitSentences(block.zhText, 'zh');
    const enSentences = splitSentences(toString(block.en!), 'en');
    const key = (z: string[], e: string[]) => `${z.join('|')}=>${e.join('|')}`;
    const expected = new Set(gold[block.id].map((b) => key([b.zh].flat(), [b.en].flat())));
    const beads = alignSentences(zhSentences, enSentences, { matcher: useTerms ? matcher : undefined });
    right += beads.filter((b) => expected.has(key(b.zh.map((i) => zhSentences[i]), b.en.map((i) => enSentences[i])))).length;
    predicted += beads.length;
    total += expected.size;
  }
  return { precision: right / predicted, recall: right / total, right, predicted, gold: total };
}

describe('sentence alignment (Haidian, hand-checked)', () => {
  it('the fixture covers every block, and its sentences add up to each block’s Chinese and English', () => {
    expect(Object.keys(gold)).toEqual(publication.blocks.map((b) => b.id));
    for (const block of publication.blocks) {
      const squash = (s: string) => s.replace(/\s+/g, '');
      expect(squash(gold[block.id].flatMap((b) => [b.zh].flat()).join(''))).toBe(squash(block.zhText));
      expect(squash(gold[block.id].flatMap((b) => [b.en].flat()).join(' '))).toBe(squash(toString(block.en!)));
      // the fixture's sentences are the splitter's (so a bead can be compared whole)
      expect(gold[block.id].flatMap((b) => [b.zh].flat())).toEqual(splitSentences(block.zhText, 'zh'));
      expect(gold[block.id].flatMap((b) => [b.en].flat())).toEqual(splitSentences(toString(block.en!), 'en'));
    }
  });

  it('aligns with precision and recall ≥ 0.98 (numbers and glossary terms as anchors; numbers alone are not enough)', () => {
    const withTerms = score(true);
    const numbersOnly = score(false);
    console.log(`sentence alignment on Haidian: ${withTerms.right}/${withTerms.predicted} beads right (precision ${withTerms.precision.toFixed(3)}, recall ${withTerms.recall.toFixed(3)} of ${withTerms.gold}); numbers only: precision ${numbersOnly.precision.toFixed(3)}, recall ${numbersOnly.recall.toFixed(3)}`);
    expect(withTerms.precision).toBeGreaterThanOrEqual(0.98);
    expect(withTerms.recall).toBeGreaterThanOrEqual(0.98);
    expect(numbersOnly.precision).toBeLessThan(withTerms.precision);
  });
});

describe('TMX memory', () => {
  it('writes paragraph and sentence units and reads them back with their codes', () => {
    const units = memoryUnits(publication, { matcher });
    expect(units.filter((u) => u.level === 'paragraph')).toHaveLength(publication.blocks.length + 4); // + title, issuer, occasion, scope note
    expect(units.filter((u) => u.level === 'sentence')).toHaveLength(48); // the 50 gold beads less the two one-sentence blocks
    const tmx = writeTmx(units);
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toContain('<bpt i="1" x="1" type="bold">&#x3C;g id="1" ctype="bold" dz:start="**" dz:end="**"></bpt>疫情防控取得重大战略成果。<ept i="1">&#x3C;/g></ept></seg>');
    const file = new VFile({ path: 'memory.tmx', value: tmx });
    const back = readTmx(parseXml(tmx, file, 'TMX'), file);
    expect(file.messages).toEqual([]);
    expect(back).toEqual(units);
  });

  it('pre-fills a new report from the memory: exact match as target (not reviewed), fuzzy as scored matches', async () => {
    const lookup = createLookup(memoryUnits(publication, { matcher }));
    const newZh = [
      '---\ntitle: 某区人民政府工作报告\n---\n',
      '**营商环境持续优化。**全面落实国家减税降费政策，为企业减免税费650亿元。 {#p-new1}',
      '营商环境综合考评连续三年全市第一。 {#p-new2}',
      '营商环境综合考评连续四年全市第一。 {#p-new3}',
      '今年天气很好。 {#p-new4}',
    ].join('\n\n');
    const x20 = await exportXliff({ slug: 'new', zh: newZh, lookup });
    const unit = (id: string) => x20.slice(x20.indexOf(`<unit id="${id}">`), x20.indexOf('</unit>', x20.indexOf(`<unit id="${id}">`)));
    expect(unit('p-new2')).toContain('<segment id="s1" state="translated" subState="duizhao:tm">');
    expect(unit('p-new2')).toContain('<target>Haidian ranked first in Beijing in the comprehensive evaluation of the business environment for three consecutive years.</target>');
    expect(unit('p-new3')).toMatch(/<mtc:match ref="#s1" type="tm" similarity="94.1" matchQuality="94.1" origin="haidian-2021\/p-33799f#7">/);
    expect(unit('p-new3').slice(unit('p-new3').indexOf('<segment'))).not.toContain('<target>');
    expect(unit('p-new4')).not.toContain('mtc:match');
    expect(x20).not.toContain('state="reviewed"');
    const x12 = await exportXliff({ slug: 'new', zh: newZh, lookup, version: '1.2' });
    expect(x12).toContain('<target state="needs-review-translation" state-qualifier="exact-match">Haidian ranked first');
    expect(x12).toMatch(/<alt-trans match-quality="94.1" origin="haidian-2021\/p-33799f#7">\s*<source>营商环境综合考评连续三年全市第一。<\/source>/);
    expect(x12).not.toContain('signed-off');
    expect(inlineText(lookup({ id: 'p-new1', kind: 'paragraph' } as never, [{ type: 'text', value: '营商环境持续优化。' }])[0].target)).toBe('We continued to improve the business environment.');
  });
});
