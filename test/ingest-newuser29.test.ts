/**
 * Defects new user round 29 met (2026-12-04): a subdistrict office's 政府信息公开工作年度报告 — the annual report on open
 * government information every government body publishes — with its tables, 西咸新区底张街道办事处2023年度政府信息公开工作年度报告
 * (xixianxinqu.gov.cn; test/fixtures/newuser-round29). Each test is a page reduced to a few lines, its URL beside it; its name
 * says what ingest (or the editions) did before. What a careful reader expects was written before each page was ingested.
 */
import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { buildPublication } from '../pipeline/model/load.ts';
import { readIngested as read, said } from './ingest-helpers.ts';

// http://www.xixianxinqu.gov.cn/xwzx/ztzl/zfxxgknb/2023/gzj/dzjd/1.html — the title broken over two lines inside 政府信息公开, the
// opening, 一、总体情况's first item, 二's table ("第二十条第(一)项 | |||": the format's merged label row), cut at "其他对".
const dizhangHead = ['西咸新区底张街道办事处2023年度政府', '信息公开工作年度报告'];
const dizhangText = [
  '根据《中华人民共和国政府信息公开条例》及《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》的要求,编制《西咸新区底张街道办事处2023年度政府信息公开工作年度报告》。报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
  '一、总体情况',
  '(一)主动公开工作情况。截至2023年12月31日,底张街道共主动公开政府信息140余条,主要包含预算决算、街镇动态信息、工作信息等。',
  '二、主动公开政府信息情况',
];
const dizhangTable = [
  '第二十条第(一)项 | |||',
  '信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |',
  '规章 | 0 | 0 | 0 |',
  '规范性文件 | 0 | 0 | 0 |',
  '第二十条第(五)项 | |||',
  '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
  '行政许可 | 0 | 0 | 0 |',
];
const dizhang = [...dizhangHead, ...dizhangText, ...dizhangTable, '其他对'];

// https://www.dongzhi.gov.cn/Xxgknb/show/5166.html — a township's report: the breadcrumb naming it, the title printed under it,
// the source and date line, the opening.
const dongzhi = [
  '返回首页',
  '您现在所在的位置: 网站首页 > 政府信息公开年度工作报告 > 木塔乡人民政府2024年政府信息公开工作年度报告',
  '',
  '木塔乡人民政府2024年政府信息公开工作年度报告',
  '',
  '来源:木塔乡人民政府 发布时间: 2025-01-20 10:00',
  '[字体:]',
  '',
  '本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号)和《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函〔2021〕30号)要求,结合木塔乡人民政府2024年政府信息公开工作编制而成。',
  '',
  '一、总体情况',
  '',
  '(一)主动公开',
  '',
  '2024年,我乡深入贯彻落实政务公开工作要求,坚持以公开为常态、不公开为例外,不断强化组织领导、细化公开重点、规范监督指导。',
];

// https://www.haizhu.gov.cn/zwgk/zfxxgknb/jd/content/post_9472698.html — 官洲街道's report: each label of the table alone on its line,
// closed by a bar ("第二十条第(一)项 |"), over rows of four and of two cells.
const haizhuText = [
  '一、总体情况',
  '2023年,在区委、区政府的坚强领导下,官洲街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》,坚持“依法、公开、客观、及时”的原则,向社会公开政府信息。',
  '二、主动公开政府信息情况',
];
const haizhuTable = [
  '第二十条第(一)项 |',
  '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  '规章 | 0 | 0 | 0 |',
  '行政规范性文件 | 0 | 0 | 0 |',
  '第二十条第(五)项 |',
  '信息内容 | 本年处理决定数量 |',
  '行政许可 | 0 |',
  '第二十条第(六)项 |',
  '信息内容 | 本年处理决定数量 |',
  '行政处罚 | 1472 |',
];

