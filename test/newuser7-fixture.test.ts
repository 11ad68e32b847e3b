/**
 * New user, round 7 (BENCHMARKS.md): an intermediate people's court's work report, as a city newspaper printed
 * it, published through OmegaT 3.6's XLIFF 1.2 (test/fixtures/newuser-round7). The committed project holds
 * together: ingest of its page gives its zh.md, OmegaT's target imports to its en.md, check passes with its
 * glossary — the court's 一审/二审 read as first/second instance (was: the import refused "Second-instance",
 * "the Chinese has 二, expected two (or 2)") — and a translator's mistakes are refused at their unit.
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
import { translatorsEn } from './newuser7-revisions.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round7');
const report = path.join(fixture, 'content/reports/hohhot-court-2022');
const read = (file: string) => readFileSync(path.join(report, file), 'utf8');
const zh = read('zh.md');
// (stop 57) the committed en.md is the one a second translator reviewed; OmegaT's file is the translator's, so the imports
// below are compared with en.md as the translator left it (test/newuser7-revisions.ts)
const committed = read('en.md');
const en = translatorsEn(committed);
const omegat = readFileSync(path.join(fixture, 'hohhot-court-2022.omegat.xlf'), 'utf8');
/** en.md as the import writes it: before the translator_note was written and `review --all` run. */
// What the import wrote, before the translator_note, the notes' heading (OmegaT's file predates its unit, meta-notes_heading) and the review were added.
const asImported = (text: string) => text.replace(/^translator_note: .*\n/m, '').replace(/^notes_heading: .*\n/m, '').replaceAll(' state=reviewed}', '}');
const lineOf = (xml: string, id: string) => xml.slice(0, xml.indexOf(`<trans-unit id="${id}"`)).split('\n').length;

/** The English of one unit of OmegaT's file changed by `edit`. */
function mistake(id: string, edit: (target: string) => string): string {
  const unit = new RegExp(`(<trans-unit id="${id}"[\\s\\S]*?<target[^>]*>)([\\s\\S]*?)(</target>)`);
  return omegat.replace(unit, (_, open: string, target: string, close: string) => open + edit(target) + close);
}

describe('new user round 7: the court report as published', () => {
  it('ingest of its page (with the meta file and the scope_note written by hand) gives its zh.md', () => {
    const meta = { ...parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8')), scope_note: /^scope_note: (.*)$/m.exec(zh)![1] };
    const result = ingest(readFileSync(path.join(report, 'source.html')), { fileName: 'page.html', slug: 'hohhot-court-2022', meta });
    expect(result.markdown).toBe(zh);
    expect(result.file.messages.filter((m) => m.ruleId === 'cut-off').map((m) => m.line)).toEqual([31]);
  });

  it("OmegaT's target imports to its en.md (before the translator_note, the notes' heading and the review), and check passes with its glossary", async () => {
    const imported = await importXliff({ xliff: omegat, zh, xliffPath: 'hohhot-court-2022.omegat.xlf' });
    expect(imported.file.messages.map(String)).toEqual([]);
    expect(imported.value).toBe(asImported(en));
    expect(imported.value).toContain('| Second-instance cases remanded for retrial (%) {#c-9159ba src=');
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const load = buildPublication('hohhot-court-2022', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: committed }));
    expect(checkPublication(load, { glossary, matcher: createMatcher(glossary) }).messages.map(String)).toEqual([]);
  });

  it('the same target imported again after review --all withdraws the reviews (the file says translated), and says so at the first unit, naming them', async () => {
    // Was: "updated 35 block(s)", nothing else — every state=reviewed of en.md silently back to translated.
    const again = await importXliff({ xliff: omegat, zh, en, xliffPath: 'hohhot-court-2022.omegat.xlf' });
    expect(again.value).toBe(en.replaceAll(' state=reviewed}', ' state=translated}'));
    expect(again.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal}`)).toEqual([`${lineOf(omegat, 'p-67086a')}:7 xliff-review-withdrawn false`]);
    expect(again.file.messages[0].reason).toContain('35 reviewed unit(s) whose English this file leaves unchanged are marked translated in it, not reviewed: their reviews are withdrawn (p-67086a, p-66e363, ');
    expect(again.file.messages[0].reason).toContain('`duizhao review hohhot-court-2022 --all`');
    // guard: a file that keeps them reviewed (exported after the review) changes nothing and says nothing
    // (its blocks' units: en.md records no review of the front matter, which a signed-off meta unit would now add — stop 54)
    const signed = omegat.replace(/<trans-unit id="(?!meta-)[\s\S]*?<\/trans-unit>/gu, (unit) => unit.replaceAll('state="needs-translation"', 'state="signed-off"'));
    const same = await importXliff({ xliff: signed, zh, en, xliffPath: 'x.xlf' });
    expect(same.value).toBe(en);
    expect(same.file.messages).toEqual([]);
  });

  it('a file that marks those units machine drafts says so: "marked mt in it", not "translated" (the state the import writes)', async () => {
    // Was: "…are marked translated in it", while en.md got state=mt.
    const drafts = omegat.replaceAll('state="needs-translation"', 'state="needs-review-translation" state-qualifier="mt-suggestion"');
    const again = await importXliff({ xliff: drafts, zh, en, xliffPath: 'x.xlf' });
    expect(again.value).toBe(en.replaceAll(' state=reviewed}', ' state=mt}'));
    expect(again.file.messages.map((m) => m.reason)).toEqual([expect.stringContaining('35 reviewed unit(s) whose English this file leaves unchanged are marked mt (a machine draft) in it, not reviewed: ')]);
  });

  it("a translator's mistakes are refused at the unit's line, en.md kept: a case count changed, the wrong instance", async () => {
    const attempt = (xliff: string) => importXliff({ xliff, zh, en, xliffPath: 'x.xlf' });
    const figure = await attempt(mistake('p-fa0f17', (t) => t.replace('102,000', '120,000')));
    expect(figure.value).toBe(en);
    expect(figure.file.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([`${lineOf(omegat, 'p-fa0f17')}:7 xliff-check`, `${lineOf(omegat, 'p-fa0f17')}:7 xliff-check`]);
    const instance = await attempt(mistake('c-9159ba', (t) => t.replace('Second-instance', 'Third-instance')));
    expect(instance.value).toBe(en);
    expect(instance.file.messages.filter((m) => m.fatal).map((m) => m.reason)).toEqual([
      expect.stringContaining('the Chinese has `二`, expected `second (or 2nd)`'),
      expect.stringContaining('Unexpected number `Third`'),
    ]);
  });
});
