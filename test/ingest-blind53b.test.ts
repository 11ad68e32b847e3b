/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 53 (2026-12-05, helper blind53b): reports
 * other than the government work report and the pages around them — a government's notices and opinions on mirrors in
 * traditional characters, a town's work summary and plan, statistics and environment bulletins' stories on spam mirrors and
 * company sites, news flashes, a site's notice under its story. Each test is the page's shape reduced to a few lines, with its
 * URL; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const paragraphs = (text: string) => read(text).blocks;
const asked = (text: string) => read(text).rules.filter((r) => r === 'missing-occasion' || r === 'missing-speaker');

/** An opinion's opening under its name, for the tests. */
const opinion = ['各镇人民政府（街道办事处），市府直属各单位：', '为贯彻落实《广东省人民政府关于印发广东省进一步稳定和扩大就业若干政策措施的通知》，强化就业优先政策，提出如下意见：', '一、减负稳岗留工并举，深层次优化用工生态', '（一）减轻企业负担，稳定就业岗位', '按照国家统一部署，平稳有序实施企业职工基本养老保险缴费比例政策。'];

describe('stop 53, blind: a document\'s number alone over its name', () => {
  test('"東府〔2021〕54號" over "東莞市人民政府關于…的實施意見": the number is the 文号, the name the title (was: the number glued to the title\'s start; www.sangco.com.cn)', () => {
    // http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html
    const page = ['東府〔2021〕54號', '東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見', ...opinion].join('\n');
    const { front, blocks } = read(page);
    expect(front.title).toBe('東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見');
    expect((front.disclosure as Record<string, string>)['文号']).toBe('東府〔2021〕54號');
    expect(blocks.some((b) => b.includes('54號'))).toBe(false);
  });
  test('the same in simplified characters over a notice, "沪府发〔2017〕92号" / "上海市人民政府印发《…》的通知" (was: the number glued to the title; htgfsre.cn)', () => {
    // http://htgfsre.cn/nw41430/20200823/0001-41430_54611.html
    const page = ['沪府发〔2017〕92号', '上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知', '各区人民政府，市政府各委、办、局：', '现将《关于本市加强政务诚信建设的实施意见》印发给你们，请认真按照执行。', '一、总体要求', '全面贯彻党的十九大精神，将坚持依法行政作为推进政务诚信建设的重要手段。'].join('\n');
    const { front } = read(page);
    expect(front.title).toBe('上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知');
    expect((front.disclosure as Record<string, string>)['文号']).toBe('沪府发〔2017〕92号');
  });
  test('guard: a 版头 over the number and the name still gives the issuer, the number and the title', () => {
    const page = ['东莞市人民政府文件', '东府〔2021〕54号', '东莞市人民政府关于贯彻落实《广东省进一步稳定和扩大就业若干政策措施》的实施意见', ...opinion].join('\n');
    const { front } = read(page);
    expect(front.issuer).toBe('东莞市人民政府');
    expect(front.title).toBe('东莞市人民政府关于贯彻落实《广东省进一步稳定和扩大就业若干政策措施》的实施意见');
    expect((front.disclosure as Record<string, string>)['文号']).toBe('东府〔2021〕54号');
  });
  test('guard: a number over a sentence (no name under it) is not read as a title\'s number', () => {
    const page = ['东府〔2021〕54号', '各镇人民政府（街道办事处），市府直属各单位：现将有关事项通知如下，请认真贯彻执行。', ...opinion.slice(2)].join('\n');
    const { front } = read(page);
    expect(front.title ?? '').not.toContain('贯彻执行');
  });
});

