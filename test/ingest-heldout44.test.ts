/**
 * Held-out round 44 (2026-12-03): report texts of kinds the corpus had few of — a 2026 district budget report with no
 * reporter named, the CPPCC's 2024 standing committee report in traditional characters with doubled punctuation, 杭州's
 * audit report copied with its disclosure block flattened, a city intermediate court's 2026 report in a newspaper database
 * (test/fixtures/ingest-corpus/, scored there) — and pages that are not the report (test/fixtures/ingest-not-the-report/).
 * Listed in test/fixtures/ingest-corpus/README.md under "Held-out pages, round 44". Each reduced test is the page's shape in
 * a few lines; its name says what ingest did before ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';

const read = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'page' });

describe('held-out round 44: a report made "受区人民政府委托" with no reporter named', () => {
  const page = [
    '关于重庆市沙坪坝区2025年预算执行情况和2026年预算草案的报告',
    '发布日期:2026-01-23',
    '',
    '各位代表:',
    '',
    '受区人民政府委托,现将重庆市沙坪坝区2025年预算执行情况和2026年预算草案报告提请大会审查,并请各位政协委员提出意见。',
    '',
    '一、2025年预算执行情况',
    '',
    '2025年是“十四五”规划收官之年,财政运行总体平稳。现将2025年预算执行情况报告如下。',
  ];
  test('is made for that government, its place from the title: 重庆市沙坪坝区人民政府 (www.cqspb.gov.cn; was: no issuer)', () => {
    const result = read(page);
    expect(result.frontMatter.issuer).toBe('重庆市沙坪坝区人民政府');
    expect(result.file.messages.some((m) => m.ruleId === 'missing-issuer')).toBe(false);
  });

  test('guard: a bureau the disclosure fields name reports "受区人民政府委托" itself (发布机构 璧山区财政局, as cq-bishan\'s)', () => {
    const disclosed = ['[ 索引号 ] 11500227009344635U/2024-00018 [ 发文字号 ]', '[ 发布机构 ] 璧山区财政局 [ 有效性 ]', '[ 成文日期 ] 2024-02-18 [ 发布日期 ] 2024-02-18', ...page.slice(0, 1), ...page.slice(2)];
    expect(read(disclosed).frontMatter.issuer).toBe('璧山区财政局');
  });

  test('guard: a sentence that names who reports ("受区人民政府委托,区审计局局长于慧敏向…会议作《…》") is no report made for the government (ha-heshan)', () => {
    const named = [page[0], '', '受区人民政府委托,区审计局局长于慧敏向十二届人大常委会第二十四次会议作《关于2024年度区级预算执行和其他财政收支审计的审计工作报告》,现将有关审计结果公告如下。', '', page[7], '', page[9]];
    expect(read(named).frontMatter.issuer).toBeUndefined();
  });

  test('guard: a speaker named under the title reports (the bureau by the speaker\'s role)', () => {
    const spoken = [page[0], '重庆市沙坪坝区财政局局长 张三', '', ...page.slice(3)];
    expect(read(spoken).frontMatter.issuer).toBe('重庆市沙坪坝区财政局');
  });
});

describe("held-out round 44: a site's watermark is said where it was taken", () => {
  // (m.mp.oeeee.com's image names each ended "?X-Amz-Conten", taken off nine lines and said at the page's 1:1 with a count)
  const page = [
    '政府工作报告',
    '各位代表:',
    '现在,我代表县人民政府向大会报告工作,请予审议。pbY',
    'pbY',
    '一、过去一年工作回顾',
    '过去一年,全县经济社会发展取得新成绩。pbY',
    '全县地区生产总值增长6%。pbY',
  ];
  test('at the first mark\'s line and column, each line:column listed (was: 1:1, "from the end of 4 line(s)" only)', () => {
    const [said] = read(page).file.messages.filter((m) => m.ruleId === 'watermark');
    expect([said.line, said.column]).toEqual([3, 25]);
    expect(said.reason).toContain('(at 3:25, 4:1, 6:20, 7:14)');
  });

  test('the columns are the page\'s where a converter\'s glosses were taken out before it ("現(xiàn)在" on the line)', () => {
    const glossed = ['政府工作報告', '各位代表:', '現(xiàn)在,我代表縣人民政府向大會報告工作,請予審議。pbY', '一、過去一年工作回顧', '過去一年,全縣經(jīng)濟社會發(fā)展取得新成績。pbY', '全縣地區生產總值增長6%。pbY'];
    const [said] = read(glossed).file.messages.filter((m) => m.ruleId === 'watermark');
    expect([said.line, said.column]).toEqual([3, 31]);
    expect(said.reason).toContain('(at 3:31, 5:30, 6:14)');
  });

  test('many lines are listed to twelve, then counted', () => {
    const long = ['政府工作报告', '各位代表:', ...Array.from({ length: 15 }, (_, i) => `全县第${i + 1}项工作${'稳步'.repeat(i)}取得新成效。pbY`)];
    const [said] = read(long).file.messages.filter((m) => m.ruleId === 'watermark');
    expect(said.reason).toMatch(/\(at 3:\d+, (?:\d+:\d+, ){10}\d+:\d+ and 3 more\)$/);
  });
});
