/**
 * The content model and translation QA for the report's own notes, tables,
 * lists, quotations and boxes: the fixture loads into the right structure and
 * passes every rule; each rule fires per cell, item, title and note when the
 * English is missing, stale, orphaned or has a wrong figure; a unit stated once
 * in a column header scales the figures below it (亿元 ↔ billion yuan).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication } from '../pipeline/check/index.ts';
import { buildPublication, sourceHash } from '../pipeline/model/index.ts';

const dir = path.join(import.meta.dirname, 'fixtures/structures/project/content/reports/fyp14-indicators');
const zh = readFileSync(path.join(dir, 'zh.md'), 'utf8');
const en = readFileSync(path.join(dir, 'en.md'), 'utf8');

function check(zhText: string, enText: string | undefined, draft = false) {
  const load = buildPublication('t', new VFile({ path: 'zh.md', value: zhText }), enText === undefined ? undefined : new VFile({ path: 'en.md', value: enText }));
  const { messages } = checkPublication(load, { draft });
  return { load, messages: messages.map((m) => `${m.ruleId}:${m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.reason}`) };
}

describe('model', () => {
  it('reads every construct into units and structure', () => {
    const { load } = check(zh, en);
    const pub = load.publication;
    expect(pub.files.zh.messages.map(String)).toEqual([]);
    const kinds = new Map<string, number>();
    for (const b of pub.blocks) kinds.set(b.kind, (kinds.get(b.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ heading: 2, paragraph: 2, item: 6, title: 1, cell: 76, note: 4 });
    const body = pub.sections[0].body.map((f) => f.type);
    expect(body).toEqual(['block', 'block', 'block', 'list', 'quote', 'box']);
    const box = pub.sections[0].body[5];
    if (box.type !== 'box' || box.children[0].type !== 'table') throw new Error('expected a box holding a table');
    const table = box.children[0];
    expect(table.caption).toBe('b-box1');
    // 经济发展 spans three rows, as a row-group header; the header row has scope col
    expect(table.rows[1][0]).toMatchObject({ id: 'c-r1a', rowSpan: 3, header: 'rowgroup' });
    expect(table.rows[0].every((slot) => slot.header === 'col')).toBe(true);
    expect(pub.reportNotes.map((n) => [n.id, n.number, n.calledFrom])).toEqual([
      ['fn-1', 1, ['c-h5']],
      ['fn-2', 2, ['c-h3']],
      ['fn-3', 3, ['c-r20b']],
      ['fn-4', 4, ['c-h3']],
    ]);
    expect(pub.blocks.find((b) => b.id === 'li-g2')?.anchor).toBe('list-li-g1');
    expect(pub.blocks.find((b) => b.id === 'c-r2c')?.anchor).toBe('table-c-h1');
  });

  it('says which column a `^^` or `<<` has nothing to extend', () => {
    const { load } = check('| ^^ {#c-1} | a {#c-2} |\n|---|---|\n| << | b {#c-3} |\n', undefined);
    expect(load.publication.files.zh.messages.map((m) => m.reason).join('\n')).toMatch(/`<<` with no cell on its left/);
  });

  it('warns about a note that nothing calls (the EPUB and PDF set a note at its call, so it would be left out there)', () => {
    const text = ['---', 'title: 测试', '---', '', '全市地区生产总值增长5%[^1]。 {#p-1}', '', '[^1]: 按可比价格计算。 {#fn-1}', '', '[^2]: 带*的为2019年数据。 {#fn-2}', ''].join('\n');
    const { publication } = buildPublication('t', new VFile({ path: 'zh.md', value: text }));
    expect(publication.files.zh.messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([['uncalled-note', 9, false]]);
    expect(publication.files.zh.messages[0].reason).toBe(
      'Unexpected note `fn-2` (“带*的为2019年数据。”) that nothing in the text calls: the EPUB and PDF print a note at its call, so they would leave it out; call it (`[^n]` where the text refers to it) or make it a paragraph',
    );
  });
});

describe('check per cell, item, title and note', () => {
  it('passes the fixture with no message at all', () => {
    expect(check(zh, en).messages).toEqual([]);
  });

  it('missing: an item, a cell, the box title and a note without English', () => {
    const broken = en
      .replace(/\n- Social civility rises to a new level\. \{#li-g3[^}]*\}/, '')
      .replace(/\| Higher than GDP growth \{#c-r2e[^}]*\} \|/, '|  |')
      .replace(/\{#b-box1 [^}]*\}/, '{#b-box9 src=00000000}')
      .replace(/\n\[\^3\]: [^\n]*/, '')
      .replace('equivalent)[^3]', 'equivalent)');
    const { messages } = check(zh, broken);
    for (const id of ['li-g3', 'c-r2e', 'b-box1', 'fn-3']) expect(messages.some((m) => m.startsWith('missing:error') && m.includes(`\`${id}\``)), id).toBe(true);
    expect(messages.some((m) => m.startsWith('orphan:error') && m.includes('b-box9'))).toBe(true);
    // a draft build lets them through as info
    expect(check(zh, broken, true).messages.filter((m) => m.startsWith('missing:')).every((m) => m.startsWith('missing:info'))).toBe(true);
  });

  it('stale: a changed cell and a changed note are stale, nothing else', () => {
    const changed = zh.replace('| 2.5 {#c-r2c} |', '| 2.6 {#c-r2c} |').replace('带*的为2019年数据。', '带*的为2019年的数据。');
    const stale = check(changed, en).messages.filter((m) => m.startsWith('stale:'));
    expect(stale.map((m) => /`([\w-]+)`/.exec(m)![1])).toEqual(['c-r2c', 'fn-2']);
  });

  it('number-mismatch: a wrong figure in a cell, in a note and in an item', () => {
    const wrong = en.replace('| 7.8 {#c-r6c', '| 7.6 {#c-r6c').replace('cumulative totals over five years', 'cumulative totals over four years').replace('Economic development achieves new results.', 'Economic development achieves 2 new results.');
    const numbers = check(zh, wrong).messages.filter((m) => m.startsWith('number-mismatch:error'));
    for (const id of ['c-r6c', 'fn-1', 'li-g1']) expect(numbers.some((m) => m.includes(`\`${id}\``)), id).toBe(true);
  });
});

