/**
 * Ingest defects found on the sixth round of held-out real pages
 * (2026-12-01: 12 county, county-level city, district, township and
 * prefecture-level city pages of rare provinces, never seen by ingest, listed
 * in test/fixtures/ingest-corpus/README.md under "Held-out pages, round 6").
 * Each test is the page shape reduced to a few lines; its name says what
 * ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const opening = '现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和列席会议的同志提出意见。';

describe('held-out round 6: the speaker holds a party post before the government office', () => {
  test('"县委副书记、县长 木合塔尔·丝迪克": the issuer is the county government of the occasion (was: "县委副书记、人民政府")', () => {
    const { front } = read(
      [
        '政府工作报告',
        '——在尉犁县第十八届人民代表大会第五次会议上',
        '县委副书记、县长 木合塔尔·丝迪克',
        '(2025年1月6日)',
        '各位代表、同志们:',
        opening,
      ].join('\n'),
    );
    expect(front).toMatchObject({ issuer: '尉犁县人民政府', speaker: '县委副书记、县长 木合塔尔·丝迪克', date: '2025-01-06' });
  });

  test('"市委副书记、代市长 张三" with the city in the occasion: the city government (was: "市委副书记、人民政府")', () => {
    const { front } = read(['政府工作报告', '——2024年1月8日在某某市第十届人民代表大会第三次会议上', '市委副书记、代市长 张三', '各位代表:', opening.replace('县', '市')].join('\n'));
    expect(front).toMatchObject({ issuer: '某某市人民政府', speaker: '市委副书记、代市长 张三' });
  });

  test('guard: an institution whose head holds a party post keeps its own name ("县财政局党组书记、局长 谭中凡")', () => {
    const { front } = read(
      ['关于新邵县2023年财政决算草案的报告', '——2024年8月27日在县第十八届人大常委会第二十二次会议上', '县财政局党组书记、局长 谭中凡', '主任、各位副主任、秘书长、各位委员:', '受县人民政府委托，我向本次会议报告2023年财政决算草案，请予审议。'].join('\n'),
    );
    expect(front.issuer).toBe('新邵县财政局');
  });
});

describe('held-out round 6: a disclosure page\'s empty label above link rows', () => {
  const page = (below: string) =>
    [
      '2004年政府工作报告',
      '索引号: 331125000000/2010-29542 发布机构: 云和县人民政府办公室 发布时间: 2010-07-26 21:06:42',
      '',
      '文号:',
      '',
      below,
      '图解链接:点击查看图解',
      '',
      '政府工作报告',
      '',
      '(2004年3月9日在云和县第十三届人民代表大会第二次会议上)',
      '',
      '云和县代县长 丁绍雄',
      '',
      '各位代表:',
      opening,
    ].join('\n');

  test('"文号:" left empty, then "政策解读链接:点击查看政策解读": the link row is not the 文号 (was: 文号 = "政策解读链接:点击查看政策解读")', () => {
    const { front, blocks } = read(page('政策解读链接:点击查看政策解读'));
    expect(front.disclosure).toEqual({ 索引号: '331125000000/2010-29542', 发布机构: '云和县人民政府办公室', 发布时间: '2010-07-26 21:06:42' });
    expect(front).toMatchObject({ title: '政府工作报告', issuer: '云和县人民政府', date: '2004-03-09' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a value on the line under its label is still read ("文号:" / "云政发〔2004〕12号")', () => {
    const { front } = read(page('云政发〔2004〕12号'));
    expect((front.disclosure as Record<string, string>)['文号']).toBe('云政发〔2004〕12号');
  });
});

describe('held-out round 6: a mirror\'s heading as the only title', () => {
  test('"2012年1月5日昭通市政府工作報告(全文)": the delivery date before it and "(全文)" after it are not the title (was: the whole heading as title)', () => {
    const { front } = read(
      ['2012年1月5日昭通市政府工作報告(全文)', '——2012年1月5日在昭通市第三屆人民代表大會第一次會議上', '市長 劉建華', '各位代表:', '現在,我代表第二屆市人民政府,向大會報告政府工作,請予審議。'].join('\n'),
    );
    expect(front).toMatchObject({ title: '昭通市政府工作報告', issuer: '昭通市人民政府', date: '2012-01-05', date_source: 'occasion' });
  });

  test('a heading "2010年政府工作报告(全文)" over a title block without a title line: "(全文)" is the site\'s, the year stays (was: "2010年政府工作报告（全文）")', () => {
    const { front } = read(['2010年政府工作报告(全文)', '', '2010年2月24日在杨陵区第七届', '人民代表大会第四次会议上', '', '杨陵区区长 董胜利', '', '各位代表:', opening.replace(/县/g, '区')].join('\n'));
    expect(front).toMatchObject({ title: '2010年政府工作报告', issuer: '杨陵区人民政府', date: '2010-02-24' });
  });

  test('guard: a year alone before the title stays ("2023年西安市政府工作报告"), and so does an abridgement mark ("政府工作报告(摘要)")', () => {
    expect(read(['2023年西安市政府工作报告', '——2023年1月10日在西安市第十七届人民代表大会第三次会议上', '各位代表:', opening].join('\n')).front.title).toBe('2023年西安市政府工作报告');
    expect(read(['政府工作报告(摘要)', '——2023年1月10日在西安市第十七届人民代表大会第三次会议上', '各位代表:', opening].join('\n')).front.title).toBe('政府工作报告（摘要）');
  });
});

describe('held-out round 6: lead sentences of two clauses (read by the action-and-aim rule of 866dea5, landed meanwhile)', () => {
  const page = (...paragraphs: string[]) => ['政府工作报告', '——2006年3月26日在太原市第十一届人民代表大会第六次会议上', '各位代表:', opening.replace(/县/g, '市'), '一、“十五”时期国民经济和社会发展回顾', ...paragraphs].join('\n');

  test('"经济总量实现翻番,综合实力明显增强。" opening a long paragraph is its lead (was: no lead on b9fd806, a comma ruled it out)', () => {
    const { leads } = read(
      page(
        '经济总量实现翻番,综合实力明显增强。全市地区生产总值连续跨越五个百亿台阶,达到895.5亿元,年均增长14%;财政总收入达到163亿元,年均增长23.7%;规模以上工业增加值达到292.1亿元,年均增长19.6%;城镇居民人均可支配收入达到10476元,年均增长11.7%。',
        '结构调整顺利推进,工业经济快速增长。坚决淘汰落后产业,关停取缔土小企业和落后生产设施,大机焦比重达到87%,地方煤矿总数减少54%,煤炭回采率提高30个百分点。改造提升传统产业。',
      ),
    );
    expect(leads).toEqual(['经济总量实现翻番，综合实力明显增强。', '结构调整顺利推进，工业经济快速增长。']);
  });

  test('guard: an ordinary first sentence with a comma is no lead (figures, unbalanced clauses, a "我们" clause, a year, a "…，是…" copula)', () => {
    const { leads } = read(
      page(
        '全年完成地区生产总值181.8亿元,同比增长7%。固定资产投资同比增长11.1%。',
        '面对复杂严峻的国内外形势,全市上下攻坚克难。经济社会保持了平稳健康发展。',
        '一年来工作扎实推进,我们完成了各项任务。具体体现在以下方面。',
        '过去一年砥砺前行,各项事业全面进步。全县生产总值增长8%。',
        '刚刚过去的五年,是极不平凡的五年。我们坚持稳中求进工作总基调。',
      ),
    );
    expect(leads).toEqual([]);
  });
});

describe('held-out round 6: a flattened page whose document name runs into the salutation', () => {
  const text = [
    '现在,我代表县人民政府,向大会作政府工作报告,请予审议,并请各位县政协委员和其他列席人员提出意见。',
    '回顾过去五年 綦江已经站在经济发展的新起点 1998年县第十四届人民代表大会第一次会议以来,全县人民负重自强,开拓进取,开创了綦江经济发展的良好局面。',
    '回顾五年走过的历程,我们深深感到:过去的五年,是我们克服困难较多、承受压力较大、爬坡过坎的五年。',
    '一、结构调整步伐加快,综合实力逐渐增强 全县上下以经济建设为中心,以结构调整为主线,促进了国民经济较快增长。',
  ].join(' ');

  test('"綦江县人民政府政府工作报告工作总结各位代表: 现在,…" on one line: the name is the title, the site\'s category "工作总结" is reported, the text starts at 各位代表 (was: no title, the name glued to the salutation)', () => {
    const { front, blocks, result } = read(`綦江县人民政府政府工作报告工作总结各位代表: ${text}`);
    expect(front).toMatchObject({ title: '綦江县人民政府政府工作报告', issuer: '綦江县人民政府' });
    expect(blocks[0]).toBe('各位代表：');
    expect(result.file.messages.some((m) => m.reason.includes('工作总结'))).toBe(true);
  });

  test('the same without a category ("綦江县人民政府政府工作报告各位代表: 现在,…", a page with many lost breaks; was: no title)', () => {
    const { front, blocks } = read(`綦江县人民政府政府工作报告各位代表: ${text}`);
    expect(front).toMatchObject({ title: '綦江县人民政府政府工作报告', issuer: '綦江县人民政府' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a sentence that only mentions a report before the salutation is not taken as a title, with or without a category after it', () => {
    expect(read(`会议听取了县长所作的政府工作报告。各位代表: ${text}`).front.title).toBeFalsy();
    expect(read(`今年,县长作了政府工作报告总结各位代表: ${text}`).front.title).toBeFalsy();
  });
});
