/**
 * Chinese headings break only between words (new user, round 8: "省委工 / 作安排" at 320 px): every
 * heading level, box titles, contents entries and the title, in every edition, get `<wbr>` between the
 * words Intl.Segmenter finds (templates/chinese-word-breaks.ts), for `word-break: keep-all` (base.css).
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { bilingualBlock, toc, type TemplateEdition, type TemplateOptions } from '../templates/components/index.ts';
import { chineseWords, withWordBreaks } from '../templates/chinese-word-breaks.ts';
import { createTranslators } from '../templates/i18n.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import { reportNoteIndex } from '../templates/components/report-note.ts';
import type { Lang } from '../pipeline/model/types.ts';
import type { Translate } from '../pipeline/render/types.ts';

let t: Record<Lang, Translate>;
beforeAll(async () => {
  t = await createTranslators();
});

const zh = [
  '---', 'title: 某省人民代表大会常务委员会工作报告', '---', '',
  '## 一、认真落实省委工作安排 {#h-1}', '',
  '正文。 {#p-1}', '',
  '### （一）**深化改革**，推进[中关村科学城](https://example.org)建设[^1] {#h-2}', '',
  '正文。 {#p-2}', '',
  '### （二）“十四五”时期经济社会发展主要指标 {#h-3}', '',
  '[^1]: 注释。 {#fn-1}', '',
].join('\n');
const en = [
  '---', 'title: Report', '---', '',
  '## I. Carrying Out the Work Plan {#h-1}', '', 'Text. {#p-1}', '',
  '### (I) Deepening Reform[^1] {#h-2}', '', 'Text. {#p-2}', '',
  '### (II) Main Targets {#h-3}', '', '[^1]: Note. {#fn-1}', '',
].join('\n');
const pub = () => buildPublication('xx-2023', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en })).publication;
const opts = (edition: TemplateEdition): TemplateOptions => {
  const p = pub();
  return { edition, t, draft: true, reportNotes: reportNoteIndex(p) };
};
const editions: TemplateEdition[] = ['html', 'epub', 'print'];
const html = (nodes: ElementContent[]) => toHtml({ type: 'root', children: nodes });

describe('Chinese headings break only between words', () => {
  it('puts <wbr> between the words of a heading, never inside one, in every edition', () => {
    for (const edition of editions) {
      const block = pub().blocks.find((b) => b.id === 'h-1')!;
      const heading = select('h2.zh', bilingualBlock(block, opts(edition)))!;
      expect(toHtml(heading), edition).toContain('一、<wbr>认真<wbr>落实<wbr>省委<wbr>工作<wbr>安排');
      expect(toText(heading)).toBe('一、认真落实省委工作安排');
      // the English side is left to the browser
      expect(toHtml(select('h2.en', bilingualBlock(block, opts(edition)))!)).not.toContain('<wbr>');
    }
  });

  it('reads the words across inline markup (emphasis, a link, a note call), markup and note call kept whole', () => {
    for (const edition of editions) {
      const block = pub().blocks.find((b) => b.id === 'h-2')!;
      const heading = select('h3.zh', bilingualBlock(block, opts(edition)))!;
      const out = toHtml(heading);
      expect(out, edition).toContain('（一）<strong><wbr>深化<wbr>改革</strong>，<wbr>推进');
      // 中关村 is a name the dictionary splits into single characters: kept together; the link keeps its words
      expect(out, edition).toContain('中关村<wbr>科学城</a>');
      expect(out, edition).not.toMatch(/中<wbr>关|关<wbr>村/);
      // the note call's mark is not part of the heading's words; the break goes after it, before nothing
      const call = select('sup', heading)!;
      expect(toHtml(call)).not.toContain('<wbr>');
      expect(out).toMatch(/建设(<wbr>)?<sup/);
      expect(toText(heading).replace(/\[1\]|1$/, '')).toBe('（一）深化改革，推进中关村科学城建设');
    }
  });

  it('keeps a short quoted term whole (no <wbr> inside “三高四新”, which the dictionary reads as 三高|四|新)', () => {
    const block = pub().blocks.find((b) => b.id === 'h-3')!;
    const out = toHtml(select('h3.zh', bilingualBlock(block, opts('html')))!);
    expect(out).toContain('（二）<wbr>“十四五”<wbr>时期');
    expect(html(chineseWords('锚定“三高四新”美好蓝图'))).toBe('锚定<wbr>“三高四新”<wbr>美好<wbr>蓝图');
    // guard: a quoted sentence longer than a term breaks between its words
    expect(html(chineseWords('“坚持以人民为中心的发展思想”'))).toContain('<wbr>');
  });

  it('gives contents entries the same breaks, in every edition', () => {
    for (const edition of editions) {
      const entry = selectAll('.toc-zh', toc(pub(), opts(edition)))[0];
      expect(toHtml(entry), edition).toContain('省委<wbr>工作<wbr>安排');
    }
  });

  it('figures keep their units, a break never follows an opening bracket nor precedes a closing mark', () => {
    // (the outline number stays with a figure after it)
    expect(html(chineseWords('三、2022年工作安排'))).toBe('三、2022年<wbr>工作<wbr>安排');
    expect(html(chineseWords('推动5G基站建设达到1.2万个'))).not.toMatch(/5G<wbr>|1\.2<wbr>|<wbr>万/);
    expect(html(chineseWords('（一）深化改革，区域发展竞争力进一步彰显'))).toBe('（一）<wbr>深化<wbr>改革，<wbr>区域<wbr>发展<wbr>竞争力<wbr>进一步<wbr>彰显');
  });

  it('reads the 公文 brackets 〔〕 and the full-width ［］ as the PDF\'s punctuation compression does: brackets like （）', () => {
    // (the marks are one list, templates/chinese-marks.ts; the breaks had their own, without 〔〕［］｛｝)
    expect(html(chineseWords('贯彻落实〔2022〕号文件精神'))).toBe('贯彻<wbr>落实<wbr>〔2022〕号<wbr>文件<wbr>精神');
    expect(html(chineseWords('推进［试点］改革工作'))).toBe('推进<wbr>［试点］<wbr>改革<wbr>工作');
  });

  it('keeps 的 with the character before it, and that character with its word (影响|力|的 as ICU reads it: 影响力的)', () => {
    // was "全球影响 / 力的产业" on the Guangdong 2026 outline at 320 px
    expect(html(chineseWords('打造具有全球影响力的产业科技创新中心'))).toBe('打造<wbr>具有<wbr>全球<wbr>影响力的<wbr>产业<wbr>科技<wbr>创新<wbr>中心');
    // guards: 的 after a run of single characters stays with the run, after a word with the word (as before)
    expect(html(chineseWords('有潜能的消费'))).toBe('有潜能的<wbr>消费');
    expect(html(chineseWords('建设人民满意的教育'))).toBe('建设<wbr>人民<wbr>满意的<wbr>教育');
  });

  it('adds nothing and loses nothing (the text of any tree is unchanged)', () => {
    const tree: ElementContent[] = [h('strong', '省委'), { type: 'text', value: '工作' }, h('sup', h('a', '[1]')), h('a', '安排'), { type: 'text', value: '' }];
    const out = withWordBreaks(tree);
    expect(toText(h('p', out))).toBe('省委工作[1]安排');
    expect(html(out)).toBe('<strong>省委</strong><wbr>工作<sup><a>[1]</a></sup><a><wbr>安排</a>');
    // the input is not changed in place
    expect(html(tree)).toBe('<strong>省委</strong>工作<sup><a>[1]</a></sup><a>安排</a>');
  });

  it('guard: no <wbr> in text with no Chinese word boundary', () => {
    expect(html(chineseWords('海淀区'))).toBe('海淀区');
    expect(html(withWordBreaks([{ type: 'text', value: 'Carrying Out the Work Plan' }]))).toBe('Carrying Out the Work Plan');
    expect(html(chineseWords(''))).toBe('');
  });
});

describe('the PDF\'s punctuation compression across a <wbr>', () => {
  it('sets the first of two marks half-width when a word break stands between them (改革，<wbr>“十四五”)', async () => {
    const { compressPunctuation } = await import('../pipeline/render/pdf/typography.ts');
    const heading = h('h3', { lang: 'zh-Hans' }, chineseWords('深化改革，“十四五”开局'));
    expect(toHtml(heading)).toContain('改革，<wbr>“十四五”');
    const tree = { type: 'root' as const, children: [heading] };
    compressPunctuation(tree);
    expect(toHtml(heading)).toContain('改革<span class="halt">，</span><wbr>“十四五”');
    // guard: a mark before a <wbr> and a word is left alone
    const plain = h('h3', { lang: 'zh-Hans' }, chineseWords('深化改革，扩大开放'));
    compressPunctuation({ type: 'root', children: [plain] });
    expect(toHtml(plain)).not.toContain('halt');
  });
});

describe('the stylesheet keeps Chinese headings to those breaks', () => {
  it('sets keep-all on every Chinese heading, box title, contents entry and title, with a fallback for a run longer than the line', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync(new URL('../templates/styles/base.css', import.meta.url), 'utf8');
    const rule = /([^{}]*)\{[^}]*word-break:\s*keep-all;[^}]*overflow-wrap:\s*(?:anywhere|break-word)[^}]*\}/.exec(css);
    expect(rule).not.toBeNull();
    for (const part of ['h2', '.toc-zh', '.title-zh', '.block-title']) expect(rule![1]).toContain(part);
  });
});
