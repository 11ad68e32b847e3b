/**
 * The translator's note and the front matter's review state in the CAT exchange (stop 54, helper review54). Stop 53's
 * reviser (rounds 28–32, through CAT files) met two gaps: the translator's note (en.md `translator_note`, printed in the
 * colophon) travelled in no CAT file, so a reviser in the CAT tool could not revise it (two notes saying "not reviewed"
 * were corrected in en.md by hand); and the front matter (title, subtitle, issuer …) was exported as units with no state —
 * a reviewer's confirmation of the title was recorded nowhere and the colophon counted blocks only.
 *
 * Now: the note is the unit `meta-translator_note` (its source the note as exported, English: it has no Chinese) in XLIFF
 * 1.2 and 2.0 and through them PO; a front-matter value's review is en.md's `front_matter_reviewed: [title, …]`, exported
 * as the unit's state (1.2 `signed-off` + approved="yes", 2.0 `reviewed`), read back from a reviser's file, set by
 * `duizhao review <slug> meta-title` (and `--all`), and counted in the colophon. TMX carries no note (a memory of
 * Chinese → English). Each test's name says what happened before ("was: …"); guards are named as such.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toString } from 'hast-util-to-string';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { sourceHash } from '../pipeline/model/hash.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import { markReviewed, markTranslated } from '../pipeline/translate/review.ts';
import { memoryUnits } from '../pipeline/translate/tmx.ts';
import { exportXliff } from '../pipeline/translate/xliff-export.ts';
import { importXliff } from '../pipeline/translate/xliff-import.ts';
import { colophon } from '../templates/components/index.ts';
import { createTranslators } from '../templates/i18n.ts';
import { withSourceHashes } from './source-hashes.ts';

const zh = `---\ntitle: 县政府工作报告\nissuer: 宁津县人民政府\ndate: 2025-01-15\n---\n\n**深化改革。**全年完成投资12亿元。 {#p-000001}\n\n稳步推进乡村振兴。 {#p-000002}\n`;
const note = 'An unofficial translation by the editors; not reviewed.';
const enBody = `**Deepening reform.** Investment of 1.2 billion yuan was completed in the year. {#p-000001 src=SRC:p-000001}\n\nWe steadily advanced rural revitalization. {#p-000002 src=SRC:p-000002}\n`;
const en = (front = `translator_note: ${note}\n`) =>
  withSourceHashes(`---\ntitle: Report on the Work of the County Government\nissuer: Ningjin County People's Government\n${front}---\n\n${enBody}`, zh);
const t = await createTranslators();
const colophonText = (enText: string) =>
  toString(colophon(buildPublication('t', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: enText })).publication, { edition: 'html', t, draft: false }, new Date(0)));

/** The `<trans-unit>` / `<unit>` of an id, as text. */
const unitXml = (xml: string, id: string) => new RegExp(`<(trans-unit|unit) id="${id}"[\\s\\S]*?</\\1>`).exec(xml)?.[0];

describe('export: the translator\'s note is a unit, the front matter has its review state', () => {
  it('XLIFF 1.2: unit meta-translator_note, its source and target the note (was: no unit — a reviser in the CAT tool never saw it)', async () => {
    const xml = await exportXliff({ slug: 'ningjin', zh, en: en(), version: '1.2' });
    const unit = unitXml(xml, 'meta-translator_note');
    expect(unit).toContain(`<source>${note}</source>`);
    expect(unit).toContain(`<target state="translated">${note}</target>`);
    // after the values that have Chinese, before the blocks
    expect([...xml.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1])).toEqual(['meta-title', 'meta-issuer', 'meta-translator_note', 'p-000001', 'p-000002']);
  });

  it("XLIFF 1.2 and 2.0: a value en.md records reviewed is exported reviewed (was: every front-matter unit 'translated')", async () => {
    const reviewed = en(`translator_note: ${note}\nfront_matter_reviewed: [title, translator_note]\n`);
    const v12 = await exportXliff({ slug: 'ningjin', zh, en: reviewed, version: '1.2' });
    expect(unitXml(v12, 'meta-title')).toMatch(/approved="yes"[\s\S]*state="signed-off"/);
    expect(unitXml(v12, 'meta-translator_note')).toContain('state="signed-off"');
    expect(unitXml(v12, 'meta-issuer')).toContain('state="translated"');
    const v20 = await exportXliff({ slug: 'ningjin', zh, en: reviewed, version: '2.0' });
    expect(unitXml(v20, 'meta-title')).toContain('state="reviewed"');
    expect(unitXml(v20, 'meta-translator_note')).toContain('state="reviewed"');
    expect(unitXml(v20, 'meta-issuer')).toContain('state="translated"');
  });

  it('guard: an en.md without a note exports no note unit; TMX (a Chinese → English memory) carries no note', async () => {
    const xml = await exportXliff({ slug: 'ningjin', zh, en: en(''), version: '1.2' });
    expect(xml).not.toContain('meta-translator_note');
    const memory = memoryUnits(buildPublication('t', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en() })).publication);
    expect(JSON.stringify(memory)).not.toContain('unofficial translation');
    expect(memory.length).toBeGreaterThan(0);
  });
});

