/**
 * Ingest defects found on the thirty-sixth round of held-out pages (2026-12-02): eight recent reports of official bodies
 * from eight hosts the corpus had not seen — 福州's audit report on a mirror of the city portal (traditional), 重庆's 2026
 * government work report flattened with the speaker glued to the occasion, 滁州's intermediate court (traditional,
 * abridged), 浮梁's county audit on its portal, the people's congress standing committees of 重庆 (a writing site),
 * 西藏 (the national paper's regional channel) and 云南 (a mirror), and 山东's 2026 report abridged by the provincial
 * paper with its numbering lost to mojibake — listed in test/fixtures/ingest-corpus/README.md under "Held-out pages,
 * round 36". Each test is the page's shape reduced to a few lines; its name says what ingest did before ("was: …").
 * Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

describe('held-out round 36: a news portal\'s stamp with the date in 年月日 and the time glued to it', () => {
  const page = (stamp: string) =>
    [
      '西藏自治区人民代表大会常务委员会工作报告',
      '',
      '——二〇二五年一月二十日在西藏自治区第十二届人民代表大会第三次会议上',
      '',
      stamp,
      '小字号',
      '',
      '  自治区人民代表大会常务委员会主任 洛桑江村',
      '',
      '  各位代表:',
      '',
      '  受自治区人大常委会委托,我向大会报告工作,请予审议。',
    ].join('\n');

  test('"2025年01月28日11:54 | 来源:西藏日报" is the page\'s stamp, and the speaker under it is read (was: the stamp the first paragraph, no speaker)', () => {
    const { front, blocks, rules } = readIngested(page('2025年01月28日11:54 | 来源:西藏日报'));
    expect(blocks[0]).toMatch(/^各位代表/u);
    expect(front.speaker).toBe('自治区人民代表大会常务委员会主任 洛桑江村');
    expect(rules).toContain('page-info');
  });

  test('guard: a line opening with a date in 年月日 and a source, then a sentence, stays text', () => {
    const { blocks } = readIngested(page('2025年01月28日 来源:西藏日报记者报道,自治区人大常委会召开第十二次会议。'));
    expect(blocks.some((b) => b.startsWith('2025年01月28日'))).toBe(true);
  });
});

describe('held-out round 36: a news lede listing the report\'s parts over the first part\'s heading', () => {
  const text = [
    '  2025年是很不平凡的一年。全省上下全面落實黨的二十大和二十屆歷次全會精神,統籌推進穩增長、提質效、抓改革、防風險、惠民生各項工作,全年主要目標任務順利完成。',
    '',
    '  (一)經濟增長邁出堅實步伐。地區生產總值增長5.5%、達到10.3萬億元,成為全國第三個、北方第一個過10萬億元省份。',
  ];
  const page = (lede: string, heading = '  一、2025年及“十四五”時期工作回顧') =>
    ['穩中求進 提質增效 確保“十五五”開好局起好步', '', lede, '', heading, '', ...text].join('\n');
  const lede =
    '  1月27日上午,山東省第十四屆人民代表大會第四次會議在山東會堂隆重開幕。周乃翔代表省人民政府向大會作政府工作報告。政府工作報告分三個部分:2025年及“十四五”時期工作回顧、“十五五”時期經濟社會發展目標任務、2026年重點工作。';

  test('the lede is the page\'s, the headline no title, who made the report the speaker (was: the lede the first paragraph, the headline the title)', () => {
    const { front, blocks, rules } = readIngested(page(lede));
    expect(blocks[0]).toBe('## 一、2025年及“十四五”時期工作回顧');
    expect(front.title || undefined).toBeUndefined();
    expect(front.speaker).toBe('周乃翔');
    expect(front.issuer).toBe('山東省人民政府');
    expect(rules).toContain('page-head');
  });

  test('guard: a paragraph listing parts over a heading that is not the first of them stays text', () => {
    const { blocks } = readIngested(page(lede, '  二、“十五五”時期經濟社會發展目標任務'));
    expect(blocks.some((b) => b.includes('分三個部分'))).toBe(true);
  });
});

describe('held-out round 36: the issuing government glued in front of a title in traditional characters with 于', () => {
  const body = '根據《中華人民共和國審計法》及有關法律法規和上級審計機關的部署要求,我市認真落實市第十六屆人大常委會第十八次會議有關決議以及審計工作審議意見,組織開展了2024年度市本級預算執行和其他財政收支情況審計工作。';

  test('"福州市人民政府關于2024年度…的審計工作報告": issuer and title apart (was: the whole line the title, no issuer)', () => {
    const { front } = readIngested(['福州市人民政府關于2024年度市本級預算執行和其他財政收支的審計工作報告', body].join('\n'));
    expect(front.title).toBe('關于2024年度市本級預算執行和其他財政收支的審計工作報告');
    expect(front.issuer).toBe('福州市人民政府');
  });
});

describe('held-out round 36: an audit report in the audit law\'s words names the audit office that sent the team', () => {
  const page = (opening: string) =>
    [
      '关于2023年度县本级财政预算执行和其他财政收支审计问题审计情况具体汇报如下:',
      opening,
      '一、2024年全县财政预算执行情况',
      '2024年,当年预算批复指标71.48亿元,已用指标62.09亿元,预算结余9.39亿元,总体执行率87%。',
    ].join('\n');

  test('"…的规定,浮梁县审计局派出审计组,自…进行了审计": the audit office is the issuer (was: none)', () => {
    const { front } = readIngested(page('根据《中华人民共和国审计法》第十九条的规定,浮梁县审计局派出审计组,自2025年4月8日至6月25日对2024年度县本级预算执行及决算草案情况进行了审计。县审计局的责任是依法独立实施审计并出具审计报告。'));
    expect(front.issuer).toBe('浮梁县审计局');
  });

  test('guard: a text that only tells of an audit office\'s team names no issuer by it', () => {
    const { front } = readIngested(page('根据县委部署,县财政局配合市审计局派出审计组,对2024年度县本级预算执行情况开展了自查。'));
    expect(front.issuer ?? '').not.toMatch(/审计局/u);
  });
});
