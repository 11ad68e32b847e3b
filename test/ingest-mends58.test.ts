/**
 * Known ingest gaps of stop 57 closed in stop 58 (helper mends58): text run together first (a table flattened with one space between
 * its cells), then titles and heads (a headline removed as a caption, a deck read as the title, an author's name alone kept as a
 * paragraph), then what a page is. Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did
 * before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const at = (result: ReturnType<typeof read>['result'], ruleId: string) =>
  result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.reason}`);
const body = (result: ReturnType<typeof read>['result']) => result.markdown.split('\n---\n').slice(1).join('\n---\n');
const paragraphs = (result: ReturnType<typeof read>['result']) => body(result).split(/\n{2,}/u).map((p) => p.trim().replace(/\s*\{#[^}]+\}$/u, '')).filter(Boolean);

describe('stop 58: text run together — a table flattened with one space between its cells', () => {
  // http://www.hnhs.gov.cn/22560/22709/43459/43460/43462/43492/content_2139138.html (a district's catalogue of what it discloses: the
  // table's header and rows flattened into the text, one space between cells; the second row's last cells on a line of their own)
  const catalogue = [
    '政府信息主动公开事项目录',
    '',
    '为深入贯彻落实党中央国务院以及省、市关于全面推进政务公开工作的部署要求,不断提升政务公开标准化规范化水平,我区着力推进政务公开清单化管理。',
    '',
    '事项名称 事项类别 公开内容 公开依据 条款内容 公开渠道 公开时限 公开责任',
    '法治政府建设年度报告 链接地址 法治政府建设年度报告 上一年度推进法治政府建设的主要举措和成效、存在的不足和原因;其他需要报告的情况 中共中央办公厅 国务院办公厅印发《法治政府建设与责任落实督察工作规定》第二十四条',
    '',
    '《法治政府建设与责任落实督察工作规定》第二十四条:每年4月1日之前,地方各级政府和县级以上政府部门的法治政府建设年度报告,应当向社会公开。',
    '',
    '政府网站  每年4月1日之前 办公室',
  ].join('\n');

  test('the cells of a row under a spaced header stay apart (was: "…其他需要报告的情况中共中央办公厅国务院办公厅印发…", glued)', () => {
    const { result } = read(catalogue);
    const all = paragraphs(result).join('\n');
    expect(all).not.toMatch(/情况中共中央办公厅国务院办公厅/u);
    expect(all).toContain('其他需要报告的情况 | 中共中央办公厅 | 国务院办公厅印发');
    expect(paragraphs(result)).toContain('| 事项名称 | 事项类别 | 公开内容 | 公开依据 | 条款内容 | 公开渠道 | 公开时限 | 公开责任 |');
    expect(at(result, 'table-row')).toEqual([expect.stringMatching(/^5:1 Read 3 line\(s\) of cells/u)]);
  });

  test('a row wrapped onto a line of its own keeps its cells (was: "政府网站每年4月1日之前办公室")', () => {
    expect(paragraphs(read(catalogue).result)).toContain('| 政府网站 | 每年4月1日之前 | 办公室 |');
  });

  test('rows of short cells with the same count, no header, stay rows (was: each glued)', () => {
    const page = [
      '2023年政府信息公开工作年度报告',
      '为贯彻落实《中华人民共和国政府信息公开条例》,现将本机关2023年政府信息公开工作情况报告如下。',
      '政府网站 每年1月31日前 办公室',
      '政务新媒体 每季度 宣传科',
    ].join('\n');
    expect(paragraphs(read(page).result)).toEqual(expect.arrayContaining(['| 政府网站 | 每年1月31日前 | 办公室 |', '| 政务新媒体 | 每季度 | 宣传科 |']));
  });

  test('guard: a wrapped sentence under a title (spaces as wraps, pieces of one character) is closed up as before', () => {
    const page = [
      '政府工作报告',
      '各位代表:',
      '现在,我代表市人民政府向大会报告工 作,请予审议,并请市政协委员提 出意见。',
      '一、过去 五年 工作 回顾',
    ].join('\n');
    const { result } = read(page);
    expect(paragraphs(result).join('\n')).not.toContain('|');
    expect(at(result, 'table-row')).toEqual([]);
  });

  test('guard: one line of short cells alone, no header over it, no second row (a slogan "贯彻二十大 锚定新目标 奋力闯创干") is no row', () => {
    const page = ['政府工作报告', '贯彻二十大 锚定新目标 奋力闯创干', '各位代表:现在,我代表市人民政府向大会报告工作,请予审议。'].join('\n');
    expect(at(read(page).result, 'table-row')).toEqual([]);
  });
});

describe('stop 58: titles and heads — a headline taken for a caption, a deck for the title, an author alone', () => {
  // http://www.hxgk.cn/NewsShow.asp?bid=24 (a company site's copy of a session story: its headline, a caption's words, the page's
  // first line, the story's lead under it)
  const story = [
    '全国人大常委会委员长吴邦国作工作报告',
    '3月9日上午9时,十一届全国人大二次会议第二次全体会在人民大会堂举行。全国人大常委会委员长吴邦国作全国人民代表大会常务委员会工作报告。',
    '吴邦国通过人大的监督工作,有力地促进了社会主义新农村建设,去年粮食总产和单产再创历史新高。',
  ].join('\n');

  test('a caption-shaped headline over the story\'s lead is the title (was: removed as a photo caption, no title)', () => {
    const { front, result } = read(story);
    expect(front.title).toBe('全国人大常委会委员长吴邦国作工作报告');
    expect(at(result, 'caption')).toEqual([]);
  });

  test('guard: the same words closed by the sentence\'s stop (a picture\'s caption) are still a caption', () => {
    const { result } = read(story.replace('作工作报告\n', '作工作报告。\n'));
    expect(at(result, 'caption')).toHaveLength(1);
  });

  // https://zaojia.com/info/3076 (a copy of 新华社's story of the CPPCC's opening: its headline lost, the deck's lines first)
  const deck = [
    '胡锦涛习近平吴邦国温家宝李克强张德江刘云山王岐山张高丽到会祝贺',
    '贾庆林作政协十一届常委会工作报告 俞正声主持会议 万钢作提案工作情况报告',
    '新华社北京3月3日电 凝心聚力成就新梦想,继往开来续写新篇章。中国人民政治协商会议第十二届全国委员会第一次会议3日下午在人民大会堂开幕。',
  ].join('\n');

  test('a deck of the leaders who came ("…到会祝贺") is the subtitle, the title asked for (was: the title)', () => {
    const { front, result } = read(deck);
    expect(front.title ?? '').toBe('');
    expect(front.subtitle).toBe('胡锦涛习近平吴邦国温家宝李克强张德江刘云山王岐山张高丽到会祝贺');
    expect(at(result, 'missing-title')).toHaveLength(1);
  });

  test('guard: a headline naming the session and its act ("…政协会议开幕 习近平等出席") stays the title', () => {
    const { front } = read(deck.replace('胡锦涛习近平吴邦国温家宝李克强张德江刘云山王岐山张高丽到会祝贺', '全国政协十二届一次会议开幕习近平等到会祝贺'));
    expect(front.title).toBe('全国政协十二届一次会议开幕习近平等到会祝贺');
  });

  // http://www.taihe100.com/guoxue/6676FBDF-3209-4BC6-90D6-B61FF52E38B8.shtml (a column: the byline "□李妹妍" under the headline)
  test('a columnist\'s byline "□李妹妍" under the headline is removed and said (was: the text\'s first paragraph)', () => {
    const page = [
      '凝聚共识呼应民之所盼',
      '发布时间: 2023-07-11',
      '',
      '□李妹妍',
      '',
      '作为全国两会关注的焦点之一,今年的《政府工作报告》起草工作与往年相比有何不同?征求了哪些人的意见?据媒体梳理,今年的《政府工作报告》全文1.7万余字。',
    ].join('\n');
    const { result } = read(page);
    expect(paragraphs(result).some((p) => p.includes('李妹妍'))).toBe(false);
    expect(at(result, 'byline')).toEqual([expect.stringMatching(/^4:1 .*“□李妹妍”/u)]);
  });

  // http://shwhcc.com/BIG5/n1/2024/0306/c67502-40190232.html (a traditional-character mirror of 工人日报's story: the author's name
  // alone under the headline, the stamp, then the story)
  test('an author\'s name alone under the headline, a stamp then the story, is said as the byline (was: a paragraph "吳鐸思")', () => {
    const page = [
      '新疆生產建設兵團第十三師新星市干部職工群眾熱議政府工作報告',
      '',
      '吳鐸思',
      '',
      '2024年03月06日15:15  來源:工人日報客戶端',
      '',
      '3月4日、5日,全國政協十四屆二次會議和十四屆全國人大二次會議在北京人民大會堂隆重開幕。為深入學習貫徹全國兩會精神,及時了解會議進程動態。',
    ].join('\n');
    const { result } = read(page);
    expect(paragraphs(result).some((p) => p.includes('吳鐸思'))).toBe(false);
    expect(at(result, 'byline')).toEqual([expect.stringMatching(/^3:1 .*“吳鐸思”/u)]);
  });

  // (lead, after blind58b) http://xjzclk.com.cn/index/article/detail/detail_id/6119.html — blind58b's page 05 (a compilation of 2020's standing committee reports on a writing
  // site): the site's label "文章导读" opens with 文, a common surname, and was said as an author's name alone over the text
  test('guard: a site\'s label of four characters opening with a surname (文章导读) is no author\'s name', () => {
    const page = [
      '2020年全国各省直辖市人大常委会工作报告汇编',
      '',
      '2023-02-21 19:14:33 134',
      '',
      '文章导读',
      '',
      '天津市人民代表大会常务委员会工作报告。过去一年,在市委坚强领导下,市人大常委会认真贯彻落实党中央决策部署,依法履行各项职责,推动全市经济社会高质量发展。',
    ].join('\n');
    const { result } = read(page);
    expect(at(result, 'byline')).toEqual([]);
  });

  // https://joypost.co/2024/11/27/%e6%a8%82%e8%a8%80%ef%b8%b0%e7%b8%bd%e7%b5%90%e6%96%bd%e6%94%bf (a Macao column: the byline the
  // page's first line, the column under it)
  test('a column\'s byline alone as the first line, "余榮讓", is said (was: the first paragraph)', () => {
    const page = [
      '余榮讓',
      '行政長官賀一誠日前列席立法會全體會議,總結本財政年度政府施政工作,介紹下一財政年度預算,同時回顧第五屆政府工作。過去五年,政府始終堅定不移地貫徹「一國兩制」方針。',
    ].join('\n');
    const { result } = read(page);
    expect(paragraphs(result).some((p) => p.includes('余榮讓'))).toBe(false);
    expect(at(result, 'byline')).toEqual([expect.stringMatching(/^1:1 .*“余榮讓”/u)]);
  });

  test('guard: a speaker\'s name under the title over the salutation stays ("李强" / "各位代表:…")', () => {
    const page = ['政府工作报告', '李强', '各位代表:现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。过去一年,我国经济回升向好。'].join('\n');
    expect(at(read(page).result, 'byline').some((m) => m.includes('李强'))).toBe(false);
  });

  test('guard: a short heading over the text ("前言") is no byline', () => {
    const page = ['2023年统计公报', '前言', '2023年,全市上下坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,经济运行总体回升向好,高质量发展扎实推进。'].join('\n');
    const { result } = read(page);
    expect(at(result, 'byline')).toEqual([]);
  });
});

describe('stop 58: not the report, not said — an interview, a story credited to its reporters', () => {
  // http://100md.com/html/paper/1009-2781/2006/09/25.htm (a journal's interview with a county head: the visit told, then 记者: / 程文:)
  const interview = [
    '站在新的起点 实现新的跨越',
    '“十五”时期,是万年发展史上极不平凡而又最为扎实的五年。如何发展县域经济?面向“十一五”时期的思路和举措是什么?对此,本刊记者专程走访了万年县人民政府县长程文。',
    '记者:刚刚过去的“十五”时期是我国改革开放和现代化建设进程中一个重要时期。在此期间,万年县充分发挥后发优势,请您谈谈取得了哪些成绩?',
    '程文:可以自豪地说,过去的五年万年县取得了骄人的成绩。2005年,全县共完成生产总值19.33亿元,超“十五”计划目标。',
  ].join('\n');

  test('an interview (the reporter\'s visit told, "记者:" asking) is said to be no report (was: read as one, nothing said)', () => {
    const { result } = read(interview);
    expect(at(result, 'news-story')).toEqual([expect.stringMatching(/an interview/u)]);
  });

  test('guard: a report\'s own "接待记者" or a sentence on the press, no question turn, is not an interview', () => {
    const page = [
      '政府工作报告',
      '各位代表:',
      '现在,我代表县人民政府向大会报告工作,请予审议。过去一年,我们主动接受新闻舆论监督,邀请记者参与重点工作督查。',
    ].join('\n');
    expect(at(read(page).result, 'news-story')).toEqual([]);
  });

  // http://news.chengdu.cn/2019/0309/2037188.shtml (新华社's story on the NPC SC report's annexes: the reporters' credit after its last
  // sentence, its words on a plan's bills "拟提请审议的法律草案和审议修改进展")
  const annexes = [
    '8日下午,十三届全国人大二次会议第二次全体会议开始前,记者们在人民大会堂领到了全国人大常委会工作报告,报告后附有17个附件。',
    '例如,关于立法工作有3个附件。附件一“十三届全国人大常委会立法规划”,清晰地列出了五年内拟提请审议的法律草案和审议修改进展。',
    '大会文件起草组负责人表示,此次全国人大常委会工作报告在起草中着力改进文风,注意压缩篇幅。(记者陈菲、罗争光)',
  ].join('\n');

  test('a story credited to its reporters after its last sentence is said (was: "拟提请审议的…审议修改" read as the speaker\'s voice, nothing said)', () => {
    const { result } = read(annexes);
    expect(at(result, 'news-story')).toEqual([expect.stringMatching(/“\(记者陈菲、罗争光\)” \(line 3: a reporter's byline\)/u)]);
  });

  test('guard: a report\'s "提请本次会议审议" is still its own voice (no story said)', () => {
    const page = annexes.replace('清晰地列出了五年内拟提请审议的法律草案和审议修改进展。', '现将本报告提请本次会议审议。').replace('(记者陈菲、罗争光)', '');
    expect(at(read(page).result, 'news-story')).toEqual([]);
  });
});

describe('stop 58: mends57\'s own left — a clipped validity label, an aggregator\'s header', () => {
  // http://www.8835w.com/public/2655573/193409871.html (a disclosure table copied in traditional characters: 有 效 性 clipped to 性 after
  // the document number)
  const table = [
    '號: 003187229/202210-00003 信息分類: 規范性文件發布',
    '發布機構: 宿州市人民政府辦公室',
    '成文日期: 2022-09-29 發布日期: 2022-10-05 10:31',
    '文  號: 宿政辦秘〔2022〕37號 性: 有效',
    '',
    '王啟榮市長解讀2023年政府工作報告',
    '',
    '2022年是黨的二十大勝利召開之年,面對復雜嚴峻的發展環境,全市上下團結一心,經濟社會發展取得新成效。',
  ].join('\n');

  test('"性: 有效" after the 文号 is the validity, not part of the number (was: 文号 "宿政辦秘〔2022〕37號性: 有效")', () => {
    const { front } = read(table);
    const disclosure = front.disclosure as Record<string, string>;
    expect(disclosure['文号']).toBe('宿政辦秘〔2022〕37號');
    expect(disclosure['有效性']).toBe('有效');
  });

  test('guard: a value that ends in 性 as a word ("…可行性") keeps it', () => {
    const { front } = read(table.replace('文  號: 宿政辦秘〔2022〕37號 性: 有效', '標  題: 關于項目可行性的報告'));
    expect((front.disclosure as Record<string, string>)['有效性']).toBeUndefined();
  });

  // https://www.cititic.com/news/mm/1573932-20210309.htm (an aggregator's copy: its header, the site's name and column a period apart, the day)
  test('an aggregator\'s header "城市镜像.新闻汇总 2021-03-09" is no title (was: the title)', () => {
    const page = [
      '城市镜像.新闻汇总 2021-03-09',
      '',
      '新华社北京3月8日电 最高人民检察院检察长张军8日下午向十三届全国人大四次会议作最高人民检察院工作报告。摘要如下:过去一年极不平凡。',
    ].join('\n');
    const { front, result } = read(page);
    expect(front.title ?? '').toBe('');
    expect(at(result, 'page-info')).toEqual([expect.stringMatching(/^1:1 .*“城市镜像\.新闻汇总 2021-03-09”/u)]);
  });

  test('guard: a report\'s title over its day alone ("2024-01-18" on its own line) is not this header', () => {
    const page = ['关于2023年国民经济和社会发展计划执行情况的报告', '2024-01-18', '各位代表:现在,我代表市人民政府向大会报告工作,请予审议。'].join('\n');
    expect(at(read(page).result, 'page-info').some((m) => /site's name and column/u.test(m))).toBe(false);
  });
});
