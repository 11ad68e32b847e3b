/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 55 (2026-12-05, helper blind55b): reports
 * other than the government work report and the pages around them — a notice of a policy address, an e-paper's budget report, an
 * audit report on a portal, a budget speech's PDF viewer, a law database's resolution, white papers, statistical bulletins and the
 * disclosure annual reports of counties. Each test is the page's shape reduced to a few lines, with its URL; its name says what
 * ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const paragraphs = (text: string) => read(text).blocks;

describe('stop 55, blind: a site\'s address in brackets after its name, printed twice, is the text\'s', () => {
  const notice = [
    '新一年度的施政究竟有什麼?立法會今早十一時在立法會綜合大樓會議廳舉行會議,在會議上,行政長官梁振英將發表新一份施政報告。電視台、立法會網頁(www.legco.gov.hk)和施政報告網頁(www.policyaddress.gov.hk)均會作現場直播。',
    '特首發表施政報告後,報告文本及相關刊物於下午約一時三十分起在民政事務總署轄下的諮詢服務中心派發。市民亦可以透過施政報告網頁(www.policyaddress.gov.hk)瀏覽相關內容。',
  ];
  test('"施政報告網頁(www.policyaddress.gov.hk)" in two sentences: kept in both, no watermark said (was: taken out as a site\'s mark, "透過)瀏覽"; uat.speakout.hk)', () => {
    // https://uat.speakout.hk/%E6%B8%AF%E4%BA%BA%E8%8A%B1%E7%94%9F/12518/%E6%96%BD%E6%94%BF%E5%A0%B1%E5%91%8A%E4%BB%8A%E6%97%A911%E6%99%82%E7%99%BC%E8%A1%A8
    const page = notice.join('\n');
    const text = paragraphs(page).join('\n');
    expect(text.match(/施政報告網頁[(（]www\.policyaddress\.gov\.hk[)）]/gu)).toHaveLength(2);
    expect(said(page, 'watermark')).toEqual([]);
  });
  test('guard: a document site\'s slogan and bare address glued into sentences twice is still taken out', () => {
    const page = ['湖北省人民政府关于印发工作要点的通知', '各地要扛牢法治建设第一秘书之家—全网资源每日更新www.mishuzj.com责任人职责，推动工作落实。', '各部门要严格落实秘书之家—全网资源每日更新www.mishuzj.com主体责任，确保取得实效。'].join('\n');
    expect(paragraphs(page).join('\n')).not.toContain('mishuzj');
  });
});

