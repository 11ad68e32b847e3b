/**
 * en.md edits in tables (`duizhao translated`, `duizhao review`, XLIFF import
 * into an existing en.md): a cell's text and its `{#id …}` are found exactly,
 * the last cell of a row too (its position takes in the row's closing `|`).
 */
import { describe, expect, it } from 'vitest';
import { locateBlocks } from '../pipeline/translate/en-file.ts';
import { markTranslated } from '../pipeline/translate/review.ts';

const zh = `| 类别 {#c-a} | 属性 {#c-b} |
| --- | --- |
| 经济发展 {#c-c} | 预期性 {#c-d} |
`;
const en = `| Category {#c-a} | Type {#c-b} |
| --- | --- |
| Economic development {#c-c} | Anticipatory {#c-d} |
`;

describe('en.md table cells', () => {
  it('locates the text and the attributes of every cell, the last of each row included', () => {
    const { spans } = locateBlocks(en);
    expect(spans.map((s) => [s.id, s.content, en.slice(s.attrStart, s.attrEnd)])).toEqual([
      ['c-a', 'Category', '{#c-a}'],
      ['c-b', 'Type', '{#c-b}'],
      ['c-c', 'Economic development', '{#c-c}'],
      ['c-d', 'Anticipatory', '{#c-d}'],
    ]);
  });

  it('`duizhao translated --all` records src= on every cell and keeps every word and pipe', () => {
    const { value, changed } = markTranslated(zh, en, 'all');
    expect(changed).toEqual(['c-a', 'c-b', 'c-c', 'c-d']);
    expect(value.replace(/ src=[0-9a-f]+ state=translated/g, '')).toBe(en);
  });
});

describe('inserting a missing paragraph after a table or a list', () => {
  it('goes after the whole table, not inside a row', async () => {
    const { insertBlocks } = await import('../pipeline/translate/insert.ts');
    const zhDoc = `${zh.replace('| 经济发展 {#c-c} | 预期性 {#c-d} |\n', '| 经济发展 {#c-c} | 预期性 {#c-d} |\n| 安全保障 {#c-e} | 约束性 {#c-f} |\n')}\n以上为主要指标。 {#p-after}\n`;
    const enDoc = en.replace('| Economic development {#c-c} | Anticipatory {#c-d} |\n', '| Economic development {#c-c} | Anticipatory {#c-d} |\n| Security {#c-e} | Binding {#c-f} |\n');
    const { value, inserted } = insertBlocks(zhDoc, enDoc, new Map([['p-after', { content: 'These are the main indicators.', fields: {} }]]));
    expect(inserted).toEqual(['p-after']);
    expect(value).toBe(`${enDoc}\nThese are the main indicators. {#p-after}\n`);
    // …nor inside a list
    const list = insertBlocks('1. 甲 {#li-a}\n1. 乙 {#li-b}\n\n丙。 {#p-c}\n', '1. A {#li-a}\n1. B {#li-b}\n', new Map([['p-c', { content: 'C.', fields: {} }]]));
    expect(list.value).toBe('1. A {#li-a}\n1. B {#li-b}\n\nC. {#p-c}\n');
  });
});

describe('inserting a structure en.md has none of (new user, round 4)', () => {
  it('writes a box from zh.md: its title and paragraphs with their English, a paragraph without English left out', async () => {
    const { insertBlocks } = await import('../pipeline/translate/insert.ts');
    const zhDoc = '前言。 {#p-0}\n\n:::box[专栏1　标题]{#b-1}\n\n甲。 {#p-1}\n\n乙。 {#p-2}\n\n:::\n';
    const blocks = new Map<string, { content: string; fields: Record<string, string> }>([
      ['p-0', { content: 'Foreword.', fields: {} }],
      ['b-1', { content: 'Box 1 Title', fields: { src: 'aa' } }],
      ['p-1', { content: 'A.', fields: {} }],
    ]);
    const { value, inserted, unplaced } = insertBlocks(zhDoc, undefined, blocks);
    expect(unplaced).toEqual([]);
    expect(inserted).toEqual(['p-0', 'b-1', 'p-1']);
    expect(value).toBe('Foreword. {#p-0}\n\n:::box[Box 1 Title]{#b-1 src=aa}\n\nA. {#p-1}\n\n:::\n');
  });
});
