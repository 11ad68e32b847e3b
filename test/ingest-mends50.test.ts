/**
 * Known ingest gaps of stop 49 closed in stop 50 (helper mends50): blind49a's and blind49b's "not fixed", mends49's "left".
 * Each test is the page's shape reduced to a few lines, with its URL where the page was seen; its name says what ingest did
 * before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });

describe('stop 50: a Markdown table\'s rule row, "---|---|"', () => {
  // http://finance.sina.com.cn/g/20050304/07121402458.shtml (blind49b 26): the page's layout table over the story
  const story = [
    '全国政协十届三次会议隆重开幕 | |||||||||',
    '---|---|---|---|---|---|---|---|---|---|',
    'http://finance.sina.com.cn 2005年03月04日 07:12 四川在线-华西都市报 | |||||||||',
    '据新华社北京3月3日电中国人民政治协商会议第十届全国委员会第三次会议3日下午在人民大会堂开幕。在9天半的会议期间,来自各党派团体、各族各界的2000多名政协委员将围绕关系国计民生的重大问题,切实履行职能,积极建言献策。',
    '下午3时,王忠禹宣布大会开幕。大会首先审议通过了政协第十届全国委员会第三次会议议程。受政协第十届全国委员会常务委员会委托,贾庆林向大会报告工作。',
  ].join('\n');
  // https://3311yl.com/fxzhh202306/t20230602_2210085.html (blind49b 34): a disclosure table's rows, the rule under the first
  const disclosure = [
    '索 引 号: | 731074791/2023-15149 | 分 类: | 环境监测、保护与治理 |',
    '---|---|---|---|',
    '发布机构: | 武汉市生态环境局 | 成文日期: | 2023-06-02 10:03 |',
    '文 号: | -- | 发布日期: | 2023-06-02 10:03 |',
    '效力状态: | 有效 |',
    '2022年,武汉市坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,统筹污染治理、生态保护、应对气候变化,加快建设人与自然和谐共生的美丽武汉。',
  ].join('\n');
  test('the rule row above the text and the site\'s address stamp are out, each said (was: two paragraphs "---|---|…" and "http://finance.sina.com.cn …")', () => {
    const { blocks, result } = read(story);
    expect(blocks.some((b) => b.includes('---'))).toBe(false);
    expect(blocks.some((b) => b.includes('finance.sina.com.cn'))).toBe(false);
    expect(result.file.messages.filter((m) => m.line === 2).map((m) => m.ruleId)).toEqual(['table-rule']);
    expect(result.file.messages.filter((m) => m.line === 3).map((m) => m.ruleId)).toEqual(['page-info']);
    expect(blocks[0]).toMatch(/^据新华社北京3月3日电/u);
  });
  test('a disclosure table\'s rows under the rule are read, 效力状态 among its keys (was: 发布机构… a paragraph, "效力状态：| 有效" the title)', () => {
    const { blocks, front } = read(disclosure);
    expect(front.issuer).toBe('武汉市生态环境局');
    expect(front.date).toBe('2023-06-02');
    expect(String(front.title ?? '')).not.toMatch(/效力状态/u);
    expect(blocks.some((b) => /---|发布机构|效力状态/u.test(b))).toBe(false);
    expect((front.disclosure as Record<string, string>)['发布机构']).toBe('武汉市生态环境局');
  });
  test('inside a table after the text the rule row is read past: no row of "---" cells (was: a row of them)', () => {
    const page = ['某县2023年财政预算执行情况的报告', '', '各位代表：', '现将2023年预算执行情况报告如下，请予审议。', '', '项目 | 预算数 | 执行数 |', '---|---|---|', '税收收入 | 120 | 125 |', '非税收入 | 30 | 28 |', '', '全县一般公共预算收入完成153亿元。'].join('\n');
    const { result } = read(page);
    const table = result.file.messages.find((m) => m.ruleId === 'pipe-table');
    expect(String(table?.reason)).toMatch(/3 rows and 3 columns/u);
    expect(result.file.messages.some((m) => m.ruleId === 'table-rule')).toBe(false);
  });
  test('guard: dashes with no bar, and a sentence with a dash, stay as they were', () => {
    const page = ['某县2023年政府工作报告', '', '各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '全县生产总值增长6.5%——高于全省平均水平。'].join('\n');
    const { blocks, rules } = read(page);
    expect(blocks.join('')).toContain('——高于全省平均水平');
    expect(rules).not.toContain('table-rule');
  });
});

describe('stop 50: a document library\'s copyright notice over a contents list', () => {
  // http://bubsandbeans.com/paper/313737229.html (blind49b 32): the notice stood as the page's first text, so the contents
  // list under the title was read as the report's headings
  const page = [
    '版權說明:本文檔由用戶提供并上傳,收益歸屬內容提供方,若內容存在侵權,請進行舉報或認領',
    '文檔簡介',
    '2022',
    '中國生態環境狀況公報',
    '中華人民共和國生態環境部',
    '目錄',
    '綜述.......................................................1',
    '一、大氣環境..............................................3',
    '(一)環境空氣質量.......................................3',
    '二、水環境..............................................21',
    '(一)地表水環境質量...................................21',
    '綜述',
    '2022年,全國生態環境質量保持改善態勢,環境安全形勢基本穩定。',
  ].join('\n');
  test('the notice is the site\'s, and the contents list before the text goes with it (was: the notice a paragraph, 一、大氣環境…3 a heading)', () => {
    const { blocks, result } = read(page);
    expect(result.file.messages.filter((m) => m.line === 1).map((m) => m.ruleId)).toContain('document-site');
    expect(blocks.some((b) => /本文檔由用戶提供|\.{6,}/u.test(b))).toBe(false);
    for (const line of [6, 7, 8, 9, 10, 11]) expect(result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId)).toEqual(['contents']);
  });
  test('guard: a copyright line of the report\'s own, and a sentence on 侵权, stay', () => {
    const report = ['某县2023年统计公报', '', '版权说明：本公报数据由县统计局提供，部分数据为初步统计数。', '全年严厉打击侵权假冒行为，办结知识产权案件120件。'].join('\n');
    const text = read(report).blocks.join('');
    expect(text).toContain('本公报数据由县统计局提供');
    expect(text).toContain('严厉打击侵权假冒行为');
  });
});

describe('stop 50: a numbered heading printed twice in a row', () => {
  // http://m.77wenku.com/d-194333.html (blind49b 37): a document site's copy, the headings doubled and run on into their paragraphs
  const page = [
    '某镇人大主席团2020年工作总结',
    '',
    '一、认真开好人代会,依法履行职权',
    '大会听取和审议了政府工作报告、人大主席团工作报告及财政收支状况报告,全体人大代表在大会上认真行使职权。',
    '二、加强学习培训,提高代表履职潜力二、加强学习培训,提高代表履职潜力 以学习促提高,组织人大代表进行政治学习。在学习过程中,与会人大代表结合工作实际,进行了热烈的讨论。',
    '三、开展闭会期间活动,发挥代表参政议政作用三、开展闭会期间活动,发挥代表参政议政作用认真组织各代表小组开展会前活动。',
  ].join('\n');
  test('the second copy is out and said, the heading stands over its paragraph (was: "二、…潜力二、…潜力" a heading, 三、 a paragraph)', () => {
    const { blocks } = read(page);
    expect(blocks).toContain('## 二、加强学习培训，提高代表履职潜力');
    expect(blocks).toContain('## 三、开展闭会期间活动，发挥代表参政议政作用');
    expect(blocks.some((b) => /^以学习促提高/u.test(b))).toBe(true);
    expect(blocks.some((b) => /^认真组织各代表小组/u.test(b))).toBe(true);
    const doubled = said(page, 'doubled-heading');
    expect(doubled.map((m) => [m.line, m.column])).toEqual([
      [5, '二、加强学习培训,提高代表履职潜力'.length + 1],
      [6, '三、开展闭会期间活动,发挥代表参政议政作用'.length + 1],
    ]);
  });
  test('guard: a sentence said twice, and a heading whose words repeat without its number, stay as printed', () => {
    const twice = ['某镇2020年工作总结', '', '一、抓党建促发展', '1.加强学习。1.加强学习。全镇干部参加培训120人次。', '二、稳增长稳增长是全年工作的重中之重'].join('\n');
    const { blocks } = read(twice);
    // (both copies of the sentence kept, whatever the outline makes of them)
    expect(blocks.join('\n').match(/加强学习/gu)).toHaveLength(2);
    expect(blocks.join('\n')).toContain('稳增长稳增长');
    expect(said(twice, 'doubled-heading')).toEqual([]);
  });
});

describe('stop 50: lost bytes after a mark, and two lost characters in a row', () => {
  // http://huiluntai.com/a/202503/07/AP67ca04b1e4b015719adb63b8.html (mends49's gap; blind48a p32): 。」黃 with bytes lost
  const hk = [
    '香港文匯報訊 據新華社報道,政府工作報告起草組成員、國務院研究室綜合一司副司長黃良浩表示,政府工作報告是集體智慧的結晶。',
    '「報告起草的過程既是集中各方智慧、充分發揚民主的過程,也是順應社會期盼、不斷細化實化政策的過程?!裹S良浩說。',
  ].join('\n');
  // http://bcjhc.cn/html/gundong/20170305/550400.htm (blind49a p26): 報 lost twice over, each "?" and its annotation
  const paper = ['湖北日?qǐng)?bào)(荊楚網(wǎng))消息(記者 伍燚)3月5日,第十二屆全國人民代表大會第五次會議在人民大會堂開幕,國務院總理李克強作政府工作報告。'].join('\n');
  test('"?!裹S" is said where it stands, the text kept as printed (was: published silently)', () => {
    const lost = said(hk, 'lost-bytes');
    expect(lost.map((m) => [m.line, m.column])).toEqual([[2, hk.split('\n')[1].indexOf('?!') + 1]]);
    expect(read(hk).blocks.join('')).toContain('過程？！裹S良浩說');
  });
  test('"日?qǐng)?bào)(" is said (was: unsaid)', () => {
    expect(said(paper, 'lost-bytes').map((m) => m.line)).toEqual([1]);
  });
  test('guard: a question and an exclamation before a word, or before a Latin name spaced, are no lost bytes', () => {
    const asks = ['某县2023年政府工作报告', '', '各位代表：', '这难道不是我们的责任吗?!我们必须回答好这个问题。', '怎么办?!AI赋能千行百业,推动产业升级。'].join('\n');
    expect(said(asks, 'lost-bytes')).toEqual([]);
  });
});

describe('stop 50: a bare posting time right under the headline', () => {
  // http://www.jdnews.com.cn/xzfc/ht/content/2016-12/26/content_6104050.html (blind49a p36)
  const page = [
    '航头镇 建德新闻网',
    '您当前的位置: 建德新闻网 > 乡镇风采 > 航头镇',
    '',
    '航头镇第十八届人民代表大会第一次会议胜利召开',
    '2016-12-26 09:54',
    '',
    '12月24日,航头镇第十八届人民代表大会第一次会议隆重召开。全镇72名人大代表出席会议,镇党政班子其他成员、部门单位负责人列席会议。',
    '',
    '会议分别听取并审议通过了《政府工作报告》《人大主席团工作报告》《财政预决算报告》。',
  ].join('\n');
  test('it dates the page, as published (was: removed, no date)', () => {
    const { front } = read(page);
    expect(front.date).toBe('2016-12-26');
    expect(front.date_source).toBe('published');
  });
  test('guard: a time alone over the page (a portal\'s clock before the headline) dates nothing', () => {
    const clock = ['2016-12-26 09:54', '您当前的位置: 建德新闻网 > 乡镇风采 > 航头镇', '', '航头镇第十八届人民代表大会第一次会议胜利召开', '', page.split('\n')[6], '', page.split('\n')[8]].join('\n');
    expect(read(clock).front.date).toBeUndefined();
  });
});

describe('stop 50: a heading run into its first point, 一是', () => {
  // http://www.zjxj.gov.cn/art/2024/1/16/art_1229325036_3913369.html (blind49b 09)
  const page = ['2023年下各镇政府信息公开工作年度报告', '', '一、总体情况', '', '(一)强化组织领导,不断完善政府信息与政务公开工作机制一是领导高度重视。我镇政府高度重视政府信息公开工作,成立下各镇政务公开工作领导小组。二是完善工作制度,严格政府信息公开审核制度,坚持分级审核、先审后发。', '', '(二)强化政务公开平台建设,不断丰富政府信息与政务公开形式。开辟政务公开宣传栏、公告栏公开政府信息。'].join('\n');
  test('the heading ends where 一是 opens its text (was: "…工作机制一是领导高度重视" the heading)', () => {
    const { blocks } = read(page);
    expect(blocks).toContain('### （一）强化组织领导，不断完善政府信息与政务公开工作机制');
    expect(blocks.some((b) => b.startsWith('一是领导高度重视。我镇政府'))).toBe(true);
  });
  test('guard: a word ending in 一 before 是, and 一是 with no 二是 after it, leave the heading as it was', () => {
    const unity = page.replace('工作机制一是领导高度重视。', '工作机制统一是前提。').replace('二是完善工作制度', '同时完善工作制度');
    const { blocks } = read(unity);
    expect(blocks.some((b) => b.startsWith('一是'))).toBe(false);
    expect(blocks.some((b) => /^### （一）强化组织领导，不断完善政府信息与政务公开工作机制统一是前提$/u.test(b))).toBe(true);
    const alone = page.replace('二是完善工作制度', '同时完善工作制度');
    expect(read(alone).blocks).toContain('### （一）强化组织领导，不断完善政府信息与政务公开工作机制一是领导高度重视');
  });
});

describe('stop 50: a report addressed to the bodies it is filed with', () => {
  // http://ynwd.gov.cn/info/egovinfo/1007/overt_centent/11532329015178442p-/2023-0516006.htm (blind49b 15)
  const page = ['中共武定县委、县人民政府:', '2022年,在县委、县政府的坚强领导下,武定县人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实法治政府建设相关任务,圆满完成了各项工作任务。现将工作情况报告如下:', '一、2022年度推进法治政府建设的主要举措和成效', '(一)强化组织领导,完善工作制度。县政府办高度重视法治政府建设工作,将法治政府建设纳入重要议事日程。'].join('\n');
  test('asks for no occasion and no speaker (was: both asked)', () => {
    const rules = read(page).rules;
    expect(rules).not.toContain('missing-occasion');
    expect(rules).not.toContain('missing-speaker');
  });
  test('guard: a report to the congress\'s standing committee for its sitting, and one to the deputies, are still asked for both', () => {
    const committee = page.replace('中共武定县委、县人民政府:', '武定县人大常委会:');
    expect(read(committee).rules).toEqual(expect.arrayContaining(['missing-occasion', 'missing-speaker']));
    const deputies = page.replace('中共武定县委、县人民政府:', '各位代表:');
    expect(read(deputies).rules).toEqual(expect.arrayContaining(['missing-occasion', 'missing-speaker']));
  });
});

describe('stop 50: an implementation plan (方案)', () => {
  // http://szb.northnews.cn/nmgrb/html/2022-09/12/content_38614_190502.htm (blind49b 12)
  const page = ['为深入贯彻落实党中央、国务院印发的《法治政府建设实施纲要(2021—2025年)》精神,在新发展阶段持续深入推进依法行政,全面建设法治政府,结合自治区实际,制定本方案。', '一、健全政府机构职能体系', '(一)推进政府机构职能优化协同高效', '继续优化政府组织结构,进一步理顺政府各部门职责关系,使政府机构设置更加科学、职能更加优化、权责更加协同。'].join('\n');
  test('its opening "…制定本方案" says it is a plan, said as another document (was: read as a report, nothing said)', () => {
    const other = said(page, 'other-document');
    expect(other).toHaveLength(1);
    expect(String(other[0].reason)).toMatch(/“制定本方案”.*plan/u);
    expect([other[0].line, other[0].column]).toEqual([1, page.indexOf('制定本方案') + 1]);
  });
  test('guard: a report that says it drew up plans is still the report', () => {
    const report = ['某县2023年政府工作报告', '', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。过去一年,我们研究制定了乡村振兴实施方案,各项工作取得新进展。'].join('\n');
    expect(said(report, 'other-document')).toEqual([]);
  });
});

describe('stop 50: the title printed again over two lines, its 年 lost, and the portal\'s source naming the issuer', () => {
  // https://www.lixin.gov.cn/XxgkAnnualReport/show/5848.html (blind49b 10)
  const page = ['利辛县望疃镇人民政府', '您现在所在的位置: 网站首页 > 政府信息公开 > 利辛县望疃镇人民政府 > 政府信息公开年报', '利辛县望疃镇2023年政府信息公开工作年度报告', '发布时间:2024-01-19 11:04 来源:利辛县望疃镇人民政府 字体:[ ]', '', '利辛县望疃镇2023', '', '政府信息公开工作年度报告', '', '根据《中华人民共和国政府信息公开条例》(国务院令第711号)规定,现发布《利辛县望疃镇2023年政府信息公开工作年度报告》。', '', '一、总体情况', '', '2023年我镇政府信息公开平台累计发布各类信息716条。'].join('\n');
  test('the two lines are the title\'s copy, removed and said; the stamp\'s 来源 is the issuer (was: a paragraph and a heading; no issuer)', () => {
    const { blocks, front, result } = read(page);
    expect(blocks.some((b) => /^利辛县望疃镇2023$|政府信息公开工作年度报告$/u.test(b))).toBe(false);
    for (const line of [6, 8]) expect(result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId)).toEqual(['page-head']);
    expect(front.issuer).toBe('利辛县望疃镇人民政府');
    expect(blocks[0]).toMatch(/^根据《中华人民共和国政府信息公开条例》/u);
  });
  test('guard: two lines that make another name stay, and a source whose place the title does not open with names no issuer', () => {
    const other = page.replace('利辛县望疃镇2023\n', '利辛县望疃镇2022\n').replace('来源:利辛县望疃镇人民政府', '来源:利辛县人民政府');
    const { blocks, front } = read(other);
    expect(blocks).toContain('利辛县望疃镇2022');
    expect(front.issuer).toBeUndefined();
  });
});

describe('stop 50: a department\'s site header over a disclosure table that names the document', () => {
  // http://admin.yzcity.gov.cn:8888/spxfgj/0800/202309/dadae6fe132e4e4eb4ab700adeae0b58.shtml (blind49b 28)
  const page = ['双牌县发展和改革局', '您现在所在的位置: 首页 > 政务公开 > 财政信息', '分享到:', '    • 索  引 号:4311230009/2023-25191 分       类:', '    • 发文机关:双牌县财政局 发文日期:2023-09-15 21:54', '    • 名称:双牌县2022年度年政府决算公开', '    • 文号:', '', '一、一般公共预算收支决算情况', '2022年全县一般公共预算收入完成5.2亿元,同比增长3.1%。'].join('\n');
  test('the table\'s 名称 is the title, the header the page\'s (was: the title "双牌县发展和改革局")', () => {
    const { front, result } = read(page);
    expect(front.title).toBe('双牌县2022年度年政府决算公开');
    expect(result.file.messages.filter((m) => m.line === 1).map((m) => m.ruleId)).toContain('page-head');
  });
  test('guard: a document\'s title over the table stays the title', () => {
    const titled = page.replace('双牌县发展和改革局', '双牌县2022年度政府决算报告');
    expect(read(titled).front.title).toBe('双牌县2022年度政府决算报告');
  });
});

describe('stop 50: an English page under a line of Chinese', () => {
  // https://99.wendadaohang.com/zd/v7jezvjO.html (blind49a p43)
  const english = Array.from({ length: 12 }, () => 'On behalf of the municipal people’s government, I would like to present to you the following report on the work of the government for your deliberation and approval.').join('\n');
  const page = ['这是06年政府工作雇员的报告. 加分后还有07年的', 'Report on the Work of the Government (2006)', '', 'Fellow Deputies:', english].join('\n');
  const refusal = (text: string) => {
    try {
      read(text);
    } catch (error) {
      return String((error as Error).message);
    }
    return 'not refused';
  };
  test('is refused as English (was: "everything in it is site boilerplate or metadata")', () => {
    expect(refusal(page)).toMatch(/^Unexpected page without report text: it is in English \(\d+ English words\) but for 19 Chinese character\(s\)/u);
  });
  test('guard: a Chinese page of chrome alone keeps its wording', () => {
    expect(refusal(['首页 | 新闻中心 | 政务公开', '版权所有 某某区人民政府'].join('\n'))).toBe('Unexpected page without report text: everything in it is site boilerplate or metadata');
  });
});

describe('stop 50: a lede asking questions, and a day line over its sentence', () => {
  // https://stufic.com/news/view?id=12341 (blind49a p27)
  const lede = ['2022年全国两会落下帷幕,过去五年中,哪些词频频写入政府工作报告?哪些新词和新提法引发社会关注?', '新京报贝壳财经记者梳理2018年至2022年政府工作报告,发现“发展”“建设”“政策”“经济”“企业”等一直是近五年来高频出现的词。'].join('\n');
  // http://www.o6s1.cn/c/2022/04/28/165113644422832.html (blind49a p07)
  const day = ['4月28日上午', '會議聽取了各代表團審查區人民政府工作報告', '、區2021年國民經濟和社會發展計劃執行情況及2022年計劃草案的報告的情況匯報;表決通過了總監票人、監票人名單草案。'].join('\n');
  test('two questions and a comma are no title (was: the title)', () => {
    const { front, blocks } = read(lede);
    expect(front.title ?? '').toBe('');
    expect(blocks[0]).toMatch(/^2022年全国两会落下帷幕/u);
  });
  test('guard: a headline of cries, and one asking one question, stay the title', () => {
    // (the ingest corpus's gs-tianshui-2016-clickbait-mirror-tc, reduced)
    const cries = ['干的漂亮!天水市政府奮力拼搏五年,結果讓人大吃一驚!', '(摘自2016年11月1日上午楊維俊同志代表市人民政府在天水市七屆人大一次會議上向大會作的工作報告。)', '', '一、市六屆政府工作回顧', '市六屆人大一次會議以來的五年,是天水發展歷程中很不平凡的五年。'].join('\n');
    expect(read(cries).front.title).toBe('干的漂亮！天水市政府奮力拼搏五年，結果讓人大吃一驚！');
    const one = ['两会落幕,哪些词频频写入政府工作报告?', '', lede.split('\n')[1]].join('\n');
    expect(read(one).front.title).toBe('两会落幕，哪些词频频写入政府工作报告？');
  });
  test('"4月28日上午" goes on the sentence under it (was: a paragraph of its own)', () => {
    const { blocks } = read(day);
    expect(blocks[0]).toMatch(/^4月28日上午會議聽取了/u);
  });
  test('guard: a day line over a numbered heading, or a blank line apart, stays a line of its own', () => {
    const numbered = ['4月28日上午', '一、會議聽取了各代表團的情況匯報', '表決通過了總監票人、監票人名單草案。'].join('\n');
    expect(read(numbered).blocks.some((b) => /^4月28日上午$/u.test(b) || /^#+ 4月28日上午$/u.test(b))).toBe(true);
    const apart = ['會議議程', '', '4月28日上午', '', '會議聽取了各代表團審查區人民政府工作報告的情況匯報。'].join('\n');
    expect(read(apart).blocks.some((b) => /4月28日上午會議/u.test(b))).toBe(false);
  });
});

describe('stop 50: a platform\'s default user name, and the publisher heading a bulleted stamp list', () => {
  // https://www.meipian.cn/23zyfwvu (blind48b 16; mends49's gap)
  const post = ['程楼乡第十五届人民代表大会第四次会议胜利召开', '', '美友10299318', '', '经过精心筹备,认真组织,程楼乡第十五届人民代表大会第四次会议于2019年5月13日在乡政府会议室胜利召开!'].join('\n');
  // http://eryuan.gov.cn/eyxrmzf/c107737/202301/20fc61631f7048bda397d0c54913185e.shtml (blind48b 46; mends49's gap)
  const portal = ['当前位置: 首页 / 政务公开 / 政府信息公开 / 法定主动公开 / 重要会议', '', '县十七届人大二次会议隆重开幕', '', '  • 洱源县人民政府', '  • 发布时间:2023年01月16日', '  • 来源:洱源发布', '', '今天上午,洱源县第十七届人民代表大会第二次会议在县城农村文化活动中心隆重开幕。'].join('\n');
  test('"美友10299318" is the post\'s author, removed and said (was: the text\'s first paragraph)', () => {
    const { blocks, result } = read(post);
    expect(blocks.some((b) => b.includes('美友'))).toBe(false);
    expect(result.file.messages.filter((m) => m.line === 3).map((m) => m.ruleId)).toEqual(['byline']);
  });
  test('"• 洱源县人民政府" over "• 发布时间:…" is the stamp\'s publisher (was: the text\'s first paragraph)', () => {
    const { blocks, result } = read(portal);
    expect(blocks[0]).toMatch(/^今天上午/u);
    expect(result.file.messages.filter((m) => m.line === 5).map((m) => m.ruleId)).toEqual(['page-info']);
  });
  test('guard: a sentence naming users by number, and a bulleted body over a sentence, stay', () => {
    const users = post.replace('美友10299318', '用户10299318反映的问题已全部办结。');
    expect(read(users).blocks.join('')).toContain('用户10299318反映的问题已全部办结');
    const list = portal.replace('  • 发布时间:2023年01月16日', '  • 县人民政府各部门认真落实会议精神。');
    expect(read(list).blocks.join('\n')).toContain('洱源县人民政府');
  });
});
