/**
 * Known ingest gaps of stop 55 closed in stop 56 (helper mends56): text run together first (a notice's closing charge with its
 * stop lost, a 发文字号 glued to the title, a headline's last deck run into the dateline), then titles and heads, then what a page
 * is, then the body. Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before
 * ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const at = (result: ReturnType<typeof read>['result'], ruleId: string) =>
  result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.reason}`);
const body = (result: ReturnType<typeof read>['result']) => result.markdown.split('\n---\n').slice(1).join('\n---\n');
const paragraphs = (result: ReturnType<typeof read>['result']) => body(result).split(/\n{2,}/u).map((p) => p.trim().replace(/\s*\{#[^}]+\}$/u, '')).filter(Boolean);
const missing = (result: ReturnType<typeof read>['result']) => result.file.messages.filter((m) => /^missing-/u.test(m.ruleId ?? '')).map((m) => m.ruleId);

describe('stop 56: text run together — a notice\'s closing charge, a number glued to the title, a deck over the dateline', () => {
  // http://www.snxx.gov.cn/xxxzf/xxzwgk/xxgknr/zfwj/zfwj/202304/b7c1d474861643ff94f89cf2a3d218a0.shtml (西乡 2023's notice dividing
  // the report's tasks: "…印发给你们请认真贯彻执行" with its 。 lost, a blank line, the next paragraph)
  const charge = [
    '西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知',
    '',
    '各镇人民政府,城北、城南街道办事处,县政府各部门,县直及驻县各单位:',
    '',
    '县十八届人民代表大会第二次会议审议通过的《政府工作报告》,全面安排部署了2023年全县经济社会发展各项目标任务,是推进政府工作的纲领性文件为确保各项年度目标任务落到实处,现将2023年县政府工作报告任务分解一览表》印发给你们请认真贯彻执行',
    '',
    '全县各级各部门要把抓好政府工作报告目标任务落实作为推动高质量的首要任务,结合三个年活动,全力以赴抓落实、赶进度、求卓越,以一域之光为全局添彩。',
  ].join('\n');

  test('"…印发给你们请认真贯彻执行" (its stop lost) ends its paragraph (was: the next paragraph run into it)', () => {
    const ps = paragraphs(read(charge).result);
    expect(ps.some((p) => p.endsWith('印发给你们请认真贯彻执行'))).toBe(true);
    expect(ps.some((p) => p.startsWith('全县各级各部门要把'))).toBe(true);
  });

  test('guard: a sentence a blank line cut in mid-word after its clauses still goes on ("…实现社会消费品" / "零售总额…")', () => {
    const page = charge.replace('印发给你们请认真贯彻执行', '印发给你们,全年实现社会消费品').replace('全县各级各部门要把抓好', '零售总额5.03亿元,同比增长,全县各级各部门要把抓好');
    const ps = paragraphs(read(page).result);
    expect(ps.some((p) => p.includes('实现社会消费品零售总额5.03亿元'))).toBe(true);
  });

  // the same page's number, as a copy prints it glued before the title on one line
  const glued = [
    '西政发〔20233西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知',
    '',
    '各镇人民政府,城北、城南街道办事处,县政府各部门,县直及驻县各单位:',
    '',
    '县十八届人民代表大会第二次会议审议通过的《政府工作报告》,全面安排部署了2023年全县经济社会发展各项目标任务,现将《2023年县政府工作报告任务分解一览表》印发给你们,请认真贯彻执行。',
  ].join('\n');

  test('a garbled number glued before the title: said, kept as the 文号, the title without it (was: "西政发〔20233西乡县…" the title)', () => {
    const { front, result } = read(glued);
    expect(front.title).toBe('西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知');
    expect((front.disclosure as Record<string, string>)['文号']).toBe('西政发〔20233');
    expect(at(result, 'garbled-number')).toEqual([expect.stringMatching(/^1:1 Unexpected document number with its closing bracket and 号 lost, “西政发〔20233”/u)]);
  });

  test('a whole number glued before the title is the 文号 too, said nowhere as garbled (was: in the title)', () => {
    const { front, result } = read(glued.replace('西政发〔20233', '西政发〔2023〕3号'));
    expect(front.title).toBe('西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知');
    expect((front.disclosure as Record<string, string>)['文号']).toBe('西政发〔2023〕3号');
    expect(at(result, 'garbled-number')).toEqual([]);
  });

  test('guard: a headline opening with a number that names no 公文 ("…〔2023〕3号文件精神解读") stays whole', () => {
    const { front } = read(glued.replace('西政发〔20233西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知', '西政发〔2023〕3号文件精神解读'));
    expect(front.title).toBe('西政发〔2023〕3号文件精神解读');
  });

  // https://cn.govopendata.com/renminribao/1997/3/2/1/ (人民日报 1997-03-02, page 1: the headline, its four decks, the dateline)
  const paper = [
    '1997年3月2日人民日报 第1版',
    '',
    '  八届全国人大五次会议在京开幕',
    '会议开始时全体起立为敬爱的邓小平同志默哀',
    '乔石主持会议李鹏代表国务院作政府工作报告',
    '江泽民李瑞环朱镕基刘华清胡锦涛荣毅仁等出席',
    '大会号召,更加紧密地团结在以江泽民同志为核心的党中央周围,高举邓小平建设有中国特色社会主义理论伟大旗帜,努力把社会主义改革开放和现代化建设伟大事业不断推向前进',
    '新华社北京3月1日电第八届全国人民代表大会第五次会议今天上午在人民大会堂开幕。',
    '今天的会议由大会执行主席、主席团常务主席乔石主持。',
  ].join('\n');

  test('the session\'s headline is the title, its four decks the subtitle, the dateline opens the text (was: three lines one title, the last deck run into the dateline)', () => {
    const { front, result } = read(paper);
    expect(front.title).toBe('八届全国人大五次会议在京开幕');
    expect(front.subtitle).toMatch(/^会议开始时全体起立为敬爱的邓小平同志默哀　乔石主持会议李鹏代表国务院作政府工作报告　江泽民.+等出席　大会号召，.+不断推向前进$/u);
    expect(paragraphs(result)[0]).toMatch(/^新华社北京3月1日电第八届/u);
    expect(at(result, 'headline-parts')).toHaveLength(1);
  });

  test('without the headline: the deck with no stop still ends before a line opening with the dateline (was: run together)', () => {
    const ps = paragraphs(read(paper.split('\n').slice(6).join('\n')).result);
    expect(ps.some((p) => p.endsWith('不断推向前进'))).toBe(true);
    expect(ps.some((p) => p.startsWith('新华社北京3月1日电'))).toBe(true);
  });

  test('guard: "…据" over "新华社…电" goes on (a sentence quoting the agency), and decks with no dateline under them are no subtitle', () => {
    const quoting = read(['本市各界热烈讨论政府工作报告。记者了解到,据', '新华社北京3月1日电报道,会议今天开幕。'].join('\n'));
    expect(paragraphs(quoting.result).some((p) => p.includes('据新华社北京3月1日电报道'))).toBe(true);
    const noDateline = read(paper.replace('新华社北京3月1日电', '本次会议上'));
    expect(noDateline.front.subtitle).toBeUndefined();
  });
});

describe('stop 56: titles and heads', () => {
  // http://xietusu.cn/gongzuobaogao/73457.html (a 范文 page's copy of the 1995 national report in traditional characters)
  const essay = [
    '1995年政府工作報告',
    '',
    '想知道1998年的時候政府工作報告的內容嗎?下面小編給大家分享幾篇1995年政府工作報告,一起看一下吧!',
    '',
    '1995年政府工作報告篇1',
    '',
    '——1995年3月5日在第八屆全國人民代表大會第三次會議上',
    '',
    '國務院李鵬',
    '',
    '各位代表:',
    '',
    '現在,我代表國務院向大會作政府工作報告,請予審議,并請全國政協各位委員提出意見。',
    '',
    '一、1994年國內工作的回顧',
    '',
    '過去的一年,全國人民按照“抓住機遇,深化改革”的方針,團結奮斗,開拓進取,社會主義現代化事業取得重大成就。',
  ].join('\n');

  test('the piece\'s item label over its occasion names it: the title without the label (was: no title, both lines the site\'s heads)', () => {
    const { front, result } = read(essay);
    expect(front.title).toBe('1995年政府工作報告');
    expect(front.occasion).toBe('1995年3月5日在第八屆全國人民代表大會第三次會議上');
    expect(at(result, 'missing-title')).toEqual([]);
  });

  test('guard: an item label in the site\'s words ("…范文篇1") names no title', () => {
    const { front } = read(essay.replace('1995年政府工作報告篇1', '政府工作報告范文篇1').replace('1995年政府工作報告\n', '工作報告\n'));
    expect(front.title ?? '').not.toMatch(/范文/u);
  });

  // http://www.wvyxus.live/html/zhuanlan/4/2015/1222/22600.html (a white paper under the site's heading, a blurb between)
  const whitePaper = [
    '中國人權事業的進展(1995年)',
    '',
    '1991年以來的四年,是中國全面實施國民經濟和社會發展第八個五年計劃的重要歷史時期。中國的國民經濟和社會發展突飛猛進,人民生活顯著改善。',
    '',
    '中國人權事業的進展',
    '',
    '國務院新聞辦公室',
    '',
    '(1995年12月27日)',
    '',
    '  前    言',
    '',
    '1991年11月,中國政府發表了《中國的人權狀況》,向國際社會闡述了中國在人權問題上的基本立場和實踐。四年來,中國的人權事業又取得了新的進展。',
  ].join('\n');

  test('the title block under a blurb is read: title, issuer, day; the blurb stays in the text (was: the block three paragraphs, no issuer or date)', () => {
    const { front, result } = read(whitePaper);
    expect(front.title).toBe('中國人權事業的進展');
    expect(front.issuer).toBe('國務院新聞辦公室');
    expect(front.date).toBe('1995-12-27');
    const ps = paragraphs(result);
    expect(ps[0]).toMatch(/^1991年以來的四年/u);
    expect(ps.includes('國務院新聞辦公室')).toBe(false);
  });

  test('guard: a blurb with no copy of the heading under it ends the head as before', () => {
    const { front, result } = read(whitePaper.replace('中國人權事業的進展\n', '人權狀況概述\n'));
    expect(front.issuer).toBeUndefined();
    expect(paragraphs(result).includes('國務院新聞辦公室')).toBe(true);
  });

  // http://law148.infoeach.com/view-MTQ4fDY1Nzc0.html (a law database's copy of the NPC's 2002 resolution on the court's report)
  const resolution = [
    '第九届全国人民代表大会第五次会议关于最高人民法院工作报告的决议',
    '',
    '全国人民代表大会常务委员会',
    '',
    '(2002年3月15日第九届全国人民代表大会第五次会议通过)',
    '',
    '第九届全国人民代表大会第五次会议审议了最高人民法院院长肖扬所作的《最高人民法院工作报告》。会议决定批准这个报告。',
  ].join('\n');

  test('the title\'s own session is the issuer, the database\'s line under it the page\'s (was: 全国人民代表大会常务委员会 the issuer)', () => {
    const { front, result } = read(resolution);
    expect(front.issuer).toBe('第九届全国人民代表大会第五次会议');
    expect(at(result, 'page-head').some((m) => m.includes('全国人民代表大会常务委员会'))).toBe(true);
  });

  test('guard: a resolution named by 关于 alone keeps the committee line under it as its issuer', () => {
    const { front } = read(resolution.replace('第九届全国人民代表大会第五次会议关于最高人民法院工作报告的决议', '关于批准2001年中央决算的决议'));
    expect(front.issuer).toBe('全国人民代表大会常务委员会');
  });

  // https://scribd.com/document/416873103/BudgetSpeech2010-11-c-pdf (香港's 2010–11 budget speech, a PDF viewer's text)
  const budget = [
    '二○一○至一一財政年度',
    '',
    '政府財政預算案',
    '',
    '財 政司司 長曾 俊華',
    '動議二讀二○一○年撥款條例草案的演詞',
    '二○一○年二月二十四日星期三',
    '',
    '主席女士:',
    '',
    '我謹動議二讀《2010年撥款條例草案》。',
  ].join('\n');

  test('the fiscal year over the name is one title; the letter-spaced speaker is read (was: the year alone the title, the speaker a paragraph)', () => {
    const { front } = read(budget);
    expect(front.title).toBe('二○一○至一一財政年度政府財政預算案');
    expect(front.speaker).toBe('財政司司長 曾俊華');
  });

  test('the 司长 of the SAR\'s 司 is a role: "財政司司長 曾俊華" printed with its one space is the speaker too (was: no speaker)', () => {
    expect(read(budget.replace('財 政司司 長曾 俊華', '財政司司長 曾俊華')).front.speaker).toBe('財政司司長 曾俊華');
  });

  test('guard: a headline\'s line of names apart by spaces, "…等在主席台就座", is no uneven speaker (held-out round 44\'s 镇康 story)', () => {
    const { front } = read(['县十八届人大五次会议在南伞隆重开幕', '杨思荣主持', '张德花作政府工作报告', '段寿华 周先荣 李映忠等在主席台就座', '2月25日下午,镇康县第十八届人民代表大会第五次会议在县国门影院隆重开幕。'].join('\n'));
    expect(front.speaker).toBeUndefined();
  });

  test('guard: a fiscal year over a sentence stays a title alone', () => {
    const alone = read(['二○一○至一一財政年度', '', '本年度政府財政預算案的重點是支援中小企業,穩定就業,改善民生,並投資未來的發展。'].join('\n'));
    expect(alone.front.title).toBe('二○一○至一一財政年度');
  });

  // https://technow.com.hk/business/960331 (a blog post on the 2022 budget under a game-news ticker)
  const ticker = [
    '《Disney +》 迪士尼、Marvel、彼思、星球大戰…  賀《貓咪大戰爭》下載突破6000萬次紀念活動&「哥吉拉」聯名同時開跑!   hololive 官方網店hololive production OFFICIAL SHOP正式開業   《MONSTER HUNTER RISE》公開原野與魔物等新情報!   【速報】系列最新作《勇者鬥惡龍XII》正式發表!   原神 x Razer 推出電競滑鼠和電競椅 ',
    '',
    '以民為本  穩中求進',
    '',
    '經過數月的籌備,下年度財政預算案將於本周三發表。近月,本港形勢急速惡化,新一波疫情迅速蔓延,嚴重打擊經濟活動及社會運作。',
  ].join('\n');

  test('a ticker of headlines is removed and said; the post\'s headline is the title (was: the ticker\'s first items the title)', () => {
    const { front, result } = read(ticker);
    expect(front.title).toMatch(/^以民為本\s*穩中求進$/u);
    expect(at(result, 'navigation')).toEqual([expect.stringMatching(/^1:1 .*ticker of headlines/u)]);
  });

  test('guard: a flattened report line (its sentences\' stops) is no ticker', () => {
    const flat = '各位代表:  现在,我代表县人民政府向大会报告工作,请予审议。  一、2023年工作回顾  过去一年,全县经济稳中有进,地区生产总值增长6%。  二、2024年主要任务  今年是关键之年,我们要坚定信心。  三、加强政府自身建设  我们要深入推进依法行政。';
    const { result } = read(['县政府工作报告', '', flat].join('\n'));
    expect(at(result, 'navigation')).toEqual([]);
  });

  // https://www.fso.gov.hk/sim/blog/blog20240225.htm (the Financial Secretary's blog: the office's header, the column, the post)
  const blog = ['跳到主要內容', '财政司司长', '', '司长随笔', '', '预算案的颜色', '', '新一份《财政预算案》将在本周三发表。多谢大家在预算案咨询期间,给我们提了很多宝贵意见。'].join('\n');

  test('the office\'s header and the column are the site\'s; the post\'s title is the title (was: "财政司司长" the title)', () => {
    const { front, result } = read(blog);
    expect(front.title).toBe('预算案的颜色');
    expect(at(result, 'site-name').some((m) => m.includes('财政司司长'))).toBe(true);
    expect(at(result, 'page-head').some((m) => m.includes('司长随笔'))).toBe(true);
  });

  test('guard: a role with its name under a title is the speaker, no header', () => {
    const { front } = read(['政府工作报告', '', '县长 张三', '', '各位代表:', '', '现在,我代表县人民政府向大会报告工作,请予审议。'].join('\n'));
    expect(front.title).toBe('政府工作报告');
    expect(front.speaker).toBe('县长 张三');
  });
});

describe('stop 56: what the page is — a statistics release of part of the year', () => {
  // https://youyang.gov.cn/bmjz_sites/bm/tjj/zwgk_104134/fdzdgknr_104136/tjxx/jjyxqk/202505/t20250522_14646961.html (酉阳's first quarter)
  const quarter = [
    '一季度,全县实现地区生产总值56.82亿元,增长4.6%。其中,第一产业增加值5.32亿元,增长0.5%;第二产业增加值11.49亿元,增长5.9%。',
    '一、农业生产基本稳定',
    '全县实现农林牧渔总产值9.48亿元,增长0.8%。蔬菜及食用菌产量9.72万吨,增长2.0%。',
  ].join('\n');

  test('a quarter\'s release asks no occasion and no speaker (was: both asked)', () => {
    expect(missing(read(quarter).result)).not.toContain('missing-occasion');
    expect(missing(read(quarter).result)).not.toContain('missing-speaker');
  });

  test('a half-year\'s release, its product in the second line: the same (was: both asked)', () => {
    // http://m.hqbet6098.com/zfxxgk/fdzdgknr/tjxx/1651147889510850562.html (a county's 2021 first half, traditional characters)
    const half = ['今年以來,在縣委縣政府的堅強領導下,統籌疫情防控和經濟社會發展,上半年全縣主要經濟指標持續向好。', '根據地區生產總值統一核算結果,2021年上半年,全縣生產總值27.54億元,同比增長12.3%。'].join('\n');
    expect(missing(read(half).result)).not.toContain('missing-occasion');
  });

  test('guard: a report under its salutation that opens on the first half\'s product still asks them', () => {
    const report = ['各位代表:', '上半年,全县实现地区生产总值56.82亿元,增长4.6%,全年目标任务完成良好。现在,我代表县人民政府向大会报告工作,请予审议。'].join('\n');
    expect(missing(read(report).result)).toContain('missing-occasion');
  });
});

describe('stop 56: the body — an e-paper\'s byline under its headline', () => {
  // http://paper.ce.cn/jjrb/html/2012-03/14/content_197860.htm (经济日报 2012-03-14: the headline, the reporter's credit, the story)
  const story = ['灾区的明天会更好', '本报记者 董庆森', '', '在全国政协民族界别小组讨论现场,委员们争相发言。在一位委员发言结束后,全国政协委员王福耀赶忙抢过话筒。'].join('\n');

  test('the credit is removed and said (was: "本报记者董庆森" a paragraph under the headline)', () => {
    const { front, result } = read(story);
    expect(front.title).toBe('灾区的明天会更好');
    expect(paragraphs(result).some((p) => p.includes('董庆森'))).toBe(false);
    expect(at(result, 'byline')).toEqual([expect.stringMatching(/^2:1 Removed the story's byline under its headline.*本报记者 董庆森/u)]);
  });

  test('guard: a credit over the report\'s salutation is not taken as a byline', () => {
    const { result } = read(['政府工作报告', '本报记者 董庆森', '', '各位代表:', '', '现在,我代表县人民政府向大会报告工作,请予审议。'].join('\n'));
    expect(at(result, 'byline')).toEqual([]);
  });
});

describe('stop 56 (part 2): what the page is — a committee\'s five-year plan, a report\'s delivery announced', () => {
  // http://czj.pds.gov.cn/contents/12703/411544.html (the NPC Standing Committee's five-year plan for its oversight of state assets;
  // its first character, 十 of 十四届, lost by the copy — not said: "四届全国人大" is a term too)
  const plan = [
    '四届全国人大常委会关于国有资产管理情况监督工作的五年规划(2023—2027)',
    '国有资产是全国人民的共同财富,是推进强国建设、民族复兴伟业的重要物质基础和政治基础。2017年以来,全国人大常委会认真贯彻落实党中央决策部署,制定专项监督工作五年规划。',
  ].join('\n');

  test('a committee\'s plan of its work over years asks no occasion and no speaker (was: both asked)', () => {
    const m = missing(read(plan).result);
    expect(m).not.toContain('missing-occasion');
    expect(m).not.toContain('missing-speaker');
  });

  test('guard: a report on such a plan, "关于…五年规划执行情况的报告", still asks them', () => {
    const m = missing(read(plan.replace('的五年规划(2023—2027)', '的五年规划执行情况的报告')).result);
    expect(m).toContain('missing-occasion');
  });

  // https://uat.speakout.hk/%E6%B8%AF%E4%BA%BA%E8%8A%B1%E7%94%9F/12518/%E6%96%BD%E6%94%BF%E5%A0%B1%E5%91%8A%E4%BB%8A%E6%97%A911%E6%99%82%E7%99%BC%E8%A1%A8
  // (a notice that the policy address is delivered today at eleven)
  const notice = [
    '新一年度的施政究竟有什麼?立法會今早十一時在立法會綜合大樓會議廳舉行會議,在會議上,行政長官梁振英將發表新一份施政報告。',
    '今日下午三時十五分,特首會在政府總部地下演講廳舉行記者會,晚上七時則會出席施政報告電視論壇節目。',
  ].join('\n');

  test('a notice that the address will be delivered is said to be about the report (was: nothing said)', () => {
    expect(at(read(notice).result, 'news-story')).toEqual([expect.stringMatching(/將發表新一份施政報告.*its delivery announced/u)]);
  });

  test('"…財政預算案將於本周三發表" on a post before the budget: the same (technow.com.hk; was: nothing said)', () => {
    // https://technow.com.hk/business/960331
    const post = ['以民為本  穩中求進', '', '經過數月的籌備,下年度財政預算案將於本周三發表。近月,本港形勢急速惡化,新一波疫情迅速蔓延,嚴重打擊經濟活動及社會運作。'].join('\n');
    expect(at(read(post).result, 'news-story')).toHaveLength(1);
  });

  test('guard: the address itself, under its salutation, mentioning a report to be published, is not said a story', () => {
    const address = ['主席女士、各位議員:', '', '我謹代表特區政府發表施政報告。政府將於年內發表人口政策報告,並就長遠房屋策略諮詢公眾。', '', '我代表特區政府向立法會報告今年的施政方針。'].join('\n');
    expect(at(read(address).result, 'news-story')).toEqual([]);
  });
});
