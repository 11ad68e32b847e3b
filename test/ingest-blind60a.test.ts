/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 60 (2026-12-06, helper blind60a:
 * government work reports of every level and year, new pages on hosts the tests hold as well as new hosts). Each test is the
 * page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards (precision) are
 * named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const messages = (text: string, rule: string) => read(text).result.file.messages.filter((m) => m.ruleId === rule).map((m) => ({ line: m.line, column: m.column, reason: String(m.reason) }));
const body = (text: string) => read(text).blocks.join('\n');

describe('stop 60, blind: a title block run into one line with the opening, its year and the speaker\'s name stripped', () => {
  // http://nayishi.com/zongjie/gongzuohuibao/d8e3c07ad37cb2d1.html (a writing site's copy of a 旗's report, 2003-ish: years and names
  // taken out, the head and the opening on one line)
  const page = [
    '旗十三届一次人代会工作报告',
    '政府工作报告——12月20日在旗十三届人民代表大会第一次会议上旗长各位代表:现在,我代表旗十二届人民政府向大会作工作报告,请予审议,并请各位政协委员及其他列席会议的同志提出意见。',
    '一、过去四年工作的回顾',
    '旗十二届人民政府任期的四年,是我旗改革开放、经济建设和社会事业全面发展的四年。',
  ].join('\n');
  test('the title, the occasion without its year and the role alone are the block, the salutation opens the text (was: one paragraph, no occasion)', () => {
    const { front, blocks } = read(page);
    expect(front).toMatchObject({ title: '政府工作报告', occasion: '12月20日在旗十三届人民代表大会第一次会议上', speaker: '旗长' });
    expect(front.date).toBeUndefined();
    expect(blocks[0]).toMatch(/^各位代表：现在，我代表旗十二届人民政府/u);
  });
  test('guard: with its year and a name the line reads as before; a role in a sentence before the salutation is no speaker', () => {
    const named = page.replace('——12月20日在旗十三届', '——2003年12月20日在阿荣旗第十三届').replace('会议上旗长各位代表', '会议上旗长张三各位代表');
    expect(read(named).front).toMatchObject({ occasion: '2003年12月20日在阿荣旗第十三届人民代表大会第一次会议上', speaker: '旗长 张三', date: '2003-12-20' });
    const sentence = ['政府工作报告', '会上，旗长向大会作报告，各位代表:认真审议。', '一、过去四年工作的回顾', '旗十二届人民政府任期的四年,是全面发展的四年。'].join('\n');
    expect(read(sentence).front.speaker).toBeUndefined();
  });
});

describe('stop 60, blind: years stripped from a copy, with their 年', () => {
  // http://nayishi.com/zongjie/gongzuohuibao/d8e3c07ad37cb2d1.html ("，预计全旗地区生产总值达到24.4亿元，比增加11.13亿元" — "2003年" and
  // "1999年" taken out)
  const page = [
    '政府工作报告',
    '各位代表:',
    '现在,我代表旗人民政府向大会作工作报告,请予审议。',
    '一、过去四年工作的回顾',
    ',预计全旗地区生产总值达到24.4亿元,比增加11.13亿元,年均递增16.4%。其中,第一产业增加值实现12.3亿元,比增加5.4亿元,年均递增15.5%。',
  ].join('\n');
  test('a comparison with nothing after 比 and a sentence opening on a comma are blanks, said (was: nothing said)', () => {
    const said = messages(page, 'blank-figures');
    expect(said).toHaveLength(1);
    expect(said[0].reason).toMatch(/3 blanks/u);
    expect(said[0].reason).toMatch(/comparison with no year/u);
  });
  test('a sentence opening on 年 alone is one too (was: nothing said)', () => {
    const year = page.replace(',预计全旗', '年,是我旗发展极不平凡的一年。全旗').replace(',比增加5.4亿元', ',比增加5.4亿元');
    expect(messages(year, 'blank-figures')[0]?.reason).toMatch(/3 blanks/u);
  });
  test('guard: 同比增长, 可比增长, 相比增加, 占比提高, 年底, 年初 and a year\'s own sentence are no blanks', () => {
    const words = [
      '政府工作报告',
      '各位代表:',
      '2003年,全旗地区生产总值达到24.4亿元,同比增长16.4%,与上年相比增加11.13亿元,三产占比提高2个百分点。',
      // (ln-dalian-2020-chamber-mirror: "地区生产总值可比增长4.2%", at comparable prices)
      '地区生产总值可比增长4.2%。受疫情等因素影响,可比下降1.5%。',
      '年底前,全面完成改造任务。年初以来,项目进展顺利。今年比上年增长8%,好于预期。',
    ].join('\n');
    expect(messages(words, 'blank-figures')).toEqual([]);
  });
});

