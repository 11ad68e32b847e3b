/**
 * Ingest defects found on the twenty-seventh round of held-out pages (2026-12-01):
 * report kinds and carriers the corpus had few of — courts' and procuratorates'
 * reports, congress presidiums and standing committees, CPPCC committees,
 * sub-districts' years, a development zone's summary — on news, law-database,
 * essay, writing-material, spam and disclosure pages; listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 27". Each test
 * is the page's shape reduced to a few lines; its name says what ingest did before
 * ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const subdistrictYear = '2022年是党的二十大召开之年,是“十四五”规划的关键之年,也是华庄街道抢抓新机遇、应对新挑战、实现新发展的奋进之年,各项工作取得了显著成效。';
const epidemic = '前期,街道上下坚持“外防输入、内防反弹”总策略和“动态清零”总方针,压实属地、部门、单位、个人四方责任,果断高效处置了多轮疫情。';

describe('held-out round 27: a disclosure table with no colons (the 江苏 template)', () => {
  const page = `当前位置:首页 > 华庄街道 > 政府信息公开 > 政府信息公开目录 > 重点工作\n\n华庄街道2022年工作总结\n\n发布时间:2023-01-17 15:00     发布部门:华庄街道     阅读次数:\n\n索引号 MB1670946/2023-00023 生成日期 2023-01-17 公开日期 2023-01-17\n文件编号 发布机构 华庄街道办事处 效力状况 有效\n文件下载\n内容概述 华庄街道2022年工作总结\n\n  ${subdistrictYear}\n\n  (一)疫情防控方向更明\n\n  ${epidemic}`;

  test('"…发布机构 华庄街道办事处 效力状况 有效", "文件下载", "内容概述 <title>": rows of the table (was: 发布机构 "华庄街道办事处效力状况有效", "文件下载" the first paragraph, "内容概述…" a heading over the text)', () => {
    const { front, blocks } = readIngested(page);
    expect(front.disclosure).toMatchObject({ 发布机构: '华庄街道办事处', 效力状况: '有效', 内容概述: '华庄街道2022年工作总结' });
    expect(front.issuer).toBe('华庄街道办事处');
    expect(blocks[0]).toBe(subdistrictYear.replace(/,/g, '，'));
    expect(blocks[1]).toBe('## （一）疫情防控方向更明');
  });

  test('the page\'s stamp row over the table ("发布时间:… 发布部门:… 阅读次数:") is no row of it (was: its time the table\'s 发布时间)', () => {
    const { front } = readIngested(page);
    expect(front.disclosure).not.toHaveProperty('发布时间');
  });

  test('guard: "发布时间:2008-02-20" alone among the table\'s rows is the table\'s', () => {
    const { front } = readIngested(`索引号:431000/2008-00112\n发布时间:2008-02-20\n发布机构:株洲县人民政府\n\n株洲县人民政府工作报告\n\n各位代表:\n\n现在,我代表县人民政府向大会报告工作,请予审议。\n\n一、过去一年工作回顾\n\n${subdistrictYear}`);
    expect(front.disclosure).toMatchObject({ 发布时间: '2008-02-20' });
  });

  test('guard: "文件下载" and "内容概述" away from a table are text', () => {
    const { blocks } = readIngested(`华庄街道2022年工作总结\n\n${subdistrictYear}\n\n内容概述 本文回顾了街道一年的工作\n\n文件下载`, 'page.txt', { clean: false });
    expect(blocks).toContain('内容概述本文回顾了街道一年的工作');
    expect(blocks).toContain('文件下载');
  });
});

const zoneYear = '今年以来,在县委、县政府的坚强领导下,县经开区聚焦争先进位,着力推进双招双引、项目建设、园区拓展等各项工作,高质量发展呈现稳中向好态势。';

describe('held-out round 27: a document site\'s desktop prompt and its file label', () => {
  test('"电脑桌面" / "添加…到电脑桌面" / "安装后可以在桌面快捷访问", then "<name>.docxVIP专享VIP免费优质" over "<name>": the prompt and the label are the site\'s, the name the title (was: the title "电脑桌面", the rest paragraphs)', () => {
    const { front, blocks } = readIngested(`电脑桌面\n添加文秘家园网 | 公文写作素材范文网站到电脑桌面\n安装后可以在桌面快捷访问\n\n经开区工作总结及2023年工作安排.docxVIP专享VIP免费优质\n\n经开区工作总结及2023年工作安排\n\n一、2022年以来工作开展情况\n\n${zoneYear}`);
    expect(front.title).toBe('经开区工作总结及2023年工作安排');
    expect(blocks[0]).toBe('## 一、2022年以来工作开展情况');
  });

  test('guard: a sentence about the desktop, and a file name with words after it, are text', () => {
    const { blocks } = readIngested(`经开区工作总结\n\n${zoneYear}\n\n添加政务服务快捷方式到电脑桌面,群众办事更便捷。\n\n经开区工作总结.docx中的数据以统计局公布为准`, 'page.txt', { clean: false });
    expect(blocks).toContain('添加政务服务快捷方式到电脑桌面，群众办事更便捷。');
    expect(blocks.some((b) => b.startsWith('经开区工作总结.docx中的数据'))).toBe(true);
  });
});

const congressYear = '2019年是我区改革开放和经济社会发展取得新的重大进展的一年。一年来,在中共xx区委的正确领导下,区人大常委会坚持习近平新时代中国特色社会主义思想为指导,忠实履行宪法和法律赋予的职责。';

describe('held-out round 27: a template\'s page title in brackets, its masked term', () => {
  const page = `[2020年X区人大常委会工作报告] 2020年是几中全会\n\n各位代表\n\n我受区x届人大常委会的委托,向大会作常委会工作报告,请予审议。\n\n2019年的工作回顾\n\n${congressYear}`;

  test('"[2020年X区人大常委会工作报告] 2020年是几中全会": the bracket names the document, the tail (a search keyword) none — the title (was: "2020年是几中全会")', () => {
    expect(readIngested(page).front.title).toBe('2020年X区人大常委会工作报告');
  });

  test('the committee a title names is the issuer by its full name, "我受区x届人大常委会的委托" its masked term dropped (was: "X区人大常委会", and "区x届人民代表大会常务委员会" from the text)', () => {
    expect(readIngested(page).front.issuer).toBe('X区人民代表大会常务委员会');
    const untitled = readIngested(page.replace(/^.*\n/, ''));
    expect(String(untitled.front.issuer ?? '')).not.toMatch(/x届/);
  });

  test('guard: a channel tag in brackets before a title ("【投资滨江区】2018年杭州市滨江区政府工作报告") is no title', () => {
    const { front } = readIngested(`【投资滨江区】2018年杭州市滨江区政府工作报告\n\n各位代表:\n\n现在,我代表杭州市滨江区人民政府向大会报告工作,请予审议。\n\n一、2017年工作回顾\n\n${congressYear}`);
    expect(front.title).toBe('2018年杭州市滨江区政府工作报告');
  });

  test('guard: a bracketed document name over a title that is a document too ("【2022年两会】…政府工作报告") keeps the printed title', () => {
    const { front } = readIngested(`【2022年政府工作报告】2022年杭州市滨江区政府工作报告\n\n各位代表:\n\n现在,我代表杭州市滨江区人民政府向大会报告工作,请予审议。\n\n一、2021年工作回顾\n\n${congressYear}`);
    expect(front.title).toBe('2022年杭州市滨江区政府工作报告');
  });
});

const baiyangYear = '今年以来,白杨街道在区委、区政府的坚强领导下,团结依靠广大党员群众,扎实推进各项工作,确保经济社会民生事业健康发展。';

describe('held-out round 27: a sub-district\'s year named by its title', () => {
  test('"白杨街道2022年工作总结及2023年工作思路": the 街道\'s office is the issuer (was: none)', () => {
    const { front } = readIngested(`白杨街道2022年工作总结及2023年工作思路\n发布日期:2023-01-12 17:22 信息来源:白杨街道\n${baiyangYear}\n一、2022年工作成效\n1.从严从紧抓好新冠疫情防控。有效应对多次疫情,筑牢疫情防控屏障。`);
    expect(front.issuer).toBe('白杨街道办事处');
  });

  test('guard: "…街道党工委2022年工作总结" (the Party\'s committee) names no office', () => {
    const { front } = readIngested(`白杨街道党工委2022年工作总结\n${baiyangYear}\n一、2022年工作成效\n1.从严从紧抓好新冠疫情防控。有效应对多次疫情,筑牢疫情防控屏障。`);
    expect(front.issuer).not.toBe('白杨街道办事处');
    expect(front.issuer).not.toBe('白杨街道党工委办事处');
  });
});

const cppccOpening = '我受中国人民政治协商会议第八届芮城县委员会常务委员会的委托,向大会报告工作,请予审议。并请列席会议的同志提出意见。';
const cppccYear = '刚刚过去的2008年,是很不寻常、极不平凡的一年。一年来,在县委、县政府的坚强领导下,全县呈现出政治稳定、经济发展、民生改善、社会和谐的良好局面。';

describe('held-out round 27: a slogan title over the document\'s name as a "——" subtitle', () => {
  const block = (name: string) => `同心同德共克时艰   竭智尽职谋求发展\n\n为促进我县经济平稳较快发展做出新贡献\n\n \n\n——政协第八届芮城县委员会常务委员会工作报告\n\n(2009年2月13日)\n\n${name}\n\n \n\n各位委员、同志们:\n\n${cppccOpening}\n\n一、2008年工作回顾\n\n${cppccYear}`;

  test('"为促进…新贡献" / "——政协第八届芮城县委员会常务委员会工作报告": the document\'s name is the title, and the committee the issuer (was: the slogan and the name joined, the issuer "为促进…——政协…")', () => {
    const { front, blocks } = readIngested(block('李 万 廷'));
    expect(front.title).toBe('政协第八届芮城县委员会常务委员会工作报告');
    expect(front.issuer).toBe('中国人民政治协商会议芮城县委员会常务委员会');
    expect(blocks[0]).toBe('各位委员、同志们：');
  });

  test('"李 万 廷", letter-spaced, right over the salutation under the bracketed date: the speaker (was: removed as the page\'s head)', () => {
    expect(readIngested(block('李 万 廷')).front.speaker).toBe('李万廷');
  });

  test('guard: a word of two characters there ("全文") is no speaker', () => {
    const { front } = readIngested(block('全文'), 'page.txt', { clean: false });
    expect(front.speaker).toBeUndefined();
  });

  test('guard: the "——" line under a title that is its occasion ("——2021年12月15日在…会议上") stays the occasion', () => {
    const { front } = readIngested(`政府工作报告\n\n——2021年12月15日在北京市海淀区第十七届人民代表大会第一次会议上\n\n各位代表:\n\n现在,我代表区人民政府向大会报告工作,请予审议。\n\n一、过去五年工作回顾\n\n${cppccYear}`);
    expect(front.title).toBe('政府工作报告');
    expect(front.occasion).toBe('2021年12月15日在北京市海淀区第十七届人民代表大会第一次会议上');
  });
});

const sppOpening = '现在,我代表最高人民检察院,向大会报告工作,请予审议,并请全国政协各位委员提出意见。';
const sppReview = '党的十九大以来,伴随党和国家事业取得举世瞩目的重大成就,法治中国建设开创新局面。习近平总书记对检察工作作出系列重要指示。';

describe('held-out round 27: a law database\'s record title', () => {
  test('"中华人民共和国第十四届全国人民代表大会第一次会议最高人民检察院工作报告" over the occasion naming that session: the report\'s name is the title (was: the session glued before it)', () => {
    const { front } = readIngested(`中华人民共和国第十四届全国人民代表大会第一次会议最高人民检察院工作报告\n——2023年3月7日在第十四届全国人民代表大会第一次会议上\n最高人民检察院检察长 张军\n各位代表:\n${sppOpening}\n过去五年工作回顾\n${sppReview}`);
    expect(front.title).toBe('最高人民检察院工作报告');
    expect(front.occasion).toBe('2023年3月7日在第十四届全国人民代表大会第一次会议上');
  });

  test('guard: a session glued before a title with no occasion under it, or before a name with no organ, stays as printed', () => {
    const bare = readIngested(`第十四届全国人民代表大会第一次会议最高人民检察院工作报告\n最高人民检察院检察长 张军\n各位代表:\n${sppOpening}\n过去五年工作回顾\n${sppReview}`, 'page.txt', { clean: false });
    expect(bare.front.title).toBe('第十四届全国人民代表大会第一次会议最高人民检察院工作报告');
    const organless = readIngested(`第十四届全国人民代表大会第一次会议工作报告\n——2023年3月7日在第十四届全国人民代表大会第一次会议上\n各位代表:\n${sppOpening}\n过去五年工作回顾\n${sppReview}`, 'page.txt', { clean: false });
    expect(organless.front.title).toBe('第十四届全国人民代表大会第一次会议工作报告');
  });
});

const presidiumYear = '2017年,崔家橋鎮人大主席團在鎮黨委的領導下,按照縣人大常委會的工作部署和要求,切實履行了憲法和法律賦予的職責,爲促進全鎮社會穩定和諧發展發揮了積極的作用。';

describe('held-out round 27: an essay site\'s name and its compilation over a town presidium\'s report', () => {
  const page = `靈感範文站\n\n鄉鎮人大主席團工作報告(三篇)\n\n崔家橋鎮人大主席團工作報告\n\n鄉鎮人大主席團工作報告(三篇)\n\n各位代表:\n\n我受鎮第十七屆人民代表大會主席團委託,向大會報告工作,請予審議。\n\n2017年工作回顧\n\n${presidiumYear}`;

  test('"靈感範文站" (a site\'s name, …站), "…工作報告(三篇)" (a compilation) over "崔家橋鎮人大主席團工作報告": the piece\'s name is the title (was: the three joined)', () => {
    const { front, blocks } = readIngested(page);
    expect(front.title).toBe('崔家橋鎮人大主席團工作報告');
    expect(blocks[0]).toBe('各位代表：');
  });

  test('"我受鎮第十七屆人民代表大會主席團委託" under a title naming the town\'s presidium: the presidium with its place is the issuer (was: none)', () => {
    expect(readIngested(page).front.issuer).toBe('崔家橋鎮人民代表大會主席團');
  });

  test('guard (pins earlier behaviour): a compilation\'s name with no piece\'s name under it ("…工作報告(三篇)" alone over the salutation) reads as before', () => {
    const { front } = readIngested(`鄉鎮人大主席團工作報告(三篇)\n\n各位代表:\n\n我受鎮第十七屆人民代表大會主席團委託,向大會報告工作,請予審議。\n\n2017年工作回顧\n\n${presidiumYear}`, 'page.txt', { clean: false });
    expect(front.title).toBe('鄉鎮人大主席團工作報告（三篇）');
  });
});

describe('held-out round 27: an earlier gap — a dash typed as three hyphens (阿城区 2011, round 25)', () => {
  const fiveYears = '区一届人代会以来的五年,是阿城发展史上极不平凡且具有重要里程碑意义的五年。五年来,在市委、市政府和区委的正确领导下,我们坚持以科学发展观统领经济社会发展全局。';
  test('"---撤市设区的五年,是经济发展势头迅猛、综合实力显著增强的五年。…": a dash-led topic statement, a lead (was: not marked)', () => {
    const { leads } = readIngested(`阿城区人民政府工作报告\n各位代表:\n现在,我代表阿城区第一届人民政府向大会作工作报告,请予审议。\n一、撤市设区五年的工作回顾\n${fiveYears}\n---撤市设区的五年,是经济发展势头迅猛、综合实力显著增强的五年。2011年,预计全区生产总值实现215.3亿元,同比增长12.8%。\n---撤市设区的五年,是招商引资成果丰硕、重大项目强势推进的五年。全年引进项目120个,总投资86亿元。`);
    expect(leads).toEqual(['---撤市设区的五年，是经济发展势头迅猛、综合实力显著增强的五年。', '---撤市设区的五年，是招商引资成果丰硕、重大项目强势推进的五年。']);
  });

  test('guard: three hyphens alone (a rule) or before a bar (a table\'s border) lead nothing', () => {
    const { leads } = readIngested(`阿城区人民政府工作报告\n各位代表:\n现在,我代表阿城区第一届人民政府向大会作工作报告,请予审议。\n一、撤市设区五年的工作回顾\n${fiveYears}\n---\n综合实力显著增强。2011年,预计全区生产总值实现215.3亿元,同比增长12.8%。`, 'page.txt', { clean: false });
    expect(leads.some((l) => l.startsWith('---'))).toBe(false);
  });
});
