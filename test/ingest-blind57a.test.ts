/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 57 (2026-12-05, helper blind57a:
 * government work reports at every level and pages about them, 45 pages from 45 hosts no test held). Each test is the page's
 * shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards (precision) are named as
 * such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const messages = (text: string, rule: string) => read(text).result.file.messages.filter((m) => m.ruleId === rule).map((m) => ({ line: m.line, reason: String(m.reason) }));

describe('stop 57, blind: a disclosure table\'s row of cells leaving a label the list does not know', () => {
  // http://yixing.gov.cn/doc/2022/01/14/1011499.shtml (太华镇, 江苏's disclosure template over a story of the town's congress)
  const table = [
    '索引号 | 014046317/2022-00198 | 生成日期 | 2022-01-12 | 公开日期 | 2022-01-12 | |',
    '发布机构 | 太华镇人民政府 | 公开形式 | 网站 | |||',
    '效力状况 | 有效 | 公开程序 | 部门编制,经办公室审核后公开 | |||',
    '主题(一) | 其他 | 主题(二) | 其他 | 体裁 | 其他 | |',
  ];
  const page = [...table, '1月7日,太华镇第十九届人民代表大会第一次会议胜利召开,会议听取审议了《政府工作报告》。', '太华镇镇长吕旭明代表太华镇人民政府作政府工作报告。', '过去五年,太华镇政府坚持以习近平新时代中国特色社会主义思想为指导,各项工作取得新进展。'].join('\n');
  test('the row with 公开程序 keeps its words (was: 公开程序 and its value dropped, the line said "Moved to front matter")', () => {
    const { result, front } = read(page);
    const disclosure = (front.disclosure ?? {}) as Record<string, string>;
    const kept = result.markdown.includes('公开程序') || Object.values(disclosure).some((v) => v.includes('部门编制'));
    expect(kept).toBe(true);
  });
  test('a row of cells between bars is no title (was: title "主题(一)| 其他 | 主题(二)| 其他 | 体裁 | 其他")', () => {
    expect(String(read(page).front.title ?? '')).not.toMatch(/[|｜]/u);
  });
  test('guard: the rows whose every cell is read stay the disclosure fields', () => {
    const { front } = read(page);
    const disclosure = front.disclosure as Record<string, string>;
    expect(disclosure['索引号']).toBe('014046317/2022-00198');
    expect(disclosure['发布机构']).toBe('太华镇人民政府');
    expect(front.issuer).toBe('太华镇人民政府');
  });
  test('guard: a headline with one bar, a column\'s name before it, stays the title', () => {
    const story = ['中國經濟圓桌會|政府工作報告起草組成員:報告起草是順應社會期盼的過程', '新華社北京3月6日電(記者樊曦)政府工作報告起草組成員黃良浩表示,政府工作報告是集體智慧的結晶。'].join('\n');
    expect(String(read(story).front.title)).toMatch(/^中國經濟圓桌會[|｜]政府工作報告起草組成員/u);
  });
});

describe('stop 57, blind: a lede naming who delivered the report is no place', () => {
  // http://ynmzw.cn/show/769.html (云南 2026: a summary of the report under a two-line lede, "…代表省人民政府 向大会作政府工作报告")
  const page = [
    '2026-01-28 22:06',
    '1月28日 ,云南省第十四届人民代表大会第四次会议 在昆明开幕',
    '省长王予波代表省人民政府 向大会作政府工作报告',
    '',
    '1月28日上午,云南省第十四届人民代表大会第四次会议在昆明云南海埂会堂隆重开幕',
    '今年政府工作报告 都有哪些干货?',
    '“十四五”时期工作回顾',
    '经济实力迈上新台阶',
    '地区生产总值突破3万亿元、年均增长4.7%,人均地区生产总值超1万美元',
    '• 工业增加值突破7600亿元,园区规模以上工业总产值占全省比重超83%',
    '• 锡铟锗产量全球第一',
  ].join('\n');
  test('the issuer is the province\'s government (was: "省长王予波代表省人民政府")', () => {
    expect(read(page).front.issuer).toBe('云南省人民政府');
  });
  test('guard: a page heading naming the report with its place still places it', () => {
    const heading = ['(內蒙古)2020年科左后旗人民政府工作报告(全文)', '各位代表:', '现在,我代表旗人民政府向大会报告工作,请予审议。', '一、2019年工作回顾', '2019年,全旗经济社会持续健康发展。'].join('\n');
    expect(read(heading).front.issuer).toBe('科左后旗人民政府');
  });
});