describe('stop 60, blind: a part\'s name set apart by a gap on a flattened page', () => {
  // https://www.wenku365.com/p-10590117.html (a document library's copy of a 镇's report, its breaks two spaces each)
  const page = [
    '乡镇政府换届工作报告',
    '1、乡镇政府换届工作报告各位代表:  现在,我受镇人民政府委托,向大会作政府工作报告,请予审议,并请列席大会的人员提出意见。  过去五年的工作回顾  20xx年以来,本届政府在县委、县政府和镇党委的领导下,圆满完成了镇第一届人大历次会议确定的各项任务,经济建设和各项社会事业迈上了新的台阶。  一、经济发展空前活跃  五年来,我们紧紧围绕“农民增收、企业增税”的总体目标,不断增加农业投入,调整产业结构,加大招商引资力度,积极盘活农村经济,呈现了持续、稳定、健康发展的好势头。五年来,全镇共引进资金5148万元,先后',
    '',
    '2、建成了一批骨干企业,有力地促进了本镇工业经济的快速发展。至20xx年,全镇工农业生产总值7260.84万元,比20xx年增加1112万元,增长18%;农民人均纯收入达1789.1元;劳务创收达1348万元,比20xx年增加425万元,增长40%;粮食总产达7588.1吨,粮食总播种面积稳定在23000亩左右。  ——工业经济迅猛增长  镇政府始终把优化环境,发展经济放在首要位置。',
  ].join('\n');
  test('"过去五年的工作回顾" is a heading of its own, its paragraph under it (was: "过去五年的工作回顾20xx年以来,…" one paragraph)', () => {
    const { blocks } = read(page);
    expect(blocks).toContain('## 过去五年的工作回顾');
    expect(blocks.some((b) => b.startsWith('20xx年以来，本届政府'))).toBe(true);
  });
  test('guard: words before a gap that are no part\'s name, or a name with no sentence after it, stay in their piece', () => {
    const other = page.replace('过去五年的工作回顾  20xx年以来', '过去五年我们坚持  20xx年以来');
    expect(read(other).blocks.some((b) => b.startsWith('## 过去五年'))).toBe(false);
  });
});

describe('stop 60, blind: a session story\'s captions saying what the picture shows', () => {
  // https://fangyuanxl.com/html/news2017-0328content_3424488.html (a mirror of 台州's story on its 2017 session)
  const page = [
    '台州市五届人大一次会议今日上午9时在台州学院椒江校区礼堂开幕。',
    '图为张兵市长作政府工作报告',
    '薛少仙主持大会',
    '图为代表、委员听报告',
    '3月28日讯 今天上午,备受瞩目的台州市第五届人民代表大会第一次会议在市区隆重开幕。400多名来自全市各条战线的市人大代表,肩负全市人民的重托,豪情满怀地步入会场,听取市长张兵作的政府工作报告。',
    '市长张兵代表市政府向大会作政府工作报告。报告共分三个部分。',
  ].join('\n');
  test('"图为" is no part of the name the caption gives (was: the speaker "市长 图为张兵")', () => {
    expect(read(page).front.speaker).toBe('市长 张兵');
  });
  test('"图为代表、委员听报告" alone is a caption, removed and said (was: a heading)', () => {
    expect(body(page)).not.toContain('图为代表');
    expect(messages(page, 'caption').map((m) => m.line)).toEqual([2, 3, 4]);
  });
  test('guard: a sentence opening with 图为 that goes on, and a chart\'s title, stay text', () => {
    const text = ['政府工作报告', '各位代表:', '图为全市重点项目分布，其中工业项目占六成，服务业项目占三成。', '图1 2023年主要经济指标完成情况'].join('\n');
    expect(body(text)).toContain('图为全市重点项目分布');
    expect(body(text)).toContain('图1');
  });
});

