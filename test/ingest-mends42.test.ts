/**
 * Known gaps of stop 41 closed in stop 42 (helper mends42), each by a general rule; each test's name says what ingest did
 * before ("was: …"). Guards (precision) are named as such. The pages are written in the shape of those found (their
 * addresses given), not copied.
 */
import { describe, expect, test } from 'vitest';
import { bulletedLine, withoutBullet } from '../pipeline/ingest/head-lines.ts';
import { readIngested, said, story } from './ingest-helpers.ts';

describe('a title glued to a salutation with a full stop for its colon', () => {
  // https://www.wnwk.com/doc/630156.html (the lead's blind page of stop 41: "区人民政府年度工作报告材料各位代表。现在,我代表…", the page one line)
  const opening = '现在,我代表区人民政府,向大会作工作报告,请予审议,并请各位政协委员提出意见。';
  const review = '五年来,在市委、市政府和区委的正确领导下,全区上下凝神聚力,克难奋进,较好地完成了规划确定的各项目标任务,经济社会发展取得了可喜成绩。';
  const flattened = `区人民政府年度工作报告材料各位代表。${opening}一、“十一五”及2010年工作回顾${review}——过去五年,是经济总量不断扩大的五年。全区完成生产总值249.1亿元,是“十五”期末的1.9倍,年均增长15%;完成社会消费品零售总额107.5亿元,是“十五”期末的2.5倍。`;

  test('on a flattened page: title, salutation and text apart (was: no title, "区人民政府年度工作报告材料各位代表。" a bold lead)', () => {
    const { front, blocks, leads } = readIngested(flattened, 'page.txt', { clean: false });
    expect(front.title).toBe('区人民政府年度工作报告材料');
    expect(blocks[0]).toBe('各位代表。');
    expect(blocks[1]).toMatch(/^现在，我代表区人民政府/);
    expect(leads.filter((l) => l.includes('各位代表'))).toEqual([]);
  });

  test('on a short line over the rest of the page, too', () => {
    const { front, blocks } = readIngested(`2011年浔阳区政府工作报告各位代表。${opening}\n一、2010年工作回顾\n${review}`, 'page.txt', { clean: false });
    expect(front.title).toBe('2011年浔阳区政府工作报告');
    expect(blocks.slice(0, 2)).toEqual(['各位代表。', `现在，我代表区人民政府，向大会作工作报告，请予审议，并请各位政协委员提出意见。`]);
  });

  test('guard: "…报告各位代表。" before no opening words is no salutation; a colon\'s is split after the title as before (…报告材料 too)', () => {
    const noOpening = readIngested(`关于政府工作报告各位代表。大家认为报告实事求是。\n${review}`, 'page.txt', { clean: false });
    expect(noOpening.front.title ?? '').not.toBe('关于政府工作报告');
    const colon = readIngested(flattened.replace('各位代表。', '各位代表:'), 'page.txt', { clean: false });
    expect(colon.front.title).toBe('区人民政府年度工作报告材料');
    expect(colon.blocks[0]).toMatch(/^各位代表：现在，/);
  });
});

describe('a columnist\'s first-person commentary on the national report', () => {
  // the shape of https://www.stheadline.com/edu-news/3550385/ (a deputy's notes on the 2026 report: one telling, the writer in the
  // first person) and https://eastweek.stheadline.com/column/newsbusiness/105234/ (a column, "我深感", "令我最深刻的")
  const column = [
    '兩會札記:穩中求進的底氣',
    '全球經濟未見景氣,但李強總理在報告中如實交代,國內生產總值增長5%,總量邁上新台階。',
    '我認為,這些數字足以說明國家經濟的韌性,學前教育等措施更是實實在在惠及民生。',
  ].join('\n');

  test('is said, at the writer\'s view, in traditional and simplified characters (was: one telling, nothing said)', () => {
    const tc = story(column);
    expect(tc).toHaveLength(1);
    expect(tc[0].line).toBe(3);
    expect(String(tc[0].reason)).toContain("the writer's own view");
    expect(story('两会札记\n全球经济未见景气,但李强总理在报告中如实交代,国内生产总值增长5%。\n在我看来,这些数字足以说明国家经济的韧性。')).toHaveLength(1);
  });

  test('笔者 with the report named as a head of government\'s is enough alone', () => {
    expect(story('两会札记\n笔者细看了国务院总理所作的政府工作报告,民生篇幅明显增加。\n养老金最低标准再提高20元,惠及千万老人。')).toHaveLength(1);
  });

  test('guard: a report or a speech in the first person is no column — 我的施政, 我希望, and 我认为 with no other\'s report named', () => {
    // the policy address's own 我 (the corpus's hk-policy-address pages) and a leader's speech to his staff
    expect(story('我的施政以民為本。我希望這份施政報告能回應市民的期望,今年施政報告的封面是維港的照片。\n我認為,房屋問題是市民最關心的問題,政府會全力增加供應。')).toEqual([]);
    expect(story('同志们:\n今天召开全体干部大会,我认为,今年的工作任务十分艰巨,大家要认真落实管委会工作报告的部署。\n一年来,开发区经济运行稳中有进。')).toEqual([]);
    // a report quoting a head of government's report, with 我们 (no 我认为): no column
    expect(story('一年来,我们认真落实李强总理在政府工作报告中提出的各项部署,经济运行稳中向好。\n全区地区生产总值增长5.2%。')).toEqual([]);
  });
});