/** A reviser's file: the export with some targets replaced and states set, as memoQ/Phrase write them. */
async function reviserFile(version: '1.2' | '2.0', edit: (xml: string) => string, enText = en()): Promise<string> {
  return edit(await exportXliff({ slug: 'ningjin', zh, en: enText, version }));
}
const reviewed12 = (xml: string, id: string) => xml.replace(new RegExp(`(<trans-unit id="${id}"[\\s\\S]*?<target) state="translated"`), '$1 state="signed-off"');
const reviewed20 = (xml: string, id: string) => xml.replace(new RegExp(`(<unit id="${id}"[\\s\\S]*?<segment[^>]*) state="translated"`), '$1 state="reviewed"');

describe("import: the reviser's note and front-matter states go back into en.md", () => {
  const revised = 'An unofficial translation by the editors, reviewed by a second translator.';

  it('XLIFF 1.2: the revised note is written and the reviewed values listed (was: the note unit unknown, the states dropped)', async () => {
    const xliff = await reviserFile('1.2', (xml) => reviewed12(reviewed12(xml.replace(`<target state="translated">${note}</target>`, `<target state="translated">${revised}</target>`), 'meta-title'), 'meta-translator_note'));
    const result = await importXliff({ xliff, zh, en: en() });
    expect(result.file.messages.map(String)).toEqual([]);
    expect(result.value).toContain(`translator_note: ${revised}\n`);
    expect(result.value).toContain('front_matter_reviewed: [title, translator_note]\n');
    expect(result.updated.slice(0, 2)).toEqual(['meta-title', 'meta-translator_note']);
    expect(result.changes.filter((c) => c.id.startsWith('meta-'))).toEqual([
      { id: 'meta-title', english: false, from: 'translated', to: 'reviewed' },
      { id: 'meta-translator_note', english: true, from: 'translated', to: 'reviewed' },
    ]);
    // the blocks are as they were; a second import of the same file changes nothing
    expect(result.value.slice(result.value.indexOf('\n---\n'))).toBe(en().slice(en().indexOf('\n---\n')));
    const again = await importXliff({ xliff, zh, en: result.value });
    expect(again.value).toBe(result.value);
    expect(again.updated).toEqual([]);
  });

  it('XLIFF 2.0: the same (was: the note unit unknown, the states dropped)', async () => {
    const xliff = await reviserFile('2.0', (xml) => reviewed20(reviewed20(xml.replace(`<target>${note}</target>`, `<target>${revised}</target>`), 'meta-issuer'), 'meta-translator_note'));
    const result = await importXliff({ xliff, zh, en: en() });
    expect(result.file.messages.map(String)).toEqual([]);
    expect(result.value).toContain(`translator_note: ${revised}\n`);
    expect(result.value).toContain('front_matter_reviewed: [issuer, translator_note]\n');
  });

  it("a file that marks a reviewed value translated withdraws its review and says so (as a block's)", async () => {
    const enReviewed = en(`translator_note: ${note}\nfront_matter_reviewed: [title, issuer]\n`);
    const xliff = await reviserFile('1.2', (xml) => xml.replace(/(<trans-unit id="meta-title"[\s\S]*?<target) state="signed-off"/, '$1 state="translated"'), enReviewed);
    const result = await importXliff({ xliff, zh, en: enReviewed });
    expect(result.value).toContain('front_matter_reviewed: [issuer]\n');
    expect(result.file.messages.map((m) => m.ruleId)).toEqual(['xliff-review-withdrawn']);
    expect(result.file.messages[0].reason).toContain('meta-title');
  });

  it("the note of a file imported into a report with no English creates en.md's note (was: 'Unexpected unit')", async () => {
    const xliff = await reviserFile('1.2', (xml) => xml);
    const result = await importXliff({ xliff, zh });
    expect(result.file.messages.map(String)).toEqual([]);
    expect(result.value).toContain(`translator_note: ${note}\n`);
  });

  it("refuses a note changed both in en.md (since export) and in the file, en.md untouched", async () => {
    const xliff = await reviserFile('1.2', (xml) => xml.replace(`<target state="translated">${note}</target>`, `<target state="translated">${revised}</target>`));
    const handEdited = en('translator_note: Edited by hand meanwhile.\n');
    const result = await importXliff({ xliff, zh, en: handEdited });
    expect(result.file.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toEqual(['xliff-note-changed']);
    expect(result.value).toBe(handEdited);
    // guard: the same file whose note is left as exported is no conflict (en.md's own edit stands)
    const untouched = await importXliff({ xliff: await reviserFile('1.2', (xml) => xml), zh, en: handEdited });
    expect(untouched.file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(untouched.value).toContain('translator_note: Edited by hand meanwhile.\n');
  });
});

describe('PO (xliff2po → msgstr edited → po2xliff -t): the note travels as an entry', () => {
  const has = spawnSync('sh', ['-c', 'command -v xliff2po && command -v po2xliff']).status === 0;
  const tmp = mkdtempSync(path.join(tmpdir(), 'dz-note-po-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.skipIf(!has)('the translator revises the note in the PO and it is imported (was: the PO had no entry for it)', async () => {
    const xlf = path.join(tmp, 'ningjin.xlf');
    writeFileSync(xlf, await exportXliff({ slug: 'ningjin', zh, en: en(), version: '1.2' }));
    const po = path.join(tmp, 'ningjin.po');
    expect(spawnSync('xliff2po', [xlf, po], { encoding: 'utf8' }).status).toBe(0);
    const text = readFileSync(po, 'utf8');
    expect(text).toContain('meta-translator_note');
    const revisedNote = 'An unofficial translation by the editors (PO).';
    // (xliff2po marks every unit not approved fuzzy; the translator's edit in Poedit clears the flag)
    const edited = text.replace(`#, fuzzy\nmsgid "${note}"\nmsgstr "${note}"`, `msgid "${note}"\nmsgstr "${revisedNote}"`);
    expect(edited).not.toBe(text);
    writeFileSync(po, edited);
    const back = path.join(tmp, 'ningjin.back.xlf');
    expect(spawnSync('po2xliff', ['-t', xlf, po, back], { encoding: 'utf8' }).status).toBe(0);
    const result = await importXliff({ xliff: readFileSync(back, 'utf8'), xliffPath: back, zh, en: en() });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    expect(result.value).toContain(`translator_note: ${revisedNote}\n`);
  });
});

describe('duizhao review / translated on front-matter values', () => {
  it('`review <slug> meta-title` lists the title reviewed (was: review-unknown-id, no way to record it)', () => {
    const result = markReviewed(zh, en(), ['meta-title', 'meta-translator_note']);
    expect(result.file.messages.map(String)).toEqual([]);
    expect(result.changed).toEqual(['meta-title', 'meta-translator_note']);
    // (and the Chinese the title's English is made from, as a block's src=: stop 55)
    const titleSource = `front_matter_src: {title: "${sourceHash('县政府工作报告')}"}\n`;
    expect(result.value).toBe(en(`translator_note: ${note}\n${titleSource}front_matter_reviewed: [title, translator_note]\n`));
    // marked translated again, it leaves the list; the list gone with its last value (the record of its Chinese stays)
    expect(markTranslated(zh, result.value, ['meta-title']).value).toContain('front_matter_reviewed: [translator_note]\n');
    expect(markTranslated(zh, result.value, ['meta-title', 'meta-translator_note']).value).toBe(en(`translator_note: ${note}\n${titleSource}`));
  });

  it('`review --all` marks every front-matter value en.md has, with the blocks (was: blocks only)', () => {
    const result = markReviewed(zh, en(), 'all');
    expect(result.changed).toEqual(['meta-title', 'meta-issuer', 'meta-translator_note', 'p-000001', 'p-000002']);
    expect(result.value).toContain('front_matter_reviewed: [title, issuer, translator_note]\n');
  });

  it('a value en.md lacks, or no front-matter key, is an error naming the keys', () => {
    const result = markReviewed(zh, en(''), ['meta-translator_note', 'meta-date']);
    expect(result.file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['review-unknown-id', true], ['review-unknown-id', true]]);
    expect(result.file.messages[0].reason).toContain('en.md has no translator_note');
    expect(result.file.messages[1].reason).toContain('meta-title, meta-subtitle');
  });
});

describe('the colophon counts the front matter\'s reviews', () => {
  it("all reviewed: '…, 2 reviewed; the title and the rest of the front matter reviewed (3 values)' (was: blocks only)", () => {
    const text = colophonText(markReviewed(zh, en(), 'all').value);
    expect(text).toContain('Complete: all 2 paragraphs translated, 2 reviewed; the title and the rest of the front matter reviewed (3 values)');
    expect(text).toContain('题名等前置信息（3项）已审校');
  });

  it('some reviewed: how many of how many', () => {
    expect(colophonText(markReviewed(zh, en(), ['meta-title']).value)).toContain('not yet reviewed; 1 of 3 front-matter values reviewed');
  });

  it('guard: none reviewed, the sentence is as before', () => {
    const text = colophonText(en());
    expect(text).toContain('Complete: all 2 paragraphs translated, not yet reviewed. An unofficial');
    expect(text).not.toContain('front');
  });
});
