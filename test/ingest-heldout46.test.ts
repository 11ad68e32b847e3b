/**
 * Held-out round 46 (2026-12-04): an autonomous county's final-accounts publication whose table of contents is by PARTS
 * ("目 录", "第一部分 决算报告", "第二部分 决算表格(详见附件)", numbered table names), a note between the label and the first
 * part, and no title block of the report under it (test/fixtures/ingest-corpus/hn-tongdao-county-final-accounts-2024-
 * disclosure-toc-heldout46, scored there). Listed in test/fixtures/ingest-corpus/README.md under "Held-out pages, round 46".
 * Each reduced test is the page's shape in a few lines; its name says what ingest did before ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';

const read = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'page' });
const body = (markdown: string) => markdown.split('\n---\n')[1];

describe('held-out round 46: a table of contents by parts, under its label, before the text', () => {
  // (www.tongdao.gov.cn: the package's name, "目 录", a note, the parts and table names, the first part again, the text)
  const page = [
    '通道侗族自治县2024年政府决算公开',
    '目 录',
    '——2024年财政总决算于2024年7月30日县十七届人大常委会常务委员会第二十八次会议审议通过',
    '第一部分 决算报告',
    '第二部分 决算表格(详见附件)',
    '1、一般公共预算收入决算录入表',
    '2、一般公共预算支出决算功能分类录入表',
    '14、国有资本经营预算本级支出决算录入表',
    '15、国有资本经营预算对下安排转移性支付决算录入表16、社会保险基金预算收入情况表',
    '17、社会保险基金预算支出录入表',
    '第一部分 决算报告',
    '2024年财政部门始终坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持积极的财政政策，加强收入管理。',
    '一、一般公共预算收支决算汇编情况',
    '2024年实现财政收入总计346634万元，比上年减少18268万元，下降5%。',
  ];
  test('the label, the parts and the table names are the contents, said at their lines (was: "目录" the first paragraph, "第二部分…" and "14、…" headings)', () => {
    const result = read(page);
    const text = body(result.markdown);
    expect(text).not.toContain('目录');
    expect(text).not.toContain('决算表格');
    expect(text).not.toContain('录入表');
    const contents = result.summary.linesRemoved.filter((r) => r.rule === 'contents').map((r) => r.line);
    expect(contents).toEqual([2, 4, 5, 6, 7, 8, 9, 10]);
    // (the part printed again is where it begins: its heading, kept; the text's own heading under it)
    expect(text).toMatch(/^## 第一部分决算报告 /mu);
    expect(text).toMatch(/^### 一、一般公共预算收支决算汇编情况 /mu);
  });

  test('guard: the note between the label and the first part is no item of the contents — read as the approval note it is', () => {
    const result = read(page);
    expect(result.summary.linesRemoved.some((r) => r.line === 3 && r.rule === 'contents')).toBe(false);
    // (stop 45, mends45: an adoption note is no occasion — its day dates the document, the line said as the note, words quoted)
    expect(result.summary.linesRemoved.some((r) => r.line === 3 && r.rule === 'adoption-note' && r.text.includes('第二十八次会议审议通过'))).toBe(true);
    expect(result.frontMatter.date).toBe('2024-07-30');
  });

  test('guard: a part label the page never prints again proves no contents — every line stays', () => {
    const once = ['目录', '第一部分 决算报告', '1、一般公共预算收入决算录入表', '2、一般公共预算支出决算功能分类录入表', '3、政府性基金预算收入决算录入表', ...page.slice(11)];
    const result = read(once);
    expect(result.summary.linesRemoved.filter((r) => r.rule === 'contents')).toEqual([]);
    expect(body(result.markdown)).toContain('一般公共预算收入决算录入表');
  });

  test('guard: a contents label inside the running text is the text\'s — nothing removed as contents', () => {
    const inside = [page[11], '目录', '第一部分 决算报告', '第二部分 决算表格', '1、一般公共预算收入决算录入表', '第一部分 决算报告', page[13]];
    expect(read(inside).summary.linesRemoved.filter((r) => r.rule === 'contents')).toEqual([]);
  });
});
