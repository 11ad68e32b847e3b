/**
 * Held-out round 45 (2026-12-03): a budget adjustment report to a standing committee on a city portal, its disclosure table as
 * pipe rows of "label:value" cells (test/fixtures/ingest-corpus/, scored there), and pages that are not the report — a notice
 * issuing the report's task table, an explainer of what the Supreme People's Court's report holds
 * (test/fixtures/ingest-not-the-report/). Listed in test/fixtures/ingest-corpus/README.md under "Held-out pages, round 45".
 * Each reduced test is the page's shape in a few lines; its name says what ingest did before ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';

const read = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'page' });

describe('held-out round 45: a disclosure table whose pipe cells hold "label:value"', () => {
  // (www.lvliang.gov.cn: each cell its label and value, letter-spaced labels, empty labels beside filled ones)
  const page = [
    '首页 > 政府信息公开 > 法定主动公开内容 > 财政信息 > 市级财政预决算和三公经费',
    '| 索 引 号:111423LL00100/2026-00649 | |',
    '| 发文字号: | 成文日期:2026年01月06日 |',
    '| 发文机关: | 关 键 字: |',
    '| 标 题:关于2025年市本级第二次预算调整方案(草案)的报告 | |',
    '| 主题分类: | 发布日期:2026年01月06日 |',
    '——2025年12月22日在吕梁市第四届人民代表大会常务委员会第三十二次会议上',
    '吕梁市财政局局长 樊小明',
    '主任、各位副主任、秘书长、各位委员:',
    '受市人民政府委托,现将2025年市本级第二次预算调整方案(草案)报告如下,请予审议。',
    '一、2025年全市及市本级预算执行情况',
    '2025年1-11月,全市一般公共预算收入完成247.83亿元,为预算的73.8%。',
  ];
  test('each cell is its field, the title from 标题 (was: 索引号 and 标题 unread, no title, 发文机关 "关键字:")', () => {
    const result = read(page);
    expect(result.frontMatter.title).toBe('关于2025年市本级第二次预算调整方案（草案）的报告');   // (punctuation made full-width, as every title)
    expect(result.frontMatter.disclosure).toEqual({
      索引号: '111423LL00100/2026-00649',
      成文日期: '2026-01-06',
      标题: '关于2025年市本级第二次预算调整方案(草案)的报告',
      发布日期: '2026-01-06',
    });
    expect(result.markdown.split('\n---\n')[1]).not.toContain('111423LL00100');   // (the body: the rows moved to the front matter)
  });

  test('guard: label and value in cells of their own, an empty label shifting the columns, read as before (甘州区, 汉滨区)', () => {
    const cells = read(['| 索引号 | 620702001/2026-00010 | 发文字号 | |', '| 关键词 | 发布机构 | 政府办 | |', '文号 | 成文日期: | 2025年04月15日', ...page.slice(6)]);
    expect(cells.frontMatter.disclosure).toEqual({ 索引号: '620702001/2026-00010', 发布机构: '政府办', 成文日期: '2025-04-15' });
  });
});
