/**
 * The ingest defects of issue 12, each as the page shape that showed it.
 * A test name says what ingest did before ("was: …") and the test asserts
 * what it does now. Run against main at 3f40af4 (before this work), 13 of
 * these 15 fail with exactly the old behaviour; the two that pass there are
 * guards (an excerpt keeps its depths; a list run never doubles text).
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = readIngested;

const body = '现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。';

describe('issue 12: ingest defects, each fixed', () => {
  test('letter-spaced title, subtitle split over two lines, speaker with a letter-spaced name (was: four body paragraphs, issuer 政府, no date)', () => {
    const { front, blocks } = read(['政 府 工 作 报 告', '2025年3月21日在汉滨区第十九届', '人民代表大会第四次会议上', '汉滨区人民政府代区长 向 诗 兵', '各位代表：', body].join('\n'));
    expect(front).toMatchObject({
      title: '政府工作报告',
      issuer: '汉滨区人民政府',
      date: '2025-03-21',
      date_source: 'occasion',
      occasion: '2025年3月21日在汉滨区第十九届人民代表大会第四次会议上',
      speaker: '汉滨区人民政府代区长 向诗兵',
    });
    expect(blocks).toEqual(['各位代表：', body]);
  });

  test('a title line carrying the occasion in brackets and the speaker after it (was: no date, occasion, speaker or issuer)', () => {
    const { front, blocks } = read(['政府工作报告（2022年1月6日在丰台区第十七届人民代表大会第一次会议上）丰台区人民政府区长 王少峰', '各位代表：', body].join('\n'));
    expect(front).toMatchObject({
      title: '政府工作报告',
      issuer: '丰台区人民政府',
      date: '2022-01-06',
      occasion: '2022年1月6日在丰台区第十七届人民代表大会第一次会议上',
      speaker: '丰台区人民政府区长 王少峰',
    });
    expect(blocks).toEqual(['各位代表：', body]);
  });

  test('the occasion with the speaker’s role and name glued on (was: no speaker, the occasion swallowed it)', () => {
    const { front } = read(['政府工作报告', '——2024年1月23日在广东省第十四届人民代表大会第二次会议上广东省省长王伟中', '各位代表：', body].join('\n'));
    expect(front).toMatchObject({ occasion: '2024年1月23日在广东省第十四届人民代表大会第二次会议上', speaker: '广东省省长 王伟中', issuer: '广东省人民政府' });
  });

  test('issuer from 我代表…人民政府 completed with the place of the occasion; a bare 市长 gets it too', () => {
    expect(read(['政府工作报告', '——2017年1月5日在广州市第十五届人民代表大会第一次会议上', '市长 温国辉', '各位代表：', '我代表市人民政府向大会作政府工作报告。'].join('\n')).front).toMatchObject({ issuer: '广州市人民政府', speaker: '市长 温国辉' });
    expect(read(['政府工作报告', '——2021年12月15日在安岳县第十七届人民代表大会第一次会议上', '各位代表：', '现在，我代表县人民政府向大会报告工作。'].join('\n')).front.issuer).toBe('安岳县人民政府');
  });

  const disclosurePage = [
    '索引号',
    '000014349/2021-00123',
    '发布机构',
    '北京市海淀区人民政府',
    '文号',
    '海政发〔2021〕3号',
    '成文日期',
    '2021年02月01日',
    '发布日期',
    '2021-02-05',
    '查看目录信息',
    '北京市海淀区人民政府关于印发2021年海淀区政府工作报告的通知',
    '各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：',
    '现将《2021年海淀区政府工作报告》印发给你们，请认真贯彻落实。',
    '北京市海淀区人民政府',
    '2021年2月1日',
    '（此件公开发布）',
  ];

  test('a disclosure page, labels and values on alternate lines, cover notice, 查看目录信息, attachment (was: ~40 junk paragraphs, 文号 lost, the notice taken for the title)', () => {
    const page = [...disclosurePage, '2021年海淀区政府工作报告', '——2021年1月6日在海淀区第十七届人民代表大会第一次会议上', '海淀区人民政府区长 王合生', '各位代表：', body, '附件：2021年海淀区政府工作报告.docx'];
    const { front, blocks, result } = read(page.join('\n'));
    expect(front).toMatchObject({
      title: '2021年海淀区政府工作报告',
      // the speaker's role names the government the report speaks for (发布机构 is the page's publisher)
      issuer: '海淀区人民政府',
      date: '2021-01-06',
      date_source: 'occasion',
      cover_notice: '北京市海淀区人民政府关于印发2021年海淀区政府工作报告的通知',
      disclosure: { 索引号: '000014349/2021-00123', 发布机构: '北京市海淀区人民政府', 文号: '海政发〔2021〕3号', 成文日期: '2021-02-01', 发布日期: '2021-02-05' },
    });
    expect(blocks).toEqual(['各位代表：', body]);
    // Nothing vanishes unseen: every line of the page is either in the blocks or reported.
    const reported = new Set(result.summary.linesRemoved.map((r) => r.line));
    page.forEach((line, i) => {
      if (!blocks.includes(line)) expect(reported.has(i + 1), `line ${i + 1} “${line}” reported`).toBe(true);
    });
    expect(result.summary.linesRemoved.find((r) => r.text === '查看目录信息')?.rule).toBe('page-info');
    expect(result.summary.linesRemoved.find((r) => r.text.startsWith('附件'))?.rule).toBe('attachment');
  });

  test('a disclosure page without an occasion line: the notice is kept apart, the report title after it is the title, 成文日期 the date', () => {
    const page = [...disclosurePage, '海淀区国民经济和社会发展第十四个五年规划纲要', '第一章 发展基础', '“十三五”时期，海淀区经济社会发展取得显著成就。'];
    const { front, blocks } = read(page.join('\n'));
    expect(front).toMatchObject({ title: '海淀区国民经济和社会发展第十四个五年规划纲要', cover_notice: '北京市海淀区人民政府关于印发2021年海淀区政府工作报告的通知', date: '2021-02-01', date_source: 'written' });
    expect(blocks[0]).toBe('## 第一章发展基础');
  });

  test('disclosure table cells flattened with empty values shifting the columns', () => {
    const { front } = read(['文件名称 | 汉滨区2025年政府工作报告 | ||', '文号 | 成文日期: | 2025年04月15日 | |', '有效性 | 有效 | 公开日期: | 2025-04-15 14:43 |', '各位代表：', body].join('\n'));
    expect(front).toMatchObject({ title: '汉滨区2025年政府工作报告', date: '2025-04-15', date_source: 'written' });
    expect(front.disclosure).toEqual({ 文件名称: '汉滨区2025年政府工作报告', 成文日期: '2025-04-15', 有效性: '有效', 公开日期: '2025-04-15 14:43' });
  });

  test('a document whose top level is numbered 1、 gets ## (was: ####, so the contents left the main part out)', () => {
    const { blocks, publication } = read(['政府工作报告', '各位代表：', '1、2021年工作回顾', '过去一年，全区经济社会发展取得新成效，主要指标好于预期，民生持续改善。', '（1）经济运行稳中向好', '地区生产总值增长百分之六，一般公共预算收入增长百分之八，固定资产投资增长百分之五。', '2、2022年工作安排', '今年是全面实施“十四五”规划的关键之年，做好政府工作意义重大。'].join('\n'));
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## 1、2021年工作回顾', '### （1）经济运行稳中向好', '## 2、2022年工作安排']);
    expect(publication.outline.map((e) => e.zh)).toEqual(['1、2021年工作回顾', '2、2022年工作安排']);
  });

  test('an excerpt starting mid-outline keeps the conventional depths (（四） stays ###)', () => {
    const { blocks } = read(['（四）深化改革，区域发展竞争力进一步彰显', '聚焦体制机制创新，深化“放管服”和重点领域改革，区域竞争优势显著增强。'].join('\n'));
    expect(blocks[0]).toBe('### （四）深化改革，区域发展竞争力进一步彰显');
  });

  test('numbered notes and numbered items are paragraphs and keep their final 。 (was: #### headings without it)', () => {
    const notes = ['1.“六稳”：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。', '2.“六保”：保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。'];
    const items = ['（1）加快建设中关村科学城，推动原始创新和关键核心技术攻关取得新突破。', '（2）深化营商环境改革；'];
    const closing = ['二、保障措施', '加强组织领导，压实工作责任，确保各项任务落到实处。'];
    const { blocks, rules } = read(['一、主要任务', '今年重点做好以下工作，确保各项目标任务圆满完成，实现良好开局。', ...items, ...notes, ...closing].join('\n'));
    for (const text of [...notes, ...items]) expect(blocks).toContain(text);
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## 一、主要任务', '## 二、保障措施']);
    expect(rules).toContain('numbered-item');
    // A trailing notes section (注释：) is the report's own notes (issue 13), never headings either: here its terms
    // (“六稳”, “六保”) are not in the text, so nothing calls them and the section stays its heading and a numbered list.
    const { result, blocks: withNotes } = read(['一、主要任务', '今年重点做好以下工作，确保各项目标任务圆满完成，实现良好开局。', '注释：', ...notes].join('\n'));
    expect(withNotes.filter((b) => b.startsWith('#'))).toEqual(['## 一、主要任务', '## 注释']);
    for (const note of notes) expect(result.markdown).toContain(`1. ${note.replace(/^[0-9]+\./, '')}`);
  });

  test('a run of numbered lines with nothing between them is a list, not headings (a table of contents)', () => {
    const toc = ['1.河北省2023年政府工作报告', '2.山西省2023年政府工作报告', '3.辽宁省2023年政府工作报告'];
    const { blocks, rules } = read(['2023年最新省政府工作报告全文汇编', ...toc, '各位代表：', body].join('\n\n'));
    for (const line of toc) expect(blocks).toContain(line);
    expect(blocks.some((b) => b.startsWith('#'))).toBe(false);
    expect(rules).toContain('list');
  });

  test('a list run stops at a run-in heading: nothing doubled (property-test counterexample 一、经经 ×3)', () => {
    const { result } = read(['各位代表：', '一、经经', '一、经经', '一、经经。经。', '经。'].join('\n'));
    expect(result.file.messages.filter((m) => m.ruleId === 'lost-text')).toEqual([]);
  });

  test('watermarks glued after sentence ends are removed and reported; a short repeated ending is text (property-test counterexample)', () => {
    const page = ['政府工作报告pbY', '——2017年2月22日在蠡县第十七届人民代表大会第一次会议上pbY', 'pbY', '蠡县人民政府代县长都建华pbY', '各位代表：大牛工程师', '现在，我代表县人民政府向大会报告工作。大牛工程师', '一、过去五年工作回顾', '五年来，全县经济社会发展取得显著成就。大牛工程师'];
    const { front, blocks, result } = read(page.join('\n'));
    expect(front).toMatchObject({ title: '政府工作报告', speaker: '蠡县人民政府代县长 都建华', issuer: '蠡县人民政府' });
    expect(blocks.join('')).not.toMatch(/pbY|大牛工程师/);
    expect(result.file.messages.find((m) => m.ruleId === 'watermark')?.reason).toMatch(/“pbY”.*“大牛工程师”|“大牛工程师”.*“pbY”/);
    const text = ['经济发展。经', '社会进步。经', '城市建设。经', '各位代表：'];
    expect(read(text.join('\n')).result.file.messages.filter((m) => m.ruleId === 'watermark')).toEqual([]);
  });

  test('a heading never ends in 。 or ；', () => {
    const { blocks } = read(['一、过去一年工作回顾', '（一）经济发展稳中有进。一年来，我们面对经济下行压力，着力扩投资、抓产业。', '（二）深化改革，推进重点领域改革；', '全年完成各项改革任务。'].join('\n'));
    for (const heading of blocks.filter((b) => b.startsWith('#'))) expect(heading).not.toMatch(/[。；]$/);
    expect(blocks).toContain('（二）深化改革，推进重点领域改革；');
  });

  test('lead sentences: ——-led statements and parallel openings are leads; a year’s opening sentence is not', () => {
    const { leads } = read(
      [
        '各位代表：',
        '2020年是极不平凡的一年。面对严峻复杂的形势，全县上下坚持稳中求进，经济社会发展取得新成绩。',
        '——经济运行总体平稳。地区生产总值增长百分之六左右，城镇新增就业持续增加。',
        '五年来，我们坚定不移稳增长谋发展，综合实力实现大幅提升。全县地区生产总值由七十四亿元增至一百零四亿元。',
      ].join('\n'),
    );
    expect(leads).toEqual(['——经济运行总体平稳。', '五年来，我们坚定不移稳增长谋发展，综合实力实现大幅提升。']);
  });

  test('a breadcrumb of single-space-separated items is boilerplate, not the title (an unseen yearbook page; was: title 首页理论教育2020年…)', () => {
    const { front, blocks, rules } = read(['首页 理论教育 2020年工作和十三五发展回顾-高县年鉴', '', '政府工作报告', '', '各位代表：', body].join('\n'));
    expect(front.title).toBe('政府工作报告');
    expect(blocks.join('\n')).not.toContain('首页');
    expect(rules).toContain('breadcrumb');
  });

  test('a field the page does not give is a warning naming it and --meta', () => {
    const { result } = read(['各位代表：', body].join('\n'));
    const warnings = result.file.messages.filter((m) => m.fatal === false).map((m) => m.reason);
    for (const field of ['title', 'date', 'occasion', 'speaker']) expect(warnings.some((w) => w.includes(`\`${field}\``) && w.includes('--meta'))).toBe(true);
  });
});
