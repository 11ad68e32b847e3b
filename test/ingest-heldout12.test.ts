/**
 * Ingest defects found on the twelfth round of held-out pages (2026-12-01):
 * the issuer a page names only through its title or occasion (the speaker
 * line and "我代表…人民政府" give the bare unit), banner (旗), township and
 * subdistrict (街道) reports, a yearbook's and document sites' copies —
 * listed in test/fixtures/ingest-corpus/README.md under "Held-out pages,
 * round 12". Each test is the page's shape reduced to a few lines; its name
 * says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { issuerOf } from '../pipeline/ingest/issuer.ts';
import { parseTitle } from '../pipeline/ingest/document-title.ts';
import { speakerOf } from '../pipeline/ingest/speaker.ts';
import { readIngested } from './ingest-helpers.ts';

const opening = (unit: string) => `各位代表：\n现在，我代表${unit}人民政府向大会报告工作，请予审议，并请${unit}政协委员和其他列席人员提出意见。\n一、过去五年工作回顾\n过去五年，是极不平凡、极不容易的五年。`;

describe('held-out round 12: the place of a bare unit from the title', () => {
  test('"河北省2023年政府工作报告" completes "省人民政府" (was: no issuer)', () => {
    const { front } = readIngested(`河北省2023年政府工作报告\n——2023年1月13日在省第十四届人民代表大会第一次会议上\n省长 王正谱\n${opening('省')}`);
    expect(front.issuer).toBe('河北省人民政府');
  });

  test('a county title with the year after the place, "桂阳县2016年政府工作报告" (was: no issuer)', () => {
    expect(issuerOf({ speaker: '县长 黄四平', title: '桂阳县2016年政府工作报告', body: '现在，我代表县人民政府，向大会报告工作' })).toBe('桂阳县人民政府');
  });

  test('guard: a title naming another level does not complete the unit ("河北省2023年政府工作报告", "我代表县人民政府")', () => {
    expect(issuerOf({ title: '河北省2023年政府工作报告', body: '现在，我代表县人民政府向大会报告工作' })).toBeUndefined();
  });

  test('guard: a title with no place before its year completes nothing ("2023年政府工作报告")', () => {
    expect(issuerOf({ title: '2023年政府工作报告', body: '现在，我代表省人民政府向大会报告工作' })).toBeUndefined();
    expect(issuerOf({ title: '省政府2023年政府工作报告', body: '现在，我代表省人民政府向大会报告工作' })).toBeUndefined();
  });

  test('a subdistrict named by the title, "街道办事处" by the text: "甘泉路街道2016年工作总结" (was: no issuer)', () => {
    const { front } = readIngested(`甘泉路街道2016年工作总结\n\n  过去的一年，街道办事处在区委、区政府和街道党工委的坚强领导下，加快推进宜居幸福甘泉建设。\n\n  （一）注重保障民生，公共服务能级提升\n\n  丰富为老服务内涵。完成甘泉快捷照护站建设项目，全年服务3400余次，提供居家养老、老年助餐等多项关爱服务。`);
    expect(front.issuer).toBe('甘泉路街道办事处');
  });

  test('guard: "街道办事处" with no subdistrict in the title names nobody', () => {
    expect(issuerOf({ title: '2016年工作总结', body: '过去的一年，街道办事处在区委、区政府和街道党工委的坚强领导下' })).toBeUndefined();
  });
});

describe('held-out round 12: an office named at the head of its title', () => {
  test('"五角场街道办事处2016年工作总结和2017年工作安排": the office is the issuer (was: none)', () => {
    expect(parseTitle('五角场街道办事处2016年工作总结和2017年工作安排').issuer).toBe('五角场街道办事处');
  });

  test('a portal list entry "title 2018-06-15" above the text: the stamp is no part of the title, the title\'s copy no paragraph (was: the stamp glued into the title, the copy the first paragraph)', () => {
    const { front, blocks } = readIngested(
      `五角场街道办事处2016年工作总结和2017年工作安排 2018-06-15\n五角场街道办事处2016年工作总结和2017年工作安排\n一、2016年主要工作回顾\n2016年，街道办事处在区委、区政府和街道党工委的坚强领导下，完成了年初确定的各项目标任务。\n（一）民生保障再上新台阶\n基本保障广覆盖。全面完成10类42项社区实事项目，全年救助各类困难对象3.6万人次，发放各类救助金1547万元。`,
    );
    expect(front.title).toBe('五角场街道办事处2016年工作总结和2017年工作安排');
    expect(blocks[0]).toBe('## 一、2016年主要工作回顾');
  });

  test('"人民代表大会政府工作报告" names no government (was: issuer "人民代表大会政府")', () => {
    expect(parseTitle('人民代表大会政府工作报告').issuer).toBeUndefined();
    const { front } = readIngested(`人民代表大会政府工作报告\n\n各位代表，下面，我代表**乡人民政府向大会做政府工作报告，请予以审议。\n\n一、几年来工作简要回顾\n\n几年来，全乡人民在县委、县政府的正确领导下，全乡经济和社会各项事业都有较快发展。`);
    expect(front.issuer).toBe('**乡人民政府');
  });
});

describe('held-out round 12: a banner report of a writing site', () => {
  test('"我代表旗十四届人民政府": the term is no part of the name, the banner comes from the occasion (was: "旗十四届人民政府")', () => {
    expect(issuerOf({ occasion: '2006年2月20日在xx旗第十四届人民代表大会第三次会议上', body: '现在，我代表旗十四届人民政府向大会作工作报告，请予审议' })).toBe('xx旗人民政府');
  });

  test('guard: "我代表第十四届人民政府" with no unit names nobody', () => {
    expect(issuerOf({ body: '现在，我代表第十四届人民政府向大会作工作报告，请予审议' })).toBeUndefined();
  });

  test('a letter-spaced role with a starred name, "旗 长  **" (was: left in the body as the first paragraph)', () => {
    expect(speakerOf('旗 长  **')).toBe('旗长 **');
    const { front, blocks } = readIngested(`政府工作报告——2006年2月20日在xx旗第十四届人民代表大会第三次会议上\n旗 长  **\n各位代表:\n  现在,我代表旗十四届人民政府向大会作工作报告,请予审议,并请旗政协委员和列席会议的同志们提出意见。\n  一、“十五”时期主要成就和2005年工作回顾\n  “十五”的五年,是我旗经济社会发展不平凡的五年。`);
    expect(front.speaker).toBe('旗长 **');
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: stars alone, or a role with a sentence, are no speaker', () => {
    expect(speakerOf('**')).toBeUndefined();
    expect(speakerOf('旗长 **年完成133万元')).toBeUndefined();
  });
});

describe('held-out round 12: a yearbook prints the title block as a list', () => {
  test('"  • 政府工作报告" over "  • ——2001年2月16日在…会议上": the title (was: none)', () => {
    const { front } = readIngested(`2002卷\n\n  • 政府工作报告\n  • ——2001年2月16日在内蒙古自治区第九届人民代表大会第四次会议上\n\n\n    自治区代主席 乌云其木格\n\n    各位代表:\n        现在,我代表自治区人民政府作工作报告,请各位代表审议。\n    一、“九五”时期和2000年工作的回顾与总结\n       “九五”时期,是我区经济社会在体制上实现重大转变、发展上实现新飞跃的重要历史时期。`);
    expect(front).toMatchObject({ title: '政府工作报告', issuer: '内蒙古自治区人民政府', date: '2001-02-16', speaker: '自治区代主席 乌云其木格' });
  });
});

describe('held-out round 12: a town report on a county portal', () => {
  test('an occasion line that lost its closing 上, no dash before it: "2019年2月26日在镇第十四届人民代表大会第三次会议" (was: no occasion, date, speaker or title)', () => {
    const { front, blocks } = readIngested(
      `魏庄镇2018年政府工作报告和2019年工作计划\n政 府 工 作 报 告\n2019年2月26日在镇第十四届人民代表大会第三次会议\n魏庄镇人民政府镇长 杨杰\n各位代表:\n现在,我代表魏庄镇人民政府向大会作政府工作报告,请予以审议,并请其他列席人员提出意见。\n一、2018年工作回顾\n2018年,在县委、县政府和镇党委的正确领导下,较好地完成了年初确定的目标任务。`,
    );
    expect(front).toMatchObject({ title: '政府工作报告', date: '2019-02-26', date_source: 'occasion', occasion: '2019年2月26日在镇第十四届人民代表大会第三次会议', speaker: '魏庄镇人民政府镇长 杨杰', issuer: '魏庄镇人民政府' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a sentence naming a session is no occasion line', () => {
    const { front } = readIngested(`政府工作报告\n2019年2月26日在县第十四届人民代表大会第三次会议闭幕后公布\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n一、2018年工作回顾\n2018年,全县经济运行总体平稳。`, 'page.txt', { clean: false });
    expect(front.occasion).toBeUndefined();
  });
});

describe('held-out round 12: the place a page heading or a category prefix gives', () => {
  const opening = (unit: string) => `各位代表：\n现在，我代表${unit}人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n过去一年，是极不平凡、极不容易的一年。`;

  test('a category prefix on the title line, "(河北省)2023年政府工作报告", completes "省人民政府" (was: no issuer)', () => {
    const { front } = readIngested(`(河北省)2023年政府工作报告\n——2023年1月13日在省第十四届人民代表大会第一次会议上\n省长 王正谱\n${opening('省')}`);
    expect(front.issuer).toBe('河北省人民政府');
  });

  test('a page heading naming the report above its title: "2018年新巴尔虎左旗人民政府工作报告(全文)" completes "旗人民政府" (was: no issuer)', () => {
    const { front } = readIngested(`2018年新巴尔虎左旗人民政府工作报告(全文)\n政府工作报告\n——2018年2月3日在旗第十五届人民代表大会第二次会议上\n旗长 海青\n${opening('旗')}`);
    expect(front.issuer).toBe('新巴尔虎左旗人民政府');
  });

  test('a heading "…政府工作报告全文" names the report too: "2017年广州市政府工作报告全文" over "在市十五届人大一次会议上" (was: no issuer)', () => {
    const { front } = readIngested(`2017年广州市政府工作报告全文\n政府工作报告\n——2017年1月5日在市十五届人大一次会议上\n市长 温国辉\n${opening('市')}`);
    expect(front.issuer).toBe('广州市人民政府');
  });

  test('guard: a heading\'s category prefix does not name a unit of another level ("(湖南省)2016年桂阳县…", "我代表县人民政府" → 桂阳县)', () => {
    expect(issuerOf({ title: '政府工作报告', body: '现在，我代表县人民政府向大会报告工作', headings: ['(湖南省)2016年桂阳县人民政府工作报告(全文)'] })).toBe('桂阳县人民政府');
    expect(issuerOf({ title: '政府工作报告', body: '现在，我代表市人民政府向大会报告工作', headings: ['(湖南省)2016年桂阳县人民政府工作报告(全文)'] })).toBeUndefined();
  });

  test('guard: a heading that does not name one report names no place ("2023年最新省政府工作报告全文汇编", a list\'s item)', () => {
    expect(issuerOf({ body: '现在，我代表省人民政府向大会报告工作', headings: ['2023年最新省政府工作报告全文汇编', '1.河北省2023年政府工作报告'] })).toBeUndefined();
  });

  test('a title naming the congress, "新巴尔虎左旗第十五届人民代表大会第二次会议政府工作报告", completes "旗人民政府" (was: no issuer)', () => {
    expect(issuerOf({ title: '新巴尔虎左旗第十五届人民代表大会第二次会议政府工作报告', body: '现在，我代表旗人民政府向大会作工作报告' })).toBe('新巴尔虎左旗人民政府');
  });

  test('"我代表自治旗人民政府" is a bare unit, completed from "鄂伦春自治旗2019年政府工作报告" (was: issuer "自治旗人民政府")', () => {
    expect(issuerOf({ title: '鄂伦春自治旗2019年政府工作报告', body: '现在，我代表自治旗人民政府向大会报告工作' })).toBe('鄂伦春自治旗人民政府');
    expect(issuerOf({ body: '现在，我代表自治旗人民政府向大会报告工作' })).toBeUndefined();
  });
});

describe('held-out round 12: a title naming its congress, the name and the day under it', () => {
  const text = (under: string) => `新巴尔虎左旗第十五届人民代表大会第二次会议政府工作报告\n${under}\n各位代表:\n现在,我代表旗人民政府向大会作工作报告,请予审议,并请政协委员和列席人员提出意见。\n一、2017年工作回顾\n过去一年,在市委、政府和旗委的坚强领导下,旗政府坚定不移贯彻新发展理念。`;

  test('"海青" over "(2018年2月3日)" under the title: the speaker and the date (was: both removed as the page\'s head)', () => {
    const { front } = readIngested(text('海青\n(2018年2月3日)'));
    expect(front).toMatchObject({ issuer: '新巴尔虎左旗人民政府', speaker: '海青', date: '2018-02-03', date_source: 'title' });
  });

  test('guard: a short line with no date under it is no speaker', () => {
    const { front } = readIngested(text('海青'));
    expect(front.speaker).toBeUndefined();
  });
});

describe('held-out round 12: an upload\'s name over the document\'s own title', () => {
  const page = (first: string) => `${first}\n镇政府工作报告各位代表:现在,我代表**镇人民政府,向大会作政府工作报告,请予审议,并请各位列席代表提出宝贵意见和建议。两年来,特别是最近一年来,**镇政府在上级党委、政府和镇党委的正确领导下,在镇人大的监督下,以邓小平理论和“三个代表”重要思想为指导,团结带领全镇4万人民,深入贯彻党的**大及十六届三中全会精神,认真执行镇人大十一届一次、二次会议通过的各项决议,以招商引资、投入增加、就业增多、社会稳定为目标,紧紧围绕加快发展这一主题,加大工作力度,强化工作措施,开拓进取,与时俱进,圆满完成了镇人大十一届一次、二次会议确定的各项工作任务,农村经济及各项社会事业都有了较大发展,为实现“十五”计划及20**年远景目标打下了坚实的基础。\n(一)经济建设——招商引资成效显著。止目前,全镇固定资产投资完成4120万元,完成招商引资任务3620万元。`;

  test('"镇政府2017工作报告" (a year put inside) over "镇政府工作报告" glued before 各位代表: the document\'s own title (was: the upload\'s name)', () => {
    const { front } = readIngested(page('镇政府2017工作报告'));
    expect(front.title).toBe('镇政府工作报告');
  });

  test('guard: a title that is not the same name with a year put in is kept ("镇政府2017工作总结")', () => {
    const { front } = readIngested(page('镇政府2017工作总结'));
    expect(front.title).toBe('镇政府2017工作总结');
  });
});

describe('a paragraph opening with the "??" a copy left for its lost indentation (seen on gd-guangzhou-2017-mirror)', () => {
  const page = (first: string) =>
    `政府工作报告\n——2017年1月5日在广州市第十五届人民代表大会第一次会议上\n市长 温国辉\n各位代表:\n我代表市人民政府向大会作政府工作报告,请予审议。\n一、过去五年工作回顾\n${first}经济综合实力迈上新台阶。五年来,经济保持较快增长,地区生产总值年均增长9.4%。`;

  test('"??经济综合实力迈上新台阶。…" loses its "??", is reported at its line and its lead is read (was: "?？经济…" printed, no lead)', () => {
    const { blocks, leads, result } = readIngested(page('??'));
    expect(blocks.at(-1)).toMatch(/^经济综合实力迈上新台阶。/);
    expect(leads).toContain('经济综合实力迈上新台阶。');
    const message = result.file.messages.find((m) => m.ruleId === 'lost-indent');
    expect([message?.line, message?.column, message?.reason]).toEqual([7, 1, 'Removed “??” at the start of a paragraph: characters the page lost, most likely its full-width indentation']);
  });

  test('guard: a question mark before anything but Chinese stays, and nothing is reported', () => {
    const { blocks, rules } = readIngested(`${page('')}\n?2017年的目标是什么,Why not?`, 'page.txt', { clean: false });
    expect(blocks.at(-1)).toMatch(/^\?2017年/);
    expect(rules).not.toContain('lost-indent');
  });
});