describe('stop 53, blind: an opinion and a plan are issued or filed, never delivered', () => {
  test('"…關于…的實施意見": no occasion and no speaker asked (was: both asked; www.sangco.com.cn)', () => {
    const page = ['東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見', ...opinion].join('\n');
    expect(asked(page)).toEqual([]);
  });
  test('"镇2023年工作总结和2024年工作谋划": no occasion and no speaker asked (was: both asked; laobiganer.com)', () => {
    // https://laobiganer.com/gongwen/99862.html
    const page = ['镇2023年工作总结和2024年工作谋划', '今年以来，镇始终坚持以新时代中国特色社会主义思想为指导，全镇经济社会发展取得了新的进步和成效。现将镇2023年工作推进情况及2024年工作谋划报告如下。', '一、2023年工作推进情况', '2023年，粮食播种面积4.5万亩，蔬菜种植面积5.1万亩。'].join('\n');
    expect(asked(page)).toEqual([]);
  });
  test('guard: a report on the budget, "关于…的报告", delivered to the congress, is still asked both', () => {
    const page = ['关于某县2023年预算执行情况和2024年预算草案的报告', '各位代表：', '受县人民政府委托，现将某县2023年预算执行情况和2024年预算草案提请大会审议。', '一、2023年预算执行情况', '全县一般公共预算收入71919万元，增长6%。'].join('\n');
    expect(asked(page)).toEqual(['missing-occasion', 'missing-speaker']);
  });
});