describe('stop 60, blind: a county\'s name that is a word of every report', () => {
  // http://qynews.zjol.com.cn/qynews/system/2012/03/01/014791223.shtml (a 庆元 delegate's diary on the county's report)
  const page = [
    '【两会日记】今年政府工作报告更注重实效',
    '据说华西村党支部书记吴仁宝,每年收到中央一号文件后必闭门三天,埋头苦读,三天后华西村便有了富裕走向富裕的法宝。',
    '政府工作报告,是指导全县国民经济、社会发展的头号文件,理应熟读、领会。报告以宏伟壮观示人,文开三篇,回眸五年成绩斐然。',
  ].join('\n');
  test('"富裕" (prosperous) names no 富裕县 (was: the issuer 富裕县人民政府)', () => {
    expect(read(page).front.issuer).toBeUndefined();
  });
  test('guard: the county named in full is still its issuer', () => {
    const own = ['政府工作报告', '——2012年2月20日在富裕县第十六届人民代表大会第一次会议上', '县长 张三', '各位代表:', '现在,我代表县人民政府向大会报告工作。'].join('\n');
    expect(read(own).front.issuer).toBe('富裕县人民政府');
  });
});

describe('stop 60, blind: a session story\'s headline of four phrases over its deck', () => {
  // http://sznews.zjol.com.cn/sznews/system/2016/01/08/020089108.shtml (嵊州's paper on the 2016 session)
  const page = [
    '坚定信心 和衷共济 锐意进取 克难攻坚',
    '马志龙主持 陈玲芳作政府工作报告 孙哲君何国英杨建根等在主席台就座',
    '坚定信心谋发展,和衷共济谱新篇。昨日,嵊州市第十五届人民代表大会第五次会议隆重开幕。出席大会的259名市人大代表肩负全市人民的重托与期盼,庄严步入会场,听取代理市长陈玲芳作政府工作报告。',
    '开幕式由大会执行主席、主席团常务主席马志龙主持。',
  ].join('\n');
  test('the deck naming who chaired, reported and sat is no table row, nor the headline a header (was: two bar rows, no title)', () => {
    const { front, blocks } = read(page);
    expect(front.title).toBe('坚定信心和衷共济锐意进取克难攻坚');
    expect(blocks.join('\n')).not.toContain('|');
    expect(messages(page, 'table-row')).toEqual([]);
  });
  test('guard: a disclosure table\'s header and rows still read as rows', () => {
    const table = ['政府信息公开目录', '事项名称 事项类别 公开内容 公开依据', '政府工作报告 年度报告 全文公开 条例规定', '财政预算报告 年度报告 全文公开 条例规定'].join('\n');
    expect(messages(table, 'table-row')).toHaveLength(1);
  });
});

