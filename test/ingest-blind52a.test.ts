/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 52 (2026-12-05, helper blind52a:
 * government work reports and pages about them). Each test is the page's shape reduced to a few lines, with its URL; its name
 * says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const ruleAt = (text: string, line: number) => read(text).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => read(text).blocks;

/** A report's opening in its own voice, for the guards. */
const opening = ['政府工作报告', '——2024年1月10日在某市第十七届人民代表大会第三次会议上', '市长 王明', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。', '一、2023年工作回顾', '过去一年,全市经济平稳增长。'];

describe('stop 52, blind: a printed book\'s table of contents with no label, each heading and its page number a space apart', () => {
  // https://qianqiantushu.com/ebook/read2153890.html (锦州年鉴 1996 on an e-book reader: its contents, "关永光:政府工作报告 3")
  const contents = ['特载 3', '关永光:政府工作报告 3', '大事记 19', '1995年大事记 19', '综述 33', '锦州市1995年国民经济和社会发展情况 33', '经济体制改革 39'];
  test('the contents go, said, and the report under them keeps its title (was: title "特载3", the contents paragraphs)', () => {
    const page = [...contents, '', ...opening].join('\n');
    expect(ruleAt(page, 1)).toContain('contents');
    expect(ruleAt(page, 7)).toContain('contents');
    expect(read(page).front.title).toBe('政府工作报告');
    expect(paragraphs(page).some((b) => /大事记|特载/u.test(b))).toBe(false);
  });
  test('a page of contents alone is refused: no report on it (was: ingested, title "特载3", the contents its text)', () => {
    expect(() => read(contents.join('\n'))).toThrow(/boilerplate/u);
  });
  test('guard: four such lines are no contents; a column of figures rising at every line, or going down, is no pages; all stay', () => {
    const text = '全年各类农产品产量保持稳定,农业生产形势总体良好,农民收入持续增加。';
    const four = ['一季度 12', '二季度 12', '三季度 18', '四季度 21', text].join('\n');
    const rising = ['粮食产量 8', '棉花产量 16', '油料产量 24', '糖料产量 32', '水果产量 41', text].join('\n');
    const falling = ['粮食产量 98', '棉花产量 76', '油料产量 76', '糖料产量 32', '水果产量 21', text].join('\n');
    for (const page of [four, rising, falling]) expect(read(page).rules).not.toContain('contents');
    expect(paragraphs(rising).some((b) => b.startsWith('棉花产量'))).toBe(true);
  });
});

describe('stop 52, blind: a labelled contents whose items open with a year after their number and end in a page number', () => {
  // https://qiantufanwen.com/8877.html (泽州 2023 两会 解读, "1.2023“两会”解读政府工作报告要点之一:2022年工作回顾 2")
  const page = ['目录', '1.2023“两会”解读政府工作报告要点之一:2022年工作回顾 2', '2.2023“两会”解读政府工作报告要点之二:2023年工作思路和目标 6', '3.2023“两会”解读政府工作报告要点之三:2023年重点工作 8', '2023“两会”解读政府工作报告要点之一:2022年工作回顾', '2022年,是泽州发展历程中极不平凡的一年。全县上下坚持以新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神。'].join('\n');
  test('the items go with the label, said; the part\'s own heading is the title (was: title "1.2023“两会”…工作回顾2")', () => {
    expect(ruleAt(page, 2)).toContain('contents');
    expect(ruleAt(page, 4)).toContain('contents');
    expect(read(page).front.title).toBe('2023“两会”解读政府工作报告要点之一：2022年工作回顾');
  });
  test('guard: a report\'s line ending in a figure after a space, under no contents label, stays', () => {
    const report = [...opening, '全年新开工重点项目 25', '其中工业项目占六成,服务业项目占三成。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('全年新开工重点项目'))).toBe(true);
  });
});

describe('stop 52, blind: a town\'s session news with the oath of the newly elected under its picture', () => {
  // http://jktzhamen.com/html/c1420171229i174302.html (大栗港镇, 2017)
  const page = ['大栗港镇第三届人民代表大会第三次会议召开', '', '12月29日下午,大栗港镇第三届人民代表大会第三次会议在庄严的国歌声中拉开序幕。', '', '会议依法选举熊丹同志为大栗港镇人民政府镇长。', '', '会议现场', '', '新当选镇长熊丹进行宪法宣誓'].join('\n');
  test('the caption goes, said (was: the text\'s last paragraph "新当选镇长熊丹进行宪法宣誓")', () => {
    expect(ruleAt(page, 9)).toContain('caption');
    expect(paragraphs(page).some((b) => b.includes('宪法宣誓'))).toBe(false);
  });
  test('guard: the story\'s sentence of the oath, going on after it, stays', () => {
    const story = ['会议依法选举熊丹同志为镇长。', '新当选镇长熊丹进行宪法宣誓后表示,将不负重托,扎实工作。'].join('\n');
    expect(paragraphs(story).some((b) => b.startsWith('新当选镇长熊丹进行宪法宣誓后'))).toBe(true);
  });
});

describe('stop 52, blind: a paper\'s mobile page — its stamp without the year, its vote buttons, its comment and login boxes', () => {
  // https://www.hnsjb.cn/content/henan/shangqiu/20180111/601416.html (河南手机报, 商丘 2018)
  const page = ['市人大代表分团审议政府工作报告', '', '河南手机报 01-11 22:50 责编:商丘手机报 我要分享', '', '1月11日下午,出席市五届人大二次会议的代表分团审议市长张建慧所作的政府工作报告,审查计划、预算报告。', '', '代表们审查了计划、预算报告,建议加大结构调整力度,优化财源结构,着力保障和改善民生。', '', '支持', '反对', '收藏', '分享', '', '精彩评论', '', '手机快速登录', '密码登录', '手机快速注册'].join('\n');
  test('the stamp goes, said (was: a paragraph "河南手机报01-11 22:50责编：商丘手机报我要分享")', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.startsWith('河南手机报'))).toBe(false);
  });
  test('"支持", "反对" go, said (was: paragraphs)', () => {
    expect(ruleAt(page, 9)).toContain('page-info');
    expect(ruleAt(page, 10)).toContain('page-info');
    expect(paragraphs(page).some((b) => b === '支持' || b === '反对')).toBe(false);
  });
  test('"精彩评论" opens the comment box, which goes to the page\'s end (was: paragraphs "精彩评论", "手机快速登录", …)', () => {
    expect(ruleAt(page, 14)).toContain('comments');
    expect(paragraphs(page).some((b) => /评论|登录|注册/u.test(b))).toBe(false);
  });
  test('the login links alone, with no comment box over them, go too (was: paragraphs)', () => {
    const bare = ['市人大代表分团审议政府工作报告', '', '1月11日下午,出席市五届人大二次会议的代表分团审议市长张建慧所作的政府工作报告。', '', '手机快速登录', '密码登录', '手机快速注册'].join('\n');
    expect(ruleAt(bare, 5)).toContain('home-link');
    expect(ruleAt(bare, 7)).toContain('home-link');
    expect(paragraphs(bare).some((b) => /登录|注册/u.test(b))).toBe(false);
  });
  test('guard: a report\'s sentences of support, of comments and of logging in, and a paper named with a day, stay', () => {
    const report = [...opening, '支持民营企业发展壮大。', '精彩评论文章在全市广泛传播。', '手机快速登录政务服务平台即可办理。', '河南日报 01-11 刊发了评论员文章。'].join('\n');
    for (const start of ['支持民营企业', '精彩评论文章', '手机快速登录政务', '河南日报']) expect(paragraphs(report).some((b) => b.startsWith(start))).toBe(true);
  });
});

