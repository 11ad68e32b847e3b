/**
 * Ingest defects found on the nineteenth round of held-out pages (2026-12-01):
 * government work reports of places the corpus was thin on (江苏, 福建, 辽宁,
 * 河北, 山西, 天津, 香港, 澳门) and old years — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 19". Each
 * test is the page's shape reduced to a few lines; its name says what ingest
 * did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const opening = '各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、2020年工作回顾\n过去一年,全市经济稳中有进。';

describe('held-out round 19: page furniture above the report', () => {
  test('a skip link in traditional characters ("跳至主要內容", a Hong Kong government page) is navigation, not the title (was: title "跳至主要內容")', () => {
    const { front, rules } = readIngested(`跳至主要內容\n\n2021年政府工作报告\n\n${opening}`);
    expect(front.title).toBe('2021年政府工作报告');
    expect(rules).toContain('navigation');
  });

  test('a portal\'s welcome banner ("欢迎访问【沈阳市城市管理综合行政执法局 沈阳市园林局】官方网站!") and its accessibility bar ("无障碍辅助浏览工具条 |") are the page\'s, not the title\'s first lines (was: the three lines joined as the title)', () => {
    const { front, rules } = readIngested(`欢迎访问【沈阳市城市管理综合行政执法局 沈阳市园林局】官方网站!\n无障碍辅助浏览工具条 | \n当前位置:首页>政务公开>政府工作报告\n\n沈阳市2021年政府工作报告\n\n${opening}`);
    expect(front.title).toBe('沈阳市2021年政府工作报告');
    expect(rules).toEqual(expect.arrayContaining(['navigation', 'breadcrumb']));
  });

  test('a menu whose first item is letter-spaced ("首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心") is the site\'s (was: joined to the title under it)', () => {
    const { front } = readIngested(`首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心\n2016年天津市红桥区人民政府工作报告\n\n${opening}`);
    expect(front.title).toBe('2016年天津市红桥区人民政府工作报告');
  });

  test('a row of asterisks under a press release\'s heading, and a lone "|" left of a layout table, are no text (was: paragraphs "\\*\\*\\*…" and "|")', () => {
    const { blocks, rules } = readIngested(`2021年政府工作报告\n***************************************\n|\n${opening}`);
    expect(blocks.some((b) => /^[*\\|]+$/.test(b))).toBe(false);
    expect(rules).toContain('separator');
  });

  test('a flipbook page\'s "Page 9 - 2022年第2期" and "P. 9", and a gazette\'s running header "·工作报告· 2/2022 大同市人民政府公报", are furniture (was: the header taken for the title, the other two left as paragraphs)', () => {
    const { front, blocks } = readIngested(`Page 9 - 2022年第2期\nP. 9\n·工作报告· 2/2022 大同市人民政府公报\n“生态有为”的历史跨越;坚持山水林田湖草沙 力建设集商务、科创、会展、休闲等功能为一\n系统治理,全面落实“河长制”“林长制”,强 体的现代活力新区。\n我们将紧紧盯住北京产业转移,持续深化京同合作。`, 'page.txt', { clean: false });
    expect(front.title ?? '').toBe('');
    expect(blocks[0]).toMatch(/^“生态有为”的历史跨越/);
  });

  test('guard: a sentence that opens with 欢迎 or names a gazette, and a line of dashes inside the text, stay', () => {
    const { blocks } = readIngested(`2021年政府工作报告\n${opening}\n欢迎访问者来到我市投资兴业,共享发展机遇。\n本报告数据来源于2/2022大同市人民政府公报及统计年鉴。\n——全年新增就业3万人。`);
    const text = blocks.join('\n');
    expect(text).toContain('欢迎访问者来到我市投资兴业');
    expect(text).toContain('大同市人民政府公报及统计年鉴');
    expect(text).toContain('——全年新增就业3万人');
  });
});

describe('held-out round 19: a paragraph ending on a half-width colon', () => {
  const review = '刚刚过去的2008年是我国发展进程中极不平凡的一年。面对历史罕见的国际金融危机和国内严重自然灾害,在省委、省政府和市委的正确领导下,市人民政府认真贯彻党的十七大和十七届三中全会精神,扎实推进福州又好又快发展,完成了市十三届人大三次会议确定的各项目标任务。主要表现在:';
  test('"…主要表现在:" (ASCII colon, as the pages corpus prints it) ends its paragraph: the "——经济保持平稳较快发展。" under it is a lead of its own (was: joined to the paragraph above, no lead)', () => {
    const { blocks, leads } = readIngested(`政府工作报告\n各位代表:\n现在,我代表市人民政府向大会作政府工作报告,请予审议。\n2008年工作回顾\n${review}\n——经济保持平稳较快发展。预计全市生产总值达2296亿元,比增13.1%。\n——城乡人民生活持续改善。城镇居民人均可支配收入达19000元,比增14.2%。`);
    expect(blocks.some((b) => b.endsWith('主要表现在：'))).toBe(true);
    expect(leads).toEqual(['——经济保持平稳较快发展。', '——城乡人民生活持续改善。']);
  });

  test('guard: a line the page wrapped mid-sentence still goes on, and a colon between Latin words ends nothing', () => {
    const { blocks } = readIngested(`政府工作报告\n各位代表:\n现在,我代表市人民政府向大会作政府工作报告,请予审议,并请市政协委员和其他列席人员提出意见。刚刚过去的2008年是极不平凡的一年,全市\n上下共同努力,完成了各项目标任务。`);
    expect(blocks.join('\n')).toContain('全市上下共同努力');
  });
});

describe('held-out round 19: an essay site\'s compilation heading over its numbered item', () => {
  const fuzhou = '关于福州市政府工作报告\n政府工作报告由于其独特的权威性和涉及面的广泛性历来广受国内外关注,下面学习啦小编给大家分享几篇关于福州市政府工作报告,一起看一下吧!\n关于福州市政府工作报告篇1\n各位代表:\n现在,我代表市人民政府向大会作政府工作报告,请予审议。\n2008年工作回顾\n刚刚过去的2008年是极不平凡的一年,我们扎实推进福州又好又快发展。';

  test('"关于福州市政府工作报告" over "关于福州市政府工作报告篇1" (the same words and the item\'s number) is the site\'s heading for its pieces, not the report\'s title (was: title "关于福州市政府工作报告", issuer "关于福州市人民政府")', () => {
    const { front, blocks } = readIngested(fuzhou);
    expect(front.title ?? '').toBe('');
    expect(front.issuer).toBe('福州市人民政府');
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: without the numbered item under it, the heading naming the report is its title', () => {
    const { front } = readIngested(fuzhou.replace('关于福州市政府工作报告篇1\n', '').replace('关于福州市政府工作报告\n', '福州市政府工作报告\n'));
    expect(front.title).toBe('福州市政府工作报告');
  });
});

describe('held-out round 19: the place a title names after 关于', () => {
  test('guard: a place that opens with 关 ("关岭布依族苗族自治县人民政府工作报告") keeps it', () => {
    const { front } = readIngested('关岭布依族苗族自治县人民政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2020年工作回顾\n过去一年,全县经济稳中有进。');
    expect(front.issuer).toBe('关岭布依族苗族自治县人民政府');
  });
});

describe('held-out round 19: an article\'s stamp row set as table cells', () => {
  test('"发布时间 | 2021-02-10 责任编辑 |  来源 | 沈阳日报" is the article\'s stamp, not a disclosure table: removed, its day the publication date (was: a disclosure field 发布时间)', () => {
    const { front, rules } = readIngested(`沈阳市2021年政府工作报告\n\n发布时间 | 2021-02-10 责任编辑 |  来源 | 沈阳日报\n\n${opening}`);
    expect(front.disclosure).toBeUndefined();
    expect(front).toMatchObject({ date: '2021-02-10', date_source: 'published' });
    expect(rules).toContain('page-info');
  });

  test('guard: a disclosure table\'s row ("索引号 | 0001/2021-01 | 发布时间 | 2021-02-10 | 来源 | 沈阳市人民政府": two stamp labels, but more values than labels) is still read as one (seen red with the values condition taken out)', () => {
    const { front, rules } = readIngested(`索引号 | 0001/2021-01 | 发布时间 | 2021-02-10 | 来源 | 沈阳市人民政府\n沈阳市2021年政府工作报告\n\n${opening}`);
    expect(front.disclosure).toMatchObject({ 索引号: '0001/2021-01' });
    expect(rules).not.toContain('page-info');
  });

  test('a disclosure row whose labels end in a stamp label ("成文日期 | 2021-02-10 | 发布日期 | 2021-02-12": 日期 inside 成文日期) is read as one, not as a stamp row (was: removed as page info, both fields lost — the "not inside a longer word" condition was void, \\p{Script=Han} in a template string being read as the letters p, S, c, r…)', () => {
    const { front, rules } = readIngested(`成文日期 | 2021-02-10 | 发布日期 | 2021-02-12\n沈阳市2021年政府工作报告\n\n${opening}`);
    expect(front.disclosure).toMatchObject({ 成文日期: '2021-02-10', 发布日期: '2021-02-12' });
    expect(rules).not.toContain('page-info');
  });
});

describe('held-out round 19: a press release carrying a speech, its lede naming the document in 《》', () => {
  const release = '跳至主要內容\n\n行政長官向立法會發表《行政長官2021年施政報告》發言全文(一)(附圖/短片)\n***************************************\n  以下是行政長官林鄭月娥今日(十月六日)上午向立法會發表《行政長官2021年施政報告》的發言全文:\n\n立法會主席、各位議員、各位市民: \n\n(一)前言:新局面\n\n1. 今天我發表任內第五份《施政報告》,也是本屆香港特別行政區(特區)政府五年任期內的最後一份《施政報告》。儘管如此,我和我的團隊非常重視這份《施政報告》;我親自主持了40場線上線下的諮詢會。\n\n2. 與此同時,我們必須緊記好局面得來不易。我今天能安然站在立法會議事廳發表行政長官施政報告,標誌着香港特區已回到「一國兩制」的正確軌道,管治秩序已恢復正常。\n\n3. 我今天發表的《施政報告》,聚焦發展,為香港勾劃未來,向社會作全面交代。';

  test('"以下是行政長官林鄭月娥今日…向立法會發表《行政長官2021年施政報告》的發言全文:" over the salutation: the name in 《》 is the title, who gave it the speaker, the release\'s heading above it the page\'s (was: the heading as title, heading and lede left as paragraphs, no speaker)', () => {
    const { front, blocks } = readIngested(release, 'page.txt', { clean: false });
    expect(front).toMatchObject({ title: '行政長官2021年施政報告', speaker: '行政長官 林鄭月娥' });
    expect(blocks[0]).toBe('立法會主席、各位議員、各位市民：');
  });

  test('guard: a lede that names no document in 《》 and a text that does not follow it leave the head as it was', () => {
    const { front } = readIngested(release.replace('《行政長官2021年施政報告》的發言全文:', '施政報告時表示:'), 'page.txt', { clean: false });
    expect(front.speaker).toBeUndefined();
  });
});

describe('held-out round 19: numbered paragraphs', () => {
  test('paragraphs numbered 1. 2. 3. (a policy address numbers every paragraph), two of them kept whole for their long first sentence: the second, whose first sentence is short, is a numbered paragraph too, not a run-in heading (was: "### 2. 與此同時，我們必須緊記好局面得來不易")', () => {
    const { blocks } = readIngested('施政報告\n立法會主席、各位議員:\n(一)前言:新局面\n1. 今天我發表任內第五份《施政報告》,也是本屆香港特別行政區(特區)政府五年任期內的最後一份《施政報告》。儘管如此,我和我的團隊非常重視這份《施政報告》。\n2. 與此同時,我們必須緊記好局面得來不易。我今天能安然站在立法會議事廳發表行政長官施政報告,管治秩序已恢復正常。\n3. 我今天發表的《施政報告》,聚焦發展,為香港勾劃未來,而有關總結過去四年多的施政成效,則放在同日公布的《施政報告附篇》中。\n4. 雖然本屆政府面對前所未有的嚴峻挑戰,我們秉持迎難而上,堅持不懈,為香港的長遠發展打好基礎,讓市民安居樂業。', 'page.txt', { clean: false });
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## （一）前言：新局面']);
    expect(blocks).toContain('2. 與此同時，我們必須緊記好局面得來不易。我今天能安然站在立法會議事廳發表行政長官施政報告，管治秩序已恢復正常。');
  });

  test('guard: run-in headings numbered 1. 2. 3. with one long one among them stay headings', () => {
    const { blocks } = readIngested(`政府工作报告\n${opening}\n1.产业转型升级。全市规上工业增加值增长8%。\n2.创新能力持续提升,全社会研发投入强度达到2.8%,高新技术企业数量突破一千家,科技型中小企业评价入库数量位居全省前列。新增国家级平台3个。\n3.改革开放纵深推进。营商环境持续优化。`);
    expect(blocks.filter((b) => b.startsWith('###'))).toEqual(['### 1.产业转型升级', '### 3.改革开放纵深推进']);
  });
});

describe('held-out round 19: a compilation heading that is a document\'s name', () => {
  test('guard: "杭州市政協工作報告" over "杭州市政協工作報告篇1" (no 关于: the name the site gives the document, round 20\'s zj-hangzhou-cppcc) stays the title', () => {
    const { front } = readIngested('杭州市政协工作报告\n下面学习啦小编给大家分享几篇杭州市政协工作报告,一起看一下吧!\n杭州市政协工作报告篇1\n各位委员:\n我代表政协第十届杭州市委员会常务委员会,向大会报告工作,请予审议。\n一、20xx年工作回顾\n过去一年,市政协认真履职。', 'page.txt', { clean: false });
    expect(front.title).toBe('杭州市政协工作报告');
  });
});

describe('held-out round 19: a Chief Executive\'s policy address', () => {
  const address = '以下是行政長官林鄭月娥今日(十月六日)上午向立法會發表《行政長官2021年施政報告》的發言全文:\n立法會主席、各位議員、各位市民:\n(一)前言:新局面\n1. 今天我發表任內第五份《施政報告》,也是本屆香港特別行政區(特區)政府五年任期內的最後一份《施政報告》。儘管如此,我和我的團隊非常重視這份《施政報告》,親自主持了40場諮詢會。\n2. 我們必須緊記好局面得來不易,要長治久安,全港市民應當更全面認識「一國兩制」,更好融入國家發展大局。\n3. 我今天發表的《施政報告》,聚焦發展,為香港勾劃未來,向社會作全面交代,總結過去四年多的施政成效。';

  test('the speaker a 行政長官 and the text naming its region ("本屆香港特別行政區(特區)政府"): the issuer is that region\'s government (was: none)', () => {
    const { front } = readIngested(address, 'page.txt', { clean: false });
    expect(front.issuer).toBe('香港特別行政區政府');
  });

  test('guard: a text naming both regions names no issuer', () => {
    const { front } = readIngested(address.replace('本屆香港特別行政區(特區)政府', '本屆香港特別行政區(特區)政府與澳門特別行政區政府'), 'page.txt', { clean: false });
    expect(front.issuer).toBeUndefined();
  });
});

describe('held-out round 19: a two-column page read across', () => {
  const datong = 'Page 9 - 2022年第2期\nP. 9\n·工作报告· 2/2022 大同市人民政府公报\n“生态有为”的历史跨越;坚持山水林田湖草沙 力建设集商务、科创、会展、休闲等功能为一\n系统治理,全面落实“河长制”“林长制”,强 体的现代活力新区。\n化采煤沉陷区矿山生态治理,努力建设“一带 (六) 蹚出共建与共享相互促进的共同富裕\n两屏六区多廊”生态安全格局,全市森林覆盖 之路。共同富裕是高质量发展的最终目标。我\n率每年至少提升0.5个百分点。让蓝天白云、青 们将把改革发展的成果更多地惠及群众,深入\n山绿水、鸟语花香成为大同人的骄傲。 践行以人民为中心的发展思想,以共享引领共\n(四) 蹚出产业与人口竞相汇聚的开放共赢 建,以共建促进共享,在不断做大“蛋糕”的\n之路。对外开放是提升经济发展能级的现实选 同时,更加注重分好“蛋糕”。就业是最大的民\n择,是全方位推动高质量发展的必由之路。我 生,以产业结构调整引领就业结构优化,持续\n们将紧紧盯住北京产业转移,持续深化京同合 发展壮大数据服务产业,力争通过五年努力增';

  test('lines that each hold a left-column line, a space and the right-column line beside it (a gazette page\'s flipbook text): a warning that the text does not read in order, naming the lines (was: nothing said, the columns interleaved as one text)', () => {
    const { result } = readIngested(datong, 'page.txt', { clean: false });
    const warning = result.file.messages.find((m) => m.ruleId === 'two-columns');
    expect(warning?.fatal).toBe(false);
    expect(warning?.line).toBe(4);
    expect(warning?.reason).toContain('lines 4–13');
  });

  test('guard: spaced figures, letter-spaced titles and a PDF dump\'s wrapped lines are no columns', () => {
    const { result } = readIngested(`政 府 工 作 报 告\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、2020年工作回顾\n过去一年,全市地区生产总值增长 5.5%,一般公共预算收入 123.4 亿元,\n增长 6.1%;城镇居民人均可支配收入 4.5 万元,增长 5%;农村居民人均\n可支配收入 2.1 万元,增长 7%。全市新增城镇就业 3.2 万人,城镇调查\n失业率控制在 5.5% 以内。粮食总产量 120 万吨,连续 8 年稳定在百万吨\n以上。规模以上工业增加值增长 8%,高新技术企业达到 560 家,研发投\n入强度达到 2.5%。全市 PM2.5 年均浓度下降到 32 微克/立方米。`, 'page.txt', { clean: false });
    expect(result.file.messages.some((m) => m.ruleId === 'two-columns')).toBe(false);
  });
});

describe('held-out round 19: a period characterised by two phrases', () => {
  test('"过去的五年,是生态建设取得显著成效,人民幸福指数不断提高的五年。" over its paragraph (one of the review\'s parallel characterisations, as "这是…,…的五年。") is a lead (was: not marked — "过去五年,是…" opens the review)', () => {
    const { leads } = readIngested(`政府工作报告\n${opening}\n过去的五年,是生态建设取得显著成效,人民幸福指数不断提高的五年。始终把打造良好的生态环境和生活环境作为重大民生工程,努力增强人民群众的幸福感。`);
    expect(leads).toEqual(['过去的五年，是生态建设取得显著成效，人民幸福指数不断提高的五年。']);
  });

  test('guard: "过去五年,是沈阳振兴发展进程中极不平凡的五年。" (one phrase) opens the review: no lead', () => {
    const { leads } = readIngested(`政府工作报告\n${opening}\n过去五年,是沈阳振兴发展进程中极不平凡的五年。我们深入学习贯彻习近平新时代中国特色社会主义思想,砥砺奋进,开拓创新。`);
    expect(leads).toEqual([]);
  });
});
