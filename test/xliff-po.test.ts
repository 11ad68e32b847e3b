/**
 * The gettext round trip of a Weblate or Poedit translator (translate-toolkit):
 * `xliff export --xliff 1.2` → `xliff2po` → the PO translated → `po2xliff -t <export>` → `xliff import`.
 *
 * po2xliff (translate-toolkit 3.8) does not fill the template's targets: it keeps the
 * template's units as they were (every target the exported copy of the source) and appends
 * a second `<file original="<name>.po">` whose `<trans-unit>`s are prefixed elements of the
 * XLIFF 1.1 namespace (`<ns0:trans-unit>`), numbered `id="13"`…, each naming its block
 * only in `<context-group name="po-reference"><context context-type="sourcefile">p-…`
 * (the PO's `#:` line), a fuzzy entry as `approved="no"`.
 *
 * Fixture `fixtures/xliff/po2xliff/` (real tool output, 2026-12-01): zh.md ingested from
 * http://www.cq.gov.cn/ywdt/jrcq/202602/t20260203_15374376_app.html (as the `search` tool
 * returned it), the export, the translated PO (9 entries translated, p-96af7e translated but
 * left fuzzy) and po2xliff's output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseReportMarkdown } from '../pipeline/model/index.ts';
import { importXliff } from '../pipeline/translate/xliff-import.ts';

const dir = path.join(import.meta.dirname, 'fixtures/xliff/po2xliff');
const zh = readFileSync(path.join(dir, 'zh.md'), 'utf8');
const back = readFileSync(path.join(dir, 'chongqing-2026.po2xliff.xlf'), 'utf8');
const xliffPath = 'chongqing-2026.po2xliff.xlf';

function enText(value: string, id: string): string | undefined {
  return parseReportMarkdown(new VFile({ value })).blocks.find((b) => b.attributes.id === id)?.text;
}

/** Line of the first occurrence of `needle` in the fixture (1-based). */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('XLIFF import of a PO translated in Weblate/Poedit and converted back with po2xliff', () => {
  it('imports every translated PO entry, by the block id of its #: line', async () => {
    const result = await importXliff({ xliff: back, xliffPath, zh });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    expect(result.slug).toBe('chongqing-2026');
    expect(result.inserted).toEqual(['p-67086a', 'p-5e1a98', 'h-1c928c', 'p-0f55b2', 'h-9eb2b1']);
    expect(result.updated).toEqual(['meta-title', 'meta-issuer', 'meta-occasion', 'meta-speaker']);
    expect(enText(result.value, 'p-67086a')).toBe('Fellow Deputies,');
    expect(enText(result.value, 'h-1c928c')).toBe('I. Review of Our Work in 2025 and during the 14th Five-Year Plan Period');
    expect(enText(result.value, 'p-0f55b2')).toContain("Chongqing's gross regional product reached 3,375.793 billion yuan, an increase of 5.3%");
    expect(result.value).toContain("title: Report on the Work of the Chongqing Municipal People's Government");
  });

  it('leaves a fuzzy entry (approved="no") out, with a warning at its unit, as msgfmt does', async () => {
    const result = await importXliff({ xliff: back, xliffPath, zh });
    expect(enText(result.value, 'p-96af7e')).toBeUndefined();
    const fuzzy = result.file.messages.filter((m) => m.ruleId === 'xliff-fuzzy');
    expect(fuzzy.map((m) => [m.line, m.fatal])).toEqual([[lineOf(back, 'id="22" approved="no"'), false]]);
    expect(fuzzy[0].reason).toContain('p-96af7e');
  });

  it('refuses a changed figure at the po2xliff unit, en.md untouched', async () => {
    const en = '---\ntitle: x\n---\n';
    const wrong = back.replace('3,375.793 billion yuan', '3,357.793 billion yuan');
    const result = await importXliff({ xliff: wrong, xliffPath, zh, en });
    const fatal = result.file.messages.filter((m) => m.fatal);
    // (two errors: the Chinese figure is missing, the English one is not the report's)
    expect(new Set(fatal.map((m) => `${m.ruleId} ${m.line}:${m.column}`))).toEqual(new Set([`xliff-check ${lineOf(wrong, 'id="20" approved="yes"')}:7`]));
    expect(fatal.map((m) => m.reason).join('\n')).toMatch(/p-0f55b2.*3357\.793|3,357\.793/);
    expect(result.value).toBe(en);
  });
});

/**
 * xliff2po flattens inline codes to their text and reads every unit without `approved="yes"`
 * as fuzzy: in the PO of a translated report every entry is fuzzy and a bold lead sentence is
 * plain text. Fixture `fixtures/xliff/po2xliff-leads/` (real tool output): the Haidian report
 * exported as 1.2, its PO with p-bb00cb's English edited after its lead sentence (fuzzy flag
 * cleared), p-148aad's fuzzy flag cleared and its English untouched, every other entry as
 * xliff2po wrote it (fuzzy, the English of en.md), and po2xliff's output.
 */