const tableRows = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('| ')).map((line) => line.replace(/ \{#[^}]+\}/gu, ''));

describe('new user 29: a title broken over two lines inside a word', () => {
  test('"…2023年度政府" / "信息公开工作年度报告" is one title, the office its issuer (was: issuer "…2023年度政府", title "信息公开工作年度报告")', () => {
    const { front } = read(dizhang.join('\n'), 'page.txt', { clean: false });
    expect(front).toMatchObject({ title: '西咸新区底张街道办事处2023年度政府信息公开工作年度报告', issuer: '西咸新区底张街道办事处' });
  });

  test('guard: a committee over the name of its resolution is still the issuer, the name the title', () => {
    const { front } = read(['晋城市人民代表大会常务委员会', '关于批准2023年市级决算的决议', '(2024年8月28日晋城市第十六届人民代表大会常务委员会第十六次会议通过)', '晋城市第十六届人民代表大会常务委员会第十六次会议审查批准了2023年市级决算。会议认为,决算草案编制规范。'].join('\n'), 'page.txt', { clean: false });
    expect(front).toMatchObject({ title: '关于批准2023年市级决算的决议', issuer: '晋城市人民代表大会常务委员会' });
  });
});

describe('new user 29: an annual report on open government information is published, not delivered', () => {
  test('"…政府信息公开工作年度报告": no occasion or speaker asked for (was: missing-occasion and missing-speaker warnings)', () => {
    const missing = read(dizhang.join('\n'), 'page.txt', { clean: false }).rules.filter((rule) => /^missing-/.test(String(rule)));
    expect(missing).toEqual(['missing-date']);
  });

  test('the township government that files it is its issuer, also when its name comes from the breadcrumb (was: no issuer)', () => {
    const { front, rules } = read(dongzhi.join('\n'), 'page.txt', { clean: false });
    expect(front).toMatchObject({ title: '木塔乡人民政府2024年政府信息公开工作年度报告', issuer: '木塔乡人民政府', date: '2025-01-20' });
    expect(rules.filter((rule) => /^missing-/.test(String(rule)))).toEqual([]);
  });

  test('guard: a government work report still asks for its occasion and speaker', () => {
    const missing = read(['木塔乡人民政府2024年政府工作报告', ...dongzhi.slice(8)].join('\n'), 'page.txt', { clean: false }).rules.filter((rule) => /^missing-/.test(String(rule)));
    expect(missing).toEqual(['missing-date', 'missing-occasion', 'missing-speaker']);
  });
});

describe('new user 29: the tables of the national format', () => {
  test('a label row with its other cells empty spans the table (was: the label in the first column, three empty cells beside it)', () => {
    const { result } = read(dizhang.join('\n'));
    expect(tableRows(result.markdown)).toEqual([
      '| 第二十条第（一）项 | << | << | << |',
      '| --- | --- | --- | --- |',
      '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
      '| 规章 | 0 | 0 | 0 |',
      '| 规范性文件 | 0 | 0 | 0 |',
      '| 第二十条第（五）项 | << | << | << |',
      '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
      '| 行政许可 | 0 | 0 | 0 |',
    ]);
  });

  test('a label alone closed by a bar over a row is the table’s row (was: a paragraph "第二十条第（一）项 |", the table cut in four)', () => {
    const { result, blocks } = read([...haizhuText, ...haizhuTable, '三、收到和处理政府信息公开申请情况', '本年度共收到政府信息公开申请1件。'].join('\n'));
    expect(blocks.filter((b) => b.includes('|'))).toEqual([]);
    const rows = tableRows(result.markdown);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toBe('| 第二十条第（一）项 | << | << | << |');
    expect(rows.filter((r) => r.startsWith('| 第二十条'))).toEqual(['| 第二十条第（一）项 | << | << | << |', '| 第二十条第（五）项 | << | << | << |', '| 第二十条第（六）项 | << | << | << |']);
    expect(rows).toContain('| 行政处罚 | 1472 |  |  |');
  });

  test('…and in a table of two columns the label keeps its one cell, beside an empty one (no span over two columns)', () => {
    const twoColumns = read([...haizhuText, '项目 | 金额 |', '一般公共预算 |', '收入 | 155.41 |', '支出 | 148.2 |', '以上数据为初步统计。'].join('\n'));
    expect(tableRows(twoColumns.result.markdown)).toContain('| 一般公共预算 |  |');
  });

  test('guard: a row with a figure is no label; a bar-closed line under no row stays text', () => {
    const figures = read([...haizhuText, '项目 | 预算数 | 执行数 |', '收入 | 155.41 | |', '支出 | 148.2 | 150.1 |', '以上数据为初步统计。'].join('\n'));
    expect(tableRows(figures.result.markdown)).toContain('| 收入 | 155.41 |  |');
    const alone = read([...haizhuText, '主动公开情况 |', '本年度主动公开政府信息63条,其中组织机构类信息16条。'].join('\n'), 'page.txt', { clean: false });
    expect(tableRows(alone.result.markdown)).toEqual([]);
  });
});

describe('new user 29: a copy cut inside its table', () => {
  test('a few words alone under the table are its next row, cut: said (was: nothing said)', () => {
    const cut = said(dizhang.join('\n'), 'cut-off');
    expect(cut.map((m) => [m.line, m.reason])).toEqual([[14, expect.stringContaining('“…其他对”')]]);
  });

  test('guard: a source line under a table, with its colon, is no cut', () => {
    expect(said([...dizhangHead, ...dizhangText, ...dizhangTable, '资料来源：底张街道办事处'].join('\n'), 'cut-off')).toEqual([]);
  });

  const zhMd = (last: string, scope = 'excerpt') => `---
title: 西咸新区底张街道办事处2023年度政府信息公开工作年度报告
scope: ${scope}
---

## 二、主动公开政府信息情况 {#h-aaaaaa}

| 信息内容 {#c-aaaaaa} | 本年新制作数量 {#c-bbbbbb} |
| --- | --- |
| 规章 {#c-cccccc} | 0 {#c-dddddd} |

${last} {#p-eeeeee}
`;
  const brokenOff = (zh: string) => buildPublication('t', new VFile({ path: 'zh.md', value: zh })).publication.blocks.at(-1)?.brokenOff === true;

  test('the editions mark the break after the cut row (was: "其他对" printed unmarked, though ingest said the page was cut there)', () => {
    expect(brokenOff(zhMd('其他对'))).toBe(true);
  });

  test('guard: not in a full report, nor after a unit line or a sentence under the table', () => {
    expect(brokenOff(zhMd('其他对', 'full'))).toBe(false);
    expect(brokenOff(zhMd('单位：件'))).toBe(false);
    expect(brokenOff(zhMd('以上数据截至2023年底。'))).toBe(false);
  });
});
