/**
 * New user, round 6 (BENCHMARKS.md): a district budget report published through OmegaT 3.6's XLIFF 1.2
 * (test/fixtures/newuser-round6). The committed project holds together: ingest of its page gives its zh.md,
 * OmegaT's target imports to its en.md, check passes with its glossary — and the four mistakes a translator
 * makes in the CAT tool are each refused or reported at their line and column, en.md untouched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { importXliff } from '../pipeline/translate/xliff-import.ts';
import { beforeReview } from './fixture-report.ts';
import { round6Revisions } from './newuser6-revisions.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round6');
const report = path.join(fixture, 'content/reports/nankai-budget-2023');
const read = (file: string) => readFileSync(path.join(report, file), 'utf8');
const zh = read('zh.md');
const en = read('en.md');
const omegat = readFileSync(path.join(fixture, 'nankai-budget-2023.omegat.xlf'), 'utf8');
// written in en.md by hand after the import: the translator_note, and the notes' heading (名词解释), which OmegaT's file (exported before it was a unit) lacks
const withoutNote = (text: string) => text.replace(/^translator_note: .*\n/m, '').replace(/^notes_heading: .*\n/m, '');
const lineOf = (xml: string, id: string) => xml.slice(0, xml.indexOf(`<trans-unit id="${id}"`)).split('\n').length;

/** The English of one unit of OmegaT's file changed by `edit`. */
function mistake(id: string, edit: (target: string) => string): string {
  const unit = new RegExp(`(<trans-unit id="${id}"[\\s\\S]*?<target[^>]*>)([\\s\\S]*?)(</target>)`);
  return omegat.replace(unit, (_, open: string, target: string, close: string) => open + edit(target) + close);
}

describe('new user round 6: the budget report as published', () => {
  it('ingest of its page (with the meta file and the scope_note written by hand) gives its zh.md', () => {
    const meta = { ...parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8')), scope_note: /^scope_note: (.*)$/m.exec(zh)![1] };
    const result = ingest(readFileSync(path.join(report, 'source.html')), { fileName: 'page.html', slug: 'nankai-budget-2023', meta });
    expect(result.markdown).toBe(zh);
    // the table titled on the line above it is a box holding its unit line, the table (figures right-aligned) and its note
    expect(zh).toContain(':::box[表1　2023年区级一般公共预算收支预计执行情况]{#b-8bb3c1}\n\n单位：亿元 {#p-7d5877}\n\n| 项目');
    expect(zh).toContain('| --- | --: | --: | --: | --- |');
    expect(result.file.messages.filter((m) => m.ruleId === 'cut-off').map((m) => m.line)).toEqual([23]);
  });

  it("OmegaT's target imports to its en.md (the translator_note added by hand after), and check passes with its glossary", async () => {
    const imported = await importXliff({ xliff: omegat, zh, xliffPath: 'nankai-budget-2023.omegat.xlf' });
    expect(imported.file.messages.map(String)).toEqual([]);
    // (stop 57) OmegaT's file is the translator's: en.md as the translator left it — the reviser's corrections undone, the
    // reviews taken away, and the record `review --all` gave the notes' heading (no unit in OmegaT's file) taken out
    expect(imported.value).toBe(withoutNote(beforeReview(en, round6Revisions).replace(/, notes_heading: "[0-9a-f]+"\}$/mu, '}')));
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const load = buildPublication('nankai-budget-2023', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en }));
    expect(checkPublication(load, { glossary, matcher: createMatcher(glossary) }).messages.map(String)).toEqual([]);
  });

  it("a translator's four mistakes: a figure changed, a tag broken, a segment emptied — reported at the unit's line, en.md kept; a term not used — imported with a warning at its unit, and check reports it at en.md's line", async () => {
    // (stop 57) the translator's mistakes in OmegaT's file, imported into en.md as the translator left it (before the review)
    const en = beforeReview(read('en.md'), round6Revisions);
    const attempt = (xliff: string) => importXliff({ xliff, zh, en, xliffPath: 'x.xlf' });
    const figure = await attempt(mistake('p-205415', (t) => t.replace('3.91 billion', '3.19 billion')));
    expect(figure.value).toBe(en);
    expect(figure.file.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([`${lineOf(omegat, 'p-205415')}:7 xliff-check`, `${lineOf(omegat, 'p-205415')}:7 xliff-check`]);
    const tag = await attempt(mistake('p-205415', (t) => t.replace(/<x id="2"[^>]*\/>/, '')));
    expect(tag.value).toBe(en);
    expect(tag.file.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([`${lineOf(omegat, 'p-205415')}:7 xliff-check`]);
    const empty = await attempt(mistake('p-57427d', () => ''));
    expect(empty.value).toBe(en);
    expect(empty.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([`${lineOf(omegat, 'p-57427d')}:7 xliff-empty-target`]);
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const termXliff = mistake('h-a5d88b', (t) => t.replace('General Public Budget', 'General Budget'));
    const term = await importXliff({ xliff: termXliff, zh, en, xliffPath: 'x.xlf', glossary, matcher: createMatcher(glossary) });
    // imported, told at the unit (xliff-term), and reported by check at en.md's line
    expect(term.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([`${lineOf(omegat, 'h-a5d88b')}:7 xliff-term`]);
    const load = buildPublication('nankai-budget-2023', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: term.value }));
    const line = term.value.split('\n').findIndex((l) => l.includes('{#h-a5d88b')) + 1;
    expect(checkPublication(load, { glossary, matcher: createMatcher(glossary) }).messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([`${line}:1 term-mismatch`]);
  });
});