describe('stop 57, blind: a site\'s account links and a record\'s fields over the piece', () => {
  // https://zi5.net/book/chapter/145462/104.html (a reading site's chapter on the 1988 session, its login links first)
  test('"登陆注册" is the site\'s login and sign-up links, removed and said (was: the title)', () => {
    const page = ['登陆注册', '14546200000104', '', '第104章 七届全国人大一次会议', '', '1988年3月25日至4月13日,第七届全国人民代表大会第一次会议在北京人民大会堂举行。'].join('\n');
    expect(read(page).front.title ?? '').toBe('');
    expect(messages(page, 'home-link').map((m) => m.line)).toEqual([1]);
  });
  test('guard: a line that signs up for something in a sentence stays text', () => {
    const page = ['政府工作报告', '各位代表:', '现在,我代表县人民政府向大会报告工作。', '一、2023年工作回顾', '新登记注册市场主体1.2万户,登录政务服务网办件率达到95%。'].join('\n');
    expect(read(page).blocks.join('\n')).toContain('新登记注册市场主体');
  });
  // https://pssjk.bnu.edu.cn/databasedetail?SiteID=14&contentId=840004&contentType=literature (a database's record of a county's
  // development report: its publication month, its keywords, its region tag)
  const record = ['出版时间:2011年06月 |', '关键词: | 发展报告前郭尔罗斯蒙古族自治县 |', '·吉林省·', '吉林省前郭尔罗斯蒙古族自治县(简称前郭县),位于吉林省西北部、松嫩平原南部,隶属于吉林省松原市。'].join('\n');
  test('"出版时间:2011年06月" is the record\'s date line, removed and said (was: the title)', () => {
    expect(read(record).front.title ?? '').toBe('');
    expect(messages(record, 'page-info').map((m) => m.line)).toContain(1);
  });
  test('a place between interpuncts, "·吉林省·", is a region tag, no title (was: the title "吉林省·" once the date line went)', () => {
    const tag = ['·吉林省·', '吉林省前郭尔罗斯蒙古族自治县(简称前郭县),位于吉林省西北部、松嫩平原南部,隶属于吉林省松原市。'].join('\n');
    expect(read(tag).front.title ?? '').toBe('');
    expect(read(tag).blocks.join('\n')).toContain('吉林省');
  });
  test('guard: a headline with a place and its words stays the title', () => {
    const story = ['吉林省前郭县人大常委会开展执法检查', '5月10日,县人大常委会组成执法检查组,对全县贯彻实施《农业法》情况进行检查。'].join('\n');
    expect(read(story).front.title).toBe('吉林省前郭县人大常委会开展执法检查');
  });
});

describe('stop 57, blind: a digitised paper\'s marks for characters its font lacked', () => {
  // http://meta.librarydata.cn/metainfo?metaID=061420020210004374 (a library's record of 辽阳日报's story on the 1990 session)
  const story = [
    '七届全国人大三次会议在京开幕',
    '新华社北京3月20日消息第七届全国人民代表大会第三次会议今天上午在人民大会堂开幕。',
    '国务院总理李鹏在大会上作政府工作报告指出:在中华人民共和国的史册上,1989年是〓不寻常的一年。',
    '今天大会的执行主〓由主席团常务主席担〓,他们是万里、习仲〓、彭冲。',
    '江泽民、杨尚昆、〓、乔石、姚依林等同志与主席团成员在主席台上就座。',
  ].join('\n');
  test('the "〓" marks are said, how many and where (was: kept with nothing said)', () => {
    const said = messages(story, 'lost-bytes');
    expect(said).toHaveLength(1);
    expect(said[0].line).toBe(3);
    expect(said[0].reason).toMatch(/5 “〓”/u);
    expect(read(story).blocks.join('\n')).toContain('1989年是〓不寻常的一年');
  });
  test('guard: a rule of the mark drawn across the page, and a page without it, say nothing', () => {
    const ruled = ['政府工作报告', '〓〓〓〓〓〓〓〓', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。', '一、2023年工作回顾', '过去一年,全县经济平稳增长。'].join('\n');
    expect(messages(ruled, 'lost-bytes')).toEqual([]);
    expect(messages(story.replace(/〓/gu, '非'), 'lost-bytes')).toEqual([]);
  });
});
