/**
 * Chinese headings on a phone break only between words (new user, round 8: "…落实省委工 / 作安排" at 320 px;
 * the Guangdong 2026 outline had 15 of 29 headings and 13 of 28 contents entries split inside a word at
 * 320 px). Line boxes measured in Chromium: every line break of a Chinese heading or contents entry falls
 * on a word boundary (Intl.Segmenter), and a name longer than the line, which the dictionary does not know,
 * still wraps instead of overflowing (keep-all's fallback, base.css).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftHtmlProject } from './reliability-helpers.ts';

const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
let dir = '';
let browser: Browser;

/** A name of 28 characters the dictionary reads one by one: no word boundary inside it. */
const LONG_NAME = '喀喇沁旗锦山镇哈达吐鲁和硕特'.repeat(2);
const zh = `---
title: 山东省人民代表大会常务委员会工作报告
issuer: 山东省人民代表大会常务委员会
date: 2022-01-25
---

各位代表：

## 过去一年的主要工作

正文。

### 一、坚决贯彻党中央决策部署、落实省委工作安排，牢牢把握人大工作正确政治方向

正文。

### （一）久久为功推动粤港澳大湾区建设，打造富有活力和国际竞争力的一流湾区和世界级城市群

正文。

### （二）坚持实体经济为本、制造业当家，加快构建更加强大的现代化产业体系

正文。

### （三）打造具有全球影响力的产业科技创新中心，加快培育和发展新质生产力

正文。

### （四）推动供需高水平动态适配，在建设强大国内市场中努力扩大有潜能的消费、有需求的生产、有效益的投资

正文。

### （五）推进${LONG_NAME}建设

正文。
`;

beforeAll(async () => {
  dir = draftHtmlProject('sd-2021', zh);
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
});

interface Measured {
  text: string;
  toc: boolean;
  /** offsets of the text where a new line starts */
  breaks: number[];
  /** word boundaries (Intl.Segmenter in the page) */
  bounds: number[];
  overflows: boolean;
}

describe('Chinese headings at phone widths', () => {
  it('break only between words at 320 and 390 px, headings and contents entries; a long unknown name still wraps', async () => {
    const problems: string[] = [];
    let headings = 0;
    let entries = 0;
    for (const width of [320, 390]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 844 });
      await page.goto(`${pathToFileURL(path.join(dir, 'dist/sd-2021/index.html')).href}?view=zh`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const measured: Measured[] = await page.evaluate(() => {
        const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
        return [...document.querySelectorAll(':is(h2, h3)[lang="zh-Hans"], .toc-zh')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => {
            // the heading's own text: not its note calls
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
              acceptNode: (n) => (n.parentElement!.closest('sup') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
            });
            let text = '';
            const tops: number[] = [];
            for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
              for (let i = 0; i < n.data.length; i++) {
                const range = document.createRange();
                range.setStart(n, i);
                range.setEnd(n, i + 1);
                tops.push(range.getClientRects()[0]?.top ?? tops.at(-1) ?? 0);
                text += n.data[i];
              }
            }
            const breaks: number[] = [];
            for (let i = 1; i < tops.length; i++) if (tops[i] > tops[i - 1] + 4) breaks.push(i);
            return {
              text,
              toc: el.classList.contains('toc-zh'),
              breaks,
              bounds: [...segmenter.segment(text)].map((s) => s.index),
              overflows: el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth,
            };
          });
      });
      for (const m of measured) {
        if (m.toc) entries++;
        else headings++;
        if (m.overflows) problems.push(`${width} px ${m.text}: overflows`);
        const long = m.text.indexOf(LONG_NAME);
        for (const at of m.breaks) {
          // inside the long name a break must come somewhere: that is the fallback, not a split word
          if (long >= 0 && at > long && at < long + LONG_NAME.length) continue;
          if (!m.bounds.includes(at)) problems.push(`${width} px ${m.toc ? 'contents' : 'heading'}: ${m.text.slice(0, at)} / ${m.text.slice(at)}`);
        }
        if (long >= 0 && !m.toc && m.breaks.length === 0) problems.push(`${width} px ${m.text}: the long name did not wrap`);
      }
      await page.close();
    }
    expect(headings).toBe(14);
    expect(entries).toBe(14);
    expect(problems).toEqual([]);
  });
});
