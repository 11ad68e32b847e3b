/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 60 (2026-12-06, helper blind60b): reports
 * other than the government work report and the pages around them — a county's statistical communiqué with run-in subjects, a forum's
 * copy of another flattened onto one line, a district's rule-of-law report under a portal's clock with the lunar day, a town's
 * disclosure report naming itself year first, a wiki's mobile pages with their section edit links. Each test is the page's shape
 * reduced to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });

describe('stop 60, blind: a statistical communiqué\'s run-in subjects set apart by a space', () => {
  // https://m.bidcenter.com.cn/newsrili-1-283472516.html
  const page = [
    '2023年中江县国民经济和社会发展统计公报',
    '一、综 合',
    '人口 年末全县常住人口94.5万人,比上年末减少0.4万人,其中:城镇人口42.1万人,乡村人口52.4万人。',
    '国民经济 根据地区生产总值统一核算初步结果,2023年中江县地区生产总值(GDP)466.14亿元,按可比价格计算,比上年增长6.1%。',
    '二、农 业',
    '粮食 全年农作物播种面积327.8万亩,比上年增长1.1%,其中:粮食作物播种面积218.1万亩,下降1.3%。',
  ].join('\n');
  test('"人口 年末全县…", "国民经济 根据…", "粮食 全年…": the subject kept apart from its sentence (was: joined, "人口年末全县常住人口…")', () => {
    const { blocks } = read(page);
    expect(blocks.some((b) => b.startsWith('人口\u3000年末全县常住人口94.5万人'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('国民经济\u3000根据地区生产总值'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('粮食\u3000全年农作物播种面积'))).toBe(true);
  });
  test('guard: a hard-wrapped dump\'s spaces inside words still close ("经济社 会发展…", more than one gap on the line)', () => {
    const { blocks } = read(['政府工作报告', '各位代表:', '经济社 会发展取得新成效,全年地区生产总 值增长百分之六,城乡居民收入稳步提高。'].join('\n'));
    expect(blocks.some((b) => b.startsWith('经济社会发展取得新成效'))).toBe(true);
  });
  test('guard: a short line of two words apart ("综 合", "第一部分 决算报告") is no run-in subject', () => {
    const { blocks } = read(['2023年某县国民经济和社会发展统计公报', '一、综 合', '全县经济平稳运行,全年地区生产总值增长百分之五,居民收入稳步增长。'].join('\n'));
    expect(blocks.some((b) => b.includes('\u3000'))).toBe(false);
  });
});

describe('stop 60, blind: a communiqué flattened onto one line, its name first', () => {
  // http://sjzyihang.com/forum.php?extra=page%3D48&mod=viewthread&tid=80317
  const page =
    '2023年宜章縣國民經濟和社會發展統計公報 2023年,宜章縣全面貫徹落實黨的二十大和省委十二屆四次全會精神,堅持穩中求進工作總基調,全縣經濟社會發展穩中有進、回升向好。 一、綜合 初步核算,2023年全縣實現地區生產總值(GDP)276.29億元,按可比價格計算,比上年增長5.1%。 全縣就業形勢穩定有序,全年城鎮新增就業人員5688人,增長9%。 二、農業 2023年,全縣農林牧漁業總產值55.2億元,比上年增長4.1%。';
  test('the name before the first space is the title, the text after it its own paragraph (was: "…統計公報2023年,宜章縣…" one paragraph, no title)', () => {
    const { front, blocks } = read(page);
    expect(front.title).toBe('2023年宜章縣國民經濟和社會發展統計公報');
    expect(blocks.some((b) => b.startsWith('2023年，宜章縣全面貫徹'))).toBe(true);
    expect(blocks.some((b) => b.includes('統計公報2023年'))).toBe(false);
  });
  test('guard: a sentence naming the communiqué before a space is no title ("…发布了统计公报 …")', () => {
    const text =
      '国家统计局今天发布了2023年国民经济和社会发展统计公报 全年国内生产总值增长百分之五点二,经济回升向好。 一、综合 初步核算,全年国内生产总值1260582亿元,比上年增长5.2%。 全年城镇新增就业1244万人。 二、农业 全年粮食种植面积11897万公顷。';
    expect(read(text).front.title ?? '').not.toBe('国家统计局今天发布了2023年国民经济和社会发展统计公报');
  });
});

describe('stop 60, blind: a portal\'s clock with the lunar day over a district\'s rule-of-law report', () => {
  // http://www.tjjh.gov.cn/jhqzf/zwgk_28985/gzbg/202103/t20210329_5396867.html
  const page = [
    '今天是:2019年10月31日 星期三 农历十月初七',
    '工作报告',
    '',
    '您所在的位置:政务公开 > 工作报告',
    '',
    '2020年静海区法治政府建设情况报告',
    '文章来源:司法局 更新时间:2021/03/29 11:30:01',
    '',
    '2020年静海区法治政府建设情况报告',
    '',
    '2020年,静海区坚持以习近平新时代中国特色社会主义思想为指导,依法全面履行政府职能,为全区经济社会发展创造良好法治环境。',
    '',
    '一、2020年推进法治政府建设的主要举措和成效',
    '',
    '(一)加强法治政府建设组织领导落实',
  ].join('\n');
  test('"今天是:…星期三 农历十月初七" removed as the clock; the report\'s name the title (was: the clock a paragraph, "工作报告" the title)', () => {
    const { front, blocks, result } = read(page);
    expect(front.title).toBe('2020年静海区法治政府建设情况报告');
    expect(blocks.some((b) => b.startsWith('今天是'))).toBe(false);
    expect(result.file.messages.some((m) => m.reason.includes('今天是:2019年10月31日 星期三 农历十月初七'))).toBe(true);
  });
  test('guard: a sentence opening 今天是 with the lunar day stays', () => {
    const { blocks } = read(['春节团拜会上的讲话', '同志们:', '今天是农历正月初一,我们在这里欢聚一堂,共迎新春。'].join('\n'));
    expect(blocks.some((b) => b.startsWith('今天是农历正月初一'))).toBe(true);
  });
});

describe('stop 60, blind: a disclosure report naming itself year first in its opening', () => {
  // http://www.zijin.gov.cn/hyzjfazf/gkmlpt/content/0/240/post_240254.html
  const page = [
    '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定,现公布2012年凤安镇政府信息公开工作年度报告。本报告内容涵盖我镇政府2012年1月1日至12月31日期间的政府信息公开情况。',
    '一、概述',
    '我镇高度重视政府信息公开工作,多渠道、高效率的有序推进政府信息公开各项工作。',
  ].join('\n');
  test('"现公布2012年凤安镇政府信息公开工作年度报告": the title from the opening, said (was: no title)', () => {
    const { front, result } = read(page);
    expect(front.title).toBe('2012年凤安镇政府信息公开工作年度报告');
    expect(result.file.messages.some((m) => m.reason.includes('Took the title 2012年凤安镇政府信息公开工作年度报告'))).toBe(true);
  });
  test('guard: "特向社会公布 2012年度本级政府(机关)信息公开工作年度报告" names no body: no title taken', () => {
    const text = ['根据《条例》,特向社会公布 2012年度本级政府(机关)信息公开工作年度报告。本报告由概述等九个部分组成。', '一、概述', '一是完善领导体系。'].join('\n');
    expect(read(text).front.title ?? '').toBe('');
  });
  test('guard: the body first still read ("现公布揭东区公路局2015年度政府信息公开工作年度报告")', () => {
    const text = ['根据《条例》规定,现公布揭东区公路局2015年度政府信息公开工作年度报告。', '一、概述', '我局高度重视政府信息公开工作。'].join('\n');
    expect(read(text).front.title).toBe('揭东区公路局2015年度政府信息公开工作年度报告');
  });
});

describe('stop 60, blind: a wiki\'s section edit links glued under its headings', () => {
  // http://zh.m.wiki.x.io/zh-my/2015%E5%B9%B4%E5%BA%A6%E9%A6%99%E6%B8%AF%E8%A1%8C%E6%94%BF%E9%95%B7%E5%AE%98%E6%96%BD%E6%94%BF%E5%A0%B1%E5%91%8A
  const page = [
    '2015年度香港行政长官施政报告',
    '《2015年度香港行政长官施政报告》是香港行政长官梁振英发表的第3份施政报告,于2015年1月14日在香港立法会发表。',
    '内容',
    '编辑政治',
    '编辑梁振英指出中央政府对香港政治制度改革有实质的决定权,香港是实行高度自治,而非完全自治。',
    '房屋及经济',
    '编辑施政报告指出,政府视房屋政策为重中之重。',
  ].join('\n');
  test('"编辑" at the start of each line under a heading removed and said (was: "编辑政治" a heading, "编辑梁振英指出…")', () => {
    const { blocks, result } = read(page);
    expect(blocks.some((b) => /编辑/u.test(b))).toBe(false);
    expect(blocks.some((b) => b.startsWith('梁振英指出中央政府'))).toBe(true);
    expect(blocks.some((b) => b.includes('施政报告指出，政府视房屋政策为重中之重'))).toBe(true);
    expect(result.file.messages.filter((m) => m.ruleId === 'edit-link')).toHaveLength(3);
  });
  // https://zh.m.wikisource.org/zh/2010%E5%B9%B4%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E6%9C%80%E9%AB%98%E4%BA%BA%E6%B0%91%E6%B3%95%E9%99%A2%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A
  test('one edit link on a page with the wiki\'s "← |" bar removed too (was: "编辑高度关注国际金融危机…")', () => {
    const text = [
      '2010年中华人民共和国最高人民法院工作报告',
      '← | 2009年最高人民法院工作报告 | 2010年中华人民共和国最高人民法院工作报告 最高人民法院院长 王胜俊 2010年3月11日 |',
      '各位代表:',
      '现在,我代表最高人民法院向大会报告工作,请予审议,并请全国政协各位委员提出意见。',
      '2009年,最高人民法院在以胡锦涛同志为总书记的党中央坚强领导下,在全国人民代表大会及其常委会有力监督下,各项工作取得新进展。',
      '一、加强民事审判工作,为促进经济发展、维护人民权益提供司法保障',
      '编辑高度关注国际金融危机对我国的影响,牢固树立服务大局、执法为民的法治理念。',
    ].join('\n');
    const { blocks } = read(text);
    expect(blocks.some((b) => b.startsWith('高度关注国际金融危机'))).toBe(true);
  });
  test('guard: a later message on a line the link was taken off keeps the input\'s column (the note call [3])', () => {
    const text = page.replace('而非完全自治。', '而非完全自治[3]。');
    const line = text.split('\n')[4];
    const marker = said(text, 'note-marker-unlinked').find((m) => m.reason.includes('[3]'));
    expect([marker?.line, marker?.column]).toEqual([5, line.indexOf('[3]') + 1]);
  });
  test('guard: one sentence opening 编辑出版 under a heading, no wiki furniture, stays', () => {
    const text = ['2023年某市国民经济和社会发展统计公报', '八、文化', '编辑出版图书120种,发行报纸3000万份。', '九、卫生', '年末共有医疗机构200个。'].join('\n');
    expect(read(text).blocks.some((b) => b.startsWith('编辑出版图书120种'))).toBe(true);
  });
});

describe('stop 60, blind: a compilation\'s contents with page numbers under the site\'s blurb', () => {
  // https://alatiku.com/fanwen/zongjie/1k31k4.html
  const page = [
    '2024年市中级人民法院工作报告5篇',
    '市中级人民法院工作报告总结了法院在审判、执行、服务等方面的成就与挑战,强调法治建设和公正司法的重要性。以下是网友为您整理分享的“市中级人民法院工作报告”相关范文,供您参考!',
    '目录',
    '1.潮州市中级人民法院工作报告 2',
    '2.达州市中级人民法院工作报告 12',
    '3.嘉兴市中级人民法院工作报告 23',
    '潮州市中级人民法院工作报告',
    '各位代表:',
    '我代表市中级人民法院向大会报告工作,请予审议,并请政协委员和列席人员提出意见。',
    '2022年主要工作',
    '2022年,潮州市中级人民法院在市委的坚强领导下,在市人大及其常委会的有力监督下,各项工作取得新成效。',
  ].join('\n');
  test('"目录" and its items ending in rising page numbers removed as contents, said; the first report\'s name the title (was: kept, "…工作报告2")', () => {
    const { front, blocks } = read(page);
    expect(blocks.some((b) => /工作报告(?:2|12|23)$/u.test(b) || b === '目录')).toBe(false);
    expect(front.title).toBe('潮州市中级人民法院工作报告');
    expect(said(page, 'contents').map((m) => m.reason).some((r) => r.includes('1.潮州市中级人民法院工作报告 2'))).toBe(true);
  });
  test('guard: under the text, "目录" over lines whose figures do not rise is no contents', () => {
    const text = ['某县统计公报', '全县经济平稳运行,全年地区生产总值增长百分之五,居民收入稳步增长,就业形势总体稳定。', '目录', '粮食产量 12', '棉花产量 8', '油料产量 3'].join('\n');
    expect(read(text).blocks.some((b) => b.startsWith('粮食产量'))).toBe(true);
  });
});

describe('stop 60, blind: a chorography database\'s copy of a report, a paragraph a block', () => {
  // https://shandong-chorography.org/database/cgb/section/6/article/914/
  const page = [
    '兰山区人民代表大会常务委员会工作报告',
    '',
    '——2007年12月12日在兰山区第十七届人民代表大会第一次会议上',
    '',
    '兰山区人民代表大会常务委员会主任 王兰荣',
    '',
    '各位代表:',
    '',
    '我代表兰山区第十六届人民代表大会常务委员会,向大会报告五年来的工作,请予审议。',
    '',
    '过去五年的主要工作回顾',
    '',
    '过去的五年,是我区改革开放和现代化建设事业快速发展的五年,是我区向着现代化宏伟目标大',
    '步前进,经济和社会事业发展取得丰硕成果的五年。',
  ].join('\n');
  test('the title block\'s lines are not "mid-sentence" blocks: no two-columns warning (was: "two columns interleaved in lines 1–11")', () => {
    expect(said(page, 'two-columns')).toHaveLength(0);
    expect(read(page).front.speaker).toBe('兰山区人民代表大会常务委员会主任 王兰荣');
  });
  test('guard: a dump alternating two columns\' lines, each broken off mid-sentence, is still warned of', () => {
    const text = ['居内地', '', '现在,我代表市人民政府向大会作', '', '大中城市第四位;全市生产总值达到', '', '政府工作报告,请予审议,并请市政协', '', '一千二百亿元,增长百分之八,地方', '', '各位委员和列席人员提出意见。'].join('\n');
    expect(said(text, 'two-columns').length).toBeGreaterThan(0);
  });
});

describe('stop 60, blind: a journal index\'s label over a paper\'s excerpt', () => {
  // https://www.ppdoc.com/periodical/28a0fb3fb3a77ec7af8e3cd6f1aed48b.html
  const page = [
    '论文部分内容阅读',
    '委员长、各位副委员长、秘书长、各位委员:在八届全国人大五次会议上,我向大会报告了1996年中央和地方预算执行情况。现在1996年中央决算已经汇编完成,并经过了国家审计署的审计。我受国务院委托,向本次常委会提出1996年中央决算的报告,请予审查。',
  ].join('\n');
  test('"论文部分内容阅读" removed as the index\'s label, said (was: the title)', () => {
    const { front, result } = read(page);
    expect(front.title ?? '').toBe('');
    expect(result.file.messages.some((m) => m.reason.includes('“论文部分内容阅读”'))).toBe(true);
  });
  test('guard: a sentence about reading part of the content stays', () => {
    const { blocks } = read(['政府工作报告', '各位代表:', '论文部分内容阅读后,我们认为应当加强研究。'].join('\n'));
    expect(blocks.some((b) => b.startsWith('论文部分内容阅读后'))).toBe(true);
  });
});

describe('stop 60, blind: a session page\'s box of picked stories under a short story', () => {
  // http://lianghui.people.com.cn/2013cppcc/n/2013/0303/c357246-20659273.html
  const page = [
    '人民网北京3月3日电(人民网前方报道组)全国政协十二届一次会议今天下午在北京人民大会堂开幕。全国政协副主席万钢代表政协第十一届全国委员会常务委员会作关于提案工作情况的报告。',
    '万钢指出,提案工作是人民政协一项具有全局意义的工作。常委会充分发挥政协整体优势,逐步形成了全国政协副主席领衔督办、政协办公厅统筹协调、各专委会分工负责的提案督办工作机制。',
    '全国政协十二届一次会议开幕会新闻精选',
    '贾庆林:五年来政协积极参与社会建设和管理为完善政 策提供重要参考',
    '贾庆林:五年开展509次调研视察 加强“三江源”等建 议得到重视和采纳',
  ].join('\n');
  test('"…新闻精选" and the headlines under it removed as the related box, said (was: four paragraphs)', () => {
    const { blocks } = read(page);
    expect(blocks.some((b) => b.includes('新闻精选') || b.startsWith('贾庆林'))).toBe(false);
    expect(said(page, 'related').length).toBe(3);
  });
  test('guard: "…新闻精选" with sentences under it stays', () => {
    const text = [
      '人民网北京3月3日电 全国政协十二届一次会议今天下午在北京人民大会堂开幕。全国政协副主席万钢代表常务委员会作关于提案工作情况的报告。万钢指出,提案工作是人民政协一项具有全局意义的工作。',
      '大会新闻精选',
      '贾庆林说,五年来政协积极参与社会建设和管理。',
    ].join('\n');
    expect(read(text).blocks.some((b) => b.startsWith('贾庆林说'))).toBe(true);
  });
});
