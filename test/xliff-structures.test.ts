/**
 * XLIFF units per table cell, list item, box title and note of the report:
 * exported with their kind as context, a round trip leaves en.md
 * byte-identical, an edited cell / item / note / title changes only that span,
 * and a unit en.md has no place for yet is refused with the file untouched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { buildPublication } from '../pipeline/model/index.ts';
import { exportXliff } from '../pipeline/translate/xliff-export.ts';
import { importXliff } from '../pipeline/translate/xliff-import.ts';

const dir = path.join(import.meta.dirname, 'fixtures/structures/project/content/reports/fyp14-indicators');
const zh = readFileSync(path.join(dir, 'zh.md'), 'utf8');
const en = readFileSync(path.join(dir, 'en.md'), 'utf8');

function unit(xml: string, id: string): string {
  const start = xml.indexOf(`<unit id="${id}"`);
  return xml.slice(start, xml.indexOf('</unit>', start) + 7);
}

/** The XLIFF with one unit's target text replaced. */
function retarget(xml: string, id: string, from: string, to: string): string {
  const before = unit(xml, id);
  expect(before, id).toContain(from);
  return xml.replace(before, before.replace(`>${from}<`, `>${to}<`));
}

describe('XLIFF units of structures', () => {
  it('exports one unit per cell, item, box title and note, each with its kind', async () => {
    const xml = await exportXliff({ slug: 'fyp14-indicators', zh, en });
    const { publication } = buildPublication('fyp14-indicators', new VFile({ value: zh }), new VFile({ value: en }));
    for (const block of publication.blocks) expect(xml, block.id).toContain(`<unit id="${block.id}"`);
    expect(unit(xml, 'c-r1c')).toMatch(/table cell/);
    expect(unit(xml, 'li-g1')).toMatch(/list item/);
    expect(unit(xml, 'b-box1')).toMatch(/box title/);
    expect(unit(xml, 'fn-3')).toMatch(/note in the original/);
  });

  it('round-trips en.md byte for byte', async () => {
    const xml = await exportXliff({ slug: 'fyp14-indicators', zh, en });
    const result = await importXliff({ xliff: xml, zh, en });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    expect(result.value).toBe(en);
  });

  it('writes an edited cell, item, note and box title into their place in en.md, and nothing else', async () => {
    let xml = await exportXliff({ slug: 'fyp14-indicators', zh, en });
    xml = retarget(xml, 'c-r2e', 'Higher than GDP growth', 'Faster than GDP growth');
    xml = retarget(xml, 'li-g3', 'Social civility rises to a new level.', 'Social civility reaches a new level.');
    xml = retarget(xml, 'fn-2', 'Figures marked with * are 2019 data.', 'Figures marked * are for 2019.');
    xml = retarget(xml, 'b-box1', 'Box 1 Main Indicators of Economic and Social Development During the 14th Five-Year Plan Period', 'Box 1 Main Indicators for the 14th Five-Year Plan Period');
    const result = await importXliff({ xliff: xml, zh, en });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    const expected = en
      .replace('| Higher than GDP growth {#c-r2e', '| Faster than GDP growth {#c-r2e')
      .replace('- Social civility rises to a new level. {#li-g3', '- Social civility reaches a new level. {#li-g3')
      .replace('Figures marked with * are 2019 data. {#fn-2', 'Figures marked \\* are for 2019. {#fn-2')
      .replace(':::box[Box 1 Main Indicators of Economic and Social Development During the 14th Five-Year Plan Period]', ':::box[Box 1 Main Indicators for the 14th Five-Year Plan Period]');
    expect(result.value).toBe(expected);
    const { publication } = buildPublication('fyp14-indicators', new VFile({ value: zh }), new VFile({ value: result.value! }));
    expect(publication.blocks.find((b) => b.id === 'c-r2e')?.enText).toBe('Faster than GDP growth');
    expect(publication.blocks.find((b) => b.id === 'b-box1')?.enText).toBe('Box 1 Main Indicators for the 14th Five-Year Plan Period');
  });

  it('refuses a cell en.md has no table for, leaving the file as it was', async () => {
    const xml = await exportXliff({ slug: 'fyp14-indicators', zh, en });
    const withoutRow = en.replace(/\n\| \^\^ \| 2\. Growth of overall labor productivity[^\n]*/, '');
    const result = await importXliff({ xliff: xml, zh, en: withoutRow });
    expect(result.value).toBe(withoutRow);
    expect(result.updated).toEqual([]);
    expect(result.file.messages.filter((m) => m.fatal).map(String).join('\n')).toMatch(/c-r2b.*table cell/);
  });
});