describe('po2xliff output of a translated report (bold lead sentences, every entry fuzzy)', () => {
  const leads = path.join(import.meta.dirname, 'fixtures/xliff/po2xliff-leads');
  const hdZh = readFileSync(path.join(leads, 'zh.md'), 'utf8');
  const hdEn = readFileSync(path.join(leads, 'en.md'), 'utf8');
  const hdBack = readFileSync(path.join(leads, 'haidian-2021.po2xliff.xlf'), 'utf8');
  const paragraph = (value: string, id: string) => parseReportMarkdown(new VFile({ value })).blocks.find((b) => b.attributes.id === id)!.node as import('mdast').Paragraph;

  it('changes only the edited block, its bold lead kept; entries unchanged since export say nothing', async () => {
    const result = await importXliff({ xliff: hdBack, xliffPath: 'haidian-2021.po2xliff.xlf', zh: hdZh, en: hdEn });
    expect(result.file.messages.map(String)).toEqual([]);
    expect(result.updated).toEqual(['p-bb00cb']);
    const node = paragraph(result.value, 'p-bb00cb');
    expect(node.children[0].type).toBe('strong');
    expect(enText(result.value, 'p-bb00cb')).toContain('samples. The vaccination programme proceeded safely');
    const changed = result.value.split('\n').filter((line, i) => line !== hdEn.split('\n')[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^\*\*We achieved major strategic success in epidemic prevention and control\.\*\* We resolutely/);
  });

  it('refuses an edited lead sentence it cannot bold, saying why a PO cannot carry the bold', async () => {
    const edited = hdBack.replace('<target>We achieved major strategic success in epidemic prevention and control.', '<target>Epidemic prevention and control achieved major strategic success.');
    expect(edited).not.toBe(hdBack);
    const result = await importXliff({ xliff: edited, xliffPath: 'haidian-2021.po2xliff.xlf', zh: hdZh, en: hdEn });
    const fatal = result.file.messages.filter((m) => m.fatal);
    expect(fatal.map((m) => m.ruleId)).toEqual(['xliff-check']);
    expect(fatal[0].reason).toContain('markup-parity');
    expect(fatal[0].reason).toContain('xliff2po');
    expect(result.value).toBe(hdEn);
  });
});

/**
 * A note call is an `<x/>` placeholder, which xliff2po drops: fixture `fixtures/xliff/po2xliff-notes/`
 * (real tool output): the structures fixture (fyp14-indicators) exported as 1.2, its PO with the
 * header cell c-h5 (“年均/累计[^1]”, “Annual average / cumulative[^1]”) edited to
 * “Annual average/cumulative” (fuzzy flag cleared), and po2xliff's output.
 */
describe('po2xliff output of a report with notes called from table cells', () => {
  const notes = path.join(import.meta.dirname, 'fixtures/xliff/po2xliff-notes');
  const fyZh = readFileSync(path.join(notes, 'zh.md'), 'utf8');
  const fyEn = readFileSync(path.join(notes, 'en.md'), 'utf8');
  const fyBack = readFileSync(path.join(notes, 'fyp14-indicators.po2xliff.xlf'), 'utf8');

  it('puts back the note call the exported English ended with', async () => {
    const result = await importXliff({ xliff: fyBack, xliffPath: 'fyp14-indicators.po2xliff.xlf', zh: fyZh, en: fyEn });
    expect(result.file.messages.map(String)).toEqual([]);
    expect(result.updated).toEqual(['c-h5']);
    expect(result.value).toContain('| Annual average/cumulative[^1] {#c-h5 src=aa33fcc8 state=translated} |');
  });

  it('puts back two calls the exported English ended with', async () => {
    // (the translator's edit, fuzzy flag cleared)
    const moved = fyBack.replace('approved="no"><ns0:source>2020年</ns0:source>\n        <target>2020</target>', 'approved="yes"><ns0:source>2020年</ns0:source>\n        <target>The year 2020</target>');
    expect(moved).not.toBe(fyBack);
    const result = await importXliff({ xliff: moved, xliffPath: 'fyp14-indicators.po2xliff.xlf', zh: fyZh, en: fyEn });
    // c-h3 (“2020年[^2][^4]”, “2020[^2][^4]”)
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    expect(result.value).toContain('| The year 2020[^2][^4] {#c-h3');
  });
});

describe('po2xliff without -t (XLIFF 1.1, no template)', () => {
  it('is refused, saying to convert with the export as template', async () => {
    const xliff = '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">\n  <file original="x.po" source-language="en-US" datatype="plaintext"><body/></file>\n</xliff>\n';
    await expect(importXliff({ xliff, xliffPath: 'x.xlf', zh })).rejects.toThrow(/^x\.xlf: Cannot read the XLIFF: unexpected `<xliff version="1\.1">`.*convert with `po2xliff -t <the exported \.xlf>/);
  });
});
