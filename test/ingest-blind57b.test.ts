/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 57 (2026-12-05, helper blind57b): reports
 * other than the government work report and the pages around them — a budget's final accounts under a disclosure table, a county's
 * statistical communiqué drawn with charts, a CPPCC session's story, a wiki mirror's article on Hong Kong's policy address. Each
 * test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards
 * (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const paragraphs = (text: string) => read(text).blocks;

describe('stop 57, blind: a news story\'s dashed deck naming the session as news', () => {
  const story = [
    '攝影報道/韋元山 鄭飛 成蕊',
    '緊扣追趕超越定位踐行“五個扎實”要求',
    '——政協第十一屆陜西省委員會第五次會議勝利閉幕',
    '',
    '1月19日,為期5天半的政協第十一屆陜西省委員會第五次會議在西安勝利閉幕。',
    '在1月14日的開幕大會上,省政協主席韓勇向大會作了《政協第十一屆陜西省委員會常務委員會工作報告》。',
  ];
  test('"——政協第十一屆…第五次會議勝利閉幕": no occasion, the deck said as the page\'s head (was: the occasion; m.handmsg.com)', () => {
    // http://m.handmsg.com/page/2017/0628/11319732.shtml
    const { front, result } = read(story.join('\n'));
    expect(front.occasion).toBeUndefined();
    expect(front.title ?? '').not.toContain('閉幕');
    expect(result.file.messages.some((m) => m.ruleId === 'page-head' && m.reason.includes('勝利閉幕'))).toBe(true);
  });
  test('"——…人民代表大会第一次会议隆重开幕" (simplified): no occasion either', () => {
    const page = ['凝心聚力谋发展', '——市十六届人民代表大会第一次会议隆重开幕', '', '1月5日上午,市十六届人民代表大会第一次会议在市会议中心隆重开幕。', '市长李明代表市人民政府向大会作政府工作报告。'].join('\n');
    expect(read(page).front.occasion).toBeUndefined();
  });
  test('guard: "——2021年1月5日在市第十六届人民代表大会第一次会议上" stays the occasion', () => {
    const page = ['政府工作报告', '——2021年1月5日在市第十六届人民代表大会第一次会议上', '市长 李明', '', '各位代表:', '现在,我代表市人民政府,向大会报告政府工作,请予审议。'].join('\n');
    const { front } = read(page);
    expect(front.occasion).toBe('2021年1月5日在市第十六届人民代表大会第一次会议上');
    expect(front.date).toBe('2021-01-05');
  });
  test('guard: "——在政协第十一届委员会第五次会议上" (在, no day) stays the occasion', () => {
    const page = ['政协工作报告', '——在政协第十一届委员会第五次会议上', '', '各位委员:', '我代表政协常务委员会,向大会报告工作,请予审议。'].join('\n');
    expect(read(page).front.occasion).toBe('在政协第十一届委员会第五次会议上');
  });
});

describe('stop 57, blind: an occasion that lost its 年 and 月 under a disclosure table', () => {
  const report = (occasion: string) =>
    [
      '索 引 号 733569413/2021-60673 发布日期 2021-10-19',
      '发布机构 青山区财政局 有 效 性 有效',
      '标     题 关于武汉市青山区2020年度财政决算的报告 文     号',
      '',
      '关于武汉市青山区2020年度',
      '',
      '财政决算的报告',
      '',
      `——${occasion}在青山区第十五届人大常委会第三十八次会议上`,
      '',
      '青山区财政局局长王志军',
      '',
      '主任、各位副主任、各位委员:',
      '',
      '我受青山区人民政府委托,向青山区第十五届人大常委会第三十八次会议,报告武汉市青山区2020年度财政决算的情况,请予审议。',
      '',
      '一、2020年青山区决算情况',
      '',
      '一般公共预算收入总量为108.03亿元,其中地方一般公共预算收入48.97亿元,为调整预算的98.2%。',
    ].join('\n');
  test('"——2021929日在…会议上" under "发布日期 2021-10-19": dated 2021-09-29 from the occasion, said (was: 2021-10-19, published; www.qingshan.gov.cn)', () => {
    // http://www.qingshan.gov.cn/qzfbm/QiTa/qbj/czxx/zjxx/202110/t20211019_1798216.shtml
    const page = report('2021929日');
    const { front } = read(page);
    expect(front.date).toBe('2021-09-29');
    expect(front.date_source).toBe('occasion');
    expect(said(page, 'occasion-year').length).toBe(1);
  });
  test('guard: an occasion whose 年 and 月 stand keeps its own date, the disclosure table\'s aside', () => {
    const { front } = read(report('2021年9月29日'));
    expect(front.date).toBe('2021-09-29');
    expect(front.date_source).toBe('occasion');
  });
  test('guard: digits that read no day shortly before the publication ("2021129日": 1-29 or 12-9, months off) leave the publication date', () => {
    const { front } = read(report('2021129日'));
    expect(front.date).toBe('2021-10-19');
    expect(front.date_source).toBe('published');
  });
});

describe('stop 57, blind: a chart\'s unit labels between a communiqué\'s paragraphs', () => {
  const prose1 = '初步核算,2023年全县实现地区生产总值151.99亿元,按可比价计算,同比增长5.9%。三次产业结构比21.8:17.4:60.8。';
  const prose2 = '年末全县下辖7个镇、3个乡,179个村(社区),1844个村(居)民小组。年末户籍人口49.81万人,其中城镇人口12.82万人。';
  const prose3 = '年末实有市场主体56628户,同比增长10.9%。其中,实有私营企业类市场主体9676户,个体工商户44530户。';
  test('"亿元" / "%" / "%" and "万人" alone between paragraphs: removed and said (was: four paragraphs and a blank-figures warning; www.hbjs.gov.cn)', () => {
    // http://www.hbjs.gov.cn/sj/qztjgb/202405/t20240520_1578898.shtml
    const page = ['建始县2023年国民经济和社会发展统计公报', '一、综合', prose1, '亿元', '%', '%', prose2, '万人', prose3].join('\n');
    const blocks = paragraphs(page);
    expect(blocks.some((b) => /^(?:亿元|%|万人)$/u.test(b))).toBe(false);
    expect(said(page, 'chart-label').length).toBe(4);
    expect(said(page, 'blank-figures').length).toBe(0);
  });
  test('guard: a table printed one cell a line keeps its unit cells', () => {
    const page = ['建始县2023年国民经济和社会发展统计公报', '一、综合', prose1, '指标', '单位', '2023年', '地区生产总值', '亿元', '151.99', '常住人口', '万人', '49.81', prose3].join('\n');
    const text = paragraphs(page).join('\n');
    expect(text).toContain('亿元');
    expect(text).toContain('万人');
    expect(said(page, 'chart-label').length).toBe(0);
  });
  test('guard: a unit alone after a line that does not end its sentence stays', () => {
    const page = ['统计公报', prose1, '全年一般公共预算收入完成情况如下表所示,单位为', '亿元', prose3].join('\n');
    expect(said(page, 'chart-label').length).toBe(0);
  });
});

describe('stop 57, blind: a wiki mirror\'s edit links and tagline', () => {
  test('"编辑" under each section\'s name: removed and said (was: a paragraph per section; zhwiki.oracleblog.org)', () => {
    // https://zhwiki.oracleblog.org/wiki/%E8%A1%8C%E6%94%BF%E9%95%B7%E5%AE%98%E6%96%BD%E6%94%BF%E5%A0%B1%E5%91%8A
    const page = ['香港施政报告', '', '施政报告(英语:Policy Address),是由香港特别行政区行政长官所公布的报告,每年公布一次。', '', '香港政府', '', '编辑', '', '英属香港时期,香港总督定期在立法局发表演说。', '', '特区政府', '', '编辑', '', '1997年香港主权移交以后,香港行政长官依照旧例,在每年10月立法会复会时宣读施政报告。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('编辑'))).toBe(false);
    expect(said(page, 'navigation').filter((m) => m.reason.includes('edit link')).length).toBe(2);
  });
  test('"来自维基百科,自由的百科全书": removed and said (was: a paragraph; wikiwand.com)', () => {
    // https://wikiwand.com/zh-hans/articles/香港施政報告
    const page = ['Loading AI tools', '来自维基百科,自由的百科全书', '施政报告(英语:Policy Address),是由香港特别行政区行政长官所公布的报告,每年公布一次。', '英属香港时期,香港总督定期在立法局发表演说。'].join('\n');
    const { front, blocks } = read(page);
    expect(String(front.title ?? '')).not.toContain('维基百科');
    expect(blocks.some((b) => b.includes('维基百科'))).toBe(false);
  });
  test('"此条目需要补充更多来源。(2018年12月13日)|" over the article: removed and said (was: a paragraph; wikiwand.com)', () => {
    // https://wikiwand.com/zh-hans/articles/香港施政報告
    const page = ['施政报告(英语:Policy Address),是由香港特别行政区行政长官所公布的报告,每年公布一次。', '此条目需要补充更多来源。 (2018年12月13日) |', '英属香港时期,香港总督定期在立法局发表演说。由于立法局的年度会期在每年10月开始。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('此条目'))).toBe(false);
    expect(said(page, 'navigation').some((m) => m.reason.includes('此条目'))).toBe(true);
  });
  test('guard: a report\'s sentence on an article of a rule ("本条目所列…") stays', () => {
    const page = ['政府信息公开工作年度报告', '一、总体情况', '本条目所列事项均已按规定在政府网站公开,接受社会监督。', '本年度共收到申请3件,均已按时答复。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('本条目所列'))).toBe(true);
  });
  test('guard: one "编辑" line alone (a cell, a label) stays', () => {
    const page = ['政府信息公开工作年度报告', '一、总体情况', '本年度主动公开政府信息120条。', '责任人', '编辑', '本年度共收到申请3件,均已按时答复。'].join('\n');
    expect(paragraphs(page).some((b) => b === '编辑')).toBe(true);
  });
});

describe('stop 57, blind: the document\'s own name under a writing site\'s keyword headline', () => {
  const body = ['五年来,*区严格落实党政主要负责人履行推进法治建设第一责任人职责规定,全面推进依法行政,法治政府建设成效显著。现报告如下:', '一、抬高政治站位,统筹推进法治政府建设', '(一)全面加强党的领导。深入学习贯彻党的二十大精神,全面贯彻习近平法治思想。'];
  test('"区五年法治政府建设工作情况的报告" under "2023年区五年法治政府建设工作情况报告": the title, said; 一、 the top heading (was: a heading over the text; xuncaibao.com)', () => {
    // https://xuncaibao.com/zhuantifanwen/gongwenfanwen/119532.html
    const page = ['2023年区五年法治政府建设工作情况报告', '', '区五年法治政府建设工作情况的报告', '', ...body].join('\n');
    const { front, blocks } = read(page);
    expect(front.title).toBe('区五年法治政府建设工作情况的报告');
    expect(blocks.some((b) => b.includes('工作情况的报告'))).toBe(false);
    expect(blocks.find((b) => b.startsWith('#'))).toBe('## 一、抬高政治站位，统筹推进法治政府建设');
  });
  test('guard: another year\'s report named under the title stays (a year of its own)', () => {
    const page = ['2023年区法治政府建设工作情况报告', '', '2022年区法治政府建设工作情况的报告', '', ...body].join('\n');
    expect(read(page).front.title).toBe('2023年区法治政府建设工作情况报告');
  });
});
