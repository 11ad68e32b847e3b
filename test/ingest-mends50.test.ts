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
