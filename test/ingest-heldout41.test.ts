/**
 * Held-out round 41 (2026-12-03): report texts of the kinds never before found on a new host — three BUDGET EXECUTION
 * reports (an autonomous banner's and a district's on their disclosure pages, a county's with its tables flattened one cell a
 * line), a township's own report, a city procuratorate's report on a news app, a masked district head's 2026 address on a
 * document-sharing site (test/fixtures/ingest-corpus/, scored there) — and pages a search for a report finds that are NOT the
 * report (a prefecture's 2026 session news, a resolution on a procuratorate's report, a town's session news in traditional
 * characters, a 西藏 city's session news), kept as found in test/fixtures/ingest-not-the-report/<case>/ (input.txt, the search
 * tool's excerpt; expected.yaml, written by hand before ingesting). Listed in test/fixtures/ingest-corpus/README.md under
 * "Held-out pages, round 41". Each reduced test is the page's shape in a few lines; its name says what ingest did before
 * ("was: …"). Guards are named as such.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';

const read = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'page' });
const paragraphs = (lines: string[]) => read(lines).blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const headings = (lines: string[]) => read(lines).blocks.filter((b) => b.kind === 'heading').map((b) => b.text);

describe('held-out round 41: a disclosure row whose last label is printed empty', () => {
  const page = [
    '索引号: 113416020031651773/202602-00003 组配分类: 政府预算',
    '有效性: 有效 关键词:',
    '名称: 关于2025年财政预算执行情况和2026年财政预算草案的报告 文号:',
    '',
    '关于2025年财政预算执行情况和2026年财政预算草案的报告',
    '--在谯城区第十八届人民代表大会第五次会议上',
    '亳州市谯城区财政局',
    '各位代表:',
    '受区人民政府委托,现就全区2025年财政预算执行情况和2026年财政预算草案报告如下,请予以审议。',
  ];
  test('"有效性: 有效 关键词:" gives 有效性 "有效", its empty 关键词 no part of it (www.bzqc.gov.cn; was: "有效关键词:")', () => {
    expect((read(page).frontMatter.disclosure as Record<string, string> | undefined)?.['有效性']).toBe('有效');
  });

  test('guard: 关键词 opens no disclosure row of its own ("关键词: 预算 报告" alone is no table)', () => {
    const keyworded = ['关于2025年财政预算执行情况和2026年财政预算草案的报告', '关键词: 预算 报告', '各位代表:', '受区人民政府委托,现将预算执行情况报告如下,请予审议。'];
    expect((read(keyworded).frontMatter.disclosure as Record<string, string> | undefined)?.['关键词']).toBeUndefined();
  });
});

describe("held-out round 41: a news app's furniture between the headline and the speaker", () => {
  const page = [
    '深圳市人民检察院工作报告——2025年2月26日在深圳市第七届人民代表大会第六次会议上',
    '',
    '深圳特区报',
    '03-25 08:04',
    '',
    '深圳市委机关报,改革开放的窗口',
    '',
    '深圳市人民检察院检察长 李小东',
    '',
    '各位代表:',
    '',
    '现在,我代表市人民检察院向大会报告全市检察工作,请予审议,并请各位政协委员和其他列席人员提出意见。',
  ];
  test('a posting time with no year ("03-25 08:04") shows the lines between to be the page\'s: the speaker over the salutation is read, the text starts at it (www.dutenews.com; was: no speaker, the paper\'s name, the time and its motto the first paragraphs)', () => {
    const result = read(page);
    expect(result.frontMatter.speaker).toBe('深圳市人民检察院检察长 李小东');
    expect(paragraphs(page)[0]).toMatch(/^各位代表/);
    expect(result.markdown).not.toContain('03-25 08:04');
  });

  test('guard: with no posting time between, a line there is not taken for furniture (the speaker search ends as before)', () => {
    const plain = page.filter((l) => l !== '03-25 08:04');
    expect(read(plain).frontMatter.speaker).toBeUndefined();
  });
});

describe('held-out round 41: a table flattened one cell a line', () => {
  const page = ['一、2024年预算执行情况', '单位:万元', '收入 |', '执行数 |', '一、本级收入 |', '260586 |', '二、转移性支出 |', '146914 |', '——全县一般公共预算收入完成26.06亿元,增长17.6%。'];
  test('a numbered cell ("一、本级收入 |", its border after it) is a table\'s cell, no heading (psx.gov.cn; was: headings 一、本级收入 | and 二、转移性支出 |)', () => {
    expect(headings(page)).toEqual(['一、2024年预算执行情况']);
    // (stop 40: the cells before any running text are now read as the table they are — "一、本级收入" a row's label in it)
    const cells = read(page).blocks.flatMap((b) => (b.rows ?? []).flat().flatMap((cell) => ('text' in cell ? [cell.text] : [])));
    expect(cells).toEqual(['收入', '执行数', '一、本级收入', '260586', '二、转移性支出', '146914']);
  });

  test('guard: a numbered heading with no border after it is still a heading', () => {
    expect(headings(['一、2024年预算执行情况', '2024年,全县财政运行总体平稳。', '二、2025年预算草案', '2025年,全县一般公共预算收入预计增长5%。'])).toEqual(['一、2024年预算执行情况', '二、2025年预算草案']);
  });
});

describe("held-out round 41: a document site's account links and download bar over the title", () => {
  const page = ['购物车', '我的足迹', '', 'XX区长在XX区人民政府2026年工作务虚会上的讲话', '', '加入Vip免费下载 立即下载', '同志们:', '今天我们召开全区人民政府工作务虚会,主要任务是总结“十四五”时期我区经济社会发展取得的成效。'];
  test('"购物车", "我的足迹" and "加入Vip免费下载 立即下载" are the site\'s: the title is the document\'s name alone, the text starts at 同志们 (www.gongwk.com; was: titled "我的足迹XX区长…", the bar the first paragraph)', () => {
    const result = read(page);
    expect(result.frontMatter.title).toBe('XX区长在XX区人民政府2026年工作务虚会上的讲话');
    expect(paragraphs(page)[0]).toMatch(/^同志们/);
  });

  test('guard: the words inside a sentence stay ("…加入购物车…" is text)', () => {
    const text = ['XX区长在XX区人民政府2026年工作务虚会上的讲话', '同志们:', '我们推动电商企业把本地农产品加入购物车,立即下载订单系统,销售额增长三成。'];
    expect(paragraphs(text).join('')).toContain('加入购物车');
  });
});

describe("held-out round 41: a speech's name printed again, hard-wrapped, over its salutation", () => {
  test('the flattened preview\'s "XX 区长在 … 会上的讲话 同志们: 今天…" is the name on its line (the copy, gone) and the text from 同志们 (www.gongwk.com; was: the first paragraph "XX区长…讲话同志们：")', () => {
    const input = readFileSync(path.join(import.meta.dirname, 'fixtures', 'ingest-corpus', 'xx-district-2026-docshare-speech-masked-heldout41', 'input.txt'), 'utf8');
    const page = input.split('\n');
    expect(paragraphs(page)[0]).toMatch(/^同志们/);
    expect(read(page).markdown.split('\n---\n')[1]).not.toContain('务虚会上的讲话');
  });

  test('the copy spaced inside its words, on its own line over 同志们, is the title printed again (was: joined with 同志们 into the first paragraph)', () => {
    const page = ['XX区长在XX区人民政府2026年工作务虚会上的讲话', '', 'XX 区长在 XX 区人民政府 2026 年工作务虚 会上的讲话', '同志们:', '今天我们召开全区人民政府工作务虚会,主要任务是总结成效。'];
    expect(paragraphs(page)[0]).toMatch(/^同志们/);
    expect(read(page).frontMatter.title).toBe('XX区长在XX区人民政府2026年工作务虚会上的讲话');
  });

  test('guard: a different name spaced under the title is no copy of it (it stays)', () => {
    const page = ['XX区长在XX区人民政府2026年工作务虚会上的讲话', '', 'XX 区长在 XX 区人民政府 2025 年工作会议 上的讲话', '同志们:', '今天我们召开全区人民政府工作务虚会,主要任务是总结成效。'];
    expect(read(page).markdown).toContain('2025年工作会议');
  });
});
