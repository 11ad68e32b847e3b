/**
 * Ingest defects found on the thirty-third round of held-out pages (2026-12-02): a county's and a town's BUDGET reports
 * on their portals' disclosure pages, a county's final accounts to its standing committee, and masked copies on writing
 * sites (a development zone's speech, a county CPPCC's report, a sub-district's speech and summary, 东丽区's report) —
 * listed in test/fixtures/ingest-corpus/README.md under "Held-out pages, round 33". Each test is the page's shape
 * reduced to a few lines; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const budget = '2024年我镇的财政工作在区委、区政府和镇党委的坚强领导下,在镇人大的监督下,财政预算执行情况总体较好。';

describe('held-out round 33: an image\'s empty Markdown over a disclosure table ("![]() |", www.shangyu.gov.cn\'s town budget report)', () => {
  const page = (image: string) =>
    [image, '|', '索引号: | 002590139/2025-00800 | 公开方式: | 主动公开 |', '文号: | 公开日期: | 2025-03-05 13:54 | |', '发布单位: | 章镇镇 |', '章镇镇2024年财政预算执行情况及2025年财政预算草案的报告 | ||', '一、2024年财政预算执行情况', budget].join('\n');

  test('is the picture\'s place, not text: the table under it is read (was: the image and the table left in the text, no title, no date)', () => {
    const { front, blocks, rules } = readIngested(page('![]() |'));
    expect(front.disclosure).toEqual({ 索引号: '002590139/2025-00800', 公开方式: '主动公开', 公开日期: '2025-03-05 13:54', 发布单位: '章镇镇' });
    expect(front.title).toBe('章镇镇2024年财政预算执行情况及2025年财政预算草案的报告');
    expect(front.date).toBe('2025-03-05');
    expect(blocks[0]).toBe('## 一、2024年财政预算执行情况');
    expect(rules).toContain('image-name');
  });

  test('guard: a sentence that names a picture in Markdown\'s words stays', () => {
    const line = '详见下图![示意图](map.png),全镇共有12个行政村。';
    expect(readIngested([line, '一、2024年财政预算执行情况', budget].join('\n')).blocks[0]).toBe(line.replace(',', '，').replace('!', '！'));
  });
});

describe('held-out round 33: a speech named 发言 / 发言稿 (a writing site\'s development-zone speech, https://huaboedu.com/news/139907.html)', () => {
  const page = [
    '经开区管委会在2025年工作务虚会上的发言(1542字)',
    '  关于推进国家级经济技术开发区创建工作的发言稿',
    '  (2025年04月02日)',
    '  各位领导、同志们:',
    '  根据会议安排,下面我围绕创建国家级经开区作个简要发言,不足之处,还请批评指正。',
    '  一、创建形势分析',
    '  总体来看,经开区争创国家级经开区有希望,也有短板。以下从多个方面进行具体分析。',
  ].join('\n');

  test('the speech\'s own title and its date under the site\'s heading for it (was: the site\'s heading the title, the own title and the date the first paragraphs)', () => {
    const { front, blocks } = readIngested(page);
    expect(front.title).toBe('关于推进国家级经济技术开发区创建工作的发言稿');
    expect(front.date).toBe('2025-04-02');
    expect(blocks[0]).toBe('各位领导、同志们：');
  });
});
