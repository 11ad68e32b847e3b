/**
 * Known ingest gaps of stop 50 closed in stop 51 (helper mends51): newuser30's heading mark left off unsaid, blind50a's and
 * blind50b's "left", mends50's "left". Each test is the page's shape reduced to a few lines, with its URL where the page was
 * seen; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const at = (result: ReturnType<typeof read>['result'], ruleId: string) =>
  result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.reason}`);

describe('stop 51: no silent loss — the mark a heading leaves off is said', () => {
  // http://www.xuwen.gov.cn/xxgk/ndfzzfjsbg/content/post_1854461.html (new user round 30): (一) and (二) printed without a full
  // stop, (三) with one — the heading is set without it, as every heading is, and nothing said so
  const xiayang = readFileSync(new URL('./fixtures/newuser-round30/content/reports/xiayang-2023-law-based-government/source.txt', import.meta.url), 'utf8');
  test('round 30\'s "(三)全面推进政务公开,打造阳光型政府。": its 。 left off the heading and said at its line (was: left off unsaid)', () => {
    const { blocks, result } = read(xiayang);
    const line = xiayang.split('\n').findIndex((l) => l.includes('打造阳光型政府')) + 1;
    expect(blocks).toContain('### （三）全面推进政务公开，打造阳光型政府');
    const said = at(result, 'heading-mark');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(new RegExp(`^${line}:\\d+ Left off the “。” that ended the heading`, 'u'));
  });
  test('every full stop of the page is in the text or said (was: one missing, unsaid)', () => {
    const { blocks, result } = read(xiayang);
    const stops = (text: string) => [...text].filter((c) => c === '。').length;
    const saidMarks = result.file.messages.filter((m) => /^Left off the “。”|leaving off the “。”/u.test(m.reason)).length;
    expect(stops(blocks.join('\n')) + saidMarks).toBe(stops(xiayang));
  });
  const page = [
    '某县2023年法治政府建设年度报告',
    '',
    '各位代表：',
    '现将2023年法治政府建设情况报告如下。',
    '',
    '一、主要举措和成效',
    '（一）加强组织领导。县政府成立法治政府建设领导小组，定期研究部署。',
    '（二）全面推进政务公开，打造阳光型政府。',
    '全年主动公开政府信息2000余条。',
    '二、2023年计划执行情况：全年实现地区生产总值增长6%，完成年度目标。',
    '三、砥砺奋进再出发！',
    '全县上下凝心聚力，奋勇争先。',
  ].join('\n');
  test('a run-in heading split from its paragraph says the 。 it left off, a part\'s name the colon (was: "Split a run-in heading…" alone)', () => {
    const { blocks, result } = read(page);
    expect(blocks).toContain('### （一）加强组织领导');
    expect(blocks).toContain('## 二、2023年计划执行情况');
    const runIn = at(result, 'run-in');
    expect(runIn).toEqual([expect.stringMatching(/^7:1 Split a run-in heading into a heading and a paragraph, leaving off the “。”/u), expect.stringMatching(/^10:1 Split a run-in heading .* leaving off the “：” after the heading/u)]);
    expect(at(result, 'heading-mark')).toEqual([expect.stringMatching(/^8:1 Left off the “。”/u)]);
  });
  test('a heading ending in an exclamation mark keeps it (GB/T 15834 allows one; was: dropped unsaid)', () => {
    const { blocks, result } = read(page);
    expect(blocks).toContain('## 三、砥砺奋进再出发！');
    expect(at(result, 'heading-mark').some((m) => m.startsWith('11:'))).toBe(false);
  });
  test('a "?" with no question word (a lost character) is left off as before, now said (was: unsaid)', () => {
    const { blocks, result } = read(['某县政府工作报告', '', '各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '一、过去五年,我们众志成城,砥砺前行 ?', '五年来，全县经济持续健康发展。'].join('\n'));
    expect(blocks).toContain('## 一、过去五年，我们众志成城，砥砺前行');
    expect(at(result, 'heading-mark')).toEqual([expect.stringMatching(/^5:1 Left off the “？” that ended the heading: no question word/u)]);
  });
  test('guard: headings without a mark, and a question heading that keeps its "?", say nothing', () => {
    const text = ['某县政府工作报告', '', '各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '一、过去五年工作回顾', '五年来，全县经济持续健康发展。', '二、为什么要加快发展?', '加快发展是全县人民的共同愿望。'].join('\n');
    const { blocks, result } = read(text);
    expect(blocks).toContain('## 二、为什么要加快发展？');
    expect(at(result, 'heading-mark')).toEqual([]);
    expect(result.file.messages.some((m) => /leaving off/u.test(m.reason))).toBe(false);
  });
  test('guard: a numbered item that keeps its 。 as a paragraph says nothing of a mark', () => {
    const text = ['某县政府工作报告', '', '各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '一、2024年主要任务', '1.全年实现财政收入9265.21万元。', '2.全年实现固定资产投资5.2亿元。', '3.全年新增就业1200人。'].join('\n');
    const { result } = read(text);
    expect(at(result, 'heading-mark')).toEqual([]);
  });
});

describe('stop 51: a contents by parts whose first part begins under a shorter name', () => {
  // http://huangshigang.gov.cn/czgs/jsj/202309/t20230922_1053006.html (blind50b 44): a final-accounts disclosure's 目 录 — its parts
  // and their numbered lines — over the text, whose first part is printed "第一部分 部门概况" (the contents: "第一部分:…概况")
  const page = [
    '黄石港区建设局2022年部门决算公开',
    '目 录',
    '第一部分:黄石港区建设局概况',
    '一、部门主要职责',
    '二、部门决算单位构成',
    '第二部分: 黄石港区建设局2022年部门决算表',
    '一、收入支出决算总表(公开01表)',
    '二、收入决算表(公开02表)',
    '第三部分:部门2022年部门决算情况说明',
    '一、收入支出决算总体情况说明',
    '第四部分:名词解释',
    '第一部分 部门概况',
    '一、部门主要职责',
    '(一)贯彻执行国家、省、市以及区政府的城市建设工作方针、政策、路线、发展战略和改革方案;负责制订全区城市建设事业发展战略,并组织实施。',
  ].join('\n');
  test('the contents up to the first part printed again are removed, said (was: 目录 a paragraph, the contents\' parts headings, their lines a list)', () => {
    const { blocks, result } = read(page);
    expect(blocks[0]).toBe('## 第一部分部门概况');
    expect(blocks.some((b) => /目录|决算表（公开|名词解释/u.test(b))).toBe(false);
    expect(result.file.messages.filter((m) => m.ruleId === 'contents').map((m) => m.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
  test('guard: parts listed under 目录 whose first part is never printed again stay (nothing proves them a contents)', () => {
    const { result } = read(page.split('\n').filter((l) => l !== '第一部分 部门概况').join('\n'));
    expect(result.file.messages.some((m) => m.ruleId === 'contents')).toBe(false);
  });
});

describe('stop 51: a page\'s notice to a browser without JavaScript', () => {
  // https://fxbaogao.com/detail/4425158 (blind50b 34): the <noscript> notice with the page's <title> after it, on the first line
  const page = ['您的浏览器禁用了JavaScript(一种计算机语言,用以实现您与网页的交互),请解除该禁用,或者联系我们。[生态环境部]:2023中国生态环境状况公报 - 发现报告', '当前位置:首页/行业研究/报告详情/', '', '2023中国生态环境状况公报', '', '2023年,全国生态环境质量保持改善态势,环境安全形势基本稳定。各地区各部门坚持以习近平新时代中国特色社会主义思想为指导,深入打好污染防治攻坚战。'].join('\n');
  test('the notice is the page\'s, removed and said; the title read under it (was: a paragraph, no title)', () => {
    const { blocks, front, result } = read(page);
    expect(blocks.some((b) => b.includes('JavaScript'))).toBe(false);
    expect(result.file.messages.filter((m) => m.line === 1 && m.ruleId === 'page-info')).toHaveLength(1);
    expect(front.title).toBe('2023中国生态环境状况公报');
  });
  test('guard: a sentence about JavaScript in a report stays', () => {
    const { blocks } = read(['某县2023年政务公开工作报告', '', '浏览器兼容性问题得到解决，网站全面支持JavaScript禁用状态下的无障碍浏览，全年整改问题12个。'].join('\n'));
    expect(blocks.join('')).toContain('JavaScript禁用状态');
  });
});

describe('stop 51: a closing tag left at a line\'s end', () => {
  // http://www.sanfernandovalleyhealth.com/ztzl/xxgcxjpfzsx/xxgc/202311/t20231103_790519.html (blind50b 37): "…完了?!?/p>" — the
  // paragraph's closing tag, its "<" lost with the quote before it
  const page = ['某县人民检察院工作报告', '', '各位代表：', '“各位工农群众们：还是一切的什么事情都可以来这里控告。完了?!?/p>', '90年前，江西兴国县高兴区苏维埃政府工农检察部控告局设立的这一控告箱，是检察机关接收群众来信的开端。</p>', '全年受理群众来信来访1200件。'].join('\n');
  test('the tag\'s tail and a whole closing tag at a line\'s end are taken out, said with their place (was: kept in the text, unsaid)', () => {
    const { blocks, result } = read(page);
    expect(blocks.join('')).not.toMatch(/\/p>/u);
    const said = result.file.messages.filter((m) => m.ruleId === 'printed-markup');
    expect(said.map((m) => [m.line, m.column])).toEqual([[4, page.split('\n')[3].indexOf('/p>') + 1]]);
    expect(String(said[0].reason)).toMatch(/Removed 2 HTML tag/u);
  });
  test('guard: "/p>" after a letter, and a tag inside a sentence, stay', () => {
    const { blocks, rules } = read(['某县政府工作报告', '', '各位代表：', '网页用</p>标签结束段落，全年培训网站编辑120人次。', '单位换算为a/p>'].join('\n'));
    expect(blocks.join('')).toContain('</p>标签');
    expect(blocks.join('')).toContain('a/p>');
    expect(rules).not.toContain('printed-markup');
  });
});

describe('stop 51: a site\'s menu letter-spaced at the page\'s top', () => {
  // http://zhgfanyi.com:80/dcdt?id=1490 (blind50a 14): a translation site's menu, its names letter-spaced, a picture's alt word
  const page = ['在线翻译', '词  典', '人工翻译', '发  现', '个人中心', '登 录', '注 册', 'banner', '', '2021年政府工作报告全文(一)', '2021-03-17 16:22:39', '', '政府工作报告', '', '各位代表：', '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。'].join('\n');
  test('the names, spaced or not, and the alt word are the menu, removed and said (was: "词典", "发现", "登录", "注册", "banner" paragraphs)', () => {
    const { blocks, result } = read(page);
    expect(blocks[0]).toBe('各位代表：');
    expect(result.file.messages.filter((m) => m.ruleId === 'navigation').map((m) => m.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
  test('guard: a cover\'s few short lines over its title stay the page\'s head as before', () => {
    const { result } = read(['北 京', '海 淀', '2024年', '海淀区政府工作报告', '', '各位代表：', '现在，我代表区人民政府，向大会报告政府工作，请予审议。'].join('\n'));
    expect(result.file.messages.some((m) => m.ruleId === 'navigation')).toBe(false);
  });
});

describe('stop 51: an essay template\'s empty form fields', () => {
  // https://m.dawendou.com/xindetihui/peixunxinde/955402.html (blind50a 16)
  const page = ['学习《政府工作报告》心得体会', '班级: 学号: 姓名: 正文字数:1589', '2022年3月5日上午9时,十三届全国人大五次会议开幕。国务院总理李克强代表国务院,向十三届全国人大五次会议作政府工作报告。在认真看完后,意识到在新的一年里,国家对民生更加关注。', '李克强总理的报告特别接地气,很给力,不仅回应了众多民生期盼,更为接下来的工作指明了方向。'].join('\n');
  test('labels with nothing after them are the template\'s, removed and said (was: the first paragraph "班级：学号：姓名：正文字数：1589")', () => {
    const { blocks, result } = read(page);
    expect(blocks[0]).toMatch(/^2022年3月5日上午9时/u);
    expect(result.file.messages.filter((m) => m.line === 2).map((m) => m.ruleId)).toEqual(['page-info']);
  });
  test('guard: labels with their values stay', () => {
    const { blocks, result } = read(['学习《政府工作报告》心得体会', '班级：三年级二班 学号：2021001 姓名：张明', '全县经济持续健康发展，全年实现生产总值120亿元。'].join('\n'));
    expect(blocks[0]).toContain('班级：三年级二班');
    expect(result.file.messages.some((m) => m.line === 2 && m.ruleId === 'page-info')).toBe(false);
  });
  test('a reader\'s reflections take no issuer from the report they speak of, said (was: issuer 国务院)', () => {
    const { front, result } = read(page);
    expect(front.issuer).toBeUndefined();
    expect(result.file.messages.find((m) => m.ruleId === 'issuer-not-taken')?.reason).toMatch(/“国务院”.*reflections/u);
    expect(result.file.messages.some((m) => m.ruleId === 'missing-issuer')).toBe(true);
  });
  test('guard: the same words under a document\'s own title (no reflections) keep the issuer they name', () => {
    const { front, rules } = read(page.replace('学习《政府工作报告》心得体会', '2022年政府工作报告全文'));
    expect(rules).not.toContain('issuer-not-taken');
    expect(front.issuer).toBe('国务院');
  });
});

describe('stop 51: an editor\'s note that what follows is an excerpt', () => {
  // http://www.fk41.com/news/21298.html (blind50a 36): "(以下是節選)" after the sentence introducing the ten tasks
  const page = ['今年政府工作要全面貫徹落實省委十屆二次全會以及市委三屆二次全會精神,認真做好扶貧攻堅、資源轉型等工作。', '具體講,今年要做好十方面的工作:(以下是節選)', '一是做大煤焦鋁鐵,固本強基礎。近期全市要形成以40多對100萬噸以上的礦井為主體的大礦格局。', '二是延伸鐵鋁加工。扎實抓好交城古特金20萬噸注塑機汽車配件項目。'].join('\n');
  test('the note is taken out of the sentence and said as an excerpt at its place (was: kept in the sentence, nothing said)', () => {
    const { blocks, result } = read(page);
    expect(blocks[1]).toBe('具體講，今年要做好十方面的工作：');
    const said = result.file.messages.filter((m) => m.ruleId === 'omitted-text');
    expect(said.map((m) => [m.line, m.column])).toEqual([[2, page.split('\n')[1].indexOf('(') + 1]]);
    expect(String(said[0].reason)).toMatch(/excerpt.*scope: excerpt/u);
  });
  test('guard: "(以下简称…)" is the report\'s own words', () => {
    const { blocks, rules } = read(['某县政府工作报告', '', '各位代表：', '《某县国民经济和社会发展第十四个五年规划纲要》(以下简称《纲要》)顺利实施，全县经济持续健康发展。'].join('\n'));
    expect(blocks.join('')).toContain('以下简称');
    expect(rules).not.toContain('omitted-text');
  });
});

describe('stop 51: an announcement (公告) names a document', () => {
  // http://silkroad.news.cn/2016/0817/4768.shtml (blind49b 43, mends50's left): the site's name and slogan over an audit's 公告
  const page = ['新华丝路首页', '一带一路国家级信息服务平台', '', '甘肃省2015年度省级预算执行和其他财政收支审计结果公告', '', '来源:甘肃日报 2016-08-17 11:05:24', '', '根据《审计法》和相关法律法规,省审计厅对2015年度省级预算执行和其他财政收支情况进行了审计。主要审计了省级预算执行和市县财政收支情况。'].join('\n');
  test('the 公告 is the title, the site\'s lines over it its head (was: title "新华丝路首页", the slogan and the 公告 paragraphs)', () => {
    const { blocks, front } = read(page);
    expect(front.title).toBe('甘肃省2015年度省级预算执行和其他财政收支审计结果公告');
    expect(blocks[0]).toMatch(/^根据《审计法》/u);
  });
  test('guard: a portal\'s column "重要公告" among its menu at the top is still the menu', () => {
    const { result } = read(['重要公告', '特别关注', '媒体关注', '售后服务', '本报讯(记者 周俊 张建忠) 1月15日,在四川省第十一届人民代表大会第二次会议开幕会上,四川省省长蒋巨峰作了政府工作报告。'].join('\n'));
    expect(result.file.messages.filter((m) => m.ruleId === 'navigation').map((m) => m.line)).toEqual([1, 2, 3, 4]);
  });
});

describe('stop 51: a slogan over two lines above an explanation\'s dashed name', () => {
  // http://yjs.hebei.gov.cn/news/zcjd//2019-11-03/126.html (blind50a 45): the research office's explanation of the province's report
  const page = ['抓住用好千载难逢战略机遇', '', '奋力开创河北高质量发展新局面', '', '  ——2019年《河北省政府工作报告》解读', '', '  河北省十三届人大二次会议审议通过了许勤省长作的《政府工作报告》(以下简称报告)。《报告》深入贯彻习近平新时代中国特色社会主义思想,全面落实党的十九大精神。', '', '  一是切实提高政治站位,全面贯彻习近平新时代中国特色社会主义思想。'].join('\n');
  test('the explanation\'s name is the title, the two slogan lines its subtitle, and it is said to be an explanation (was: the first line the title, the second a paragraph, the name a heading)', () => {
    const { blocks, front, rules } = read(page);
    expect(front.title).toBe('2019年《河北省政府工作报告》解读');
    expect(front.subtitle).toBe('抓住用好千载难逢战略机遇　奋力开创河北高质量发展新局面');
    expect(blocks[0]).toMatch(/^河北省十三届人大二次会议/u);
    expect(rules).toContain('other-document');
  });
  test('guard: a dashed line under a headline that names no explanation stays as it was', () => {
    const { front } = read(page.replace('  ——2019年《河北省政府工作报告》解读', '  ——访省政府研究室负责人'));
    expect(front.title).not.toBe('访省政府研究室负责人');
    expect(front.subtitle).toBeUndefined();
  });
});

describe('stop 51: other documents said', () => {
  // https://www.xmrd.gov.cn/online/index.php?m=home&c=article&a=detail&id=46 (blind50b 05): a notice for comment over its draft
  const notice = ['关于《厦门经济特区社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告', '', ' 发布时间:2018-11-12 17:25:15      字体大小:[大][中][小]', '', '《厦门经济特区社会信用条例(草案)》已经市人大常委会两次审议。为了进一步提高立法质量,广泛征求社会各界意见,现将草案修改二稿征求意见稿向社会公开征求意见。', '', '厦门市人大常委会办公厅', '', '厦门经济特区社会信用条例', '', '第一条(立法目的)为了规范社会信用管理,创新社会治理机制,提高社会信用水平,制定本条例。'].join('\n');
  test('a notice inviting comment on a draft is said as another document (was: nothing said)', () => {
    const { result } = read(notice);
    const other = result.file.messages.filter((m) => m.ruleId === 'other-document');
    expect(other.map((m) => m.line)).toEqual([1]);
    expect(String(other[0].reason)).toMatch(/public comment/u);
  });
  test('guard: a report on handling comments is still a report', () => {
    const { rules } = read(['关于2023年政府工作报告征求意见情况的报告', '', '各位代表：', '现在，我代表县人民政府向大会报告征求意见工作情况，请予审议。'].join('\n'));
    expect(rules).not.toContain('other-document');
  });
  // https://chujuan.cn/question/detail-54854116.shtml (blind50b 22): material from a white paper, then the question
  const exam = ['2023年5月,云南省政府新闻发布会发布2022年度法治政府建设白皮书。2022年,云南法治政府建设工作取得明显成效,云南省法治建设群众综合满意率达 97.77% ,再创历史新高。', '云南省各级政府坚持立法决策与云南发展“三大定位”相衔接,2022 年提请省人 大及其常委会审议地方性法规 11 件,立法数量创历史新高。', '结合材料,运用全面推进依法治国的基本要求的相关知识,谈谈云南深入推进法治政 府进程给我们的启示。'].join('\n');
  test('an exam question on material is said as another document, at the question (was: nothing said)', () => {
    const { result } = read(exam);
    const other = result.file.messages.filter((m) => m.ruleId === 'other-document');
    expect(other.map((m) => [m.line, m.column])).toEqual([[3, 1]]);
    expect(String(other[0].reason)).toMatch(/exam question/u);
  });
  test('guard: a report\'s "结合实际" and "分析" say nothing', () => {
    const { rules } = read(['某县政府工作报告', '', '各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '结合全县实际，我们深入分析经济运行中的突出问题，谈谈今后的打算。'].join('\n'));
    expect(rules).not.toContain('other-document');
  });
});

describe('stop 51: a one-line page\'s name run into its day or its text', () => {
  // https://xiezuofangchengshi.com/doc/43842.html (blind50b 10)
  const speech = '在市政协五届一次常委会议上的讲话2022年06月23日各位常委、同志们:本次会议是五届市政协的第一次常委会议。为使各位常委尽快熟悉政协工作,我们利用半天时间,开展集中学习培训,这很有必要。今天的培训会时间虽短,但达到了预期的目的。'.repeat(3);
  test('a speech\'s name, its day and its salutation apart: title, date, text (was: one paragraph, no title)', () => {
    const { blocks, front } = read(speech);
    expect(front.title).toBe('在市政协五届一次常委会议上的讲话');
    expect(front.date).toBe('2022-06-23');
    expect(blocks[0]).toMatch(/^各位常委、同志们：本次会议/u);
  });
  // https://www.mishuzj.com/doc/142395.html (blind50b 21): its watermark out, the name runs into the text's year
  const report = '秘书之家—全网资源每日更新www.mishuzj.com湖北省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,坚持依法行政,推动依法行政制度体系更加完善,行政效能有效提升。秘书之家—全网资源每日更新www.mishuzj.com一、推进政府职能转变,持续优化法治化营商环境。全省深化“放管服”改革,政务服务事项全部实现网上可办。'.repeat(2);
  test('a name in its 关于…的报告 form run into "2023年," is the title, the text after it (was: one paragraph, no title)', () => {
    const { blocks, front } = read(report);
    expect(front.title).toBe('关于2023年度法治政府建设情况的报告');
    expect(front.issuer).toBe('湖北省人民政府');
    expect(blocks[0]).toMatch(/^2023年，省政府坚持/u);
  });
  test('guard: a sentence that speaks of such a report before its year stays one paragraph', () => {
    const { blocks } = read('会议审议了县人民政府关于2023年度法治政府建设情况的报告2023年县政府依法行政工作成效明显,全县上下凝心聚力,推动法治政府建设取得新进展。'.repeat(4));
    expect(blocks[0]).toMatch(/^会议审议了/u);
  });
});