describe('markup-parity: the note calls of a unit', () => {
  it('errs when the English of a cell drops the call of a note the Chinese makes there (or calls one the Chinese does not)', () => {
    // (a PO round trip does this: xliff2po flattens the call to nothing, the edited cell comes back without it)
    const dropped = en.replace('Annual average / cumulative[^1]', 'Annual average/cumulative');
    expect(dropped).not.toBe(en);
    const parity = check(zh, dropped).messages.filter((m) => m.startsWith('markup-parity'));
    expect(parity).toEqual(['markup-parity:error Unexpected English of `c-h5` without the call of note [^1], expected it as in the Chinese (“年均/累计”): the English editions would not call the note here']);
    const extra = en.replace('| 2025 {#c-h4', '| 2025[^1] {#c-h4');
    expect(check(zh, extra).messages.filter((m) => m.startsWith('markup-parity')).map((m) => /`([\w-]+)`/.exec(m)![1])).toEqual(['c-h4']);
  });

  it('asks for no call of a note that has no English yet (a draft: en.md cannot call a note it does not define)', () => {
    // The draft of test/structures-build.test.ts: note 3 and its call left out of the English.
    const draftEn = en
      .split('\n')
      .filter((line) => !/\{#fn-3 /.test(line))
      .join('\n')
      .replace('standard coal equivalent)[^3]', 'standard coal equivalent)');
    const { messages } = check(zh, draftEn, true);
    expect(messages.filter((m) => m.startsWith('markup-parity'))).toEqual([]);
    expect(messages.filter((m) => m.includes('`fn-3`')).length).toBeGreaterThan(0); // the note itself is reported
    // With the note translated, the dropped call is an error again.
    const dropped = en.replace('standard coal equivalent)[^3]', 'standard coal equivalent)');
    expect(check(zh, dropped, true).messages.filter((m) => m.startsWith('markup-parity')).length).toBe(1);
  });
});

describe('units stated in a column header', () => {
  const table = (zhValue: string, enHeader: string, enValue: string) => {
    const zhText = `| 指标 {#c-1} | 地区生产总值（亿元） {#c-2} |\n|---|--:|\n| 2021年 {#c-3} | ${zhValue} {#c-4} |\n`;
    const hashes = new Map(buildPublication('t', new VFile({ value: zhText })).publication.blocks.map((b) => [b.id, sourceHash(b.zhText)]));
    const enText = `| Indicator {#c-1 src=${hashes.get('c-1')}} | ${enHeader} {#c-2 src=${hashes.get('c-2')}} |\n|---|--:|\n| 2021 {#c-3 src=${hashes.get('c-3')}} | ${enValue} {#c-4 src=${hashes.get('c-4')}} |\n`;
    return check(zhText, enText).messages.filter((m) => m.startsWith('number-mismatch'));
  };

  it('reads （亿元） as (100 million yuan) and as (billion yuan), scaling the figures below', () => {
    expect(table('2543.3', 'Regional GDP (100 million yuan)', '2,543.3')).toEqual([]);
    expect(table('2543.3', 'Regional GDP (billion yuan)', '254.33')).toEqual([]);
  });

  it('catches a figure not converted to the English unit', () => {
    const messages = table('2543.3', 'Regional GDP (billion yuan)', '2,543.3');
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).toMatch(/c-4/);
  });
});

describe('units stated in a 单位 column (a bare unit cell of the row)', () => {
  // New user, round 5 (2026-12-01, Hebei 2023, Box 1): a table with a 单位 column (亿元, 亿斤, 亿吨 beside the figures) —
  // the English writes the unit its own way (billion yuan) and scales the figures; import refused every such row.
  const table = (zhUnit: string, enUnit: string, zhValue: string, enValue: string, zhHeader = '单位') => {
    const zhText = `| 指标 {#c-1} | ${zhHeader} {#c-2} | 2022年 {#c-3} |\n|---|---|--:|\n| 一般公共预算收入 {#c-4} | ${zhUnit} {#c-5} | ${zhValue} {#c-6} |\n`;
    const hashes = new Map(buildPublication('t', new VFile({ value: zhText })).publication.blocks.map((b) => [b.id, sourceHash(b.zhText)]));
    const enText = `| Indicator {#c-1 src=${hashes.get('c-1')}} | Unit {#c-2 src=${hashes.get('c-2')}} | 2022 {#c-3 src=${hashes.get('c-3')}} |\n|---|---|--:|\n| General public budget revenue {#c-4 src=${hashes.get('c-4')}} | ${enUnit} {#c-5 src=${hashes.get('c-5')}} | ${enValue} {#c-6 src=${hashes.get('c-6')}} |\n`;
    return check(zhText, enText).messages.filter((m) => m.startsWith('number-mismatch'));
  };

  it('reads 亿元 as billion yuan and as 100 million yuan, 万亿元 as trillion yuan, scaling the figures of the row', () => {
    expect(table('亿元', 'billion yuan', '4084', '408.4')).toEqual([]);
    expect(table('亿元', '100 million yuan', '4084', '4,084')).toEqual([]);
    expect(table('万亿元', 'trillion yuan', '4.2', '4.2')).toEqual([]);
    expect(table('亿吨', 'billion tonnes', '11.6', '1.16')).toEqual([]);
    expect(table('元', 'yuan', '30880', '30,880')).toEqual([]);
  });

  it('catches a figure not converted to the English unit', () => {
    expect(table('亿元', 'billion yuan', '4084', '4,084').join('\n')).toMatch(/c-6/);
  });

  it('guard: outside a 单位 column a bare cell is no unit (a label is not a measure)', () => {
    expect(table('亿元', 'billion yuan', '4084', '408.4', '项目').join('\n')).toMatch(/c-6/);
  });
});

describe('duizhao ids on structures', () => {
  it('gives every list item, cell, box title and note an id, and the file then loads without a message', async () => {
    const { addMissingIds } = await import('../pipeline/model/add-ids.ts');
    const bare = ['---', 'title: 测试', '---', '', '- 经济发展取得新成效。', '- 改革开放迈出新步伐。', '', '> 绿水青山就是金山银山。', '', ':::box[专栏1　主要指标]', '', '| 类别 | 2020年[^1] |', '|---|--:|', '| 经济发展 | 2.3 |', '| ^^ | |', '', ':::', '', '[^1]: 带*的为2019年数据。', ''].join('\n');
    const { value, added } = addMissingIds(bare);
    expect(added.map((a) => a.id.replace(/-[0-9a-f]{6}$/, ''))).toEqual(['li', 'li', 'p', 'b', 'c', 'c', 'c', 'c', 'fn']);
    const { publication } = buildPublication('t', new VFile({ path: 'zh.md', value }));
    expect(publication.files.zh.messages.map(String)).toEqual([]);
    expect(publication.blocks).toHaveLength(9);
    expect(addMissingIds(value)).toEqual({ value, added: [] });
  });
});

describe('a box titled by its table (new user, round 6)', () => {
  it('a box whose table follows its unit line (表1　…, 单位：亿元, the table) takes the box title as the table caption (was: an untitled table, printed under the box title with a bare 表 / Table caption)', () => {
    const zhText = [
      ':::box[表1　2023年区级一般公共预算收支预计执行情况]{#b-t1}',
      '',
      '单位：亿元 {#p-unit}',
      '',
      '| 项目 {#c-h1} | 执行数 {#c-h2} |',
      '| --- | --: |',
      '| 一般公共预算收入 {#c-r1} | 39.1 {#c-r1v} |',
      '',
      ':::',
      '',
    ].join('\n');
    const box = check(zhText, undefined, true).load.publication.sections[0].body[0];
    if (box.type !== 'box' || box.children[1]?.type !== 'table') throw new Error('expected a box holding a paragraph and a table');
    expect(box.children[1].caption).toBe('b-t1');
  });
});
