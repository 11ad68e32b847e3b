/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 51 (2026-12-05, helper blind51b): reports
 * other than the government work report and their copies — disclosure annual reports of 乡 governments and county bureaus,
 * statistical and environment communiqués, final-accounts disclosures, a state-assets story, court and congress news, spam
 * mirrors, document shops, journal articles. Each test is the page's shape reduced to a few lines, with its URL; its name says
 * what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said, story } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const ruleAt = (text: string, line: number) => read(text).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => read(text).blocks;
const asked = (text: string) => read(text).rules.filter((r) => r === 'missing-occasion' || r === 'missing-speaker');

/** A report's opening in its own voice, for the guards. */
const opening = ['县人民法院工作报告', '——2024年1月10日在某县第十八届人民代表大会第三次会议上', '县人民法院院长 王明', '各位代表:', '现在,我代表县人民法院向大会报告工作,请予审议。', '一、2023年主要工作', '过去一年,全院受理各类案件3553件。'];

describe('stop 51, blind: disclosure annual reports whose titles the page lost, their openings in other words', () => {
  test('"本报告由…乡人民政府按照…要求编制" is a disclosure report\'s opening: no occasion or speaker asked (was: both; weishan.gov.cn, luozhuang.gov.cn)', () => {
    // http://www.weishan.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11370826004323472M&fbtime=2023
    const page = [
      '本报告由高楼乡人民政府按照《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)要求编制。',
      '今年以来,我乡在县委、县政府的正确领导下,全面贯彻落实《条例》精神,有序推进政府信息公开工作。',
      '(一)主动公开情况',
      '2023年,高楼乡累计发布各类信息90条。',
    ].join('\n');
    expect(asked(page)).toEqual([]);
  });
  test('"现公布我乡2023年政府信息公开工作年度报告" (zjwy.gov.cn) and "向社会公布…政府信息公开工作年度报告" (huli.gov.cn): the same (was: both asked)', () => {
    // http://www.zjwy.gov.cn/art/2024/1/12/art_1229847345_4201881.html
    const zjwy = [
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》),主动公开内容按照国办发〔2021〕30号文件要求编制。结合实际,现公布我乡2023年政府信息公开工作年度报告。',
      '一、2023年政务公开总体情况',
      '2023年,我乡高度重视信息公开工作,切实加强组织领导。',
    ].join('\n');
    expect(asked(zjwy)).toEqual([]);
    // http://www.huli.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/wjj/zfxxgkndbg_3297/202301/t20230111_894429.htm (its title taken off, as on a copy)
    const huli = ['根据《中华人民共和国政府信息公开条例》(下称《条例》)规定,向社会公布2022年湖里区卫生健康局政府信息公开工作年度报告。', '一、总体情况', '2022年湖里区卫生健康局严格落实政务公开规定。'].join('\n');
    expect(asked(huli)).toEqual([]);
  });
  test('"编制城厢区卫生健康局2023年度政府信息公开工作报告。" (chengxiang.gov.cn) and "现将2023年区卫生健康局政府信息公开工作报告如下:" (zhangwan.gov.cn): the same (was: both asked)', () => {
    // https://www.chengxiang.gov.cn/zfxxgk/zfxxgkndbg/2023nzfxxgkndbg/qzbm/202401/t20240117_1899020.htm
    const chengxiang = ['根据《中华人民共和国政府信息公开条例》及有关年报编制文件要求,编制城厢区卫生健康局2023年度政府信息公开工作报告。本年度报告包括总体情况等六部分内容。', '一、总体情况', '2023年,我局坚持以公开为常态、不公开为例外的原则。'].join('\n');
    expect(asked(chengxiang)).toEqual([]);
    // http://www.zhangwan.gov.cn/xxgk/xxgknb/2023/202401/t20240123_4408358.shtml
    const zhangwan = ['在区委、区政府的正确领导下,区卫生健康局高度重视并积极推进政务信息公开工作,现将2023年区卫生健康局政府信息公开工作报告如下:', '一、总体情况', '(一)组织领导情况', '我局成立政府信息公开领导小组。'].join('\n');
    expect(asked(zhangwan)).toEqual([]);
  });
  test('no such sentence, the format\'s own sections under its first heading, "(一)主动公开…" then "(二)依申请公开…": the same (was: both asked; yngm.gov.cn)', () => {
    // https://yngm.gov.cn/zfxxgk_gmx_dxx/zfxxgknb.html?nbYear=2023
    const page = [
      '一、总体情况',
      '2023年,大兴乡人民政府坚持以习近平新时代中国特色社会主义思想为指导,深入推进政务公开工作。',
      '(一)主动公开方面。2023年大兴乡人民政府共主动公开各类政府信息308条。',
      '(二)依申请公开情况。2023年未收到群众要求公开政府信息的申请。',
    ].join('\n');
    expect(asked(page)).toEqual([]);
  });
  test('guard: a delivered report whose sections name 公开 in other words, "(一)主动作为" / "(二)依法行政", is still asked', () => {
    const page = ['各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。', '一、2023年工作回顾', '(一)主动作为,推进政务公开。全年主动公开信息1200条。', '(二)依法行政,依申请公开办理及时。', '全县生产总值增长5%。'].join('\n');
    expect(asked(page)).toEqual(['missing-occasion', 'missing-speaker']);
  });
  test('guard: a delivered report that names the disclosure report it will publish ("将编制…年度报告", no 本报告/公布) is still asked', () => {
    const page = ['各位代表:', '受县人民政府委托,现将全县2023年预算执行情况和2024年预算草案报告如下,请予审议。', '一、2023年预算执行情况', '全县一般公共预算收入12.3亿元,年内将按要求做好政府信息公开年度报告的编写。'].join('\n');
    expect(asked(page)).toEqual(['missing-occasion', 'missing-speaker']);
  });
  test('"信息公开元数据", a disclosure box\'s caption alone on its line, is no title: removed (was: the title; www.yj.gov.cn)', () => {
    // http://www.yj.gov.cn/art/2024/1/16/art_1229779591_86714.html
    const page = ['信息公开元数据', '|', '一、总体情况', '本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。', '(一)政府信息主动公开情况', '2023年度共新增主动公开政府信息50条。'].join('\n');
    expect(read(page).front.title).not.toBe('信息公开元数据');
    expect(ruleAt(page, 1)).toContain('page-head');
    expect(asked(page)).toEqual([]);
  });
  test('guard: a sentence about the metadata of disclosed information stays text', () => {
    const page = [...opening, '规范信息公开元数据,全年补录索引号1200条。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('元数据'))).toBe(true);
  });
});