describe('stop 60, blind: a session story\'s captions behind a triangle, closed by the photographer\'s credit', () => {
  // http://www.xgll.com.cn/xwzx/2012-01/11/content_29284.htm (香格里拉网's story on 迪庆's 2012 session)
  const page = [
    '州十二届人大一次会议隆重开幕',
    '来源:香格里拉网 作者: 发布时间:2012-01-11 21:57:25',
    '▲ 1月11日,迪庆藏族自治州第十二届人民代表大会第一次会议在香格里拉县城隆重开幕。(永基卓玛 摄)',
    '▲ 黄政红代表州人民政府向大会作《政府工作报告》。(马建军 摄)',
    '  香格里拉网讯 (记者 普自林) 1月11日,备受全州各族人民瞩目和期待的迪庆藏族自治州第十二届人民代表大会第一次会议在香格里拉县城隆重开幕。',
    '  本次会议应到代表253名,出席当天大会的代表243名,符合法定人数。',
  ].join('\n');
  test('both are captions, removed and said (was: two paragraphs, the second\'s sentence a bold lead)', () => {
    expect(body(page)).not.toContain('▲');
    expect(messages(page, 'caption').map((m) => m.line)).toEqual([3, 4]);
  });
  test('guard: a triangle before a sentence with no credit, and a credit closing a line with no triangle, stay as before', () => {
    const plain = page.replace('(永基卓玛 摄)', '').replace('▲ 黄政红', '黄政红').replace('(马建军 摄)', '');
    expect(body(plain)).toContain('黄政红代表州人民政府向大会作《政府工作报告》');
    expect(body(plain)).toContain('▲');
  });
});