describe('an encyclopedia\'s article about government work reports', () => {
  // https://fanyv88.com:443/https/zh.wikipedia.org/wiki/政府工作报告 (a proxy's copy of the Wikipedia article; its opening 《 lost), and
  // https://wiwikim.kfd.me/zh-tw/政府工作报告 (a mirror, traditional)
  const wiki = [
    '跳转到内容',
    '政府工作报告',
    '维基百科,自由的百科全书',
    '2010年3月5日,时任国务院总理温家宝在全国人大会议上代表国务院作《政府工作报告》',
    '政府工作报告》是中华人民共和国各级人民政府的一种公文形式,各级人民政府每年在当地人民代表大会会议上发布这一报告。',
    '政府工作报告的形成和发布',
    '[编辑]',
    '报告由各级政府的办公机构拟稿,交由政府领导审阅后,在“两会”上由政府正职领导人宣读。',
    '参见',
    '[编辑]',
    '国务院政府工作报告',
  ].join('\n');

  test('is said to be an article about a kind of report, at its definition (was: read as a report, nothing said)', () => {
    const other = said(wiki, 'other-document');
    expect(other.map((m) => `${m.line}:${m.column}`)).toEqual(['5:1']);
    expect(String(other[0].reason)).toContain('一种公文');
    const tc = said('政府工作報告\n公文類型\n政府工作報告》是中華人民共和國政府國家行政機關的一種公文形式,各級人民政府每年發布這一報告。\n報告由各級政府的辦公機構擬稿。', 'other-document');
    expect(tc.map((m) => m.line)).toEqual([3]);
  });

  test('guard: a report\'s own words on the report, and its notes defining terms, are no definition of a kind', () => {
    const report = [
      '政府工作报告',
      '各位代表:',
      '现在,我代表市人民政府,向大会报告工作,请予审议。',
      '政府工作报告是政府对全市人民的庄严承诺,我们将逐项抓好落实。',
      '名词解释:',
      '1.“两重”:是指国家重大战略实施和重点领域安全能力建设。',
    ].join('\n');
    expect(said(report, 'other-document')).toEqual([]);
  });
});

describe('a labelled abstract before the text that says something of its own', () => {
  // the shape of 高县年鉴's page (stop 41's abstract over the text), its abstract not made of the text's sentences
  const page = (abstract: string) =>
    [
      '2020年工作回顾-某县年鉴',
      '',
      '时间:2023-08-11 理论教育 版权反馈',
      abstract,
      '',
      '2020 年,在市委市政府和县委的坚强领导下,县政府坚持以习近平新时代中国特色社会主义思想为指导,统筹推进疫情防控和经济社会发展。',
      '',
      '2020 年,我们众志成城、严防严控,新冠疫情防控取得阶段胜利。',
    ].join('\n');

  test('is kept and said at its line and column (was: kept with nothing said)', () => {
    const text = page('　【摘要】:全县经济实现恢复性增长,茶叶产业综合产值突破70亿元。');
    const abstracts = said(text, 'abstract-label');
    expect(abstracts.map((m) => `${m.line}:${m.column}`)).toEqual(['4:2']);
    expect(String(abstracts[0].reason)).toContain('kept');
    expect(readIngested(text, 'page.txt', { clean: false }).blocks[0]).toMatch(/^【摘要】：全县经济/);
  });

  test('guard: one made of the text\'s sentences is removed, said once as before; a page without one says nothing', () => {
    const repeated = said(page('【摘要】:2020 年,我们众志成城、严防严控,新冠疫情防控取得阶段胜利。'), 'abstract-label');
    expect(repeated).toHaveLength(1);
    expect(String(repeated[0].reason)).toMatch(/^Removed/);
    expect(said(page(''), 'abstract-label')).toEqual([]);
  });
});

