/**
 * A portal's tab strip printed as a list under the title ("- 正文" / "- 图解" / "- 视频解读"), and a sentence with a URL
 * (lead, session of 2026-12-02 12:28). Found on 历下区's call for suggestions on its 2026 report
 * (http://www.lixia.gov.cn/art/2025/12/17/art_116062_5790.html): its four tabs were joined to the title
 * ("…的公告- 征集公告- 草案内容- 起草说明") and the last made a paragraph ("\- 征集意见"); and its line
 * "1.在线反馈:登录历下区政府网(http://www.lixia.gov.cn/)通过网站政务首页下方…" was removed as a navigation menu (the URL's
 * slashes read as a menu's separators). On a report's page, the same strip cut the title block: the title was removed as
 * the page's head and the report had none.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const ingest = (lines: string[]) => readIngested(lines.join('\n'), 'page.txt', { clean: false }).result;

describe('ingest: a menu printed one item a line as a list', () => {
  const report = [
    '2024年东城区政府工作报告',
    '- 正文',
    '- 图解',
    '- 视频解读',
    '——2024年1月10日在北京市东城区第十七届人民代表大会第四次会议上',
    '东城区区长 孙新军',
    '各位代表：',
    '现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。',
  ];

  test('a tab strip under the title is the page\'s menu, and the title stays the title (was: no title, "missing-title")', () => {
    const result = ingest(report);
    expect(result.frontMatter.title).toBe('2024年东城区政府工作报告');
    expect(result.file.messages.filter((m) => m.ruleId === 'missing-title')).toEqual([]);
    const menu = result.file.messages.filter((m) => m.ruleId === 'navigation').map((m) => [m.line, m.reason]);
    expect(menu).toEqual([
      [2, 'Removed site boilerplate (menu, one item a line): “- 正文”'],
      [3, 'Removed site boilerplate (menu, one item a line): “- 图解”'],
      [4, 'Removed site boilerplate (menu, one item a line): “- 视频解读”'],
    ]);
    expect(result.markdown).not.toMatch(/正文|图解/);
  });

  test('guard: two bulleted words are no menu, nor a list after the text has run', () => {
    const two = ingest([report[0], '- 正文', '- 图解', ...report.slice(4)]);
    expect(two.file.messages.filter((m) => m.ruleId === 'navigation')).toEqual([]);
    const late = ingest([...report.slice(0, 1), ...report.slice(4), '一年来，我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，扎实推进各项工作，经济社会发展取得了新的成绩，城市面貌焕然一新，人民生活水平不断提高，社会大局保持和谐稳定。'.repeat(2), '重点支持：', '- 教育', '- 医疗', '- 养老']);
    expect(late.markdown).toContain('养老');
    expect(late.file.messages.filter((m) => m.ruleId === 'navigation')).toEqual([]);
    // (no lead-in, but the text has run: 300 Han characters of it)
    const run = ingest([...report.slice(0, 1), ...report.slice(4), '一年来，我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，扎实推进各项工作，经济社会发展取得了新的成绩，城市面貌焕然一新，人民生活水平不断提高，社会大局保持和谐稳定。'.repeat(4), '- 教育', '- 医疗', '- 养老']);
    expect(run.markdown).toContain('养老');
  });

  test('a sentence with a URL is no menu row (was: removed as "navigation menu")', () => {
    const result = ingest([
      '关于公开征集历下区2026年度《政府工作报告》起草建议的公告',
      '本次建议征集活动自即日开始，12月31日结束。您可以将意见建议通过以下渠道反馈。',
      '1.在线反馈:登录历下区政府网(http://www.lixia.gov.cn/)通过网站政务首页下方“调查征集”栏目提出意见;',
    ]);
    expect(result.markdown).toContain('通过网站政务首页下方');
    expect(result.file.messages.filter((m) => m.ruleId === 'navigation')).toEqual([]);
  });

  test('guard: a menu row of short items between separators is still one', () => {
    const result = ingest(['首页 | 新闻中心 | 政务公开 | 办事服务', ...report.slice(0, 1), ...report.slice(4)]);
    expect(result.file.messages.filter((m) => m.ruleId === 'navigation').map((m) => m.line)).toEqual([1]);
  });
});

// Blind (lead, session of 2026-12-02 15:39): 大渡口's news site (http://www.ddknews.gov.cn/ddk_Content/2026-01/26/content_10855453.htm)
// opens with a two-step trail, the site and its section: "重庆大渡口网 > 大渡口新闻". Before: the page's title.
describe('ingest: a two-step trail from a site\'s name', () => {
  test('"重庆大渡口网 > 大渡口新闻" is a breadcrumb (was: the title)', () => {
    const result = ingest(['重庆大渡口网 > 大渡口新闻', '大渡口区2026年政府工作报告', '各位代表:', '现在,我代表区人民政府向大会报告工作,请予审议。']);
    expect(result.frontMatter.title).toBe('大渡口区2026年政府工作报告');
    expect(result.file.messages.filter((m) => m.ruleId === 'breadcrumb').map((m) => m.line)).toEqual([1]);
  });

  test('guard: a title with an arrow between two names that start from no site ("收入 > 支出") is no trail', () => {
    const result = ingest(['一般公共预算收入 > 支出的说明', '各位代表:', '现在,我代表区人民政府向大会报告工作,请予审议。']);
    expect(result.file.messages.filter((m) => m.ruleId === 'breadcrumb')).toEqual([]);
  });
});