describe('stop 51, blind: a communiqué\'s title printed again in two pieces, a word lost between them', () => {
  // https://www.zizhou.gov.cn/zwgk/fdzdgkml/tjxx/tjgb/1784475497281466370.html
  const page = [
    '子洲县二〇二三年国民经济和社会发展统计公报',
    '',
    '子洲县二〇',
    '',
    '国民经济和社会发展统计公报',
    '',
    '子洲县统计局',
    '',
    '2024年4月15日',
    '',
    '2023年是全面贯彻党的二十大精神的开局之年,全县经济发展实现稳中有进,社会保持和谐稳定。',
    '一、综合',
    '2023年,全县实现地区生产总值(GDP)98.38亿元,较上年增长3.1%。',
  ].join('\n');
  test('the two pieces are the title\'s copy, removed; the bureau and the day under them read as issuer and date (was: four paragraphs, no issuer, no date)', () => {
    const { front, blocks } = read(page);
    expect(front.issuer).toBe('子洲县统计局');
    expect(front.date).toBe('2024-04-15');
    expect(blocks[0]).toMatch(/^2023年是全面贯彻/);
  });
  test('guard: a first paragraph that merely starts like the title, and a heading that ends like it, stay text', () => {
    const guard = ['子洲县二〇二三年国民经济和社会发展统计公报', '子洲县全年经济运行平稳。', '三、社会发展统计公报', '2023年,全县实现地区生产总值98.38亿元。'].join('\n');
    const blocks = paragraphs(guard);
    expect(blocks).toContain('子洲县全年经济运行平稳。');
    expect(blocks.some((b) => b.includes('社会发展统计公报'))).toBe(true);
  });
});

