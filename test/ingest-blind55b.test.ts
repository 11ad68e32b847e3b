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
