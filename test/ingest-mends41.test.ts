/**
 * Known gaps of earlier stops closed in stop 41 (helper mends41), each by a general rule; each test's name says what
 * ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const said = (text: string, ruleId: string) => readIngested(text, 'page.txt', { clean: false }).result.file.messages.filter((m) => m.ruleId === ruleId);

describe('circled note calls (①, ② …) with no notes on the page', () => {
  // http://www.lnlinghai.jcy.gov.cn/jwgk/jcgzbg/202601/t20260104_7506463.shtml (凌海市人民检察院工作报告, 2026: its excerpt ends before its notes)
  const linghai = [
    '凌海市人民检察院工作报告',
    '——2025年12月31日在凌海市第七届人民代表大会第六次会议上',
    '凌海市人民检察院检察长 马量',
    '各位代表:',
    '现在,我代表市人民检察院向大会报告工作,请予审议,并请市政协委员提出意见。',
    '2025年,市人民检察院坚持“高质效办好每一个案件”①,各项检察工作取得新成效。',
    '一、忠诚履职,在服务大局中彰显检察担当',
    '维护国家安全和社会稳定。坚持总体国家安全观②,把捍卫国家安全摆在更加突出位置,全年批准逮捕各类刑事犯罪嫌疑人146人。',
  ].join('\n');

  test('are said, each at its line and column, and kept as text (was: kept with nothing said)', () => {
    const strays = said(linghai, 'note-marker-unlinked');
    expect(strays.map((m) => `${m.line}:${m.column}`)).toEqual(['6:27', '8:22']);
    expect(String(strays[0].reason)).toContain('①');
    expect(String(strays[1].reason)).toContain('②');
    expect(readIngested(linghai, 'page.txt', { clean: false }).blocks.join('\n')).toContain('观②，把');
  });

  test('a call right before more text, alone in its paragraph, is a call too', () => {
    expect(said(linghai.replace('观②,把', '观②把'), 'note-marker-unlinked')).toHaveLength(2);
  });

  test('guard: an enumeration\'s circled items — opening a line, after a colon, a semicolon or a comma, or a run of marks each opening its item — are no calls', () => {
    const head = linghai.split('\n').slice(0, 5).join('\n');
    for (const text of [
      '①加强队伍建设。',
      '重点抓好三项工作:①加强队伍建设;②深化司法改革;③推进智慧检务。',
      '一是加强队伍建设,①政治建设,②业务建设。',
      '重点抓好①加强队伍建设②深化司法改革③推进智慧检务。',
    ]) {
      expect(said(`${head}\n${text}`, 'note-marker-unlinked'), text).toEqual([]);
    }
  });

  test('guard: circled calls whose notes the page holds are calls, and nothing is said', () => {
    const text = `${linghai}\n注释:\n①高质效办好每一个案件:是最高人民检察院提出的检察工作基本价值追求。\n②总体国家安全观:是以人民安全为宗旨的国家安全观。`;
    const { result } = readIngested(text, 'page.txt', { clean: false });
    expect(result.file.messages.filter((m) => m.ruleId === 'note-marker-unlinked')).toEqual([]);
    expect(result.markdown).toContain('[^2]');
  });
});

describe('a spaced headline of clauses, one of them "…报告…工作"', () => {
  // the lead's blind page of stop 40: "齊建新報告政府工作 顧琨…", three clauses set apart by spaces (the page is a story)
  const page = (headline: string) =>
    `${headline}\n本報訊(記者 王茜)2月27日上午,縣第十八屆人民代表大會第六次會議隆重開幕。\n本次大會應到人大代表302人,實到293人。\n在熱烈的掌聲中,齊建新代表縣人民政府向大會報告工作。`;

  test('keeps its clause boundaries, in traditional and simplified characters (was: "齊建新報告政府工作顧琨主持會議張三等出席")', () => {
    expect(readIngested(page('齊建新報告政府工作 顧琨主持會議 張三等出席')).front.title).toBe('齊建新報告政府工作　顧琨主持會議　張三等出席');
    expect(readIngested(page('齐建新报告政府工作 顾琨主持会议 张三等出席')).front.title).toBe('齐建新报告政府工作　顾琨主持会议　张三等出席');
    expect(readIngested(page('县长齐建新向大会报告工作 顾琨主持')).front.title).toBe('县长齐建新向大会报告工作　顾琨主持');
  });

  test('guard: a name set apart from its act is no clause — its space is letter spacing, taken out', () => {
    expect(readIngested(page('齊建新 報告政府工作')).front.title).toBe('齊建新報告政府工作');
  });
});

describe('a site\'s abstract over the text', () => {
  // 高县年鉴's page (the search tool's pages corpus, "2020年工作和十三五发展回顾-高县年鉴"): its 【摘要】 is the text's own sentences
  const opening = '2020 年,在市委市政府和县委的坚强领导下,县政府坚持以习近平新时代中国特色社会主义思想为指导,统筹推进疫情防控和经济社会发展。';
  const second = '2020 年,我们众志成城、严防严控,新冠疫情防控取得阶段胜利。新年伊始,新冠肺炎疫情突如其来。';
  const third = '2020 年,我们同心同向、共克时艰,经济社会发展实现预期目标。茶叶产量2.7 万吨,综合产值70.05 亿元。';
  const page = (abstract: string) =>
    ['首页 理论教育 2020年工作和十三五发展回顾-高县年鉴', '', '2020年工作和十三五发展回顾-高县年鉴', '', '时间:2023-08-11 理论教育 版权反馈', abstract, '', opening, '', second, '', third].join('\n');

  test('whose every sentence stands again in the text is removed and said (was: kept as the first paragraph, repeating the opening)', () => {
    const { blocks, result } = readIngested(page('【摘要】:2020 年,我们众志成城、严防严控,新冠疫情防控取得阶段胜利。2020 年,我们同心同向、共克时艰,经济社会发展实现预期目标。'), 'page.txt', { clean: false });
    expect(blocks[0]).toMatch(/^2020年，在市委/);
    expect(blocks.filter((b) => b.includes('摘要'))).toEqual([]);
    expect(result.file.messages.filter((m) => m.ruleId === 'abstract-label').map((m) => `${m.line}:${m.column}`)).toEqual(['6:1']);
  });

  test('guard: an abstract that says anything the text does not is kept', () => {
    const { blocks } = readIngested(page('摘要:全县经济实现恢复性增长。2020 年,我们众志成城、严防严控,新冠疫情防控取得阶段胜利。'), 'page.txt', { clean: false });
    expect(blocks.some((b) => b.startsWith('摘要：全县经济实现恢复性增长。'))).toBe(true);
  });
});

describe('a session story\'s photo captions under its headline', () => {
  // https://www.zwgsc.com/mayang/c122195/202512/ecbbffdc34904e62b483832cb95fba7d.shtml (麻陽's session news, traditional; the
  // corpus's hn-mayang-county-2025-session-news-tc-heldout42)
  const page = readFileSync('test/fixtures/ingest-not-the-report/hn-mayang-county-2025-session-news-tc-heldout42/input.txt', 'utf8');

  test('are removed as captions, not joined into the title (was: "…會議開幕縣委書記江濤在主席台前排就座縣委副書記、縣長胡宏林代表縣人民政府作工作報告")', () => {
    const { front, result } = readIngested(page, 'input.txt', { clean: false });
    expect(String(front.title)).not.toContain('就座');
    expect(result.file.messages.filter((m) => m.ruleId === 'caption').map((m) => m.line)).toEqual([5, 8]);
  });

  test('the headline\'s clauses, the session\'s 開幕 one of them, keep their spaces (since stop 45: the 開幕 clause the title, the deck after it kept in the text; stop 46: the subtitle)', () => {
    const { front, blocks } = readIngested(page, 'input.txt', { clean: false });
    expect(front.title).toBe('麻陽苗族自治縣第八屆人民代表大會第五次會議開幕');
    expect(front.subtitle).toBe('江濤出席　胡宏林作政府工作報告　陽承凡主持');
    expect(blocks).not.toContain('江濤出席　胡宏林作政府工作報告　陽承凡主持');
  });

  test('guard: a line that goes on after the act is the text\'s sentence, no caption', () => {
    const { blocks } = readIngested(`${page.split('\n').slice(0, 3).join('\n')}\n\n縣長胡宏林主持會議並講話，強調要認真履行職責。\n\n本次大會應到代表229人,實到208人,符合法定人數。`, 'input.txt', { clean: false });
    expect(blocks.join('\n')).toContain('縣長胡宏林主持會議並講話，強調');
  });
});

describe('a body\'s rules, numbered in articles (第一条 …)', () => {
  // fymate.net's excerpt of a government's 工作规则 (stop 40's lead, "Seen, not changed"); the shape of
  // https://www.alsk.gov.cn/info/1045/2905.htm (关于印发《阿拉山口市人民政府工作规则》的通知, its rules under it)
  const articles = [
    '第一章 总则',
    '第一条 阿拉山口市第二届人民政府根据《中华人民共和国宪法》、《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》等有关规定,制定本规则。',
    '第二条 市人民政府工作的指导思想是,高举中国特色社会主义伟大旗帜,坚持依法治市,为全面建成小康社会而努力奋斗。',
    '第三条 市人民政府工作的准则是:执政为民,依法行政,科学决策,实事求是,民主集中,务实高效,清正廉洁。',
    '第二章 组成人员职责',
    '第四条 市人民政府由市长、副市长、秘书长组成。',
  ];

  test('titled 工作规则: said to be another kind of document (was: read as a report, nothing said)', () => {
    const other = said(['阿拉山口市人民政府工作规则', ...articles].join('\n\n'), 'other-document');
    expect(other.map((m) => `${m.line}:${m.column}`)).toEqual(['1:1']);
    expect(String(other[0].reason)).toContain('第一条');
  });

  test('under the notice that issues them (its title a 通知): said at the first article', () => {
    const page = ['关于印发《阿拉山口市人民政府工作规则》的通知', '艾比湖镇人民政府,市人民政府各部门:', '《阿拉山口市人民政府工作规则》已经市人民政府常务会议通过,现予印发,请认真遵照执行。', ...articles].join('\n\n');
    expect(said(page, 'other-document').map((m) => m.line)).toEqual([9]);
  });

  test('each article keeps the space between its number and its text (was: "第一条阿拉山口市…")', () => {
    const { blocks } = readIngested(['阿拉山口市人民政府工作规则', ...articles].join('\n\n'), 'page.txt', { clean: false });
    expect(blocks.filter((b) => b.startsWith('第')).slice(0, 3).map((b) => b.slice(0, 4))).toEqual(['第一条　', '第二条　', '第三条　']);
  });

  test('guard: a report naming articles, or two 第…条 paragraphs, is no rules', () => {
    const report = ['政府工作报告', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。', '第一条经验是坚持党的领导,全县上下团结一心。', '第二条经验是坚持人民至上,办好民生实事。', '我们认真执行《条例》第三条的规定,依法行政。'].join('\n');
    expect(said(report, 'other-document')).toEqual([]);
  });
});
