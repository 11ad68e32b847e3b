/**
 * Ingest defects found on the twentieth round of held-out pages (2026-12-01):
 * report kinds other than the government's (standing committees, courts,
 * procuratorates, CPPCC committees, audit, budget and final-accounts
 * reports, a township's) on odd carriers — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 20".
 * Each test is the page's shape reduced to a few lines; its name says what
 * ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const cppccOpening = '我代表政协岳阳市第九届委员会常务委员会,向大会报告工作,请予审议,并请列席会议的同志提出意见。';
const review = '2024年,是新中国和人民政协成立75周年。一年来,市政协高举习近平新时代中国特色社会主义思想伟大旗帜,团结带领各参加单位和政协委员阔步前行。';

describe('held-out round 20: a CPPCC report opening at "——…会议上的报告", the name glued to the salutation', () => {
  const yueyang = `——2024年12月22日在政协岳阳市第九届委员会第四次会议上的报告\n黎作凤各位委员、同志们:\n${cppccOpening}\n回望2024:初心如磐担使命接续奋进谱新篇\n${review}\n(一)牢牢把握本质特征,思想政治引领得到新加强\n始终把发挥政协作为重要阵地作用摆在首位,旗帜鲜明、坚定不移。`;

  test('"——…会议上的报告": the occasion, "的报告" no paragraph of the text (was: "的报告" the first paragraph)', () => {
    const { front, blocks } = readIngested(yueyang);
    expect(front.occasion).toBe('2024年12月22日在政协岳阳市第九届委员会第四次会议上');
    expect(front.date).toBe('2024-12-22');
    expect(blocks.join('\n')).not.toContain('的报告');
  });

  test('"黎作凤各位委员、同志们:" right under the occasion: the name is the speaker, the salutation opens the text (was: no speaker, the name glued to the salutation in the text)', () => {
    const { front, blocks } = readIngested(yueyang);
    expect(front.speaker).toBe('黎作凤');
    expect(blocks[0]).toBe('各位委员、同志们：');
  });

  test('its message quotes what moved to the front matter, the name alone (was: "Moved to front matter: “黎作凤各位委员、同志们:”", the salutation that stays in the text quoted too)', () => {
    const { result } = readIngested(yueyang);
    const moved = result.file.messages.filter((m) => m.ruleId === 'metadata' && m.line === 2).map((m) => m.reason);
    expect(moved).toEqual(['Moved to front matter: “黎作凤”']);
  });

  test('guard: "尊敬的各位代表:" under the block is a salutation, no name before it', () => {
    const { front, blocks } = readIngested(`政府工作报告\n——2024年1月5日在岳阳市第九届人民代表大会第四次会议上\n尊敬的各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、2023年工作回顾\n过去一年,全市经济稳中有进。`);
    expect(front.speaker).toBeUndefined();
    expect(blocks[0]).toBe('尊敬的各位代表：');
  });

  test('"回望2024:初心如磐担使命接续奋进谱新篇" alone before the review: a part heading, its "(一)" one level under it (was: a paragraph, "(一)" the top level)', () => {
    const { blocks } = readIngested(yueyang);
    expect(blocks).toContain('## 回望2024：初心如磐担使命接续奋进谱新篇');
    expect(blocks).toContain('### （一）牢牢把握本质特征，思想政治引领得到新加强');
  });

  test('guard (earlier behaviour): a label and its words after a colon over a paragraph stay a paragraph when they make a clause ("主要做法:一是抓项目,二是抓招商")', () => {
    const { blocks } = readIngested(`${cppccOpening.replace('政协岳阳市第九届委员会常务委员会', '市人民政府')}\n主要做法:一是抓项目,二是抓招商\n${review}`, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.startsWith('#') && b.includes('主要做法'))).toBe(false);
  });

  test('"我代表政协岳阳市第九届委员会常务委员会": the committee by its full name, 政协 written out as the title would print it (was: "政协岳阳市委员会常务委员会")', () => {
    const { front } = readIngested(yueyang);
    expect(front.issuer).toBe('中国人民政治协商会议岳阳市委员会常务委员会');
  });

  test('the same on a traditional page: "我代表政協第十屆杭州市委員會常務委員會" → 中國人民政治協商會議杭州市委員會常務委員會', () => {
    const { front } = readIngested(`杭州市政協工作報告\n各位委員:\n我代表政協第十屆杭州市委員會常務委員會,向大會報告工作,請予審議。\n一、20xx年工作回顧\n過去一年,在中共杭州市委的堅強領導下,市政協認真履行職能,各項工作取得新進展。`, 'page.txt', { clean: false });
    expect(front.issuer).toBe('中國人民政治協商會議杭州市委員會常務委員會');
  });

  test('earlier behaviour, pinned (no guard of the 政协 rule: a name without 政协 never reaches it): a people\'s congress standing committee keeps its name ("我受市人大常委会委托" → 岳阳市人民代表大会常务委员会)', () => {
    const { front } = readIngested(`岳阳市人民代表大会常务委员会工作报告\n——2024年1月5日在岳阳市第九届人民代表大会第四次会议上\n各位代表:\n我受市人大常委会委托,向大会报告工作,请予审议。\n一、2023年主要工作\n过去一年,常委会依法履职。`);
    expect(front.issuer).toBe('岳阳市人民代表大会常务委员会');
  });
});

describe('held-out round 20: an audit rectification report whose copy lost its years', () => {
  const hunan = `关于年度省级预算执行和其他财政收支审计查出问题整改情况和审议意见研究处理结果的报告\n——年11月27日在省十二届人大常委会第三十三次会议上\n省审计厅厅长胡章胜\n主任、各位副主任、秘书长、各位委员:\n我受省人民政府委托,向省人大常委会报告年度省级预算执行和其他财政收支审计查出问题整改情况,请予审议。\n截至10月底,审计工作报告反映的绝大部分问题得到有效整改。`;

  test('"省审计厅厅长胡章胜" between the occasion and the committee\'s salutation: the speaker (was: the first paragraph)', () => {
    const { front, blocks } = readIngested(hunan, 'page.txt', { clean: false });
    expect(front.speaker).toBe('省审计厅厅长 胡章胜');
    expect(front.occasion).toBe('年11月27日在省十二届人大常委会第三十三次会议上');
    expect(blocks[0]).toBe('主任、各位副主任、秘书长、各位委员：');
  });

  test('guard (earlier behaviour): a sentence over the salutation is text, not a speaker', () => {
    const { front, blocks } = readIngested(hunan.replace('省审计厅厅长胡章胜', '审计厅负责同志作了说明。'), 'page.txt', { clean: false });
    expect(front.speaker).toBeUndefined();
    expect(blocks[0]).toBe('审计厅负责同志作了说明。');
  });
});

describe('held-out round 20: a budget report\'s title over three lines, the speaker\'s name left blank', () => {
  const keqiao = `财政报告\n发布日期:[2022-02-18] 浏览\n\n\n关于绍兴市柯桥区2021年财政\n\n预算执行情况及2022年财政\n\n预算草案的报告\n\n2022年2月20日在绍兴市柯桥区\n\n第二届人民代表大会第一次会议上\n\n绍兴市柯桥区财政局局长    \n\n\n各位代表:\n\n受区人民政府委托,现将绍兴市柯桥区2021年财政预算执行情况及2022年财政预算草案提请各位代表审议。\n\n一、2021年财政预算执行情况\n\n2021年,我区财政工作以习近平新时代中国特色社会主义思想为指导,全区财政预算执行情况良好。`;

  test('"关于绍兴市柯桥区2021年财政" / "预算执行情况及2022年财政" / "预算草案的报告": one title (was: the first line removed as the page\'s head, the title "预算执行情况及2022年财政预算草案的报告")', () => {
    const { front } = readIngested(keqiao);
    expect(front.title).toBe('关于绍兴市柯桥区2021年财政预算执行情况及2022年财政预算草案的报告');
  });

  test('guard: a line over a two-line title that does not open with 关于 (a column\'s name) stays out of it', () => {
    const { front } = readIngested(keqiao.replace('关于绍兴市柯桥区2021年财政', '柯桥区财政局信息公开专栏'), 'page.txt', { clean: false });
    expect(front.title).toBe('预算执行情况及2022年财政预算草案的报告');
  });

  test('"绍兴市柯桥区财政局局长" and spaces, the name left blank, over the salutation: the speaker\'s role as printed, its bureau the issuer (was: no speaker, no issuer, the role the first paragraph)', () => {
    const { front, blocks } = readIngested(keqiao);
    expect(front.speaker).toBe('绍兴市柯桥区财政局局长');
    expect(front.issuer).toBe('绍兴市柯桥区财政局');
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard (earlier behaviour): a role alone over a name alone stays one speaker ("代区长" / "刘庆")', () => {
    const { front } = readIngested(keqiao.replace('绍兴市柯桥区财政局局长    ', '财政局局长\n刘庆'), 'page.txt', { clean: false });
    expect(front.speaker).toBe('财政局局长 刘庆');
  });
});

describe('held-out round 20: an occasion whose 年 and 月 were lost, under a news portal\'s stamp row', () => {
  const shandong = `关于山东省2017年度省级预算执行和其他财政收支的审计工作报告\n\n2018-07-24 15:33:00来源:大众网作者:\n\n关于山东省2017年度省级预算执行\n\n和其他财政收支的审计工作报告\n\n——2018724日在山东省第十三届人民代表大会\n\n常务委员会第四次会议上\n\n山东省审计厅厅长  孙成良\n\n \n\n主任、各位副主任、秘书长、各位委员:\n\n我受省政府委托,向省人大常委会报告2017年度省级预算执行和其他财政收支审计情况,请予审议。\n\n一、省本级决算草案和财税管理审计情况\n\n审计结果表明,省级预算执行和其他财政收支情况总体是好的。`;

  test('"2018-07-24 15:33:00来源:大众网作者:" (the time glued to its labels) is the page\'s stamp, and dates "——2018724日在…" July 24 (was: no date)', () => {
    const { front, result } = readIngested(shandong);
    expect(front.date).toBe('2018-07-24');
    expect(front.date_source).toBe('occasion');
    expect(result.file.messages.map((m) => m.ruleId)).toContain('occasion-year');
  });

  test('a page cut one character into the section under its heading ("一、省本级决算草案和财税管理审计情况" / "重") says it is cut (was: nothing said)', () => {
    const { result } = readIngested(shandong.replace(/审计结果表明,省级预算执行和其他财政收支情况总体是好的。$/u, '重'));
    expect(result.file.messages.find((m) => m.ruleId === 'cut-off')?.reason).toContain('mid-sentence');
  });

  test('guard: a whole sentence under the last heading says nothing, and a short closing line after a paragraph neither', () => {
    for (const page of [shandong, shandong.replace(/审计结果表明,省级预算执行和其他财政收支情况总体是好的。$/u, '审计结果表明,省级预算执行和其他财政收支情况总体是好的。\n山东省审计厅')]) {
      const { result } = readIngested(page, 'page.txt', { clean: false });
      expect(result.file.messages.some((m) => m.ruleId === 'cut-off')).toBe(false);
    }
  });

  test('guard: the same stamp row over a page with no occasion dates nothing (an unlabelled row is no publication date)', () => {
    const { front } = readIngested('关于山东省2017年度省级预算执行和其他财政收支的审计工作报告\n2018-07-24 15:33:00来源:大众网作者:\n山东省审计厅厅长  孙成良\n主任、各位副主任、秘书长、各位委员:\n我受省政府委托,向省人大常委会报告审计情况,请予审议。\n一、省本级决算草案和财税管理审计情况\n审计结果表明,省级预算执行情况总体是好的。', 'page.txt', { clean: false });
    expect(front.date).toBeUndefined();
  });
});

describe('held-out round 20: an audit bureau\'s announcement, its number glued before the title', () => {
  const zhengzhou = `• 005252696/2020-00021\n  • 郑州市审计局\n  • 财政,审计\n  • 2019-12-26\n  • 2019-12-31\n2019年第43号(总第221号)郑州市关于2018年度市级预算执行和其他财政收支的审计工作报告和2017年度市级预算执行及其他财政收支审计整改落实情况的报告\n\n(二〇一九年十二月三十日公告)\n\n  2019年第43号(总第221号)\n\n——2019年12月26日在郑州市第十五届人民代表大会常务委员会第十一次会议上 \n\n郑州市审计局局长  刘啸峰\n\n\n主任、各位副主任、秘书长、各位委员:\n\n我受市人民政府委托,现就2018年度市级预算执行和其他财政收支的审计情况,报告如下:\n\n在市委、市政府和省审计厅的领导下,全市审计工作坚持以习近平新时代中国特色社会主义思想为指导,依法全面履行审计监督职责。`;

  test('"2019年第43号(总第221号)郑州市关于…的报告" over the announcement\'s date and number: the title without the number, 66 characters long (was: no title, the line removed as the page\'s head)', () => {
    const { front, result } = readIngested(zhengzhou);
    expect(front.title).toBe('郑州市关于2018年度市级预算执行和其他财政收支的审计工作报告和2017年度市级预算执行及其他财政收支审计整改落实情况的报告');
    expect(front.date).toBe('2019-12-26');
    // the announcement's date and number are reported, not lost unseen
    const reported = result.file.messages.map((m) => m.reason).join('\n');
    expect(reported).toContain('(二〇一九年十二月三十日公告)');
  });

  test('guard: a line of text between a title and its occasion still ends the title block\'s reach (no title over a sentence)', () => {
    const { front } = readIngested(zhengzhou.replace('(二〇一九年十二月三十日公告)', '审计结果表明,全市财政收支情况总体良好。'), 'page.txt', { clean: false });
    expect(front.title).not.toBe('郑州市关于2018年度市级预算执行和其他财政收支的审计工作报告和2017年度市级预算执行及其他财政收支审计整改落实情况的报告');
  });
});

describe('held-out round 20: a town\'s budget report opening at its salutation', () => {
  const jingshan = `各位代表、同志们:\n我受径山镇人民政府委托向大会作2021年度镇财政决算和2022年上半年财政预算执行情况的报告,请各位代表审议,并请列席会议的同志提出意见和建议。\n二〇二一年度镇财政决算\n2021年,径山镇在区委、区政府坚强领导下,在镇人大的监督支持下,基本完成了全年财政收支调整预算任务。现将2021年度径山镇财政决算情况汇报如下,请代表们审议。\n一、2021年度镇财政决算情况\n(一)2021年一般公共预算决算情况\n2021年一般公共预算支出21498.92万元,为调整预算的99.05%。结余3402.85万元。支出分项目具体如下:\n1.一般公共服务事务支出7641.5万元,为调整预算的99.06%。\n2.教育事业事务支出11639.38万元,为调整预算的99.17%。\n3.科学技术事务支出386.85万元,为调整预算的96.71%。\n4.文化体育与传媒事务支出28.86万元,为调整预算的96.2%。\n5.农林水事务支出651.4万元,为`;

  test('"我受径山镇人民政府委托向大会作…的报告": the government it is made for is the issuer (was: none)', () => {
    const { front } = readIngested(jingshan, 'page.txt', { clean: false });
    expect(front.issuer).toBe('径山镇人民政府');
  });

  test('guard (earlier behaviour): "我受区人民政府的委托" with no place anywhere gives no issuer', () => {
    const { front } = readIngested(jingshan.replace('我受径山镇人民政府委托', '我受区人民政府的委托').replace(/径山镇/g, '本镇'), 'page.txt', { clean: false });
    expect(front.issuer).toBeUndefined();
  });

  test('"5.农林水事务支出651.4万元,为" cut after a comma, the last of a run of items: an item, no heading (was: a level-4 heading, and the cut said as "at a heading")', () => {
    const { blocks, result } = readIngested(jingshan, 'page.txt', { clean: false });
    expect(blocks.filter((b) => b.startsWith('#')).map((b) => b.replace(/^#+ /, ''))).toEqual(['二〇二一年度镇财政决算', '一、2021年度镇财政决算情况', '（一）2021年一般公共预算决算情况']);
    expect(blocks.at(-1)).toBe('5.农林水事务支出651.4万元，为');
    expect(result.file.messages.find((m) => m.ruleId === 'cut-off')?.reason).toContain('mid-sentence');
  });

  test('guard: a numbered line with no sentence end and no comma at its end stays a heading', () => {
    const { blocks } = readIngested(jingshan.replace('(一)2021年一般公共预算决算情况', '(一)2021年一般公共预算决算情况和分析'), 'page.txt', { clean: false });
    expect(blocks).toContain('#### （一）2021年一般公共预算决算情况和分析');
  });

  test('guard: a run of items whose last ends its sentence says no cut, and a heading numbered in another style after an item stays a heading', () => {
    const whole = jingshan.replace('5.农林水事务支出651.4万元,为', '5.农林水事务支出651.4万元,为调整预算的99.9%。\n(二)政府性基金预算决算情况\n2021年政府性基金预算收入完成2000万元,为调整预算的100%。');
    const { blocks, result } = readIngested(whole, 'page.txt', { clean: false });
    expect(result.file.messages.some((m) => m.ruleId === 'cut-off')).toBe(false);
    expect(blocks).toContain('#### （二）政府性基金预算决算情况');
  });
});

describe('held-out round 20: a law site\'s spun copy of a court report, its furniture between the occasion and the speaker', () => {
  const hubei = `湖北省高级人民法院地址,湖北省高级人民法院工作报告——2022年1月20日在湖北省第十三届人民代表大会第七次会议上\n\n张强律师 法律头条 2022-11-02 11:41:32\n\n导读:湖北省高级人民法院地址,湖北省高级人民法院工作报告——2022年1月20日在湖北省第十三次人民代表大会第七次会议上。“中国网·中国湖北”是中央重点新闻网站中国网专门搭建\n\n湖北省高级人民法院地址,湖北省高级人民法院工作报告——2022年1月20日在湖北省第十三次人民代表大会第七次会议上。\n\n“中国网·中国湖北”是中央重点新闻网站中国网专门搭建的专业平台,为新时期湖北对外宣传提供全方位服务。\n\n湖北省高级人民法院院长游全荣\n\n代表们:\n\n现在,我代表省高级人民法院向大会报告工作,请予审议,并请出席会议的委员和同志们提出意见。\n\n一、认真学习贯彻习近平法治思想,加强政治建设,确保人民法院正确的政治方向。\n\n坚持用习近平法治思想武装头脑、指导实践、推动工作,努力使荆楚大地司法工作成为习近平法治思想的生动实践。`;

  test('"湖北省高级人民法院地址,湖北省高级人民法院工作报告——…会议上": the title after a keyword and its comma (was: no title)', () => {
    const { front } = readIngested(hubei);
    expect(front.title).toBe('湖北省高级人民法院工作报告');
  });

  test('the speaker right over the salutation "代表们:", four lines of the page between it and the occasion: the speaker, those lines the page\'s (was: no speaker, the text opening with the author\'s row)', () => {
    const { front, blocks, result } = readIngested(hubei);
    expect(front.speaker).toBe('湖北省高级人民法院院长 游全荣');
    expect(blocks[0]).toBe('代表们：');
    const reported = result.file.messages.map((m) => m.reason).join('\n');
    expect(reported).toContain('张强律师 法律头条');
  });

  test('guard: with no speaker line right over the salutation, the lines after the occasion stay text', () => {
    const { front, blocks } = readIngested(hubei.replace('湖北省高级人民法院院长游全荣\n\n', ''), 'page.txt', { clean: false });
    expect(front.speaker).toBeUndefined();
    expect(blocks.join('\n')).toContain('张强律师');
  });

  test('guard: a sentence with a comma before a title is no keyword ("会议强调,要学习政府工作报告")', () => {
    const { front } = readIngested(hubei.replace('湖北省高级人民法院地址,湖北省高级人民法院工作报告——2022年1月20日', '会议强调,要认真学习贯彻落实工作报告——2022年1月20日'), 'page.txt', { clean: false });
    expect(front.title).not.toBe('要认真学习贯彻落实工作报告');
  });
});

describe('held-out round 20, second batch: a final-accounts disclosure page with a table one cell a line', () => {
  const fengdu = `您当前所在位置:首页>政务公开>法定主动公开内容>预算/决算>决算公开>县级\n\n[ 索引号 ] 11500230008686369K/2024-00230 [ 发文字号 ]\n[ 发布机构 ] 丰都县财政局\n[ 成文日期 ] 2022-09-28 [ 发布日期 ] 2022-09-28\n\n丰都县人民政府关于2021年决算情况的报告\n\n\n一、全县收支决算情况\n\n(一)一般公共预算。\n\n2021年全县一般公共预算本级收入238965万元,增长3.98%,收入总计929393万元。全县一般公共预算本级支出623396万元,下降11.44%,支出总计929393万元。\n\n表1:2021年全县一般公共预算收支决算平衡表\n\n单位:万元\n\n收入\n\n预算数\n\n决算数\n\n总计\n\n610709\n\n929393\n\n一、本级收入\n\n230000\n\n238600`;

  test('"您当前所在位置:首页>…" is a breadcrumb (was: the first paragraph)', () => {
    const { blocks } = readIngested(fengdu, 'page.txt', { clean: false });
    expect(blocks.join('\n')).not.toContain('您当前所在位置');
  });

  test('"一、本级收入" between bare figures (a table printed one cell a line) is a row label, no heading (was: a top-level heading)', () => {
    const { blocks } = readIngested(fengdu, 'page.txt', { clean: false });
    expect(blocks).toContain('一、本级收入');
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## 一、全县收支决算情况', '### （一）一般公共预算']);
  });

  test('guard: a numbered heading after a paragraph of text and over one stays a heading, figures or not around other lines', () => {
    const { blocks } = readIngested(fengdu.replace('一、本级收入\n\n230000\n\n238600', '二、政府性基金预算\n\n2021年全县政府性基金预算收入完成130000万元,增长8.3%,支出完成122700万元。'), 'page.txt', { clean: false });
    expect(blocks).toContain('## 二、政府性基金预算');
  });
});

describe('held-out round 20, second batch: a township congress presidium\'s report', () => {
  const presidium = `××乡镇人大主席团工作报告  \n\n   \n\n—— 2019年12月24日 在××县××乡镇第十六届人民代表大会第一次会议上  \n\n   \n\n×××  \n\n   \n\n各位代表:  \n\n我受××县××乡镇第十五届人民代表大会主席团的委托,向大会报告工作,请予审议,并请列席人员提出意见。  \n\n五年工作的回顾  \n\n五年来,××乡镇人大主席团在乡镇党委的正确领导和县人大的直接指导下,认真履行宪法和法律赋予的职权,较好地发挥了地方国家权力机关应有的作用。`;

  test('"我受××县××乡镇第十五届人民代表大会主席团的委托": the presidium is the issuer, without its term (was: none)', () => {
    const { front } = readIngested(presidium, 'page.txt', { clean: false });
    expect(front.issuer).toBe('××县××乡镇人民代表大会主席团');
  });

  test('"×××" alone under the occasion: an anonymised name, the speaker (was: none)', () => {
    const { front, blocks } = readIngested(presidium, 'page.txt', { clean: false });
    expect(front.speaker).toBe('×××');
    expect(blocks[0]).toBe('各位代表：');
  });
});

describe('held-out round 20, third batch: the State Council\'s 1986 plan report on a law search site', () => {
  const plan = `法搜网--中国法律信息搜索网\n中华人民共和国第六届全国人民代表大会第四次会议政府工作报告\n\n关于第七个五年计划的报告\n\n\n             一九八六年三月二十五日在\n          第六届全国人民代表大会第四次会议上\n\n             (国务院总理 赵紫阳)\n\n各位代表:\n  现在,我代表国务院,向大会作关于我国国民经济和社会发展第七个五年计划的报告,请审议。\n\n一、“六五”计划执行情况的回顾\n\n  经五届人大五次会议批准的第六个五年计划,要求在一九八一年至一九八五年的五年中,进一步解决过去遗留下来的阻碍经济发展的各种问题。`;

  test('"(国务院总理 赵紫阳)" in brackets under the occasion: the speaker (was: none, the bracketed line the first paragraph)', () => {
    const { front, blocks } = readIngested(plan);
    expect(front.speaker).toBe('国务院总理 赵紫阳');
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a bracketed note under the occasion that names no one ("(根据录音整理)") gives no speaker and stays text (seen red with the rule taking any words in brackets)', () => {
    const { front, blocks } = readIngested(plan.replace('(国务院总理 赵紫阳)', '(根据录音整理)'), 'page.txt', { clean: false });
    expect(front.speaker).toBeUndefined();
    expect(blocks.join('\n')).toContain('根据录音整理');
  });
});

describe('held-out round 20, third batch: a high-tech zone\'s report on its disclosure page, the text flattened on one line', () => {
  const zone = `索引号 | 11330208591592676Q/2008-17089 |\n主题分类: | 政府工作 |\n文号: | |\n发布机构: | 区办公室 |\n成文日期: | 2008-03-12 |\n组配分类: | 政府工作报告 |\n宁波国家高新区2007年工作总结和2008年工作安排报告 |\n当创业先锋 做创新龙头 努力实现高新区发展的新跨越 ——宁波国家高新区2007年工作总结和2008年工作安排 一、2007年工作回顾 2007年是高新区升级为国家高新区后的开局之年,也是我区经济社会各项事业实现全面提升的重要一年。 回顾全年工作,主要取得了以下几个方面的成绩: (一)抢抓机遇,理清思路,开创各项工作新局面 宁波高新区成功升级为国家级高新区,是我区发展历程中具有里程碑意义的大事。 发展方向进一步明确。市委、市政府对高新区升级后的发展十分重视,市主要领导多次到高新区调研并作出重要指示。`;

  test('the document\'s name in the table\'s last row "…报告 |": the title without the table\'s bar (was: "…报告 |")', () => {
    const { front } = readIngested(zone);
    expect(front.title).toBe('宁波国家高新区2007年工作总结和2008年工作安排报告');
  });

  test('发布机构 "区办公室", a bare office with no place, is no issuer (was: issuer "区办公室")', () => {
    const { front } = readIngested(zone);
    expect(front.issuer).toBeUndefined();
  });

  test('"…新跨越 ——宁波…工作安排 一、2007年工作回顾 2007年是…": the slogan title and its subtitle naming the document are the title\'s, "一、…" a heading (was: all one first paragraph)', () => {
    const { blocks, result } = readIngested(zone);
    expect(blocks[0]).toBe('## 一、2007年工作回顾');
    expect(blocks[1]).toMatch(/^2007年是高新区升级/);
    expect(result.file.messages.map((m) => m.reason).join('\n')).toContain('当创业先锋');
  });

  test('guard: a disclosure office with its place stays the issuer ("宁波市财政局")', () => {
    const { front } = readIngested(zone.replace('发布机构: | 区办公室 |', '发布机构: | 宁波市财政局 |'), 'page.txt', { clean: false });
    expect(front.issuer).toBe('宁波市财政局');
  });

  test('guard: on a flattened line a numbered word after a figure is no heading ("2022 一、年工作回顾": a PDF\'s re-placed digits; seen red without the figure condition)', () => {
    const pdf = zone.replace('一、2007年工作回顾 2007年是', '第2022 一、年工作回顾 2007年是');
    expect(readIngested(pdf, 'page.txt', { clean: false }).blocks.some((b) => b.includes('年工作回顾') && b.startsWith('#'))).toBe(false);
  });

  test('guard: a slogan line whose "——" part is not the title ("——写在高新区升级为国家高新区之际") is not removed as page head: it stays the first paragraph (seen red with the rule\'s title condition taken out)', () => {
    const other = readIngested(zone.replace('——宁波国家高新区2007年工作总结和2008年工作安排', '——写在高新区升级为国家高新区之际'), 'page.txt', { clean: false });
    expect(other.front.title).toBe('宁波国家高新区2007年工作总结和2008年工作安排报告');
    expect(other.result.file.messages.some((m) => m.ruleId === 'page-head' && m.reason.includes('当创业先锋'))).toBe(false);
    expect(other.blocks[0]).toMatch(/^当创业先锋/);
  });
});

