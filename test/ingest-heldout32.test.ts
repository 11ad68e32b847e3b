/**
 * Ingest defects found on the thirty-second round of held-out pages (2026-12-02): seven pages from seven hosts the
 * corpus had not seen — page 3 of a city newspaper's 两会 special (商洛 2015), the city paper's front page flattened on a
 * document site (商洛 2024), a writing site's masked district 人大常委会 report, a county's final accounts to its
 * standing committee (佛坪 2022), a county portal's mirror in traditional characters with pinyin glosses (柳林 2023), a
 * SUB-DISTRICT's report (长桥街道人大工委 2023, to 徐汇区's standing committee) and a forestry district's (神农架林区
 * 2011) — listed in test/fixtures/ingest-corpus/README.md under "Held-out pages, round 32". Each test is the page's
 * shape reduced to a few lines; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

describe('held-out round 32: a sub-district committee\'s report to the district standing committee (长桥街道)', () => {
  // The congress portal's gazette: breadcrumb behind its icon's file name, the article heading, a 日期 stamp, the
  // document's own title, the occasion over two lines with no 在, no speaker, the salutation with no colon.
  const page = (breadcrumb = 'ico-crumb.png 首页 > 常委会会议 > 常委会会刊 > 17届常委会第10次会议', salutation = '主任、各位副主任各位委员') =>
    [
      breadcrumb,
      '',
      '长桥街道人大工委2023年阶段性工作报告',
      '',
      '日期: 2023-05-17',
      '',
      '长桥街道人大工委2023阶段性工作报告',
      '',
      '——2023年5月17日上海市徐汇区第十七届人民代表大会',
      '',
      '常务委员会第十次会议上',
      '',
      salutation,
      '',
      '今年以来,长桥街道人大工委在区人大常委会的导下,',
      '',
      '认真学习贯彻落实党的二十大精神,坚定不移地坚持和完善全过程人民民主制度,充分发挥代表主体作用。',
      '',
      '一、全力做好服务保障 知情明政中发挥作用',
      '',
      '二是走访代表征求工作意见建议。征求代表意见建议,是街工委做好服务保障工作的重要一环。',
    ].join('\n');

  test('the breadcrumb behind its icon\'s file name is removed (was: glued to the heading as the title)', () => {
    const { front, rules } = readIngested(page());
    expect(front.title).toBe('长桥街道人大工委2023阶段性工作报告');
    expect(rules).toContain('breadcrumb');
  });

  test('the dated session with its 上 and no 在, over two lines, is the occasion (was: none, the date from the stamp)', () => {
    const { front } = readIngested(page());
    expect(front.occasion).toBe('2023年5月17日上海市徐汇区第十七届人民代表大会常务委员会第十次会议上');
    expect(front.date).toBe('2023-05-17');
    expect(front.date_source).toBe('occasion');
  });

  test('the salutation without its colon is neither the speaker nor a heading (was: speaker "主任、各位副主任 各位委员", then a heading)', () => {
    const { front, blocks } = readIngested(page());
    expect(front.speaker).toBeUndefined();
    expect(blocks[0]).toBe('主任、各位副主任各位委员');
  });

  test('the sentence a blank line cut after its comma reads as one paragraph (was: two)', () => {
    const { blocks } = readIngested(page());
    expect(blocks[1]).toBe('今年以来，长桥街道人大工委在区人大常委会的导下，认真学习贯彻落实党的二十大精神，坚定不移地坚持和完善全过程人民民主制度，充分发挥代表主体作用。');
  });

  test('the committee the title names and the text has at work is the issuer (was: none)', () => {
    expect(readIngested(page()).front.issuer).toBe('长桥街道人大工委');
  });

  test('guard: a title naming the committee with no text of it at work names no issuer', () => {
    const { front } = readIngested(page().replace('长桥街道人大工委在区人大常委会', '街道人大工委在区人大常委会'));
    expect(front.issuer).toBeUndefined();
  });
});

describe('held-out round 32: a paragraph a blank line cut inside its sentence', () => {
  const page = (first: string, second: string) =>
    ['各位代表:', '', '现在我代表林区人民政府向大会作工作报告,请予审议。', '', first, '', second].join('\n');
  const long = '预计2011年,全区完成地区生产总值14.3亿元,是2006年的2.1倍;完成固定资产投资15亿元,是2006年的2.7倍;实现社会消费品';

  test('stopped in mid-word after running prose, it goes on with the prose after it (was: two paragraphs)', () => {
    const { blocks } = readIngested(page(long, '零售总额5.03亿元,是2006年的2.2倍;农民人均纯收入4518元,比2006年增加2124元。'));
    expect(blocks.at(-1)).toMatch(/实现社会消费品零售总额5\.03亿元/u);
  });

  test('guard: a short line without a clause, a salutation, a subtitle or a numbered line next stays apart', () => {
    for (const [first, second] of [
      ['五年来政府工作回顾', '五年来,在省委省政府和林区党委的正确领导下,我们团结带领全区人民,圆满完成了各项目标任务。'],
      ['各位代表、各位委员、同志们,', '现在,我代表林区人民政府向大会作工作报告,请予审议,并请列席人员提出意见。'],
      [
        '——五年来,我们坚持发展第一要务,经济总量持续扩大,质量效益稳步提升,人民生活水平不断提高,城乡面貌发生深刻变化,综合实力显著增强',
        '五年来,我们坚持发展第一要务,经济总量持续扩大,质量效益稳步提升。',
      ],
      [long, '(一)加快经济发展,综合实力显著增强'],
      [long, '零售总额'],
    ]) {
      const { blocks } = readIngested(page(first, second));
      expect(blocks.length).toBe(4);
    }
  });
});

describe('held-out round 32: a forestry district\'s government (林区人民政府区长 under "…神农架林区政府工作报告")', () => {
  const page = (label: string) =>
    [label, '', '政 府 工 作 报 告', '', '——2011年11月7日在林区十一届人民代表大会第一次会议上', '', '林区人民政府区长 周森锋', '', '各位代表:', '', '现在我代表林区人民政府向大会作工作报告,请予审议。'].join('\n');

  test('is the unit completed by the place the page names (was: "林区人民政府")', () => {
    expect(readIngested(page('2012年神农架林区政府工作报告')).front.issuer).toBe('神农架林区人民政府');
  });

  test('guard: a place of another unit the page names completes nothing ("神农架林区" is no 县)', () => {
    const { front } = readIngested(page('2012年神农架林区政府工作报告').replace(/林区人民政府/gu, '县人民政府'));
    expect(front.issuer).not.toMatch(/神农架/u);
  });
});

describe('held-out round 32: a page that starts at a part of the report ("2022年工作回顧")', () => {
  const page = (first: string) =>
    [first, '', '  2022年,是柳林發(fā)展史上極不平凡、極具考驗的一年。面對疫情反復,縣政府緊緊圍繞黨中央總要求,團結和帶領全縣廣大干部群眾,開辟了新局面。'].join('\n');

  test('the part\'s name is its first heading (was: the text\'s first paragraph)', () => {
    const { blocks } = readIngested(page('2022年工作回顧'));
    expect(blocks[0]).toBe('## 2022年工作回顧');
  });

  test('the county the text names where only its own stands completes the government at work (was: no issuer)', () => {
    expect(readIngested(page('2022年工作回顧')).front.issuer).toBe('柳林縣人民政府');
  });

  test('guard: under a title block, a short line of another shape over the text stays text', () => {
    const { blocks } = readIngested(
      ['政府工作报告', '——2023年2月20日在柳林县第十八届人民代表大会第二次会议上', '县长 王伟', '衷心感谢大家', '', page('')].join('\n'),
    );
    expect(blocks[0]).toBe('衷心感谢大家');
  });

  test('guard: the government at work with no county named names no issuer', () => {
    const { front } = readIngested(page('2022年工作回顧').replace('是柳林發(fā)展史上', '是發(fā)展史上'));
    expect(front.issuer).toBeUndefined();
  });
});

describe('held-out round 32: page 3 of a newspaper\'s 两会 special', () => {
  const page = (breadcrumb: string, stamp: string) =>
    [
      breadcrumb,
      '',
      '政府工作报告',
      '',
      stamp,
      '',
      '',
      '  (八)结合群众路线教育实践活动狠抓自身建设,政府工作效能进一步提升。群众路线教育实践活动整改措施有效落实,及时解决了一批群众反映的突出问题。',
      '  各位代表,过去的一年,面对贯穿全年的经济下行压力,我们科学应对。在此,我谨代表市人民政府,向全市人民致以崇高的敬意!',
    ].join('\n');
  const special = '首页 > 专题报道 > 2015年商洛市两会专题报道 > 直通两会';

  test('the time opening the 来源 row is the publication date (was: no date)', () => {
    const { front } = readIngested(page(special, '2015-02-10 08:55:44 来源:'));
    expect(front.date).toBe('2015-02-10');
    expect(front.date_source).toBe('published');
  });

  test('guard: the same row years after the report is still refused as the date', () => {
    const { front, rules } = readIngested(page(special, '2019-02-10 08:55:44 来源:').replace('过去的一年', '2014年'));
    expect(front.date).toBeUndefined();
    expect(rules).toContain('repost-date');
  });

  test('the city whose 两会 the breadcrumb names completes "我谨代表市人民政府" (was: no issuer)', () => {
    expect(readIngested(page(special, '2015-02-10 08:55:44 来源:')).front.issuer).toBe('商洛市人民政府');
  });

  test('guard: the national 两会, or a place of another level, completes nothing', () => {
    for (const crumb of ['首页 > 专题报道 > 2015年全国两会专题报道 > 直通两会', '首页 > 专题报道 > 2015年商南县两会专题报道 > 直通两会']) {
      expect(readIngested(page(crumb, '2015-02-10 08:55:44 来源:')).front.issuer).toBeUndefined();
    }
  });
});

describe('held-out round 32: a newspaper page flattened on a document site, nothing between its parts', () => {
  const line = (reference: string, glued: string) =>
    `${reference}政府工作报告——2024 年 2 月 2 日在商洛市第五届人民代表大会第四次会议上商洛市人民政府市长 王青峰各位代表:现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。${glued}过去一年十分艰难,大家都下了大苦,但也难中求成、收获满满,干成了一大批实事:一是总投资 105 亿元的镇安月河抽水蓄能电站首台机组并网发电。二是我们仅用四个月建成商洛北客站,开通了西商城际列车。`;

  test('the newspaper database\'s page reference is no part of the title (was: "版政府工作报告", issuer "版政府")', () => {
    const { front } = readIngested(line('商洛日报/2024 年/2 月/6 日/第 001 版', '一、2023 年工作回顾'));
    expect(front.title).toBe('政府工作报告');
    expect(front.issuer).toBe('商洛市人民政府');
  });

  test('the first numbered heading naming a part, glued between two sentences, is split off (was: inside the paragraph)', () => {
    const { blocks } = readIngested(line('', '一、2023 年工作回顾'));
    expect(blocks).toContain('## 一、2023年工作回顾');
    expect(blocks.some((b) => b.startsWith('过去一年十分艰难'))).toBe(true);
  });

  test('guard: "一、" and words that name no part of the report stay in their sentence', () => {
    const { blocks } = readIngested(line('', '一、二、三次产业协调发展,'));
    expect(blocks.some((b) => b.startsWith('#'))).toBe(false);
  });
});

describe('held-out round 32: a writing site\'s blurb ending "供大家参考"', () => {
  const page = (blurb: string) => [blurb, '各位代表:', '现将区人大常委会今年以来主要工作情况报告如下,请予审议。', '一、助力*筹备,推进美丽*建设', '常委会紧紧围绕区委中心工作,积极参与并监督*项目建设。'].join('\n');

  test('is removed and reported (was: the text\'s first paragraph)', () => {
    const { blocks, rules } = readIngested(page('下面是小编为大家整理的在政情报告会上关于区人大常会工作情况书面报告,供大家参考。'));
    expect(blocks[0]).toBe('各位代表：');
    expect(rules).toContain('document-site');
  });

  test('guard: a sentence of the text saying the same words without the site\'s editor stays', () => {
    const line = '下面是区人大常委会整理的有关情况,供大家参考。';
    expect(readIngested(page(line)).blocks[0]).toBe(line.replace(',', '，'));
  });
});

describe('held-out round 32: "本届政府任期自…届满。" opening the review', () => {
  test('is no lead sentence (盐田 2012, once its glued heading is read)', () => {
    const { leads } = readIngested(
      ['各位代表:', '', '一、过去五年工作回顾', '', '本届政府任期自2006年10月至本次大会届满。五年来,我们在市委、市政府和区委的正确领导下,经济社会发展取得新的重大成就。'].join('\n'),
    );
    expect(leads).toEqual([]);
  });
});