describe('stop 52, blind: a novel site\'s banner over a chapter set at the session, and its reader\'s notice under one', () => {
  // https://www.vipxiaoshuo.com/397580/151674949.html (VIP小说, a chapter of an officialdom novel: a governor reads the 2020 report)
  const page = ['VIP小说 通过搜索各大小说站为您自动抓取各类小说的最快更新供您阅读!', '', '星城的十二月,寒风里透着干净的凉意。省人大会议中心外,红旗迎风猎猎。', '', '李一凡展开厚厚的报告稿,声音清晰而有力:“现在,我代表省人民政府,向大会作2020年政府工作报告,请各位代表审议,并请各位政协委员提出意见。”'].join('\n');
  test('the banner goes, said, and the page is said to be a story\'s (was: title "VIP小说通过搜索…供您阅读！", read as a report)', () => {
    expect(ruleAt(page, 1)).toContain('masthead');
    expect(ruleAt(page, 1)).toContain('other-document');
    expect(String(read(page).front.title ?? '')).toBe('');
  });
  // http://m.hnrhcy.com/120/120781/36158285_8.html ("第054章 江东两会", its reader's notice at the end)
  test('"<本章未完请点击"下一页"继续观看!>" goes, said (was: the text\'s last paragraph)', () => {
    const chapter = ['第054章 江东两会', '10点45分,全场响起了经久不息的掌声。', '当日下午,萧宸省长来到省十届人大五次会议吴城代表团,与代表们一起审议政府工作报告。我们在实践中', '<本章未完请点击"下一页"继续观看!>'].join('\n');
    expect(ruleAt(chapter, 4)).toContain('masthead');
    expect(paragraphs(chapter).some((b) => b.includes('本章未完'))).toBe(false);
  });
  test('guard: a report\'s sentences on novels, online reading and the chapter of a plan stay, and say nothing of a story', () => {
    const report = [...opening, '网络小说免费阅读平台规范发展,全年查处侵权盗版案件12起。', '本章未完成的任务,列入明年计划。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('网络小说免费阅读'))).toBe(true);
    expect(paragraphs(report).some((b) => b.startsWith('本章未完成'))).toBe(true);
    expect(read(report).rules).not.toContain('other-document');
  });
});

describe('stop 52, blind: a paper\'s header row of its hotline and its number for reports, over the headline', () => {
  // http://www.zgcxtc.cn/news/205649.html (重庆日报's digest of the districts' 2020 reports)
  const page = ['新闻热线:023-61520695 举报电话:023-61520697', '只争朝夕不负韶华 2020区县这么干', '', '从区县两会看新年新图景', '', '2020-01-07 09:01:11  来源:重庆日报', '', '新年伊始,全市各区县陆续召开两会,部署2020年目标任务和重点工作。本报特摘编部分区县政府工作报告。'].join('\n');
  test('the row goes, said; the headline is the title (was: title "新闻热线：023-61520695举报电话：023-61520697")', () => {
    expect(ruleAt(page, 1)).toContain('page-footer');
    expect(read(page).front.title).toBe('只争朝夕不负韶华2020区县这么干');
  });
  test('guard: a report\'s sentence setting up a number for reports stays', () => {
    expect(paragraphs([...opening, '设立举报电话:023-61520697,接受群众监督。'].join('\n')).some((b) => b.startsWith('设立举报电话'))).toBe(true);
  });
});

describe('stop 52, blind: a page whose text goes on from the page before, its first lines hard-wrapped at a pause', () => {
  // http://cqybzx.gov.cn/upload/201902/files/basic-html/page23.html (渝北 政协's 政情通报, a flipbook's page 23: the district's report)
  const page = ['志、气象等工作取得了新进展,工会、妇女、儿童、', '青少年、老龄、慈善、红十字、残疾人等事业取得', '了新进步。', '各位代表,过去一年的成绩来之不易,过程十分艰辛。这些成绩的取得,得益于区委的正确领导。', '今年,政府工作的总体要求是:深入贯彻党的十九大精神,坚持稳中求进工作总基调。'].join('\n');
  test('the first lines are the report\'s text, kept (was: removed as the page\'s head, the words lost)', () => {
    expect(read(page).rules).not.toContain('page-head');
    expect(paragraphs(page).join('')).toContain('工会、妇女、儿童、青少年');
  });
  test('guard: a title naming things a pause apart is still the title; a page\'s head line over a report still goes', () => {
    const report = ['关于工会、妇女、儿童工作情况的报告', ...opening.slice(1)].join('\n');
    expect(read(report).front.title).toBe('关于工会、妇女、儿童工作情况的报告');
    expect(read(['政情通报', ...opening].join('\n')).front.title).toBe('政府工作报告');
  });
});

describe('stop 52, blind: a flattened notice, its name, its number in brackets and its addressees a space apart on one line', () => {
  // https://code.fabao365.com/law_479018_1.html (a law site's copy of 鄂州's 2010 notice dividing the report's tasks)
  const page = '鄂州市人民政府办公室关于印发《市六届人大四次会议<政府工作报告>主要工作目标分解落实意见》的通知 (鄂州政办发〔2010〕10号) 各区人民政府、开发区管委会,各街道办事处,市政府各部门: 市六届人大四次会议审议通过的《政府工作报告》,确定了2010年全市经济社会发展的指导思想、奋斗目标和主要措施。 一、2010年是“十一五”规划的收官年,做好今年的政府工作,具有十分重要的意义。 二、各级各部门要切实提高政府执行力,着眼全局,科学谋划,把各项奋斗目标落到实处。 三、各有关责任单位要把每件“实事”作为刚性任务,狠抓落实,确保兑现。';
  test('the name is the title, the number its 文号, the addressees a paragraph of their own (was: one paragraph, no title)', () => {
    const { front } = read(page);
    expect(front.title).toBe('鄂州市人民政府办公室关于印发《市六届人大四次会议<政府工作报告>主要工作目标分解落实意见》的通知');
    expect((front.disclosure as Record<string, string> | undefined)?.['文号']).toBe('鄂州政办发〔2010〕10号');
    expect(paragraphs(page)[0]).toBe('各区人民政府、开发区管委会，各街道办事处，市政府各部门：');
  });
  test('guard: a flattened sentence citing a notice with its number in brackets goes on as one sentence', () => {
    const report = '各位代表: 现在,我代表市人民政府向大会报告工作,请予审议。 一、2023年工作回顾 我们落实《关于印发重点工作分解的通知》 (鄂州政办发〔2023〕5号) 的各项要求,全年任务全面完成。 二、2024年工作安排 今年要继续狠抓落实,确保各项目标任务完成。 三、加强政府自身建设 我们要坚持依法行政,建设人民满意的政府。';
    expect(paragraphs(report).some((b) => /通知》（鄂州政办发〔2023〕5号）的各项要求/u.test(b.replace(/\s+/gu, '')))).toBe(true);
  });
});
