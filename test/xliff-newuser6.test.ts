/**
 * A translator's mistakes in a CAT tool's XLIFF 1.2 (new user, round 6: OmegaT's target of a budget
 * report): each reported at the unit's line and column, en.md left as it was.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportXliff } from '../pipeline/translate/xliff-export.ts';
import { importXliff } from '../pipeline/translate/xliff-import.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { sourceHashes, withSourceHashes } from './source-hashes.ts';
import { beforeReview } from './fixture-report.ts';
import { round6Revisions } from './newuser6-revisions.ts';

const dir = path.join(import.meta.dirname, 'fixtures/xliff/basic');
const zh = readFileSync(path.join(dir, 'zh.md'), 'utf8');
const hashes = sourceHashes(zh);
const en = withSourceHashes(readFileSync(path.join(dir, 'en.md'), 'utf8'), hashes);

describe('an emptied target in XLIFF 1.2', () => {
  it('a segment left empty (<target state="translated"></target>) for a block en.md has English for is reported at its unit, en.md kept (was: nothing said, exit 0 — only a target of spaces was reported)', async () => {
    const xml = (await exportXliff({ slug: 'basic', zh, en, version: '1.2' })).replace(/(<trans-unit id="p-000001"[\s\S]*?<\/source>\s*)<target([^>]*)>[\s\S]*?<\/target>/, '$1<target$2></target>');
    const result = await importXliff({ xliff: xml, zh, en, xliffPath: 'basic.xlf' });
    expect(result.value).toBe(en);
    const empty = result.file.messages.filter((m) => m.ruleId === 'xliff-empty-target');
    expect(empty.map((m) => [m.line, m.reason])).toEqual([[xml.slice(0, xml.indexOf('<trans-unit id="p-000001"')).split('\n').length, expect.stringContaining('Empty target for `p-000001`')]]);
  });

  it("guards: a self-closed or absent target of a block with no English yet says nothing (a new report's untranslated units)", async () => {
    const xml = (await exportXliff({ slug: 'basic', zh, version: '1.2' })).replace(/(<trans-unit id="p-000001"[\s\S]*?<\/source>\s*)<target([^>]*)>[\s\S]*?<\/target>/, '$1<target$2/>');
    const result = await importXliff({ xliff: xml, zh, xliffPath: 'basic.xlf' });
    expect(result.file.messages.filter((m) => m.ruleId === 'xliff-empty-target')).toEqual([]);
  });
});

describe('a term not used, told at import', () => {
  it('English that leaves out a glossary term of its Chinese is imported with a warning at its unit naming the approved rendering (was: imported silently; only `check` said it, at en.md)', async () => {
    const glossary = await loadGlossary(path.join(import.meta.dirname, 'fixtures/newuser-round6/content/glossary.yaml'));
    const report = path.join(import.meta.dirname, 'fixtures/newuser-round6');
    const nkZh = readFileSync(path.join(report, 'content/reports/nankai-budget-2023/zh.md'), 'utf8');
    // (stop 57) OmegaT's file is the translator's: imported into en.md as the translator left it, before the review
    const nkEn = beforeReview(readFileSync(path.join(report, 'content/reports/nankai-budget-2023/en.md'), 'utf8'), round6Revisions);
    const omegat = readFileSync(path.join(report, 'nankai-budget-2023.omegat.xlf'), 'utf8');
    const xml = omegat.replace(/(<trans-unit id="h-a5d88b"[\s\S]*?<target[^>]*>)\(I\) General Public Budget/, '$1(I) General Budget');
    const result = await importXliff({ xliff: xml, zh: nkZh, en: nkEn, xliffPath: 'x.xlf', glossary: glossary.glossary, matcher: createMatcher(glossary.glossary) });
    expect(result.value).toContain('(I) General Budget {#h-a5d88b');
    const line = xml.slice(0, xml.indexOf('<trans-unit id="h-a5d88b"')).split('\n').length;
    expect(result.file.messages.map((m) => [`${m.line}:${m.column}`, m.ruleId, m.fatal])).toEqual([[`${line}:7`, 'xliff-term', false]]);
    expect(result.file.messages[0].reason).toContain('“general public budget”');
  });

  it('guard: the approved rendering or a variant says nothing; no glossary, nothing', async () => {
    const glossary = await loadGlossary(path.join(import.meta.dirname, 'fixtures/newuser-round6/content/glossary.yaml'));
    const report = path.join(import.meta.dirname, 'fixtures/newuser-round6');
    const nkZh = readFileSync(path.join(report, 'content/reports/nankai-budget-2023/zh.md'), 'utf8');
    const omegat = readFileSync(path.join(report, 'nankai-budget-2023.omegat.xlf'), 'utf8');
    const result = await importXliff({ xliff: omegat, zh: nkZh, xliffPath: 'x.xlf', glossary: glossary.glossary, matcher: createMatcher(glossary.glossary) });
    expect(result.file.messages.map(String)).toEqual([]);
  });
});

describe("the heading of the report's notes", () => {
  it('is a unit of the export (meta-notes_heading), and its English is imported into en.md, where the HTML titles the notes with it (stop 23: 名词解释 had no unit, so no English)', async () => {
    const report = path.join(import.meta.dirname, 'fixtures/newuser-round6/content/reports/nankai-budget-2023');
    const nkZh = readFileSync(path.join(report, 'zh.md'), 'utf8');
    const xml = await exportXliff({ slug: 'nankai-budget-2023', zh: nkZh, version: '1.2' });
    const unit = /<trans-unit id="meta-notes_heading"[\s\S]*?<\/trans-unit>/.exec(xml)?.[0] ?? '';
    expect(unit).toContain('<source>名词解释</source>');
    const translated = xml.replace(unit, unit.replace('<source>名词解释</source>', '<source>名词解释</source><target state="translated">Explanation of Terms</target>'));
    const nkEn = readFileSync(path.join(report, 'en.md'), 'utf8').replace(/^notes_heading: .*\n/m, '');
    const result = await importXliff({ xliff: translated.replace(/<trans-unit id="(?!meta-notes_heading)[\s\S]*?<\/trans-unit>/g, ''), zh: nkZh, en: nkEn, xliffPath: 'x.xlf' });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    expect(result.value).toMatch(/^notes_heading: Explanation of Terms$/m);
  });
});

describe('an ideographic space kept through OmegaT', () => {
  it('a 1.2 unit whose text holds a space other than one plain space (表1　…, a slogan’s 　) is xml:space="preserve", so OmegaT keeps it and a memory entry holding it matches (was: OmegaT read 　 as a plain space, the TMX entry never applied: 49 segments left, not 48)', async () => {
    const nkZh = readFileSync(path.join(import.meta.dirname, 'fixtures/newuser-round6/content/reports/nankai-budget-2023/zh.md'), 'utf8');
    const xml = await exportXliff({ slug: 'nankai-budget-2023', zh: nkZh, version: '1.2' });
    expect(xml).toContain('<trans-unit id="b-8bb3c1" resname="b-8bb3c1" xml:space="preserve">');
    // guard: every other unit as before
    expect(xml.match(/xml:space="preserve"/g)).toHaveLength(1);
  });
});
