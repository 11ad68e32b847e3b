/**
 * Known ingest gaps of stop 46 closed in stop 47 (helper mends47): the lead's blind pages 46's "Left", mends46's "Left",
 * held-out round 48's "Left". Each test is the page's shape reduced to a few lines, with its URL where the page was seen;
 * its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const ruleAt = (text: string, line: number) => read(text).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);

/** A report's opening in its own voice, for the guards. */
const opening = ['政府工作报告', '——2024年1月10日在某市第十七届人民代表大会第三次会议上', '市长 王明', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。', '一、2023年工作回顾', '过去一年,全市经济平稳增长。'];

describe('stop 47: a budget book\'s cover over three lines, the year alone first', () => {
  // https://www.daying.gov.cn/gongkai/show/b9c52ac3abf163181d0f14317806bbab.html (四川省大英县财政局), and the same site's
  // https://www.daying.gov.cn/gongkai/show/7af045bed02be5191dd34b9b127c97f7.html (县委巡察办)
  const cover = (unit: string, kind: string) => ['2024年度', unit, kind, '目 录', '公开时间:2025年9月1日', '第一部分 部门概况', '一、部门职责', `${unit.replace(/^四川省/u, '')}是县委、县政府的工作部门。`].join('\n');
  test('"2024年度" / "四川省大英县财政局" / "部门决算" is one title, the unit its issuer (was: title "2024年度", "部门决算" a paragraph)', () => {
    const page = cover('四川省大英县财政局', '部门决算');
    const { front, blocks } = read(page);
    expect(front.title).toBe('2024年度四川省大英县财政局部门决算');
    expect(front.issuer).toBe('四川省大英县财政局');
    expect(blocks.some((b) => b === '部门决算')).toBe(false);
    expect(ruleAt(page, 3)).toContain('metadata');
  });
  test('the same with another unit and a budget (was: title "2024年度")', () => {
    const { front } = read(cover('四川省大英县委巡察工作领导小组办公室', '部门预算'));
    expect(front.title).toBe('2024年度四川省大英县委巡察工作领导小组办公室部门预算');
  });
  test('guard: a year alone over a part heading or a sentence is no cover', () => {
    const page = ['2024年度', '一、部门职责', '财政局是县人民政府的工作部门。', '二、机构设置', '本部门设6个内设机构。'].join('\n');
    const { front, blocks } = read(page);
    expect(front.title ?? '').not.toMatch(/部门职责/u);
    expect(blocks.some((b) => b.includes('部门职责'))).toBe(true);
    const sentence = read(['2024年', '四川省大英县财政局', '全县财政收支平稳运行。', '一、收入情况', '全年收入增长5%。'].join('\n'));
    expect(sentence.front.title ?? '').not.toMatch(/财政局/u);
  });
});

describe('stop 47: a news digest, the headline printed again glued to the story\'s first sentence', () => {
  // http://soso.bot/details/nowtv_news_120332
  const page = [
    '财政预算案2024|陈茂波称政府未来会大力节流及逐步收窄赤字',
    '财政预算案2024陈茂波称政府未来会大力节流及逐步收窄赤字财政司司长陈茂波说,政府未来会大力节流,逐步收窄赤字。陈茂波表示,这是最需要、最合适做的措施。',
  ].join('\n');
  test('the copy is the page\'s head, the text opens at "财政司司长…" (was: the copy the paragraph\'s first words)', () => {
    const { blocks, result } = read(page);
    expect(blocks[0]).toMatch(/^财政司司长陈茂波说/u);
    const head = result.file.messages.find((m) => m.line === 2 && m.ruleId === 'page-head');
    expect(String(head?.reason)).toMatch(/陈茂波称政府未来会大力节流及逐步收窄赤字/u);
  });
  test('guard: a report\'s first sentence opening with the report\'s own name stays whole', () => {
    const report = ['某市2024年政府工作报告', '某市2024年政府工作报告经市第十七届人民代表大会第三次会议审议通过。全市经济平稳增长。', '一、2023年工作回顾', '过去一年,全市经济平稳增长。'].join('\n');
    expect(read(report).blocks.some((b) => b.startsWith('某市2024年政府工作报告经'))).toBe(true);
  });
});

describe('stop 47: an article under a related article\'s link, its title cut short with "..."', () => {
  // https://www.joammi.com/thread/20111004/298725.html
  const page = [
    '财政预算审计执行审计和财政决算审计的联系区...',
    '',
    '预算执行审计在政府预算管理中的作用分析',
    '站内搜索:',
    '1994年,全国人大通过了《预算法》,使我国预算及其监督法制建设迈出了历史性的一步。',
    '首先,预算执行审计助推预算管理改革顺利进行。',
  ].join('\n');
  test('the cut link is the page\'s head, the article\'s headline the title (was: the cut link the title)', () => {
    expect(read(page).front.title).toBe('预算执行审计在政府预算管理中的作用分析');
    expect(ruleAt(page, 1)).toContain('page-head');
  });
  test('guard: a text line ending in an ellipsis stays text', () => {
    const report = [...opening, '我们推进了教育、医疗、养老……'].join('\n');
    expect(read(report).blocks.some((b) => b.includes('教育、医疗、养老'))).toBe(true);
  });
});

describe('stop 47: a transcript, the speaker\'s label over the salutation', () => {
  // gyzzzx.com's "[俞正聲]" (the lead's blind pages 46), m.ericfola.com's "張軍：" (mends46): the label right over the
  // salutation names who speaks; the same label again in the text is kept there as text (never dropped).
  const transcript = (label: string) => ['最高人民法院工作报告', label, '各位代表:', '现在,我代表最高人民法院向大会报告工作,请予审议。', '一、2023年主要工作', '2023年,最高人民法院共受理案件21081件。', label, '2024年,人民法院将坚持稳中求进。'].join('\n');
  test('"[俞正聲]" is the speaker, and kept as text where it comes again (was: removed as the page\'s head, no speaker)', () => {
    const page = transcript('[俞正聲]');
    const { front, blocks } = read(page);
    expect(front.speaker).toBe('俞正聲');
    expect(ruleAt(page, 2)).toContain('metadata');
    expect(blocks).toContain('[俞正聲]');
  });
  test('"張軍：" is the speaker (was: removed as the page\'s head, no speaker)', () => {
    expect(read(transcript('張軍：')).front.speaker).toBe('張軍');
  });
  test('guard: an editor\'s note label over the salutation is no speaker', () => {
    expect(read(transcript('编者按:')).front.speaker ?? '').toBe('');
  });
});
