/**
 * A newspaper's jump markers (ingest/boilerplate.ts, said by line-messages.ts's sayJumps): an e-paper prints
 * a long report over several pages, "(下转第2版)" where a page's part ends and "(上接第1版)"/"(紧接第3版)"
 * where the next begins. A page saved alone holds a part of the report: the markers are removed from the
 * text, and the part is said (`cut-off`) unless the pages are pasted in order or the editor says it is a
 * part. Before (stop 27, lead): "(下转第2版)" at a paragraph's end stayed in the text (and would be
 * translated), "(转第二版)" on its own line was a paragraph, and a page opening with "(紧接第3版)" — the
 * Hangzhou Daily's 2026 report (https://hzdaily.hangzhou.com.cn/hzrb/2026/02/03/article_detail_1_20260203A041.html,
 * the corpus's zj-hangzhou-2026-epaper-continued-heldout5) — was said only as removed furniture.
 */
import { describe, expect, test } from 'vitest';
import { ingest as ingestPage } from '../pipeline/ingest/index.ts';
import { readIngested } from './ingest-helpers.ts';

const opening = '各位代表:\n\n现在,我代表市人民政府向大会报告工作,请予审议。';
const ingest = (text: string) => readIngested(text, 'page.txt', { clean: false });
const jumps = (text: string) => ingest(text).result.file.messages.filter((m) => m.ruleId === 'cut-off' && m.reason.includes('jump'));

describe('ingest: a newspaper\'s jump markers', () => {
  test('"(下转第2版)" ending a paragraph is taken out of the text and the rest of the report said to be elsewhere (was: kept in the paragraph, no message)', () => {
    const page = `政府工作报告\n\n${opening}\n\n一年来,我们推动全市经济社会高质量发展,地区生产总值增长5.2%。(下转第2版)`;
    const { result } = ingest(page);
    expect(result.markdown).toContain('地区生产总值增长5.2%。 {#');
    expect(result.markdown).not.toContain('下转');
    const [warning, ...more] = jumps(page);
    expect(more).toEqual([]);
    expect([warning.line, warning.column]).toEqual([7, 34]);
    expect(warning.fatal).toBe(false);
    expect(warning.reason).toMatch(/^Unexpected jump: the text goes on on another page of the paper \(“\(下转第2版\)”\): the rest of the report is not here; add that page's text/);
  });

  test('"(转第二版)" alone on its line is no paragraph (was: a paragraph "（转第二版）")', () => {
    const page = `政府工作报告\n\n${opening}\n\n一年来,我们推动全市经济社会高质量发展。\n\n(转第二版)`;
    expect(ingest(page).result.markdown).not.toContain('转第二版');
    expect(jumps(page).map((m) => m.line)).toEqual([9]);
  });

  test('a page that opens with "(紧接第3版)" is said to begin elsewhere (the Hangzhou Daily, 2026)', () => {
    const page = '政府工作报告\n\n2026-02-03\n\n(紧接第3版)实施公共文化服务提质增效行动,加快重大公共文化项目建设。赓续城市历史文脉。';
    const [warning] = jumps(page);
    expect(warning.line).toBe(5);
    expect(warning.reason).toContain('the text begins on another page of the paper (“(紧接第3版)”)');
  });

  test('pages pasted in order pair their markers: nothing is said', () => {
    const page = `政府工作报告\n\n${opening}\n\n一年来,我们推动全市经济社会高质量发展。(下转第2版)\n\n(上接第1版)地区生产总值增长5.2%,财政收入增长3.1%。`;
    expect(jumps(page)).toEqual([]);
    expect(ingest(page).result.markdown).not.toMatch(/[上下]接|下转/);
  });

  test('a paragraph the paper broke at its jump is one paragraph again (was: two, "…增长" and "5.2%，…")', () => {
    const page = `政府工作报告\n\n${opening}\n\n一年来,我们推动全市经济社会高质量发展,地区生产总值增长(下转第2版)\n\n(上接第1版)5.2%,财政收入增长3.1%。\n\n二、2026年工作安排`;
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks).toContain('一年来，我们推动全市经济社会高质量发展，地区生产总值增长5.2%，财政收入增长3.1%。');
    expect(jumps(page)).toEqual([]);
  });

  test('guard: a paragraph that ended its sentence at the jump stays apart from the next page\'s first', () => {
    const page = `政府工作报告\n\n${opening}\n\n一年来,我们推动全市经济社会高质量发展。(下转第2版)\n\n(上接第1版)地区生产总值增长5.2%。`;
    expect(readIngested(page, 'page.txt', { clean: false }).blocks.slice(-2)).toEqual(['一年来，我们推动全市经济社会高质量发展。', '地区生产总值增长5.2%。']);
  });

  test('a part the editor means (scope: excerpt with a note) is said as info', () => {
    const page = `政府工作报告\n\n${opening}\n\n一年来,我们推动全市经济社会高质量发展。(下转第2版)`;
    const said = ingestPage(Buffer.from(page), { fileName: 'page.txt', slug: 't', meta: { scope: 'excerpt', scope_note: 'The first page of the paper only.' } }).file.messages.filter((m) => m.ruleId === 'cut-off');
    expect(said.map((m) => [m.fatal, m.reason.slice(0, 40)])).toEqual([[undefined, 'The text goes on on another page of the ']]);
  });

  test('guard: a bracket naming a page that is no jump ("(见第2版图表)", "(转载)") stays', () => {
    const page = `政府工作报告\n\n${opening}\n\n一年来,我们推动全市经济社会高质量发展(见第2版图表)。各项工作取得新成绩(转载)。`;
    expect(ingest(page).result.markdown).toContain('（见第2版图表）');
    expect(ingest(page).result.markdown).toContain('（转载）');
    expect(jumps(page)).toEqual([]);
  });
});
