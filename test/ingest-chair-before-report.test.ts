/**
 * The session's chair before the report, and a headline naming who delivered it (lead, session of 2026-12-02 12:28).
 * A news site's 2018 copy of the Supreme People's Court's report (http://101.201.78.234/domestic/view?id=11255) prints the
 * chair's name and words before the report — "张春贤" / "各位代表，今天的全体会议应出席代表2980人，…现在开会。…" /
 * "现在进行第一项议程：请最高人民法院院长周强同志作最高人民法院工作报告。" — then the speaker "最高人民法院院长 周强" over
 * "各位代表：我代表最高人民法院向大会报告工作…". Before, the speaker's line went with the page's head (no speaker, a
 * missing-speaker warning), and the title was the headline "最高人民法院院长周强同志作最高人民法院工作报告（全文内容）".
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const page = [
  '最高人民法院院长周强同志作最高人民法院工作报告(全文内容)',
  '文章来源:环球聚焦传媒网 作者: 发布时间:2018-03-09 21:32 点击量:472 大',
  '中',
  '小',
  '张春贤',
  '各位代表,今天的全体会议应出席代表2980人,出席2960人,缺席20人,出席人数符合法定人数,现在开会。今天的全体会议有两项议程。',
  '现在进行第一项议程:请最高人民法院院长周强同志作最高人民法院工作报告。',
  '最高人民法院院长 周强',
  '各位代表:我代表最高人民法院向大会报告工作,请予审议,并请全国政协各位委员提出意见。',
  '党的十八大以来的五年,是党和国家事业取得历史性成就、发生历史性变革的五年,也是人民法院工作发生深刻变化、取得重大进展的五年。',
];

describe('ingest: the chair before the report, and a headline naming who delivered it', () => {
  test('the speaker over the salutation is the speaker, the chair\'s words the page\'s (was: no speaker)', () => {
    const { result, blocks } = readIngested(page.join('\n'), 'page.txt', { clean: false });
    expect(result.frontMatter.speaker).toBe('最高人民法院院长 周强');
    expect(result.file.messages.filter((m) => m.ruleId === 'missing-speaker')).toEqual([]);
    expect(blocks[0]).toBe('各位代表：我代表最高人民法院向大会报告工作，请予审议，并请全国政协各位委员提出意见。');
    expect(result.markdown).not.toMatch(/现在开会|张春贤/);
  });

  test('the head reads past the chair\'s name, opening and agenda (each reported at its line as the chair\'s) to the speaker over the salutation, and the font-size buttons one a line are the page\'s', () => {
    const { result } = readIngested(page.join('\n'), 'page.txt', { clean: false });
    const at = (rule: string) => result.file.messages.filter((m) => m.ruleId === rule).map((m) => m.line);
    expect(at('chair')).toEqual([5, 6, 7]);
    expect(result.file.messages.find((m) => m.line === 8)?.ruleId).toBe('metadata');
    expect(result.file.messages.filter((m) => m.line === 3 || m.line === 4).map((m) => m.ruleId)).toEqual(['page-info', 'page-info']);
    // Under a headline that names no one, the speaker is the line's alone.
    const unnamed = readIngested(['最高人民法院工作报告(全文)', ...page.slice(1)].join('\n'), 'page.txt', { clean: false });
    expect(unnamed.result.frontMatter.speaker).toBe('最高人民法院院长 周强');
    expect(unnamed.result.file.messages.find((m) => m.line === 8)?.ruleId).toBe('metadata');
  });

  test('guard: the chair\'s words not leading to the salutation (a report quoting an agenda) are the text\'s', () => {
    const { blocks } = readIngested(['2018年最高人民法院工作报告', '大会执行主席宣布:现在开会。', '会议听取了最高人民法院院长周强作的工作报告。', '代表们认为,报告实事求是。'].join('\n'), 'page.txt', { clean: false });
    expect(blocks.join('\n')).toContain('现在开会');
  });

  test('"X院长Y同志作Z工作报告(全文内容)": title Z工作报告 (was: the whole headline)', () => {
    const { result } = readIngested(page.join('\n'), 'page.txt', { clean: false });
    expect(result.frontMatter.title).toBe('最高人民法院工作报告');
  });

  test('guard: a line over the salutation that names no speaker stays the page\'s, and a headline with no role keeps its words', () => {
    const { result } = readIngested(['2018年最高人民法院工作报告', '张春贤', '大会秘书处印发', '各位代表:', '我代表最高人民法院向大会报告工作,请予审议。'].join('\n'), 'page.txt', { clean: false });
    expect(result.frontMatter.speaker).toBeUndefined();
    expect(result.frontMatter.title).toBe('2018年最高人民法院工作报告');
  });
});
