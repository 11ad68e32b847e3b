/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 37 (2026-12-03).
 * Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const head = '政府工作报告\n——2025年1月10日在长丰县第十二届人民代表大会第四次会议上\n县长 李卫\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2024年工作回顾\n过去一年，全县经济稳中有进，地区生产总值增长5.5%。';

describe('stop 37, blind: a news page\'s buttons and editor credit in brackets on one line', () => {
  // big5.news.cn/gate/big5/ah.news.cn/20250105/9e104478c55847baa7cfef2f61073d6b/c.html: Xinhua's page closes with
  // "【糾錯】 【責任編輯:鐘紅霞】" — its error-report button and its editor, each in brackets, one line
  test('"【纠错】 【责任编辑:钟红霞】" (and in traditional characters) is the page\'s (was: the last paragraph)', () => {
    for (const line of ['【纠错】 【责任编辑:钟红霞】', '【糾錯】 【責任編輯:鐘紅霞】', '[打印] [关闭]', '【打印】【纠错】【关闭】']) {
      const { blocks } = readIngested(`${head}\n${line}`);
      expect(blocks.at(-1)).toBe('过去一年，全县经济稳中有进，地区生产总值增长5.5%。');
    }
  });

  test('guard: a bracketed item that is no button or stamp keeps the line ("【纠错】【重点项目】", "【专栏1】【专栏2】")', () => {
    for (const line of ['【纠错】【重点项目】', '【专栏1】【专栏2】']) {
      const { blocks } = readIngested(`${head}\n${line}`);
      expect(blocks.at(-1)).toBe(line);
    }
  });
});
