/**
 * Held-out round 40 (2026-12-03): report texts of kinds the corpus had least of, on hosts new to it — two intermediate
 * courts' reports (one with no title block, one a hard-wrapped dump), two audit reports (a rectification report on a congress
 * site, an annual one on the bureau's portal), districts of 黑龙江, 青海 and 甘肃, a sub-district office's report on its
 * county's portal, a high-tech zone's work meeting address on a writing site (test/fixtures/ingest-corpus/, scored there) —
 * and pages a search for a report finds that are NOT the report (a portal's outline of a city's report, a 解读 page, a
 * prefecture's session feature quoting the report), kept as found in test/fixtures/ingest-not-the-report/<case>/ (input.txt,
 * the search tool's excerpt; expected.yaml, written by hand before ingesting). Listed in test/fixtures/ingest-corpus/README.md
 * under "Held-out pages, round 40". Each reduced test is the page's shape in a few lines; its name says what ingest did
 * before ("was: …"). Guards are named as such.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';

const read = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'page' });
const paragraphs = (lines: string[]) => read(lines).blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const headings = (lines: string[]) => read(lines).blocks.filter((b) => b.kind === 'heading').map((b) => b.text);

describe("held-out round 40: a portal's meta line behind its list dash", () => {
  const page = ['昌硕街道2022年工作总结和2023年工作计划', '- 时间:2023-02-24', '一、2022年工作回顾', '2022年以来,在县委县政府、街道党工委的坚强领导下,街道办事处全面学习贯彻党的二十大精神,加快打造共同富裕现代化品质之城。'];
  test('"- 时间:2023-02-24" is the page\'s stamp: removed, the publication date (www.anji.gov.cn; was: the body\'s first paragraph, no date)', () => {
    const result = read(page);
    expect(result.frontMatter.date).toBe('2023-02-24');
    expect(result.frontMatter.date_source).toBe('published');
    expect(paragraphs(page)[0]).toMatch(/^2022年以来/);
  });

  test('guard: a dashed item of the text naming a time ("- 时间安排:2023年3月底前完成") stays in the text', () => {
    const item = ['昌硕街道2023年工作计划', '- 时间安排:2023年3月底前完成', '一、主要任务', '全年完成财政收入12.8亿元,增长25%。'];
    expect(paragraphs(item)[0]).toContain('时间安排');
  });
});

describe("held-out round 40: a writing site's headline in 【】 over the piece's own name", () => {
  const page = [
    '【年度大会】在高新区2026年度工作总结暨表彰会议上的重要讲话',
    '2026-03-01 227',
    '',
    '在高新区2026年度工作会议上的讲话',
    '',
    '同志们:',
    '',
    '春回大地,万象更新。我们在这里隆重召开高新区2026年度工作会议,总结过去一年的成绩,部署新一年的目标任务。',
  ];
  test('the name under the headline is the title, the headline and its "day count" row the page\'s (haowensou.com; was: titled by the headline, the row and the name left in the body)', () => {
    const result = read(page);
    expect(result.frontMatter.title).toBe('在高新区2026年度工作会议上的讲话');
    expect(paragraphs(page)[0]).toMatch(/^同志们/);
    expect(result.markdown).not.toContain('2026-03-01 227');
    expect(result.markdown).not.toContain('【年度大会】');
  });

  test('guard: a headline in 【】 with no name under it stays the title ("【全文】2023年某市政府工作报告" over "各位代表:")', () => {
    expect(read(['【全文】2023年某市政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。']).frontMatter.title).toBe('2023年某市政府工作报告');
  });

  test('guard: a date alone under the title still dates the report ("2023-08-25", no count after it)', () => {
    const dated = read(['关于2022年度县级预算执行和其他财政收支的审计工作报告', '2023-08-25', '主任、各位副主任、各位委员:', '我受县人民政府委托,向县人大常委会报告审计情况,请予审议。']);
    expect(dated.frontMatter.date).toBe('2023-08-25');
  });
});

describe('held-out round 40: a court named as its report is presented', () => {
  test('"我向大会作武汉市中级人民法院工作报告" names the issuer (www.cjn.cn; was: none)', () => {
    expect(read(['各位代表:', '我向大会作武汉市中级人民法院工作报告,请予审议,并请市政协各位委员提出意见。', '一、以公正与效率为主题,切实履行审判职责']).frontMatter.issuer).toBe('武汉市中级人民法院');
  });

  test('guard: "我向大会作政府工作报告" names no court (nor any issuer without a place)', () => {
    expect(read(['各位代表:', '我向大会作政府工作报告,请予审议。', '一、2005年工作回顾']).frontMatter.issuer).toBeUndefined();
  });
});

describe('held-out round 40: a numbered line of a hard-wrapped dump cut on a clause mark', () => {
  const wrapped = [
    '  1999年,我市两级法院在党委的领导下,在人大的监督和政府的',
    '支持下,以邓小平理论为指导,认真贯彻党的十五大和十五届三中、',
    '四中全会精神,其他各项工作都取得较好的成绩。',
    '',
  ];
  test('"一、…为改革、发展、" goes on into the next line, no heading cut mid-sentence (www.china-judge.com; was: a heading "一、…发展、", the paragraph opening "稳定服务,…")', () => {
    const input = readFileSync(path.join(import.meta.dirname, 'fixtures', 'ingest-corpus', 'gd-maoming-intermediate-court-2000-law-site-hardwrapped-heldout40', 'input.txt'), 'utf8');
    const page = input.split('\n');
    expect(headings(page).some((h) => h.endsWith('、'))).toBe(false);
    expect(paragraphs(page).some((p) => p.startsWith('稳定服务'))).toBe(false);
  });

  test('guard: a numbered line with no mark at its end stands alone (the heading over its paragraph)', () => {
    const page = [...wrapped, '  一、以稳定大局为首任,全面加强各项审判工作', '  为改革、发展、稳定服务,是审判工作的首要任务。全市法院紧紧围绕党', '和国家的工作大局,全面加强审判工作,具体抓好了几个方面。'];
    expect(headings(page)).toContain('一、以稳定大局为首任，全面加强各项审判工作');
  });
});
