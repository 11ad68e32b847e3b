/**
 * Ingest defects found on the ninth round of held-out real pages
 * (2026-12-01: 10 report beginnings from OFFICIAL PORTALS and copies of their
 * article pages — a district congress portal, a city gazetteer office, a city
 * trade union's site, copies of province and city portal articles — never seen
 * by ingest, listed in test/fixtures/ingest-corpus/README.md under "Held-out
 * pages, round 9"). Each test is the page shape reduced to a few lines; its
 * name says what ingest did before ("was: …"). Guards (precision) are named
 * as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const opening = '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。';
const review = (lines: string[]) => ['政府工作报告', '', '各位代表：', '', opening, '', '一、过去五年工作回顾', '', ...lines].join('\n\n');

describe('held-out round 9: the parallel openings of a five-year review', () => {
  test('"五年来，综合实力大幅提升。" — a period\'s opening over a short topic, without 我们 — is a lead (was: not marked)', () => {
    const { leads } = read(
      review([
        '五年来，综合实力大幅提升。充分发挥国家沿海重要中心城市作用，生产总值突破万亿大关，预计达1.2万亿元，年均增长6.5%左右。',
        '五年来，发展活力显著增强。坚持用市场的逻辑、资本的力量激发内生动力，市场主体达179.8万户。',
      ]),
    );
    expect(leads).toEqual(['五年来，综合实力大幅提升。', '五年来，发展活力显著增强。']);
  });

  test('"这是坚持全面开放，发展争先进位的五年。" — a term characterised by two phrases — is a lead (was: not marked)', () => {
    const { leads } = read(
      review([
        '这是坚持全面开放，发展争先进位的五年。我们紧紧抓住国家战略叠加实施的重大机遇，全市综合实力取得历史性突破。',
        '这是坚持创新引领，产业优化升级的五年。我们深入实施创新驱动发展战略，科技综合实力连续12年位居全省首位。',
      ]),
    );
    expect(leads).toEqual(['这是坚持全面开放，发展争先进位的五年。', '这是坚持创新引领，产业优化升级的五年。']);
  });

  test('"——这五年，我们…，…。" — the parallel opening led by a dash — is a lead (was: not marked: "这" opens no lead)', () => {
    const { leads } = read(
      review(['——这五年，我们坚定不移转变发展方式，高质量发展之路越走越宽广。全市地区生产总值从2017年的2.01万亿元增加到2.91万亿元、年均增长5.4%。']),
    );
    expect(leads).toEqual(['——这五年，我们坚定不移转变发展方式，高质量发展之路越走越宽广。']);
  });

  test('guard: "一年来，主要做了以下工作。", "这是极不平凡的一年。" and a long "五年来，…" narrative are no leads', () => {
    const { leads } = read(
      review([
        '一年来，主要做了以下工作。全力以赴抗大疫、战大洪，人民安全得到有力保护，全面建成小康社会取得决定性成就。',
        '这是极不平凡的一年。面对严峻复杂的国际环境和疫情散发多发的超预期考验，全省上下保持了经济社会大局稳定。',
        '五年来，我们坚持以习近平新时代中国特色社会主义思想为指导深入贯彻落实党中央决策部署。全市经济持续健康发展。',
        '——这五年，我们坚定不移深化改革开放，推动内陆开放高地建设实现新突破，中央部署的重大改革试点任务扎实推进。全市营商环境持续改善。',
      ]),
    );
    expect(leads).toEqual([]);
  });
});

describe('held-out round 9: a congress portal\'s occasion that lost its 年 and 月', () => {
  const page = (stamp: string) =>
    [
      '首页 > 重要发布 > 代表大会文件',
      '政府工作报告',
      `发布时间:${stamp}    打印     阅读次数:`,
      '',
      '——2019123日在武汉市武昌区第十五届人民代表大会',
      '',
      '第四次会议上',
      '',
      '武昌区人民政府区长  余 松',
      '',
      '各位代表:',
      '',
      '现在,我代表区人民政府向大会报告工作,请予审议,并请区政协各位委员和列席人员提出意见。',
    ].join('\n');

  test('"——2019123日在…会议上" under a stamp of 2019-01-28 is dated 2019-01-23 from the occasion (was: the stamp\'s date, published)', () => {
    const { front, rules } = read(page('2019-01-28 18:06'));
    expect(front.date).toBe('2019-01-23');
    expect(front.date_source).toBe('occasion');
    expect(rules).toContain('occasion-year');
  });

  test('guard: under a stamp long after the session (a page filed years later) the digits give no date; the stamp stays, published', () => {
    const { front } = read(page('2021-06-19 10:00'));
    expect(front.date).toBe('2021-06-19');
    expect(front.date_source).toBe('published');
  });
});

describe('held-out round 9: a copy of a province portal\'s article on an essay site', () => {
  const body = ['各位代表', '', '  现在,我代表省人民政府向大会报告工作,请予审议,并请省政协委员和列席会议同志提出意见。', '', '  一、2020年工作及“十三五”时期发展回顾'];
  test('the site\'s welcome and account row "欢迎光临散文网 会员登陆 & 注册" is boilerplate (was: the title)', () => {
    const { front, rules } = read(['欢迎光临散文网 会员登陆 & 注册', '', ...body].join('\n'));
    expect(front.title ?? '').toBe('');
    expect(rules).toContain('login');
  });

  test('a time, "作者:…" and the site\'s "| 我要投稿" button on one line are a stamp row (was: the first paragraph)', () => {
    const { blocks, rules } = read(['2021-02-08 13:41 作者:江西中公教育  | 我要投稿', '', ...body].join('\n'));
    expect(blocks[0]).toBe('各位代表');
    expect(rules).toContain('page-info');
  });

  test('the portal\'s breadcrumb copied without its separators ("江西省人民政府 政府工作报告 政府工作报告(2021年)"): the portal is the issuer, the last item the title (was: all three glued as the title)', () => {
    const { front } = read(['江西省人民政府 政府工作报告 政府工作报告(2021年)', '', ...body].join('\n'));
    expect(front.title).toBe('政府工作报告');
    expect(front.issuer).toBe('江西省人民政府');
    expect(front.date).toBeUndefined();
  });

  test('guard: a government over its title on one line ("北京市海淀区人民政府 政府工作报告"), or with a year between, reads as before', () => {
    expect(read(['北京市海淀区人民政府 政府工作报告', '', ...body].join('\n')).front).toMatchObject({ title: '北京市海淀区人民政府政府工作报告', issuer: '北京市海淀区人民政府' });
    expect(read(['江西省人民政府 2021年 政府工作报告', '', ...body].join('\n')).front).toMatchObject({ title: '江西省人民政府2021年政府工作报告', issuer: '江西省人民政府' });
  });
});

describe('held-out round 9: an exam site introduces the text by its name', () => {
  const block = ['——2023年1月13日在重慶市第六屆人民代表大會第一次會議上', '重慶市人民政府市長 胡衡華', '各位代表:', '現在,我代表市人民政府向大會報告工作,請予審議,并請市政協委員和其他列席人員提出意見。'];
  test('"以下是:2023年重慶市政府工作報告(全文)" right over the occasion names the report (was: no title, the line dropped as page head)', () => {
    const { front } = read(['2023年重慶公務員考試時政:2023年重慶市政府工作報告(全文)', '以下是:2023年重慶市政府工作報告(全文)', ...block].join('\n'));
    expect(front.title).toBe('2023年重慶市政府工作報告');
    expect(front.speaker).toBe('重慶市人民政府市長 胡衡華');
  });

  test('guard: a block with its own title keeps it; "以下是:" over something that is no document name gives none', () => {
    expect(read(['以下是:2023年重慶市政府工作報告(全文)', '政府工作報告', ...block].join('\n')).front.title).toBe('政府工作報告');
    expect(read(['以下是:大會開幕實況', ...block].join('\n')).front.title ?? '').toBe('');
  });
});

describe('held-out round 9: a newspaper photo caption in place of the speaker line', () => {
  const text = ['各位代表:', '  现在,我代表省人民政府向大会报告工作,请予审议,并请省政协委员和列席会议同志提出意见。', '   一、2022年及本届政府工作回顾'];
  test('"叶建春作政府工作报告。本报全媒体首席记者 林 君摄" over the text names the speaker (was: no speaker)', () => {
    const { front, rules } = read(['政府工作报告', '', '30.01.2023  15:51', '', '叶建春作政府工作报告。本报全媒体首席记者 林 君摄', '', ...text].join('\n'));
    expect(front.speaker).toBe('叶建春');
    expect(rules).toContain('caption-speaker');
  });

  test('guard: a caption about another report names nobody; a speaker line stays the speaker', () => {
    expect(read(['政府工作报告', '蒋卓庆作市人大常委会工作报告。记者 王磊 摄', ...text].join('\n')).front.speaker ?? '').toBe('');
    expect(read(['政府工作报告', '叶建春作政府工作报告。记者 林君 摄', '——2023年1月12日在江西省第十四届人民代表大会第一次会议上', '江西省省长 叶建春', ...text].join('\n')).front.speaker).toBe('江西省省长 叶建春');
  });
});
