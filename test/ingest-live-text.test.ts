/**
 * A live text of the session (ingest/live-text.ts; lead, session of 2026-12-02 12:28): a mirror of a portal's 文字直播 of
 * the CPPCC's 2026 opening (http://www.phjcn.cn/13/24101.html, traditional characters with a converter's pinyin), every
 * turn a label ("石泰峰:") over what was said with the time it was posted glued on. Before, all of it was the report's
 * text: the labels paragraphs, the dates glued on ("…開幕！2026-03-04石泰峰："), a heading "一、2025年主要工作2026-03-04".
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const page = [
  '石泰峰:',
  '各位委員、各位朋友、各位同志:中國人民政治協(xié)商會議第十四屆全國委員會第四次會議,應(yīng)出席委員2125人,實(shí)到2078人,符合規(guī)定人數(shù)。2026-03-04 15:02:28',
  '石泰峰:',
  '現(xiàn)在我宣布:中國人民政治協(xié)商會議第十四屆全國委員會第四次會議開幕!2026-03-04 15:03:06',
  '中國網(wǎng):',
  '工作人員宣讀議程草案。2026-03-04 15:06:22',
  '石泰峰:',
  '現(xiàn)在進(jìn)行第二項(xiàng)議程:請王滬寧同志代表政協(xié)第十四屆全國委員會常務(wù)委員會作工作報告。2026-03-04 15:07:31',
  '王滬寧:',
  '各位委員:我代表中國人民政治協(xié)商會議第十四屆全國委員會常務(wù)委員會,向大會報告工作,請予審議。2026-03-04 15:07:43',
  '王滬寧:',
  '一、2025年主要工作2026-03-04 15:08:03',
  '王滬寧:',
  '2025年是中國式現(xiàn)代化進(jìn)程中具有重要意義的一年。面對錯綜復(fù)雜的國際形勢(shì),迎難而上、奮力拼搏。2026-03-04 15:08:40',
];

describe('ingest: a live text of the session', () => {
  test('the report is its speaker\'s turns: no labels, no times, the chair\'s and the site\'s turns out and reported (was: all of it the text)', () => {
    const { result, blocks } = readIngested(page.join('\n'), 'page.txt', { clean: false });
    expect(blocks).toEqual([
      '各位委員：我代表中國人民政治協商會議第十四屆全國委員會常務委員會，向大會報告工作，請予審議。',
      '## 一、2025年主要工作',
      '2025年是中國式現代化進程中具有重要意義的一年。面對錯綜復雜的國際形勢，迎難而上、奮力拼搏。',
    ]);
    const taken = result.file.messages.filter((m) => m.ruleId === 'live-text');
    expect(taken.filter((m) => m.reason.includes('who speaks')).map((m) => m.line)).toEqual([1, 3, 5, 7, 9, 11, 13]);
    expect(taken.filter((m) => m.reason.includes("turn, not the report's")).map((m) => m.line)).toEqual([2, 4, 6, 8]);
    // (the times at their columns in the page as it was: on lines 10 and 14 after the pinyin taken out before them —
    // was: the cleaned line's column, 63 and 48)
    const original = (n: number) => page[n - 1].indexOf('2026-03-04') + 1;
    expect(taken.filter((m) => m.reason.includes('the time of a turn')).map((m) => [m.line, m.column])).toEqual([
      [10, original(10)],
      [12, 12],
      [14, original(14)],
    ]);
  });

  test('who took the floor is the speaker, the day of the turn the date', () => {
    const { result } = readIngested(page.join('\n'), 'page.txt', { clean: false });
    expect(result.frontMatter).toMatchObject({ speaker: '王滬寧', date: '2026-03-04', date_source: 'published' });
  });

  test('the salutation alone on its line in the speaker\'s turn is the report\'s, no label (was: the speaker "各位委员", his later turns removed)', () => {
    const lines = ['石泰峰:', '现在开会。2026-03-04 15:02:28', '石泰峰:', '请王沪宁同志作工作报告。2026-03-04 15:07:31', '王沪宁:', '各位委员:', '我代表政协常务委员会,向大会报告工作,请予审议。2026-03-04 15:07:43', '王沪宁:', '2025年是具有重要意义的一年。2026-03-04 15:08:40'];
    const { result, blocks } = readIngested(lines.join('\n'), 'page.txt', { clean: false });
    expect(result.frontMatter.speaker).toBe('王沪宁');
    expect(blocks).toEqual(['各位委员：', '我代表政协常务委员会，向大会报告工作，请予审议。', '2025年是具有重要意义的一年。']);
  });

  test('a turn whose label and words are on one line ("石泰峰:各位委员,…", "主持人:现在开会" with the time glued on) is read as a turn, reported alike (was: all of it the text)', () => {
    const lines = [
      '主持人:现在开会2026-03-04 15:02:28',
      '石泰峰:各位委员、各位朋友、各位同志:全国委员会第四次会议,应出席委员2125人,实到2078人,符合规定人数。2026-03-04 15:02:40',
      '石泰峰:现在进行第二项议程:请王沪宁同志作工作报告。2026-03-04 15:07:31',
      '王沪宁:各位委员:我代表政协常务委员会,向大会报告工作,请予审议。2026-03-04 15:07:43',
      '王沪宁:一、2025年主要工作2026-03-04 15:08:03',
      '王沪宁:2025年是具有重要意义的一年。面对错综复杂的国际形势,迎难而上、奋力拼搏。2026-03-04 15:08:40',
    ];
    const { result, blocks } = readIngested(lines.join('\n'), 'page.txt', { clean: false });
    expect(blocks).toEqual(['各位委员：我代表政协常务委员会，向大会报告工作，请予审议。', '## 一、2025年主要工作', '2025年是具有重要意义的一年。面对错综复杂的国际形势，迎难而上、奋力拼搏。']);
    expect(result.frontMatter).toMatchObject({ speaker: '王沪宁', date: '2026-03-04' });
    const taken = result.file.messages.filter((m) => m.ruleId === 'live-text');
    expect(taken.filter((m) => m.reason.includes('who speaks')).map((m) => [m.line, m.column])).toEqual([[1, 1], [2, 1], [3, 1], [4, 1], [5, 1], [6, 1]]);
    expect(taken.filter((m) => m.reason.includes("turn, not the report's")).map((m) => [m.line, m.column])).toEqual([[1, 5], [2, 5], [3, 5]]);
    expect(taken.filter((m) => m.reason.includes('the time of a turn')).map((m) => [m.line, m.column])).toEqual([[4, 34], [5, 16], [6, 43]]);
  });

  test('guard: a report\'s own sentence with a colon after a name or a topic ("习近平总书记指出:…", "总书记强调:…", "主要做法:…", "民生方面:…" once) is no turn, even posted with a time', () => {
    const lines = [
      '王沪宁:各位委员:我代表政协常务委员会,向大会报告工作,请予审议。2026-03-04 15:07:43',
      '王沪宁:2025年是具有重要意义的一年。2026-03-04 15:08:03',
      '习近平总书记指出:要坚持团结和民主两大主题。2026-03-04 15:08:40',
      '总书记强调:要发挥专门协商机构作用。2026-03-04 15:09:10',
      '总书记强调:要坚持大团结大联合。2026-03-04 15:09:40',
      '主要做法:加强思想政治引领,深化协商议政。2026-03-04 15:10:02',
      '民生方面:办好一批民生实事。2026-03-04 15:10:30',
    ];
    const { blocks } = readIngested(lines.join('\n'), 'page.txt', { clean: false });
    expect(blocks.join('\n')).toContain('习近平总书记指出：要坚持团结和民主两大主题。');
    expect(blocks.join('\n')).toContain('总书记强调：要发挥专门协商机构作用。');
    expect(blocks.join('\n')).toContain('主要做法：加强思想政治引领，深化协商议政。');
    expect(blocks.join('\n')).toContain('民生方面：办好一批民生实事。');
  });

  test('guard: one labelled turn is no live text', () => {
    const { result } = readIngested(['王滬寧:', '各位委員:我代表常務委員會向大會報告工作。2026-03-04 15:07:43', '主持人:', '请大家发言。'].join('\n'), 'page.txt', { clean: false });
    expect(result.file.messages.filter((m) => m.ruleId === 'live-text')).toEqual([]);
  });
});