describe('held-out round 43\'s leads', () => {
  const report = (...paragraphs: string[]) => ['政府工作报告', '各位代表:', '现在,我代表区人民政府,向大会报告工作,请予审议。', ...paragraphs].join('\n');
  // http://www.gsgz.gov.cn/…/t20260204_1506335.html (甘州区 2026), http://boxinkeji.com/article/info/7823 (内蒙古 2025, traditional),
  // https://www.bbxzwk.vip/index/article/detail/detail_id/438999.html (a 开发区's staff-meeting speech)

  test('"——我们坚持…，完成…亿元、增长…%。": what we did, then its figures, is a lead (was: a statement of amounts, none)', () => {
    const { leads } = readIngested(report('——我们坚持扬优聚势稳增长,完成地区生产总值314.7亿元、增长7.3%。现代农业提质增效,一产增加值65.4亿元、增长5.9%。守牢155.1万亩耕地红线。'));
    expect(leads).toEqual(['——我们坚持扬优聚势稳增长，完成地区生产总值314.7亿元、增长7.3%。']);
  });

  test('guard: an amount stated first, with or without 我们, is still no lead', () => {
    const { leads } = readIngested(
      report(
        '——非税收入13432万元,增长0.8%。其中:行政事业性收费收入5000万元,罚没收入2000万元,其他收入6432万元。',
        '——我们完成地区生产总值314.7亿元,增长7.3%。现代农业提质增效,一产增加值65.4亿元、增长5.9%。守牢155.1万亩耕地红线。',
      ),
    );
    expect(leads).toEqual([]);
  });

  test('the anaphora naming 习近平总书记 is counted with the title alone (was: 37 Han characters, one over the limit)', () => {
    const { leads } = readIngested(report('一年來,我們牢記習近平總書記殷殷囑托,推動全方位建設模范自治區和“五大任務”取得新成效。全區經濟運行穩中有進,發展質量穩步提升,人民生活持續改善,各項事業全面發展。'));
    expect(leads).toEqual(['一年來，我們牢記習近平總書記殷殷囑托，推動全方位建設模范自治區和“五大任務”取得新成效。']);
  });

  test('guard: an anaphora still over the limit with the name counted so is none', () => {
    const { leads } = readIngested(report('一年来,我们牢记习近平总书记殷殷嘱托,推动全方位建设模范自治区和祖国北疆安全稳定屏障建设取得了新的明显成效。全区经济运行稳中有进,发展质量稳步提升,人民生活持续改善,各项事业全面发展。'));
    expect(leads).toEqual([]);
  });

  test('"回顾一年来的工作，我们的发展根基更加坚实。": 我们的 opens the result, no narrative (was: no lead)', () => {
    const { leads } = readIngested(report('回顾一年来的工作,我们的发展根基更加坚实。我们始终坚持稳中求进的工作总基调,经济运行呈现出稳中有进、持续向好的良好态势,开发区实现地区生产总值突破210亿元。'));
    expect(leads).toEqual(['回顾一年来的工作，我们的发展根基更加坚实。']);
  });

  test('guard: a first clause followed by 我们 and what we did is narrative, no lead', () => {
    const { leads } = readIngested(report('回顾一年来的工作,我们坚持稳中求进不动摇。我们始终坚持稳中求进的工作总基调,经济运行呈现出稳中有进、持续向好的良好态势,开发区实现地区生产总值突破210亿元。'));
    expect(leads).toEqual([]);
  });
});

describe('one owner of the list bullet (head-lines.ts)', () => {
  test('a bullet alone on its line gives an empty line to the title block, and is no bulleted item', () => {
    expect(withoutBullet('•')).toBe('');
    expect(withoutBullet('●　政府工作报告')).toBe('政府工作报告');
    expect(bulletedLine.test('•')).toBe(false);
    expect(bulletedLine.test('• 微信')).toBe(true);
  });

  test('guard: a yearbook\'s title block printed as a list, a bare bullet inside it, is read as before', () => {
    const { front, blocks } = readIngested('  • 政府工作报告\n•\n  • ——2001年3月1日在某某市第十二届人民代表大会第四次会议上\n  • 市长 张三\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。');
    expect(front.title).toBe('政府工作报告');
    expect(front.speaker).toBe('市长 张三');
    expect(blocks[0]).toBe('各位代表：');
  });
});
