/**
 * Ingest defects found on the fifth round of held-out real pages
 * (2026-11-30: 11 pages of provinces, prefecture-level cities and the State
 * Council, never seen by ingest, listed in test/fixtures/ingest-corpus/README.md
 * under "Held-out pages, round 5"). Each test is the page shape reduced to a
 * few lines; its name says what ingest did before ("was: …"). Guards
 * (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const opening = '现在，我代表省人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。';

describe('held-out round 5: a news column heading that carries the date and the speaker', () => {
  test('"广东省政府工作报告(2023年1月12日 王伟中)" under a site heading and a "date| 来源:" line is the title, with its date and speaker (was: the site heading as title, no date, no speaker)', () => {
    const { front, blocks, result } = read(
      [
        '公务员遴选',
        '北辰视频号',
        '您现在的位置: 首页 > 广东遴选网 > 省市遴选 > 考情分析 > 【广东遴选】2023年广东省政府工作报告',
        '【广东遴选】2023年广东省政府工作报告',
        '2023-02-07| 来源:北辰遴选',
        '广东省政府工作报告(2023年1月12日 王伟中)',
        '各位代表:',
        opening,
        '一、过去五年工作回顾',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '广东省政府工作报告', issuer: '广东省人民政府', date: '2023-01-12', date_source: 'title', speaker: '王伟中' });
    expect(blocks[0]).toBe('各位代表：');
    // Each head line is reported once, by one rule (was: the title line "moved to front matter" AND "removed as the page's head").
    const lines = result.file.messages.filter((m) => m.ruleId === 'page-head' || m.ruleId === 'metadata').map((m) => m.line);
    expect(lines).toEqual([...new Set(lines)]);
  });

  test('a link "點擊查閱更多…" and a stamp line between the column heading and the occasion (was: the link taken as the title)', () => {
    const { front, blocks } = read(
      [
        '成都市政府工作報告(2023年2月21日 王鳳朝)',
        '2023年04月06日 17:00   來源:成都市政府網',
        '點擊查閱更多2023年地方政府工作報告',
        '  2023年2月21日在成都市第十八屆人民代表大會第一次會議上',
        '  成都市人民政府市長 王鳳朝',
        '  各位代表:',
        '  現在,我代表市人民政府,向大會報告工作,請予審議,并請市政協委員提出意見。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '成都市政府工作報告', issuer: '成都市人民政府', date: '2023-02-21', date_source: 'occasion', speaker: '成都市人民政府市長 王鳳朝' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a word glued after the date in the brackets is no speaker ("政府工作报告(2024年3月12日通过)")', () => {
    const { front } = read(['政府工作报告(2024年3月12日通过)', '各位代表:', opening].join('\n'));
    expect(front).toMatchObject({ title: '政府工作报告', date: '2024-03-12' });
    expect(front.speaker).toBeUndefined();
  });
});

describe('held-out round 5: newspaper pages (e-papers, PDFs of a printed page)', () => {
  test('a newspaper page slug above the title is furniture, not the first line of the title (was: "深圳特区报/2024年/2月/7日/第A01版政府工作报告")', () => {
    const { front, rules } = read(
      [
        '正文复制',
        '深圳特区报/2024 年/2 月/7 日/第 A01 版',
        '政府工作报告',
        '——2024 年 1 月 30 日在深圳市第七届人民代表大会第五次会议上',
        '深圳市市长 覃伟中',
        '各位代表:',
        '现在,我代表深圳市人民政府,向大会报告政府工作,请予审议。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '政府工作报告', issuer: '深圳市人民政府', date: '2024-01-30', speaker: '深圳市市长 覃伟中' });
    expect(rules).toContain('page-info');
  });

  test('an e-paper\'s continuation: the jump marker "(紧接第3版)" leaves the text, reported; the issue date alone under the heading is the publication date (was: the marker in the first paragraph, date_source title)', () => {
    const { front, blocks, result } = read(
      [
        '政府工作报告',
        '',
        '2026-02-03',
        '',
        '(紧接第3版)实施公共文化服务提质增效行动,加快重大公共文化项目建设。赓续城市历史文脉。',
        '',
        '(七)更好统筹发展和安全,推动超大城市现代化治理探索新路径。坚定不移贯彻总体国家安全观。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '政府工作报告', date: '2026-02-03', date_source: 'published' });
    expect(blocks[0]).toBe('实施公共文化服务提质增效行动，加快重大公共文化项目建设。赓续城市历史文脉。');
    const marker = result.file.messages.find((m) => m.reason.includes('紧接第3版'));
    expect(marker?.place).toMatchObject({ line: 5, column: 1 });
  });

  test('guard: a date in words alone under the title is the report\'s own date ("（2024年3月12日）" → date_source title)', () => {
    const { front } = read(['政府工作报告', '（2024年3月12日）', '各位代表:', opening].join('\n'));
    expect(front).toMatchObject({ date: '2024-03-12', date_source: 'title' });
  });

  test('guard: "接第3版" in a sentence is text, not a marker', () => {
    const { blocks } = read(['政府工作报告', '各位代表:', opening, '报纸(接第3版)的说法不是标记。'].join('\n'));
    expect(blocks.at(-1)).toBe('报纸（接第3版）的说法不是标记。');
  });
});

describe('held-out round 5: a news page that gives the text without its salutation', () => {
  const page = (lede: string, label: string) =>
    read(
      [
        ` date 2026-03-05 ${lede} 中評社北京3月5日電（記者 海涵）3月5日上午9時，十四屆全國人大四次會議在人民大會堂開幕。`,
        '',
        label,
        '',
        '2025年是很不平凡的一年。黨的二十屆四中全會勝利召開，擘畫了未來五年我國發展的宏偉藍圖。',
        '',
        '一年來，我國經濟頂壓前行、展現強大韌性。經濟運行總體平穩、穩中有進。',
      ].join('\n'),
    );

  test('a lede, "以下是政府工作報告全文：", the text from its first paragraph: the lede is the page head, the label names the report, the lede\'s "代表國務院…作政府工作報告" the issuer (was: the lede as first paragraph, no title, no issuer)', () => {
    const { front, blocks } = page('國務院總理李強代表國務院，向十四屆全國人大四次會議作政府工作報告（中評社 海涵攝）', '以下是政府工作報告全文：');
    expect(front).toMatchObject({ title: '政府工作報告', issuer: '國務院' });
    expect(blocks[0]).toBe('2025年是很不平凡的一年。黨的二十屆四中全會勝利召開，擘畫了未來五年我國發展的宏偉藍圖。');
  });

  test('guard: a label naming no document ("以下是采访全文：") leaves the page as it is', () => {
    const { front, blocks } = page('國務院總理李強代表國務院，向十四屆全國人大四次會議作政府工作報告（中評社 海涵攝）', '以下是采访全文：');
    expect(front.title ?? '').toBe('');
    expect(blocks.some((b) => b.includes('以下是采访全文'))).toBe(true);
  });

  test('guard: a lede where the premier only attends ("代表國務院出席…") names no issuer', () => {
    const { front } = page('國務院總理李強代表國務院出席開幕會（中評社 海涵攝）', '以下是政府工作報告全文：');
    expect(front.issuer).toBeUndefined();
  });
});

describe('held-out round 5: a city portal\'s disclosure rows', () => {
  test('"发布单位: 市政府研究室(市政府参事室) 主题分类: 其他" is read as disclosure fields; the office is not the issuer (was: the row removed as page head, both fields lost)', () => {
    const { front } = read(
      [
        '索引号: 001008001026002/2020-248767 公开方式: 主动公开',
        '文号: 公开日期: 2020-05-06',
        '发布单位: 市政府研究室(市政府参事室) 主题分类: 其他',
        '2020年杭州市政府工作报告',
        '政府工作报告',
        '(2020年4月26日在杭州市第十三届人民代表大会第五次会议上)',
        '杭州市人民政府代市长  刘 忻',
        '各位代表:',
        '现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员提出意见。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '政府工作报告', issuer: '杭州市人民政府', date: '2020-04-26', speaker: '杭州市人民政府代市长 刘忻' });
    expect(front.disclosure).toMatchObject({ 索引号: '001008001026002/2020-248767', 发布单位: '市政府研究室(市政府参事室)', 主题分类: '其他' });
  });
});

describe('held-out round 5: title blocks damaged or quoted', () => {
  const hubei = (occasionLine: string) =>
    read(
      [
        '2022.01.30省长王忠林:政府工作报告',
        'VIP专免',
        '湖北日报/2022 /1 /30 /001',
        '政府工作报告',
        occasionLine,
        '省长 王忠林',
        '各位代表:',
        '现在,我代表省人民政府向大会报告工作,请予审议,并请省政协委员提出意见。',
      ].join('\n'),
    );

  test('an occasion that lost 年, 月, numbers and its final 上 in extraction ("——2022 1 20 日在省第人民会第会议") still anchors the title block (was: the document name as title, no occasion, date or speaker)', () => {
    const { front, blocks } = hubei('——2022 1 20 日在省第人民会第会议');
    expect(front).toMatchObject({ title: '政府工作报告', date: '2022-01-20', date_source: 'occasion', occasion: '2022 1 20日在省第人民会第会议', speaker: '省长 王忠林' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('a news paragraph ending "原文如下:" before the occasion on the same line gives no title (was: "2023年政府工作報告(gao)" picked out of the news text)', () => {
    const { front } = read(
      [
        '浙江發布2023年政府工作報告2023-01-30 14:22來源:gessey瀏覽數:255次',
        '日前,浙江(jiang)2023年政府工作報告(gao)發布,報告(gao)指出(chu),加快構建現代化產業體系。 原文如下: 2023年1月12日在浙江省第十四屆人民代表大會第一次會議上 浙江省省長 王浩 各(ge)位代',
      ].join('\n'),
    );
    expect(front.title ?? '').toBe('');
    expect(front).toMatchObject({ date: '2023-01-12', occasion: '2023年1月12日在浙江省第十四屆人民代表大會第一次會議上', speaker: '浙江省省長 王浩' });
  });
});
