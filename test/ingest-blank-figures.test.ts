/**
 * Figures lost from the text (ingest/blank-figures.ts; lead, session of 2026-12-02 12:28). A paginated essay site's copy of
 * a 街道办事处's report (http://m.kj-cy.cn/htm/2013119/16882_9.htm, page 9 of "街道办事处年终总结") has its figures
 * stripped — "投入经费万多元", "我们投入多万元", "公开率达。" — and the corpus's 昔阳县 2009 page on a document site
 * (https://m.taodocs.com/p-22767478.html) lost most of its numbers in extraction (",同比增长16%;,%,", "占财政总收入的 %").
 * Before, both were ingested with no word said. On the 353 pages of the ingest corpus the warning fires on 昔阳县's page only.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const blanks = (lines: string[]) => readIngested(lines.join('\n'), 'page.txt', { clean: false }).result.file.messages.filter((m) => m.ruleId === 'blank-figures');

describe('ingest: figures missing from the text are said', () => {
  test('a stripped copy: amounts and a rate with no figure (was: no message)', () => {
    const [warning, ...more] = blanks([
      '街道办事处年终总结(9)',
      '(五)城市建设城市管理步入正轨。一是做好城市序化文章。办事处组织力量,用半年时间,投入经费万多元,为城区的街路巷居民楼栋门面全部进行了门牌编码装订。',
      '(一)强化政务服务。我们投入多万元,率先在全市建立了高规格的服务大厅。同时我们完善了政务公开硬件,达到了政务公开内容齐全准确,公开率达。',
    ]);
    expect(more).toEqual([]);
    expect(warning.fatal).toBe(false);
    expect(warning.line).toBe(2);
    expect(warning.reason).toMatch(/^Unexpected figures missing from the text, 3 blanks: “量，用半年时间，投入经费万多元” \(line 2\), “我们投入多万元” \(line 3\), “容齐全准确，公开率达” \(line 3\) — /u);
  });

  test('the warning counts every blank it saw, quoting the first three (was: "and 2 more" with no total)', () => {
    const [warning] = blanks(['各位代表:', '全县生产总值同比增长%,财政收入增长%,税收增长%。', '居民收入增长%,消费增长%。']);
    expect(warning.reason).toMatch(/^Unexpected figures missing from the text, 5 blanks: “[^”]+” \(line 2\), “[^”]+” \(line 2\), “[^”]+” \(line 2\) and 2 more — /u);
  });

  test('an extraction that lost the numbers: per cent signs after no figure (was: no message)', () => {
    const [warning] = blanks(['各位代表:', '县域综合实力显著增强。全县生产总值完成51.2亿元,同比增长16%;,%,总量由全市倒数第二,跃居全市第六。财政总收入完成,占财政总收入的 %。']);
    expect(warning.reason).toContain('“比增长16%;,%” (line 2)');
    expect(warning.reason).toContain('“占财政总收入的 %” (line 2)');
  });

  test('guard: classes of amount, figures in words or before a space, masks and a single blank are no blanks', () => {
    expect(
      blanks([
        '拥有产值亿元以上企业56家,签约亿元项目27个,万元地区生产总值能耗下降3.2%。',
        '完成投资上亿元的项目12个,投入数十万元改造老旧小区,实现增长9.1 %。累计引进亿元项目27个,累计签约亿元以上项目15个。',
        '地方财政收入增长X%。',
        '公开率达。',
        '地区生产总值（GDP）增长（%）',
        '全员劳动生产率增长（%）　单位：%',
      ]),
    ).toEqual([]);
  });
});