describe('stop 55, blind: an e-paper\'s page label, its app and the app\'s slogan over a report', () => {
  const report = ['关于2021年中央和地方预算执行情况与2022年中央和地方预算草案的报告(摘要)', '', '2021年是党和国家历史上具有里程碑意义的一年。中央和地方预算执行情况较好。', '', '(一)2021年一般公共预算收支情况。1.全国一般公共预算。全国一般公共预算收入202538.88亿元,为预算的102.5%。'];
  test('"第02版:要闻 PDF版下载" / "解放军报客户端" / "兵在掌上阅 亮剑弹指间": removed, the report\'s line the title (was: the slogan the title, the app a heading, the label a paragraph; www.81.cn)', () => {
    // http://www.81.cn/jfjbmap/content/2022-03/14/content_311224.htm
    const page = ['第02版:要闻 PDF版下载', '', '解放军报客户端', '', '兵在掌上阅 亮剑弹指间', '', ...report].join('\n');
    const { front, blocks } = read(page);
    expect(front.title).toBe('关于2021年中央和地方预算执行情况与2022年中央和地方预算草案的报告（摘要）');
    expect(blocks.some((b) => /PDF版下载|客户端|掌上阅/u.test(b))).toBe(false);
  });
  test('guard: the two phrases without an app\'s name over them stay where they were', () => {
    const page = ['兵在掌上阅 亮剑弹指间', '', ...report].join('\n');
    const { front, blocks } = read(page);
    expect([front.title, ...blocks].some((b) => typeof b === 'string' && b.includes('掌上阅'))).toBe(true);
  });
  test('guard: a sentence naming an app stays text', () => {
    const page = [...report, '', '推广“赣服通”客户端,实现高频事项掌上办理。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('客户端'))).toBe(true);
  });
});

describe('stop 55, blind: a portal\'s mailbox link over the report\'s title', () => {
  const body = ['您现在的位置: 首页 > 政务服务 > 各区工作报告', '', '福田区2019年度本级预算执行和其他财政收支审计工作报告', '', '区人大常委会:', '', '受区政府委托,报告2019年度区本级预算执行和其他财政收支的审计情况,请予审议。', '', '审计结果表明,2019年区本级财政预算执行良好,财政收支管理总体规范。'];
  test('"政府邮箱登录" alone at the top: removed, the title whole (was: "政府邮箱登录福田区2019年度…"; audit.sz.gov.cn)', () => {
    // http://audit.sz.gov.cn/zxbs/gqgzbg/content/post_8278623.html
    const page = ['政府邮箱登录', '无障碍阅读 进入关怀版 简体 繁体 个性化定制 收藏本页', '', ...body].join('\n');
    expect(read(page).front.title).toBe('福田区2019年度本级预算执行和其他财政收支审计工作报告');
  });
  test('guard: a sentence on the mailbox\'s login stays text', () => {
    const page = [...body, '', '完成政府邮箱登录方式改造,统一使用电子证书认证。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('邮箱登录方式'))).toBe(true);
  });
});

describe('stop 55, blind: a document viewer\'s bar and a law database\'s download link', () => {
  test('"Download as pdf or txt" twice and "You are on page 1of 103" over a budget speech: removed (was: the first paragraph; scribd.com)', () => {
    // https://scribd.com/document/416873103/BudgetSpeech2010-11-c-pdf
    const page = ['Download as pdf or txt', 'Download as pdf or txt', 'You are on page 1of 103', '', '二○一○至一一財政年度', '', '政府財政預算案', '', '主席,各位議員:', '', '我謹動議二讀《二○一○年撥款條例草案》。'].join('\n');
    const text = paragraphs(page).join('\n');
    expect(text).not.toMatch(/Download|You are on page/u);
    expect(said(page, 'document-site').length).toBeGreaterThanOrEqual(3);
  });
  test('"下载地址: 点击此处下载" over and under a resolution: removed (was: a paragraph; law148.infoeach.com)', () => {
    // http://law148.infoeach.com/view-MTQ4fDY1Nzc0.html
    const page = ['第九届全国人民代表大会第五次会议关于最高人民法院工作报告的决议', '', '下载地址: 点击此处下载', '', '(2002年3月15日第九届全国人民代表大会第五次会议通过)', '', '第九届全国人民代表大会第五次会议审议了最高人民法院院长肖扬所作的《最高人民法院工作报告》。会议决定批准这个报告。', '', '下载地址: 点击此处下载'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('下载地址'))).toBe(false);
  });
  test('guard: a line telling where to download a form, in words of its own, stays text', () => {
    const page = ['关于做好2023年度申报工作的通知', '', '各单位要按时完成申报工作。', '', '下载地址:县政府门户网站“政策文件”栏目。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('下载地址'))).toBe(true);
  });
});

const asked = (text: string) => read(text).rules.filter((r) => r === 'missing-occasion' || r === 'missing-speaker');

describe('stop 55, blind: a page\'s heading closed by a gazette\'s issue number or a year in brackets, over the document\'s own title block', () => {
  const body = '第九屆全國人民代表大會常務委員會第二十二次會議,聽取了財政部部長項懷誠受國務院委托所作的《關于2000年中央決算的報告》,決定:批準國務院提交的《2000年中央決算(草案)》。';
  test('"…關于批準2000年中央決算的決議(2001年24號)" / issuer / "關于批準2000年中央決算的決議" / "(2001年6月30日通過)": the copy the title, the day the date (was: the copy the first paragraph, no date; www.weimomishe.com)', () => {
    // http://www.weimomishe.com/doc/178966f4b444e144b
    const page = ['全國人民代表大會常務委員會關于批準2000年中央決算的決議(2001年24號)', '全國人民代表大會常務委員會', '關于批準2000年中央決算的決議', '(2001年6月30日通過)', body].join('\n');
    const { front, blocks } = read(page);
    expect(front.title).toBe('關于批準2000年中央決算的決議');
    expect(front.date).toBe('2001-06-30');
    expect(blocks[0].startsWith('第九屆')).toBe(true);
  });
  test('"中國人權事業的進展(1995年)" over the white paper\'s title, "國務院新聞辦公室" and "(1995年12月27日)": title, issuer, date; no occasion or speaker asked (was: the copy and the office paragraphs, no date, both asked; www.wvyxus.live)', () => {
    // http://www.wvyxus.live/html/zhuanlan/4/2015/1222/22600.html
    const page = ['中國人權事業的進展(1995年)', '中國人權事業的進展', '國務院新聞辦公室', '(1995年12月27日)', '前 言', '1991年11月,中國政府發表了《中國的人權狀況》,向國際社會闡述了中國在人權問題上的基本立場和實踐。四年來,中國的人權事業又取得了新的進展。'].join('\n');
    const { front } = read(page);
    expect(front.title).toBe('中國人權事業的進展');
    expect(front.issuer).toBe('國務院新聞辦公室');
    expect(front.date).toBe('1995-12-27');
    expect(asked(page)).toEqual([]);
  });
  test('guard: a heading with a year in brackets over a different line keeps its year, and that line stays text', () => {
    const page = ['中國人權事業的進展(1995年)', '國務院新聞辦公室發表白皮書', '1991年11月,中國政府發表了《中國的人權狀況》,向國際社會闡述了中國在人權問題上的基本立場和實踐。'].join('\n');
    expect(read(page).front.title).toBe('中國人權事業的進展（1995年）');
  });
  test('guard: a report delivered by a statistics bureau\'s head to a sitting is still asked its occasion', () => {
    const page = ['关于统计法执法检查情况的报告', '县统计局', '主任、各位副主任、各位委员:', '受县人民政府委托,我向县人大常委会报告统计法执法检查情况,请予审议。'].join('\n');
    expect(read(page).front.issuer).toBe('县统计局');
    expect(asked(page)).toContain('missing-occasion');
  });
});

describe('stop 55, blind: published documents whose titles were lost — a disclosure report\'s opening without 本报告, a statistical bulletin\'s first section', () => {
  test('"根据《中华人民共和国政府信息公开条例》…要求,由伊宁县人民政府办公室编制。": no occasion or speaker asked (was: both asked; ahhyzk.com)', () => {
    // https://ahhyzk.com/html/zwgkgfybz....info101523195.html
    const page = ['根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由伊宁县人民政府办公室编制。全文包括概述,主动公开政府信息情况。如对本年度报告有任何疑问,请联系:伊宁县县人民政府电子政务办公室。', '一、概述', '2014年,按照《政府信息公开条例》的要求,县政府加快电子政务建设。'].join('\n');
    expect(asked(page)).toEqual([]);
  });
  test('"一、综合" over "全年生产总值(GDP)235.28亿元": no occasion or speaker asked (was: both asked; 111.229.73.81, www.qdndz.gov.cn)', () => {
    // http://111.229.73.81/look/Statslisth?Id=7265
    // https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html
    const page = ['2021年,在县委、县政府的坚强领导下,全县经济发展保持稳中向好、稳中提质的态势,实现“十四五”良好开局。', '一、综合', '全年生产总值(GDP)235.28亿元,同比增长9.2%。分产业看,第一产业增加值29.08亿元,同比增长7.9%。', '二、农业', '全年实现现价农林牧渔业总产值59.16亿元,按可比价计算,同比增长9.6%。'].join('\n');
    expect(asked(page)).toEqual([]);
  });
  test('guard: a delivered report whose first section is a review of the year\'s figures is still asked both', () => {
    const page = ['各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。', '一、2021年工作回顾', '全年生产总值235.28亿元,同比增长9.2%。'].join('\n');
    expect(asked(page).length).toBe(2);
  });
});

describe('stop 55, blind: a congress\'s groups reviewing the reports, 审查 for 审议', () => {
  test('"区七届人大四次会议分团审查区人大常委会工作报告…" and "大家一致认为": a news story said (was: nothing said; web.zhrmt.gyzh.cn)', () => {
    // https://web.zhrmt.gyzh.cn/cms/rmt8069/24/24zhqrd/zhqrmdbdh/75793.shtml
    const page = ['14日下午,区七届人大四次会议分团审查区人大常委会工作报告和区人民法院、区人民检察院工作报告。区委副书记、区长龙兆学在第二代表团参加审查。', '在各代表团,代表们围绕现代农业园区建设、村级集体经济发展等方面内容积极建言献策。', '大家一致认为,2018年,区人大常委会圆满完成了大会确定的各项工作任务。'].join('\n');
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  test('guard: a standing committee\'s report telling how it reviewed the budget stays the report', () => {
    const page = ['各位代表:', '我受县人民代表大会常务委员会委托,向大会报告工作,请予审议。', '一年来,常委会组织代表分组审查预算草案,提出了修改意见。'].join('\n');
    expect(said(page, 'news-story')).toEqual([]);
  });
});

describe('stop 55, blind: who issues a disclosure annual report whose title is lost or names it year first', () => {
  const sections = ['一、概述', '2015年,我县不断加大政府信息公开工作力度,更新公开载体。'];
  test('"本报告是根据《…条例》要求,由光山县人民政府办公室编制。": the office the issuer (was: none; xxgk.guangshan.gov.cn)', () => {
    // http://xxgk.guangshan.gov.cn/show.php?classid=4471&id=37290&bid=1
    const page = ['本报告是根据《中华人民共和国政府信息公开条例》要求,由光山县人民政府办公室编制。本年度报告中所列数据的统计期限为2015年1月1日至2015年12月31日。', ...sections].join('\n');
    expect(read(page).front.issuer).toBe('光山县人民政府办公室');
  });
  test('"根据《…条例》(以下简称《条例》)要求,由伊宁县人民政府办公室编制。": the office the issuer (was: none; ahhyzk.com)', () => {
    // https://ahhyzk.com/html/zwgkgfybz....info101523195.html
    const page = ['根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由伊宁县人民政府办公室编制。全文包括概述,主动公开政府信息情况。', ...sections].join('\n');
    expect(read(page).front.issuer).toBe('伊宁县人民政府办公室');
  });
  test('guard: "由县政府办公室编制" names the office by its unit alone: no issuer taken from it', () => {
    const page = ['本报告由县政府办公室根据《中华人民共和国政府信息公开条例》要求编制。', ...sections].join('\n');
    expect(read(page).front.issuer).not.toBe('县政府办公室');
  });
  test('"2015年兴县人民政府信息公开年度报告": 兴县人民政府 the issuer (was: none; sxxingxian.gov.cn)', () => {
    // http://sxxingxian.gov.cn/xxgk/zfxxgknb/2015n/201808/t20180803_772375.shtml
    const page = ['2015年兴县人民政府信息公开年度报告', '根据《中华人民共和国政府信息公开条例》要求,特向社会公布2015年度本级政府信息公开年度报告。', ...sections].join('\n');
    expect(read(page).front.issuer).toBe('兴县人民政府');
  });
  test('"现公布揭东区公路局2015年度政府信息公开工作年度报告" with no title line: the title and the bureau taken from it (was: neither; www.jiedong.gov.cn)', () => {
    // http://www.jiedong.gov.cn/zfxxgkmlfg/jysjdqglj/zfxxgkgzndbg/content/post_259365.html
    const page = ['根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定和市、区政府办公室的通知精神,现公布揭东区公路局2015年度政府信息公开工作年度报告。', '一、2015年政府信息公开工作的情况概述', '2015年,我局扎实推进政府信息公开工作。'].join('\n');
    const { front } = read(page);
    expect(front.title).toBe('揭东区公路局2015年度政府信息公开工作年度报告');
    expect(front.issuer).toBe('揭东区公路局');
  });
  test('guard: "特向社会公布2015年度本级政府信息公开年度报告" names no body: no title taken from it', () => {
    const page = ['根据《中华人民共和国政府信息公开条例》要求,特向社会公布2015年度本级政府信息公开年度报告。', ...sections].join('\n');
    expect(read(page).front.title ?? '').toBe('');
  });
});

describe('stop 55, blind: the bureau a portal names as the source of its own report', () => {
  const page = (source: string) => ['福田区2019年度本级预算执行和其他财政收支审计工作报告', '', `信息来源:${source} 信息提供日期:2020-11-18 15:39:11 视力保护色:`, '', '区人大常委会:', '', '受区政府委托,报告2019年度区本级预算执行和其他财政收支的审计情况,请予审议。', '', '审计结果表明,2019年区本级财政预算执行良好,财政收支管理总体规范。'].join('\n');
  test('"信息来源:福田区审计局" over "福田区2019年度…审计工作报告": the bureau the issuer (was: none; audit.sz.gov.cn)', () => {
    // http://audit.sz.gov.cn/zxbs/gqgzbg/content/post_8278623.html
    expect(read(page('福田区审计局')).front.issuer).toBe('福田区审计局');
  });
  test('guard: a finance bureau named as the source of an audit report issues nothing', () => {
    expect(read(page('福田区财政局')).front.issuer).toBeUndefined();
  });
});