describe('stop 51, blind: a spam mirror\'s decoy tags on lines of their own', () => {
  test('lines of empty tags of any name, one tag or many, a list\'s mark before some, are taken out and said (was: "<samp…></samp>" paragraphs, read as English; bangbanw.com)', () => {
    // https://bangbanw.com/hbj/syhbj/hjzlzk/202202/bd5f90a2c7074faab89f5f56a0ac259c
    const page = [
      '<legend id="h4sia"></legend><samp id="h4sia"></samp>',
      '<sup id="h4sia"></sup>',
      '  • <input id="h4sia"><address id="h4sia"></address>',
      '    1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>',
      '      <wbr id="h4sia">',
      '<delect id="h4sia"></delect>',
      '2021年12月县(市)环境质量状况',
      '一、县级城镇环境空气质量监测状况',
      '2021年12月,全市9个县(市)平均优良天数比例为79.9%,无重度以上污染。',
    ].join('\n');
    const { blocks, rules, front } = read(page);
    expect(blocks.some((b) => b.includes('<') || b === '1.' || b === '•')).toBe(false);
    expect(rules).not.toContain('english-twin');
    expect(said(page, 'printed-markup')).toHaveLength(1);
    expect(front.title).toMatch(/^2021年12月县[(（]市[)）]环境质量状况$/u);
  });
  test('the same over a news page: "<td id=…><samp id=…><big id=…></big></samp></td>" goes whole, the headline under it is the title (was: no title; m.changxiang.cc)', () => {
    // http://m.changxiang.cc/news/338540.html
    const page = ['<td id="cmuwy"><samp id="cmuwy"><big id="cmuwy"></big></samp></td>', '<address id="cmuwy"></address>', '生态环境部通报8月全国环境空气质量状况', '生态环境部今日向媒体通报了2022年8月全国环境空气质量状况。'].join('\n');
    expect(read(page).front.title).toBe('生态环境部通报8月全国环境空气质量状况');
    expect(paragraphs(page).some((b) => b.includes('<'))).toBe(false);
  });
  test('guard: a sentence quoting a tag, "在网页中使用<input id="q">输入框", keeps its words', () => {
    const page = [...opening, '在网页中使用<input id="q">输入框收集群众意见1200条。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('收集群众意见'))).toBe(true);
  });
});

describe('stop 51, blind: a word processor\'s field codes in a pasted table of contents', () => {
  test('"第一部分 单位概况 PAGEREF _Toc25831 h 3": the field code taken out, the words kept, said (was: in the headings; www.lzszyyy.com)', () => {
    // http://www.lzszyyy.com/content/3654.html
    const page = ['2023年度泸州市中医医院单位决算', '第一部分 单位概况 PAGEREF _Toc25831 h 3', '一、 主要职责 PAGEREF _Toc32310 h 3', '第二部分 2023年度单位决算情况说明 PAGEREF _Toc2776 h 4', '第一部分 单位概况', '一、主要职责', '承担全市中医医疗服务工作。'].join('\n');
    const blocks = paragraphs(page);
    expect(blocks.some((b) => /PAGEREF|_Toc/u.test(b))).toBe(false);
    expect(said(page, 'printed-markup')[0]?.message).toMatch(/3 word-processor field code/u);
  });
  test('guard: a sentence that names the PAGEREF field, no bookmark after it, is left', () => {
    const page = [...opening, '目录使用PAGEREF域自动生成页码。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('PAGEREF'))).toBe(true);
  });
});

describe('stop 51, blind: an institution\'s site header and a document shop\'s preview wall', () => {
  test('"欢迎来到泸州市中医医院" and its hotline lines "24小时应诊电话:0830-3103108" are the site\'s, removed (was: the title, two paragraphs)', () => {
    // http://www.lzszyyy.com/content/3654.html
    const page = ['欢迎来到泸州市中医医院', '24小时应诊电话:0830-3103108', '预约挂号电话:0830-3192516(接电话时间8:00-11:30,13:30-17:00)', '2023年度泸州市中医医院单位决算', '来源:泸州市中医医院    发布时间:2024-09-24 16:08:34', '一、主要职责', '承担全市中医医疗服务工作。'].join('\n');
    expect(read(page).front.title).not.toBe('欢迎来到泸州市中医医院');
    expect(ruleAt(page, 1)).toContain('navigation');
    expect(ruleAt(page, 2)).toContain('page-footer');
    expect(ruleAt(page, 3)).toContain('page-footer');
  });
  test('guard: a speech\'s welcome with its punctuation, and a sentence giving a hotline, stay text', () => {
    const page = [...opening, '欢迎来到美丽的泸州市中医医院！', '开通24小时服务热线:12345,全年受理诉求8.6万件。'].join('\n');
    const blocks = paragraphs(page);
    expect(blocks).toContain('欢迎来到美丽的泸州市中医医院！');
    expect(blocks.some((b) => b.includes('12345'))).toBe(true);
  });
  test('"已阅读5页,还剩13页未读 继续免费阅读" and "下载本文档" are a document shop\'s preview wall, removed (was: the title and a paragraph; www.renrendoc.com)', () => {
    // https://www.renrendoc.com/paper/507267114.html
    const page = ['街道工作方案_第1页', '已阅读5页,还剩13页未读 继续免费阅读', '', '下载本文档', '', '街道工作方案', '一、背景分析', '街道治理面临新形势,需要进一步提升治理效能。'].join('\n');
    expect(read(page).front.title).not.toMatch(/已阅读/u);
    expect(ruleAt(page, 2)).toContain('document-site');
    expect(ruleAt(page, 4)).toContain('document-site');
  });
  test('guard: a report\'s sentence on reading pages stays text', () => {
    const page = [...opening, '已阅读5页材料的代表提出意见12条,还剩3页材料未读完。'].join('\n');
    expect(paragraphs(page).some((b) => b.startsWith('已阅读5页'))).toBe(true);
  });
});

describe('stop 51, blind: a journal article\'s affiliation, a comment box\'s note, a forum\'s copy guard', () => {
  test('"(首都經濟貿易大學會計學院 北京 100070)", an author\'s unit and postcode in brackets, is no title: removed as the byline (was: the title; zgkjsz.com)', () => {
    // http://zgkjsz.com/page/2022/1230/14175007.shtml
    const page = ['季曹雨', '(首都經濟貿易大學會計學院 北京 100070)', '財政支出結構作為反映中央及地方政府各項財政支出的比例指標,其增減變動體現了政府支出的重點。'].join('\n');
    expect(read(page).front.title ?? '').not.toMatch(/100070/u);
    expect(ruleAt(page, 2)).toContain('page-head');
  });
  test('guard: a bracketed note of a report closing on a six-figure number, "(含高校毕业生就业 100070)", stays text', () => {
    const page = [...opening, '全年城镇新增就业12.3万人。', '(含高校毕业生就业 100070)'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('100070'))).toBe(true);
  });
  test('"所有評論僅代表網友意見,與本站立場無關" under a comment box is the site\'s note, removed (was: a paragraph; m.dunya.com.cn)', () => {
    // http://m.dunya.com.cn/news/detail-179851.html
    const page = [...opening, '全院审结各类案件3421件。', '昵稱 驗證碼 請輸入正確驗證碼', '所有評論僅代表網友意見,與本站立場無關'].join('\n');
    expect(ruleAt(page, 10)).toContain('disclaimer');
    expect(paragraphs(page).some((b) => b.includes('網友意見') || b.includes('网友意见'))).toBe(false);
  });
  test('guard: a report\'s sentence on netizens\' comments stays text', () => {
    const page = [...opening, '评论仅代表网友意见的说法并不全面,我院认真办理网民留言320件。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('网民留言'))).toBe(true);
  });
  test('one copy-guard string after every paragraph and alone between them, " f?0D%pxc}&", goes whole (was: "f?" left on eight lines; www.zhangjk.com)', () => {
    // http://www.zhangjk.com/read-htm-tid-150356-page-e.html
    const page = [
      '这一套,是写给上级主管单位的。 f?0D%pxc}&',
      '实际上,百姓所反映的很多问题,并没有实际得到解决。 f?0D%pxc}&',
      'f?0D%pxc}&',
      '为充分发挥审计保障经济社会健康运行的“免疫系统”功能作用,蔚县审计局不断加大审计成果的利用力度。 f?0D%pxc}&',
      'f?0D%pxc}&',
      '通过《审计要情》,使审计过程中发现的违规违纪问题得到及时纠正和查处。 f?0D%pxc}&',
      'f?0D%pxc}&',
    ].join('\n');
    const blocks = paragraphs(page);
    expect(blocks.some((b) => b.includes('f?') || b.includes('pxc'))).toBe(false);
    expect(blocks[0]).toBe('这一套，是写给上级主管单位的。');
  });
  test('guard: a report whose lines end in different figures and abbreviations keeps them', () => {
    const page = [...opening, '全年实现GDP 2.5%增长。', '引进项目 A-12 号。', 'PM2.5 浓度下降。', '完成目标 OK。', '万元GDP能耗 3.2。'].join('\n');
    const blocks = paragraphs(page);
    expect(blocks.some((b) => b.includes('A-12'))).toBe(true);
  });
});

describe('stop 51, blind: a news agency\'s act is no body\'s name', () => {
  test('"新华社受权播发全国人大常委会工作报告": no issuer "新华社受权播发全国人民代表大会常务委员会" (www.johnnytowncar.com)', () => {
    // https://www.johnnytowncar.com/gn/2018/03-24/8475163.shtml
    const page = ['新华社受权播发全国人大常委会工作报告', '2018年03月24日 13:26 来源:新华网 参与互动', '报告共分三个部分:过去五年的主要工作;五年工作的主要体会;今后一年工作的建议。'].join('\n');
    expect(String(read(page).front.issuer ?? '')).not.toMatch(/新华社|受权|播发/u);
  });
  test('guard: a committee\'s report titled by its name keeps that issuer', () => {
    const page = ['某县人大常委会工作报告', '各位代表:', '现在,我代表县人民代表大会常务委员会向大会报告工作,请予审议。', '一、2023年主要工作', '全年审议法规草案3件。'].join('\n');
    expect(String(read(page).front.issuer ?? '')).toMatch(/人民代表大会常务委员会$/u);
  });
});

describe('stop 51, blind: a news site\'s dateline with the day and no city', () => {
  test('"中新網11月2日電 中央外宣辦舉行新聞發佈會,…" opens a story, said (was: read as the report; big5.taiwan.cn)', () => {
    // http://big5.taiwan.cn/gate/big5/econ.chinataiwan.cn/ec_dalu/201204/t20120425_2491349.htm
    const page = ['中新網11月2日電 中央外宣辦舉行新聞發佈會,介紹開展“十二五”規劃建言獻策活動情況。國家發展改革委主任張平在發佈會上表示,“十二五”《建議》是編制規劃《綱要》的依據。', '張平説,規劃《綱要》編制完成並且報經全國人民代表大會審議批准以後,將成為全國各族人民共同行動的綱領。'].join('\n');
    expect(story(page)).toHaveLength(1);
  });
  test('guard: a report naming a site\'s coverage mid-sentence ("…中新网11月2日电报道…") is not a story', () => {
    const page = [...opening, '我院工作经验被中新网11月2日电报道,全年发布司法公开信息3200条。'].join('\n');
    expect(story(page)).toEqual([]);
  });
});

describe('stop 51, blind: an environment bureau\'s monitoring bulletin is published, not delivered', () => {
  test('"2021年12月县(市)环境质量状况" asks for no occasion or speaker (was: both; bangbanw.com, m.changxiang.cc)', () => {
    // https://bangbanw.com/hbj/syhbj/hjzlzk/202202/bd5f90a2c7074faab89f5f56a0ac259c
    const page = ['2021年12月县(市)环境质量状况', '一、县级城镇环境空气质量监测状况', '2021年12月,全市9个县(市)平均优良天数比例为79.9%,无重度以上污染。'].join('\n');
    expect(asked(page)).toEqual([]);
  });
  test('guard: a report on the environment\'s state to a standing committee, "关于2023年度环境状况…的报告", is still asked', () => {
    const page = ['关于2023年度环境状况和环境保护目标完成情况的报告', '主任、各位副主任、各位委员:', '我受县人民政府委托,向县人大常委会报告2023年度环境状况,请予审议。', '一、环境质量状况', '全县空气质量优良天数比例为91%。'].join('\n');
    expect(asked(page)).toEqual(['missing-occasion', 'missing-speaker']);
  });
});

describe('stop 51, blind: a paper\'s three-level review glued to the story\'s last sentence', () => {
  test('"…目标以内。贵州日报天眼新闻记者王瑶编辑王远柏二审谢巍娥三审袁燕" — the credits taken off, said (was: kept, warned as cut off; www1.indianrestaurantgz.com)', () => {
    // http://www1.indianrestaurantgz.com/zcmbzl/8625.html
    const page = ['近日,记者从黔西南州生态环境局获悉,黔西南州生态环境局正式发布《黔西南州2023年生态环境状况公报》。全州环境空气质量优良率99.5%。', '主要污染物排放方面,4项主要污染物排放量控制在国家、省下达的目标以内。贵州日报天眼新闻记者王瑶编辑王远柏二审谢巍娥三审袁燕'].join('\n');
    const blocks = paragraphs(page);
    expect(blocks.at(-1)).toMatch(/目标以内。$/u);
    expect(said(page, 'page-info').some((m) => m.message.includes('三审袁燕'))).toBe(true);
    expect(said(page, 'cut-off')).toEqual([]);
  });
  test('guard: a report\'s clause on its review levels after a sentence, "…。落实编辑初审二审三审制度", stays whole', () => {
    const page = [...opening, '全年发布司法公开信息3200条。落实编辑初审二审三审制度'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('二审三审制度'))).toBe(true);
  });
});