describe('stop 60, blind: a document library\'s stats over a copy with no title block', () => {
  // https://gongwen.com.cn/doc/60006.html (a document library's copy of 济南's 2022 report, places masked)
  const page = [
    '2022年某市政府工作报告(5)',
    'VIP专免',
    '2024-01-12',
    '999+',
    '47.17KB',
    '35 页',
    '海报',
    '侵权投诉',
    '现在,我代表市人民政府,向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。',
    '一、过去五年及2021年工作回顾',
    '过去的五年,是发展进程中极不平凡、极具历史意义的五年。',
  ].join('\n');
  test('the stats and buttons are the library\'s, removed and said (was: seven paragraphs)', () => {
    expect(body(page)).not.toMatch(/VIP|999\+|KB|侵权投诉|海报/u);
    expect(messages(page, 'document-site').map((m) => m.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
  test('guard: a day, a count and a page count alone in a report\'s text stay', () => {
    const text = ['2022年济南市政府工作报告', '各位代表:', '现在,我代表市人民政府,向大会报告工作。', '2024-01-12', '35 页', '999+', '过去的五年,是发展进程中极不平凡的五年。'].join('\n');
    expect(messages(text, 'document-site')).toEqual([]);
    expect(body(text)).toContain('999+');
  });
});

describe('stop 60, blind: a paper\'s jump mark with the photographer\'s credit after it', () => {
  // http://bjmtgnews.com/paper/news.php?id=3574 (a district paper's page 1: the report's close, then the jump and a picture's credit)
  const page = '2015年是全面推进依法治国的开局之年,是全面完成“十二五”规划的收官之年。区政府在区人大的监督和区政协的大力支持下,万众一心,奋力拼搏,为完成全年各项目标任务、胜利实现“十二五”规划宏伟蓝图而努力奋斗! (下转第3版)金谊平摄';
  test('"(下转第3版)金谊平摄" is the jump and the credit, removed and said, the text going on elsewhere (was: kept, "the report stops mid-sentence")', () => {
    expect(body(page)).toMatch(/努力奋斗！$/u);
    expect(messages(page, 'page-info').map((m) => m.reason)).toEqual([expect.stringContaining('(下转第3版)金谊平摄')]);
  });
  test('guard: a jump mark alone still ends its line; a sentence naming a photographer after a bracket stays', () => {
    expect(body(page.replace('金谊平摄', ''))).toMatch(/努力奋斗！$/u);
    const text = ['政府工作报告', '各位代表:', '全年接待游客1200万人次(同比增长12%),张三摄影工作室等一批文化企业落户。'].join('\n');
    expect(body(text)).toContain('张三摄影工作室');
  });
});

describe('stop 60, blind: a session headline\'s deck naming the review of the other reports or a senior official\'s guidance', () => {
  // http://lilun.fzzfw.com.cn/html/35/2013-01-28/48b2fbde49811ff7ec8684f6b8755374.shtml (福建's paper on the 2013 session)
  const page = [
    '省十二届人大一次会议在榕开幕',
    '尤权主持 苏树林作政府工作报告 审查计划和预算报告',
    '又是一年春潮涌,豪迈踏上新征程。27日上午,省十二届人大一次会议在福建会堂开幕。',
    '省长苏树林代表省政府向大会作政府工作报告。报告分为四部分。',
  ].join('\n');
  test('"审查计划和预算报告" is a clause of the deck, the deck the subtitle (was: a heading of the text)', () => {
    const { front, blocks } = read(page);
    expect(front.subtitle).toBe('尤权主持　苏树林作政府工作报告　审查计划和预算报告');
    expect(blocks.some((b) => b.startsWith('#'))).toBe(false);
  });
  test('"袁光翰到会指导" too (http://www.xgll.com.cn/xwzx/2012-01/11/content_29284.htm)', () => {
    const xgll = ['州十二届人大一次会议隆重开幕', '张登亮杨铭书马文龙李灿光杜永春等出席 袁光翰到会指导 黄政红作《政府工作报告》 唐世华主持', '  香格里拉网讯 (记者 普自林) 1月11日,迪庆藏族自治州第十二届人民代表大会第一次会议在香格里拉县城隆重开幕。'].join('\n');
    expect(read(xgll).front.subtitle).toBe('张登亮杨铭书马文龙李灿光杜永春等出席　袁光翰到会指导　黄政红作《政府工作报告》　唐世华主持');
  });
  test('guard: a report\'s sentence on reviewing the plan, with a wrap\'s space, stays text', () => {
    const text = ['政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作,请一并审查计划和预算报告 并请市政协委员提出意见。'].join('\n');
    expect(read(text).front.subtitle).toBeUndefined();
    expect(body(text)).toContain('审查计划和预算报告');
  });
});

describe('stop 60, blind: an image\'s alt word alone over a portal\'s office names', () => {
  // http://www.cpcoupon.com/szwz/qzfzdgz/202301/baeba41be9e24005a3b07d06585549e7.shtml (a mirror of 吴中区's portal, 2022 work summary)
  const page = [
    'img',
    '',
    '蘇州市吳中區政務服務管理辦公室',
    '',
    '蘇州市吳中區政務服務中心',
    '',
    '蘇州吳中經濟技術開發區一站式服務中心',
    '',
    '您當前所在位置: 首頁 > 信息公開 > 重點政務信息 > 重點工作 > 區政府重點工作',
    '2022年政府工作總結',
    '發布日期:2023-01-10 09:17:15  來源:瀏覽量:',
    '',
    '2022年,是極不平凡的一年,面對國際國內形勢的復雜變化和新冠肺炎疫情的沖擊,堅持以習近平新時代中國特色社會主義思想為指導,全力推進各項工作。',
  ].join('\n');
  test('"img" is a picture\'s placeholder, removed and said, and the title is the summary\'s own (was: a paragraph, the title the three offices\' names and the summary\'s run together)', () => {
    const { front, blocks } = read(page);
    expect(front.title).toBe('2022年政府工作總結');
    expect(blocks[0]).toMatch(/^2022年，是極不平凡的一年/u);
    expect(messages(page, 'image').map((m) => m.line)).toEqual([1]);
  });
  test('guard: "img" inside a sentence and an English word line stay', () => {
    const text = ['政府工作报告', '各位代表:', '全市建成img数字影像平台一处,影像资料全部入库。'].join('\n');
    expect(body(text)).toContain('img数字影像平台');
  });
});