describe('stop 53, blind: a site\'s notice, a spam line, a stamp row, boxes and buttons', () => {
  test('"声明" alone and its numbered items on 本站/本网站: all removed, said (was: 声明 and three items paragraphs; szxxw.com)', () => {
    // https://szxxw.com/xinxi/1574.html
    const page = ['就业是民生之本。昨天从深圳市人力资源和社会保障局获悉，截至11月底，今年我市城镇新增就业人数15.19万人。', '声明', '1、本文仅代表作者观点,文章内容仅供参考,不代表本站立场。', '2、本网站部分文章来源于网络,如有侵权,请来留言告知,本站将立即改正。', '3、作者投稿可能会经本站编辑修改或补充。', '4、如本网站转载的作品涉及版权问题,请原作者持相应版权证明与本网站联系。'].join('\n');
    expect(paragraphs(page)).toHaveLength(1);
    expect(said(page, 'disclaimer')).toHaveLength(5);
  });
  test('guard: a bulletin\'s numbered item on its monitoring station, 本站, stays text', () => {
    const page = ['2023年某县水资源公报', '一、降水', '2、本站全年监测降水量1200毫米，较上年偏多5%。', '全县平均降水量1180毫米。'].join('\n');
    expect(paragraphs(page).some((b) => b.startsWith('2、本站全年监测'))).toBe(true);
  });
  test('a spam keywords line joined by bars, "操操操免费视频播放|一牛影视无码一二三区|…": removed, said (was: a paragraph; www.8lve.cn)', () => {
    // http://www.8lve.cn/610/faec11968a06f1c8e3551b36306f110b.html
    const page = ['操操操免费视频播放|一牛影视无码一二三区|日韩黄色最新一级片|A片黄色电影免费观看网站|久久中文字幕亚洲', '福建2018年生态环境状况公报发布', '6月5日是世界环境日。省政府新闻办3日召开新闻发布会，发布福建省2018年环境状况公报。'].join('\n');
    const { front } = read(page);
    expect(front.title).toBe('福建2018年生态环境状况公报发布');
    expect(said(page, 'keyword-chain')).toHaveLength(1);
  });
  test('guard: a report\'s line of markets and brands between bars stays text', () => {
    const page = ['2023年某县国民经济和社会发展统计公报', '一、对外贸易', '国产品牌|欧美市场|日韩出口|精品旅游', '全年进出口总额12亿元，增长5%。'].join('\n');
    expect(said(page, 'keyword-chain')).toEqual([]);
  });
  test('"加入日期:2021/5/26 9:19:47  查看人數: 2967   作者:admin": a stamp row, removed, its day the date (was: a paragraph, no date; m.yqxs123.com)', () => {
    // http://m.yqxs123.com/show.asp?id=9216
    const page = ['衛健委最新統計：全國醫療衛生機構已超102萬！', '加入日期:2021/5/26 9:19:47  查看人數: 2967   作者:admin', '國家衛健委官網在5月24日，公布了2021年3月底全國醫療衛生機構數量。'].join('\n');
    const { front, blocks } = read(page);
    expect(blocks.some((b) => b.includes('加入日期'))).toBe(false);
    expect(front.date).toBe('2021-05-26');
  });
  test('guard: a sentence on 查看人数 stays text', () => {
    const page = ['2023年某县文化和旅游发展统计公报', '全年数字图书馆查看人数：2967万人次，比上年增长12%。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('查看人数'))).toBe(true);
  });
  test('"搜索歷史 清空記錄", a search box\'s history over the story: removed, not the title (was: the title; www.8lve.cn)', () => {
    const page = ['搜索歷史 清空記錄', '福建2018年生態環境狀況公報發布', '6月5日是世界環境日。省政府新聞辦3日召開新聞發布會，發布福建省2018年環境狀況公報。'].join('\n');
    expect(read(page).front.title).toBe('福建2018年生態環境狀況公報發布');
  });
  test('"小程序二维码" and "微信扫码体验小程序" under the story: removed, said (were: paragraphs; www.gilin.com.cn)', () => {
    // https://www.gilin.com.cn/news/12397395
    const page = ['9月28日，国家统计局发布《“十四五”以来社会民生统计报告》。我国每千人口医疗卫生机构床位数增加到7.23张。', '小程序二维码', '微信扫码体验小程序'].join('\n');
    expect(paragraphs(page)).toHaveLength(1);
    expect(said(page, 'social')).toHaveLength(2);
  });
  test('"logo" alone over the story: the site\'s logo, removed (was: a paragraph; m.mucunshu.com)', () => {
    // http://m.mucunshu.com/?p=26401
    const page = ['logo', '國家衛健委：中國人均預期壽命達78.6歲', '據國家衛生健康委官網消息，近日，國家衛生健康委發布《2023年我國衛生健康事業發展統計公報》。'].join('\n');
    const { front, blocks } = read(page);
    expect(front.title).toBe('國家衛健委：中國人均預期壽命達78.6歲');
    expect(blocks.some((b) => /logo/i.test(b))).toBe(false);
  });
  test('guard: sentences on a search history, a mini program and a logo stay text', () => {
    const page = ['2023年某县政府信息公开工作年度报告', '一、总体情况', '搜索历史数据显示，群众最关注社保和医疗信息。', '上线“政务服务”小程序，群众扫码即可办理。', 'logo征集活动吸引了1200件作品。'].join('\n');
    const blocks = paragraphs(page);
    expect(blocks.some((b) => b.startsWith('搜索历史'))).toBe(true);
    expect(blocks.some((b) => b.includes('小程序'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('logo'))).toBe(true);
  });
  test('the footer\'s "…办公室 制作" and "您是第 位访问者" under the sponsor\'s line: removed, said (were: paragraphs; www.shyprd.sh.cn)', () => {
    // http://www.shyprd.sh.cn/yprd/html/yprd/yprd_gwgz_nwsf/2017-06-01/Detail_3943.htm
    const page = ['区人大内司委调研区法院行政审判工作', '5月26日，区人大内务司法委员会组织部分委员赴区法院调研行政审判工作。', '上海市杨浦区人民代表大会常务委员会 主办', '上海市杨浦区人大常委会办公室 制作', '您是第 位访问者'].join('\n');
    expect(paragraphs(page)).toHaveLength(1);
    expect(said(page, 'page-footer')).toHaveLength(3);
  });
  test('guard: a sentence on what an office made and on visitors stays text', () => {
    const page = ['2023年某县政府信息公开工作年度报告', '一、总体情况', '县政府办公室制作政策图解12期。', '您是第一位访问者，我们将认真答复。'].join('\n');
    const blocks = paragraphs(page);
    expect(blocks.some((b) => b.includes('制作政策图解'))).toBe(true);
    expect(blocks.some((b) => b.includes('访问者'))).toBe(true);
  });
});

describe('stop 53, blind: a census communiqué on an SEO site', () => {
  /** The communiqué's text under its head, for the tests. */
  const census = ['根据第七次全国人口普查结果，现将2020年11月1日零时我国人口的基本情况公布如下：', '一、总人口', '全国总人口为1443497378人。'];
  test('"2024-07-08 07:34:57| 来源: 网络整理| 查看: 265": the stamp row with bars between its items, removed, said (was: a paragraph; zztongyun.com)', () => {
    // https://zztongyun.com/article-海南人口数量排名全国第几-1.html
    const page = ['第七次全国人口普查公报（第二号）', '2024-07-08 07:34:57| 来源: 网络整理| 查看: 265', ...census].join('\n');
    expect(paragraphs(page).some((b) => b.includes('网络整理'))).toBe(false);
    expect(said(page, 'page-info')).toHaveLength(1);
  });
  test('guard: a sentence with a bar and 查看 stays text', () => {
    const page = ['2023年某县政府信息公开工作年度报告', '一、总体情况', '2024-01-10 群众查看: 政务公开栏全年查看265次，比上年增长12%。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('全年查看265次'))).toBe(true);
  });
  test('the title block printed again on one line — the title, its note\'s call, the dashed subtitle, the issuers, the day: each read (was: a paragraph, no issuer, no date; zztongyun.com)', () => {
    const page = ['第七次全国人口普查公报（第二号）', '第七次全国人口普查公报[1](第二号) ——全国人口情况 国家统计局 国务院第七次全国人口普查领导小组办公室 2021年5月11日', ...census].join('\n');
    const { front, blocks } = read(page);
    expect(front.subtitle).toBe('全国人口情况');
    expect(String(front.issuer)).toMatch(/^国家统计局\s?国务院第七次全国人口普查领导小组办公室$/u);
    expect(front.date).toBe('2021-05-11');
    expect(blocks[0]).toBe(census[0]);
  });
  test('guard: a line restating the title in a sentence, with a dash, stays text', () => {
    const page = ['第七次全国人口普查公报（第二号）', '第七次全国人口普查公报(第二号) ——全国人口情况 由国家统计局发布，现摘要如下。', ...census].join('\n');
    const { front } = read(page);
    expect(front.issuer).toBeUndefined();
    expect(front.subtitle).toBeUndefined();
  });
  test('"第七次全国人口普查公报（第二号）", a communiqué\'s number after its name: published, no occasion and no speaker asked (was: both asked; zztongyun.com)', () => {
    const page = ['第七次全国人口普查公报（第二号）', ...census].join('\n');
    expect(asked(page)).toEqual([]);
  });
});

describe('stop 53, blind: a final-accounts book, a water bulletin\'s pages and the portals around them', () => {
  test('"阳城县2023年政府决算" under the portal\'s name and its search panel ("搜索位置" / "匹配度" / "排序"): the title, not asked an occasion (was: the portal\'s name the title, the panel paragraphs; xxgk.yczf.gov.cn)', () => {
    // http://xxgk.yczf.gov.cn/xzf/ycczj/fdzdgknr/czxx/sfjczyjs/zfjs_xczj/202408/t20240829_2027133.shtml
    const page = ['阳城县财政局', '', '搜索位置', '匹配度', '排序', '', '阳城县2023年政府决算', '', '发布日期: 2024-08-29 发布机构: 县财政局', '', '一、2023年财政决算情况', '2023年全县一般公共预算收入完成12.6亿元，增长5%。'].join('\n');
    const { front, blocks } = read(page);
    expect(front.title).toBe('阳城县2023年政府决算');
    expect(blocks.some((b) => /搜索位置|匹配度|^排序$/u.test(b))).toBe(false);
    expect(asked(page)).toEqual([]);
  });
  test('guard: a report\'s heading on the government budget and a sentence on 排序 stay text', () => {
    const page = ['关于某县2023年预算执行情况的报告', '各位代表：', '一、2023年政府预算', '全县一般公共预算收入完成12.6亿元，排序居全市第三。'].join('\n');
    const { front, blocks } = read(page);
    expect(front.title).toBe('关于某县2023年预算执行情况的报告');
    expect(blocks.some((b) => b.includes('2023年政府预算'))).toBe(true);
  });
  test('the footer\'s "网站支持IPV6 推荐使用1024*768或以上分辨率,并使用IE9.0或以上版本浏览器": removed, said (was: a paragraph; slj.changzhou.gov.cn)', () => {
    // https://slj.changzhou.gov.cn/content/suitable/show?catid=19750&id=4680
    const page = ['近日，市水利局会同水文局编制并发布了《2007年常州市水资源公报》。', '主办单位:常州市水利局', '网站支持IPV6 推荐使用1024*768或以上分辨率,并使用IE9.0或以上版本浏览器'].join('\n');
    expect(paragraphs(page)).toHaveLength(1);
  });
  test('guard: a sentence recommending a resolution or a browser stays text', () => {
    const page = ['2023年某县政府信息公开工作年度报告', '一、总体情况', '门户网站完成适老化改造，推荐使用主流浏览器访问，分辨率自适应。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('推荐使用主流浏览器'))).toBe(true);
  });
  test('"<image>data:image/s3,"s3://crabby-images/a2b02/a2b0263a69a39a3b8e6a5f29e7b1c9187287eeb1" alt="重慶市水資源公報_第1頁"</image>", a document site\'s page images one a line: removed, said (were: paragraphs; m.cornels-photography.com)', () => {
    // http://m.cornels-photography.com/paper/195224115.html
    const page = ['<image>data:image/s3,"s3://crabby-images/a2b02/a2b0263a69a39a3b8e6a5f29e7b1c9187287eeb1" alt="重慶市水資源公報_第1頁"</image>', '<image>data:image/s3,"s3://crabby-images/a2b02/a2b0263a69a39a3b8e6a5f29e7b1c9187287eeb1" alt="重慶市水資源公報_第2頁"</image>', '重慶市水行政主管部門按年度編發重慶市水資源公報，定期向社會公布我市上一年度水資源的情勢。'].join('\n');
    expect(paragraphs(page)).toHaveLength(1);
    expect(said(page, 'image-name')).toHaveLength(2);
  });
  test('guard: a sentence naming an image tag stays text', () => {
    const page = ['2023年某县政府信息公开工作年度报告', '一、总体情况', '网页图片统一使用<image>标签标注替代文本，方便视障群众阅读。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('标签'))).toBe(true);
  });
  test('a disclosure annual report, its title lost, opening on the format it follows and "现将我局…政府公开信息工作情况报告如下": published, no occasion or speaker asked (was: both asked; theturbokitty.com)', () => {
    // https://theturbokitty.com/xxgk-show-33809.html
    const page = ['根据《中华人民共和国政府信息公开条例》(国务院令第711号)、《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)等相关规定,现将我局2023年度政府公开信息工作情况报告如下。', '一、总体情况', '2023年，市退役军人事务局持续加强政务公开工作。', '（一）主动公开。2023年，通过门户网页发布各类信息800余条。'].join('\n');
    expect(asked(page)).toEqual([]);
  });
  test('guard: a delivered report, its title lost, is still asked both', () => {
    const page = ['各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '一、2023年工作回顾', '全县地区生产总值增长6%。'].join('\n');
    expect(asked(page)).toEqual(['missing-occasion', 'missing-speaker']);
  });
});

describe('stop 53, blind: a mirror\'s posting time over a story dated months before', () => {
  test('"发布时间:2024-11-28 05:33:21 来源: sp20241128" over "本报北京2月18日电": not the date, said (was: 2024-11-28 the date; 122.224.56.14:8082)', () => {
    // http://122.224.56.14:8082/api/wab.php?9=rTKOP.html
    const page = ['中国气象局发布《2023年中国气候公报》', '发布时间:2024-11-28 05:33:21 来源: sp20241128', '本报北京2月18日电 (记者李红梅)中国气象局近日发布《2023年中国气候公报》。《公报》指出，2023年全国平均气温为1951年以来最高。', '在气温方面，2023年全国平均气温为10.71摄氏度。'].join('\n');
    const { front } = read(page);
    expect(front.date).toBeUndefined();
    expect(said(page, 'repost-date')[0].reason).toMatch(/本报北京2月18日电/u);
  });
  test('guard: a paper\'s stamp the day after its story\'s dateline is the date', () => {
    const page = ['中国气象局发布《2023年中国气候公报》', '发布时间:2024-02-19 05:33:21 来源: 人民日报', '本报北京2月18日电 (记者李红梅)中国气象局近日发布《2023年中国气候公报》。《公报》指出，2023年全国平均气温为1951年以来最高。', '在气温方面，2023年全国平均气温为10.71摄氏度。'].join('\n');
    expect(read(page).front.date).toBe('2024-02-19');
  });
  test('guard: a year-end stamp over a story dated in late December is the date', () => {
    const page = ['中国气象局发布年度气候公报', '发布时间:2024-01-02 09:00:00 来源: 新华网', '新华社北京12月30日电 中国气象局30日发布公报，2023年全国平均气温为1951年以来最高。', '在气温方面，全国平均气温为10.71摄氏度。'].join('\n');
    expect(read(page).front.date).toBe('2024-01-02');
  });
});

describe('stop 53, blind: a court\'s report to the standing committee, its title lost', () => {
  test('"温州市中级人民法院" alone over "(" and the salutation: the issuer, no title (was: the court\'s name the title; www.wzrd.gov.cn)', () => {
    // http://www.wzrd.gov.cn/art/2010/7/6/art_1382198_12315978.html
    const page = ['温州市中级人民法院', '(', '主任、副主任、秘书长、各位委员:', '遵照市人大常委会关于审议法院行政审判情况的安排，现将温州法院2008年以来的行政审判工作情况和今后打算报告如下：', '一、法院行政审判工作的基本情况和主要做法', '2008年以来，温州市两级法院扎实开展行政审判工作。'].join('\n');
    const { front } = read(page);
    expect(front.issuer).toBe('温州市中级人民法院');
    expect(front.title ?? '').toBe('');
  });
  test('guard: a report\'s name over the salutation is still the title', () => {
    const page = ['温州市中级人民法院工作报告', '各位代表：', '现在，我代表市中级人民法院向大会报告工作，请予审议。', '一、2023年工作回顾', '全年受理案件12万件。'].join('\n');
    expect(read(page).front.title).toBe('温州市中级人民法院工作报告');
  });
  test('guard: an office\'s name over a news story (no salutation) is not read as the issuer', () => {
    const page = ['温州市中级人民法院', '6月17日上午，市人大常委会召开会议，听取市中级人民法院关于行政审判工作情况的报告。', '会议充分肯定了市中级人民法院的工作。'].join('\n');
    expect(read(page).front.issuer).toBeUndefined();
  });
});

describe('stop 53, blind: a headline with its stamp run on after it', () => {
  test('"2022年上半年上海市生產總值 2022-07-19 來源:市統計局": the headline the title, the day the date, the stamp removed (was: the title, stamp and all; www.gzfuluhua.cn)', () => {
    // http://www.gzfuluhua.cn/nw48786/20220902/d4cabd60f2164ab3a7d210c61ace0723.html
    const page = ['2022年上半年上海市生產總值 2022-07-19 來源:市統計局', '地區生產總值統計范圍、采集渠道及主要指標解釋', '一、統計范圍', '所有在本地區經濟領土內具有經濟利益中心的經濟單位都應該納入地區生產總值統計范圍。'].join('\n');
    const { front } = read(page);
    expect(front.title).toBe('2022年上半年上海市生產總值');
    expect(front.date).toBe('2022-07-19');
  });
  test('guard: a sentence ending on a day and a source stays text', () => {
    const page = ['2022年上半年上海市生产总值', '一、统计范围', '全市生产总值数据按季度发布，最近一次为 2022-07-19 来源:市统计局'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('来源'))).toBe(true);
  });
});

describe('stop 53, blind: an empty comment box under a story', () => {
  test('"还没有评论,快来发表第一个评论!": removed, said (was: a paragraph; m.ximalaya.com)', () => {
    // https://m.ximalaya.com/sound/780969022
    const page = ['新华社北京12月4日电 记者4日从国家气候中心获悉，今年秋季全国平均气温为11.8摄氏度，比常年同期偏高1.5摄氏度。', '还没有评论,快来发表第一个评论!'].join('\n');
    expect(paragraphs(page)).toHaveLength(1);
    expect(said(page, 'social')).toHaveLength(1);
  });
  test('guard: a report\'s sentence on comments not yet received stays text', () => {
    const page = ['2023年某县政府信息公开工作年度报告', '一、总体情况', '暂无评论意见的政策文件，已全部按期公开。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('暂无评论意见'))).toBe(true);
  });
});

