/**
 * Ingest defects found on the seventeenth round of held-out pages (2026-12-01):
 * portals and mirrors of western and north-eastern cities, AUDIT reports to
 * standing committees, and 2003-era county reports (a paginated copy, an
 * anonymised essay site, a wiki whose title comes after the text) — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 17". Each
 * test is the page's shape reduced to a few lines; its name says what ingest
 * did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const auditOpening = '我受市政府委托,向市人大常委会报告2022年度市级预算执行和其他财政收支的审计情况,请予审议。\n一、预算执行审计情况\n审计结果表明,2022年财政运行总体平稳。';

describe('held-out round 17: a speaker line over the salutation, no occasion', () => {
  test('a bureau director ("衢州市审计局局长 刘石平") under a title, over "主任、各位副主任、秘书长,各位委员:": the speaker, the body starts at the salutation (was: no speaker, the line left as the first paragraph)', () => {
    const { front, blocks } = readIngested(`关于2018年度市级预算执行\n和其他财政收支的审计工作报告\n衢州市审计局局长 刘石平\n主任、各位副主任、秘书长,各位委员:\n${auditOpening}`);
    expect(front.speaker).toBe('衢州市审计局局长 刘石平');
    expect(front.issuer).toBe('衢州市审计局');
    expect(blocks[0]).toBe('主任、各位副主任、秘书长，各位委员：');
  });

  test('the speaker line first, role and name GLUED ("银川市人民政府市长陶少华"), over "各位代表:" (was: no speaker, no issuer)', () => {
    const { front, blocks } = readIngested(`银川市人民政府市长陶少华\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n2024年工作回顾\n过去一年,全市经济稳中有进。`);
    expect(front).toMatchObject({ speaker: '银川市人民政府市长 陶少华', issuer: '银川市人民政府' });
    expect(front.title ?? '').toBe(''); // no title: the speaker line is none
    expect(blocks[0]).toBe('各位代表：');
  });

  test('the speaker, then the date alone, then the salutation: speaker, issuer and date; no title (was: the speaker line taken for the title)', () => {
    const { front } = readIngested(`汕头市潮阳区审计局局长 郑创平\n2023年9月28日\n主任、各位副主任、各位委员:\n${auditOpening}`);
    expect(front).toMatchObject({ speaker: '汕头市潮阳区审计局局长 郑创平', issuer: '汕头市潮阳区审计局', date: '2023-09-28', date_source: 'title' });
    expect(front.title ?? '').toBe(''); // no title: the speaker line is none
  });

  test('guard: a glued line ending in a role\'s word and a few characters that stands over no salutation is no speaker ("县长办公会议" / text)', () => {
    const { front, blocks } = readIngested(`2023年工作总结\n县政府常务会议和县长办公会议\n一年来,全县上下团结奋进。\n一、主要工作\n全县经济平稳增长。`, 'page.txt', { clean: false });
    expect(front.speaker).toBeUndefined();
    expect(blocks.join('\n')).toContain('县长办公会议');
  });
});

describe('held-out round 17: a standing committee\'s session file label', () => {
  test('"宁波市十六届人大常委会第十二次会议文件" over the title is the page\'s head, not the title\'s first line (was: the title began with the label)', () => {
    const { front } = readIngested(`宁波市十六届人大常委会第十二次会议文件\n关于2022年度宁波市级预算执行和全市其他财政收支的审计工作报告\n市审计局局长 励永惠\n主任、副主任、秘书长、各位委员:\n${auditOpening}`);
    expect(front.title).toBe('关于2022年度宁波市级预算执行和全市其他财政收支的审计工作报告');
    expect(front.speaker).toBe('市审计局局长 励永惠');
  });

  test('"市审计局局长" under "关于2022年度宁波市级预算执行…的报告": the bureau placed by the level the title names (was: no issuer)', () => {
    const { front } = readIngested(`关于2022年度宁波市级预算执行和全市其他财政收支的审计工作报告\n市审计局局长 励永惠\n主任、副主任、秘书长、各位委员:\n${auditOpening}`);
    expect(front.issuer).toBe('宁波市审计局');
  });

  test('guard: "关于2022年度市本级预算执行…" names no place: a bare "市审计局" is no issuer', () => {
    const { front } = readIngested(`关于2022年度市本级预算执行和其他财政收支的审计工作报告\n市审计局局长 励永惠\n主任、副主任、秘书长、各位委员:\n${auditOpening}`, 'page.txt', { clean: false });
    expect(front.issuer).toBeUndefined();
  });

  test('guard: a title naming the standing committee and a session is the title ("关于市人大常委会第十二次会议审议意见…的报告")', () => {
    const { front } = readIngested(`关于宁波市人大常委会第十二次会议审议意见研究处理情况的报告\n主任、副主任、秘书长、各位委员:\n${auditOpening}`, 'page.txt', { clean: false });
    expect(front.title).toBe('关于宁波市人大常委会第十二次会议审议意见研究处理情况的报告');
  });
});

describe('held-out round 17: a wiki\'s infobox after the summary', () => {
  const page = `即將過去的2003年,是農業喜獲豐收的一年。在縣委的正確領導下,我們較好地完成了各項工作任務。\n基本介紹\n- 中文名:2004年法庫縣政府工作報告\n- 匯報單位:法庫縣人民政府\n- 報告類型:政府工作報告\n- 報告時間:2003年12月25日\n二三年政府工作回顧\n即將過去的2003年,是農業喜獲豐收的一年。在縣委的正確領導下,我們較好地完成了各項工作任務。`;

  test('"基本介紹" and its "- 中文名:…" / "- 匯報單位:…" / "- 報告時間:…" items give title, issuer and date and leave the body (was: no title, issuer or date; the infobox left as five paragraphs)', () => {
    const { front, blocks, result } = readIngested(page);
    expect(front).toMatchObject({ title: '2004年法庫縣政府工作報告', issuer: '法庫縣人民政府', date: '2003-12-25', date_source: 'written' });
    expect(blocks.join('\n')).not.toMatch(/基本介紹|中文名|匯報單位|報告類型/);
    expect(result.file.messages.some((m) => m.ruleId === 'metadata' && m.reason.includes('中文名'))).toBe(true);
  });

  test('guard: "key:value" items with no infobox heading over them stay text', () => {
    const { front, blocks } = readIngested(`各位代表:\n現在,我代表縣人民政府向大會報告工作。\n- 中文名:法庫\n- 報告時間:2003年\n一、工作回顧\n全縣經濟平穩增長。`, 'page.txt', { clean: false });
    expect(front.date).toBeUndefined();
    expect(blocks.join('\n')).toContain('中文名');
  });
});

describe('held-out round 17: a page that starts mid-sentence', () => {
  test('"控双达标”一等奖。…": a first sentence closing a quote it never opened is the tail of a cut sentence, no lead (was: marked a lead)', () => {
    const { leads } = readIngested(`控双达标”一等奖。针对计划生育工作面临的严峻形势,全县上下狠抓各项节育措施的落实,奋战三年,使全县计划生育总体水平有了很大提高。\n二、今后的主要任务\n今后五年,全县经济建设和社会发展的主要奋斗目标为:`, 'page.txt', { clean: false });
    expect(leads).toEqual([]);
  });

  test('guard: a quoted term opening a lead ("“稳”的态势巩固延续。") is still one', () => {
    const { leads } = readIngested(`各位代表:\n一、工作回顾\n“稳”的态势巩固延续。经济运行总体平稳,主要指标好于预期,全年生产总值增长百分之五。`, 'page.txt', { clean: false });
    expect(leads).toEqual(['“稳”的态势巩固延续。']);
  });
});

describe('held-out round 17: an essay site\'s numbered heading', () => {
  const page = `凹丫丫旗下网站:四字成语大全 - 故事大全 - 范文大全\n您现在的位置: 范文大全 >> 演讲稿 >> 领导讲话 >> 工作报告 >> 正文\n\n政府工作报告(5)\n\n\n\n        政府工作报告(5)\n\n各位代表:\n现在,我代表*人民政府向大会报告工作,请予审议。\n一、过去五年的基本回顾\n过去的五年,是我*发展史上很不平凡的五年。`;

  test('"政府工作报告(5)" printed twice under a site line with a colon: the title, without the site\'s number (was: no title, the site line taken for its upper half and both dropped)', () => {
    const { front, blocks } = readIngested(page);
    expect(front.title).toBe('政府工作报告');
    expect(blocks.join('\n')).not.toMatch(/凹丫丫|政府工作报告/);
  });

  test('guard: a year in brackets after the name is not a site\'s number ("政府工作报告(2023)" keeps it)', async () => {
    const { parseTitle } = await import('../pipeline/ingest/document-title.ts');
    expect(parseTitle('政府工作报告(2023)').title).toBe('政府工作报告(2023)');
    expect(parseTitle('2016年工作要点(2)').title).toBe('2016年工作要点(2)');
  });
});
