/**
 * The English view of a draft on a phone: a heading not yet translated shows its marker and the
 * Chinese as a stand-in. The marker sits on its own line above the stand-in, so the heading is not
 * cut after a character or two to balance the marker's width. Was (whole-corpus sweep, stop 21,
 * gd-dongguan-court-2023 at 390 px): "[Translation pending] 一、建" / "设更高水平的平安东莞", the word
 * 建设 split over two lines.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftHtmlProject } from './reliability-helpers.ts';

const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
let dir = '';
let browser: Browser;

const zh = `---
title: 东莞市中级人民法院工作报告
issuer: 东莞市中级人民法院
date: 2023-02-09
occasion: 2023年2月9日在东莞市第十七届人民代表大会第三次会议上
speaker: 东莞市中级人民法院副院长 陈葵
---

各位代表：

## 2022年主要工作

2022年，全市法院受理各类案件25.4万件，办结23.1万件，同比分别上升3.6%和3.1%，均创历史新高。

### 一、建设更高水平的平安东莞

贯彻总体国家安全观，守牢平安稳定底线，维护国家安全、社会安定、人民安宁。
`;

beforeAll(async () => {
  dir = draftHtmlProject('dg-2023', zh);
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
});

describe('a pending heading in the English view of a draft', () => {
  it('sets its marker on its own line at 320 and 390 px, the Chinese stand-in whole beneath it', async () => {
    const problems: string[] = [];
    let seen = 0;
    for (const width of [320, 390]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 844 });
      await page.goto(`${pathToFileURL(path.join(dir, 'dist/dg-2023/index.html')).href}?view=en`, { waitUntil: 'load' });
      const headings = await page.evaluate(() =>
        [...document.querySelectorAll(':is(h2, h3).en.pending')]
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => {
            const label = el.querySelector('.pending-label')!.getBoundingClientRect();
            const standIn = el.querySelector('[lang="zh-Hans"]')!;
            const range = document.createRange();
            range.selectNodeContents(standIn);
            const lines = [...range.getClientRects()];
            return { text: standIn.textContent, labelBottom: label.bottom, firstLineTop: lines[0]?.top ?? 0, firstLineWidth: lines[0]?.width ?? 0, lineCount: new Set(lines.map((r) => Math.round(r.top))).size };
          }),
      );
      for (const h of headings) {
        seen++;
        if (h.firstLineTop < h.labelBottom - 0.5) problems.push(`${width} px ${h.text}: the marker shares its first line`);
        if (h.lineCount > 1) problems.push(`${width} px ${h.text}: the stand-in wraps over ${h.lineCount} lines`);
      }
      await page.close();
    }
    expect(seen).toBe(4);
    expect(problems).toEqual([]);
  });
});
