/**
 * A report's sentence closed by a note that its figures are left out of the copy — "（图/表略）", as PDF text dumps and
 * reposts of reports with charts print it — is the report's own text, kept with its note. Was (found by blind51a, stop 51,
 * writing a guard): the whole paragraph removed as a Taiwan paper's photo caption, "…（圖／截自央視）" (boilerplate-rules.ts),
 * said but the report's words lost. A caption closed by its picture's source is still removed (guard).
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const opening = ['政府工作报告', '——2024年1月10日在某县第十七届人民代表大会第三次会议上', '县长 王明', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员提出意见。', '一、2023年工作回顾'];

describe('a note that the figures are left out, closing a report’s sentence', () => {
  test('the paragraph stays, its note with it (was: removed whole as a photo caption)', () => {
    const page = [...opening, '过去一年,全县经济稳中有进。全年新增就业岗位2万个,城镇登记失业率控制在4%以内。(图/表略)', '二、2024年工作安排', '今年是实施“十四五”规划的关键之年。'].join('\n');
    const { blocks, result } = read(page);
    expect(blocks.find((b) => b.includes('新增就业岗位'))).toMatch(/控制在4%以内。[（(]图\/表略[）)]$/u);
    expect(result.file.messages.map((m) => m.ruleId)).not.toContain('caption');
  });

  test('guard: a paper’s caption closed by its picture’s source, “（圖／截自央視）”, is still removed and said', () => {
    const page = [...opening, '中共官員24日公開強調,將持續推動兩岸融合發展。(圖/截自央視)', '过去一年,全县经济稳中有进。'].join('\n');
    const { blocks, result } = read(page);
    expect(blocks.some((b) => b.includes('公開強調'))).toBe(false);
    expect(result.file.messages.map((m) => m.ruleId)).toContain('caption');
  });
});
