/**
 * Phrase TMS (formerly Memsource) bilingual files, `.mxliff` (new user, round 10): the Wuhan CPPCC standing
 * committee report exported as XLIFF 1.2, uploaded to Phrase, translated (workflow step 1) and revised (step 2),
 * downloaded as MXLIFF — XLIFF 1.2 with the `m:` namespace: one trans-unit per Phrase *segment* (ids
 * `<task>:<n>`, the paragraph in `m:para-id`), tags as text in Phrase's notation (`{1>…<1}`, defined in
 * `<m:tunit-metadata>`), `m:confirmed`, `m:locked`, a joined segment (`{j}`). Files made by
 * test/fixtures/newuser-round10/make-mxliff.mjs, modelled on real Phrase files (sources in its README).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { ingest } from '../pipeline/ingest/index.ts';
import { importXliff } from '../pipeline/translate/xliff-import.ts';
import { readMeta } from '../pipeline/translate/front-matter.ts';
import { blocks, placeOf } from './xliff-helpers.ts';
import { revisionsUndone } from './fixture-report.ts';
import { round10Revisions } from './newuser10-revisions.ts';

const dir = path.join(import.meta.dirname, 'fixtures/newuser-round10');
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
/** (stop 59) en.md as Phrase's files give it: the second translator's corrections (round10Revisions) undone. */
const phraseEn = () => revisionsUndone(read('en.md'), round10Revisions);
const zh = read('zh.md');
const translator = read('wuhan-cppcc-2021-zh_cn-en-T.mxliff');
const reviser = read('wuhan-cppcc-2021-zh_cn-en-R.mxliff');
const xliffPath = 'wuhan-cppcc-2021-zh_cn-en-R.mxliff';
const blockIds = ['p-369417', 'p-41b0d2', 'h-4b9470', 'p-e3e0e4', 'h-fc083b', 'p-5f542e'];


const messages = (result: { file: VFile }) => result.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}${m.fatal ? ' (fatal)' : ''}`);

describe('new user round 10: the fixture', () => {
  it('zh.md is what ingest wrote of the page with the --meta file', () => {
    const meta = Object.fromEntries(read('meta.yaml').trim().split('\n').map((line) => line.split(/: (.*)/s).slice(0, 2)));
    const result = ingest(readFileSync(path.join(dir, 'page.html')), { fileName: 'page.html', slug: 'wuhan-cppcc-2021', meta });
    expect(result.markdown).toBe(zh);
  });
});

describe('xliff import: a Phrase TMS .mxliff', () => {
  it("reads the reviser's file (workflow step 2): each paragraph's segments joined, tags in Phrase's notation, every unit reviewed", async () => {
    const result = await importXliff({ xliff: reviser, xliffPath, zh });
    expect(result.file.messages.map(String)).toEqual([]);
    // the report is the file Phrase was given: <file original="wuhan-cppcc-2021.xlf">
    expect(result.slug).toBe('wuhan-cppcc-2021');
    expect(result.inserted).toEqual(blockIds);
    const en = blocks(result.value);
    // three Phrase segments of one paragraph (two of them joined in Phrase, {j}) are one block again, a space between sentences
    const body = en.get('p-e3e0e4')!.text;
    expect(body).toMatch(/^The past five years have been truly extraordinary .* development\. Over these five years, .* satisfied the people\. Under the firm leadership .* toward modernization\.$/);
    expect(body).not.toMatch(/\{j\}|\s{2}/);
    // {1>…<1}, defined in <m:tunit-metadata> as the export's <g id="1" … dz:start="**">, is the bold lead again
    expect(result.value).toContain("**We did more to arm ourselves with the Party's new theories.** We set up a working mechanism");
    // a confirmed segment in the revision step is a review; the locked 100% match is read like the others
    for (const id of blockIds) expect(result.value).toMatch(new RegExp(`\\{#${id} src=[0-9a-f]{8} state=reviewed\\}`));
    const meta = readMeta(result.value);
    expect(meta.title).toBe("Report on the Work of the Standing Committee of the 13th Wuhan Municipal Committee of the Chinese People's Political Consultative Conference");
    expect(meta.scope_note).toMatch(/^Excerpt: .*Affirmations’”\)\. The bold type of the lead sentence .* by the editor\.$/);
    expect(result.value).toBe(phraseEn());
  });

  it("does not import a unit with a segment the translator left unconfirmed, and names the segment at its line:column (translation step)", async () => {
    const result = await importXliff({ xliff: translator, xliffPath: 'T.mxliff', zh });
    expect(messages(result)).toEqual([`${placeOf(translator, '<trans-unit id="Kx7Qm2Rb9TzLp4Wn1:9"')} xliff-unconfirmed`]);
    expect(result.file.messages[0].reason).toMatch(/Segment Kx7Qm2Rb9TzLp4Wn1:9 of `p-e3e0e4` is not confirmed in Phrase/);
    expect(result.inserted).toEqual(blockIds.filter((id) => id !== 'p-e3e0e4'));
    // confirmed in the translation step: translated, not reviewed
    expect(result.value).not.toContain('state=reviewed');
    expect(result.value).not.toContain('very extraordinary');
  });

  it("in the reviser's file, a segment still carrying the translator's confirmation (m:confirmed=\"1\") is translated, not reviewed", async () => {
    // Phrase writes the step that confirmed a segment: the reviser's confirmations read "2" (was: only "1" counted as
    // confirmed, so a real revision-step file imported nothing, and any "1" there was taken for a review)
    const carried = reviser.replace(/(<trans-unit id="Kx7Qm2Rb9TzLp4Wn1:[67]"[^>]*?)m:confirmed="2"/g, '$1m:confirmed="1"');
    expect(carried).not.toBe(reviser);
    const result = await importXliff({ xliff: carried, xliffPath, zh });
    expect(result.file.messages.map(String)).toEqual([]);
    expect(result.inserted).toEqual(blockIds);
    expect(result.value).toMatch(/\{#p-369417 src=[0-9a-f]{8}\}/);
    expect(result.value).toMatch(/\{#p-41b0d2 src=[0-9a-f]{8}\}/);
    expect(result.value).toMatch(/\{#h-4b9470 src=[0-9a-f]{8} state=reviewed\}/);
  });

  it("the reviser's file over the translator's import: the missing paragraph inserted, every block now reviewed", async () => {
    const first = await importXliff({ xliff: translator, xliffPath: 'T.mxliff', zh });
    const second = await importXliff({ xliff: reviser, xliffPath, zh, en: first.value });
    expect(second.file.messages.map(String)).toEqual([]);
    expect(second.inserted).toEqual(['p-e3e0e4']);
    expect(second.value).toBe(phraseEn());
    // the same file again: nothing to do, en.md byte for byte
    const again = await importXliff({ xliff: reviser, xliffPath, zh, en: second.value });
    expect(again.updated).toEqual([]);
    expect(again.value).toBe(second.value);
  });

  it("reads the bold as Phrase's own {b>…<b} and a tag whose metadata is not XLIFF markup by its place", async () => {
    const letters = reviser.replace(/\{1&gt;/g, '{b&gt;').replace(/&lt;1\}/g, '&lt;b}').replace(/<m:tunit-(target-)?metadata><m:mark[\s\S]*?<\/m:tunit-(target-)?metadata>/g, '<m:tunit-metadata/>');
    const byPlace = reviser.replace(/<m:content>&lt;g id="1"[^<]*<\/m:content>/g, '<m:content>&lt;w:b/&gt;</m:content>');
    for (const xliff of [letters, byPlace]) {
      expect(xliff).not.toBe(reviser);
      const result = await importXliff({ xliff, xliffPath, zh });
      expect(result.file.messages.map(String)).toEqual([]);
      expect(result.value).toBe(phraseEn());
    }
  });

  it('reads a segment Phrase split in two (two trans-units, one m:para-id) as one', async () => {
    const long = /<group id="14">[\s\S]*?<\/group>/.exec(reviser)![0];
    const split = long
      .replace('工作机制，', '工作机制，</source><target>We set up a working mechanism of “political guidance first, study before all else”.</target></trans-unit></group>\n<group id="15"><trans-unit id="Kx7Qm2Rb9TzLp4Wn1:15" m:para-id="11-tu11" m:confirmed="2" m:locked="false"><source>')
      .replace(/<target>We set up a working mechanism of “political guidance first, study before all else”\. /, '<target>');
    const result = await importXliff({ xliff: reviser.replace(long, split), xliffPath, zh });
    expect(result.file.messages.map(String)).toEqual([]);
    expect(result.value).toBe(phraseEn());
  });

  it('joins the segments of a unit by their Chinese where m:para-id does not group them (guard: a paragraph id per segment, or none)', async () => {
    let n = 0;
    const ownIds = reviser.replace(/m:para-id="[^"]*"/g, () => `m:para-id="seg-${n++}"`);
    const noIds = reviser.replace(/ m:para-id="[^"]*"/g, '');
    for (const xliff of [ownIds, noIds]) {
      const result = await importXliff({ xliff, xliffPath, zh });
      expect(result.file.messages.map(String)).toEqual([]);
      expect(result.value).toBe(phraseEn());
    }
  });

  it('refuses a tag the English opens and never closes, at the segment', async () => {
    const open = reviser.replace("new theories.&lt;1}", 'new theories.');
    const result = await importXliff({ xliff: open, xliffPath, zh });
    expect(messages(result)).toEqual([`${placeOf(open, "<target>{1&gt;We did more")} xliff-inline (fatal)`]);
    expect(result.file.messages[0].reason).toMatch(/opens the tag `\{1>` and never closes it/);
  });

  it('refuses a bold lead dropped, a tag the Chinese lacks and a changed figure, at the segment, writing nothing', async () => {
    const dropped = reviser.replace("{1&gt;We did more to arm ourselves with the Party's new theories.&lt;1}", "We did more to arm ourselves with the Party's new theories.");
    const extra = reviser.replace('{1&gt;We did more', '{2}{1&gt;We did more');
    const figure = reviser.replace('On behalf of the Standing Committee of the 13th', 'On behalf of the Standing Committee of the 12th');
    for (const [xliff, rule] of [
      [dropped, 'xliff-check'],
      [extra, 'xliff-inline'],
      [figure, 'xliff-check'],
    ] as const) {
      expect(xliff).not.toBe(reviser);
      const result = await importXliff({ xliff, xliffPath, zh });
      expect(result.file.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toContain(rule);
      expect(result.value).toBe('');
    }
    const result = await importXliff({ xliff: extra, xliffPath, zh });
    expect(messages(result)).toContain(`${placeOf(extra, "<target>{2}{1&gt;We did more")} xliff-inline (fatal)`);
    expect(result.file.messages[0].reason).toMatch(/\{2\}/);
  });

  it('says nothing of a unit never translated (empty targets, unconfirmed), and warns of a Chinese that is not the report’s', async () => {
    const untranslated = reviser.replace(/(<trans-unit id="Kx7Qm2Rb9TzLp4Wn1:8"[^>]*)m:confirmed="1"/, '$1m:confirmed="0"').replace('<target>I. Review of Our Work over the Past Five Years</target>', '<target></target>');
    const quiet = await importXliff({ xliff: untranslated, xliffPath, zh });
    expect(quiet.file.messages.map(String)).toEqual([]);
    expect(quiet.inserted).toEqual(blockIds.filter((id) => id !== 'h-4b9470'));
    const other = reviser.replace('<source>一、过去五年的工作回顾</source>', '<source>二、今后五年的工作建议</source>');
    const unknown = await importXliff({ xliff: other, xliffPath, zh });
    expect(messages(unknown)).toEqual([`${placeOf(other, '<trans-unit id="Kx7Qm2Rb9TzLp4Wn1:8"')} xliff-unknown-id`]);
  });

  it('(stop 59) a second translator’s XLIFF 1.2 over the English of Phrase’s revision step: three blocks rewritten, all still reviewed, the committed en.md', async () => {
    const phrase = await importXliff({ xliff: reviser, xliffPath, zh });
    expect(phrase.value).toBe(phraseEn());
    const review = await importXliff({ xliff: read('wuhan-cppcc-2021.review.xlf'), xliffPath: 'wuhan-cppcc-2021.review.xlf', zh, en: phrase.value });
    expect(review.file.messages.map(String)).toEqual([]);
    expect(review.updated).toEqual(['p-e3e0e4', 'h-fc083b', 'p-5f542e']);
    expect(review.value).toBe(read('en.md'));
    expect(review.value).toContain('Under the strong leadership of the CPC Wuhan Municipal Committee');
    expect(review.value).toContain('(I) Strengthening Ideological and Political Guidance');
    for (const id of blockIds) expect(review.value).toMatch(new RegExp(`\\{#${id} src=[0-9a-f]{8} state=reviewed\\}`));
  });

  it("refuses another report's Phrase file", async () => {
    const shandong = readFileSync(path.join(import.meta.dirname, 'fixtures/newuser-round8/zh.md'), 'utf8');
    const result = await importXliff({ xliff: reviser, xliffPath, zh: shandong, slug: 'shandong-congress-2021' });
    expect(result.file.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toContain('xliff-other-report');
  });

  it("imports Phrase's completed file (the exported .xlf with the English in each target) with the same English, translated", async () => {
    const result = await importXliff({ xliff: read('wuhan-cppcc-2021-completed.xlf'), xliffPath: 'completed.xlf', zh });
    expect(result.file.messages.map(String)).toEqual([]);
    expect(result.value).toBe(phraseEn().replace(/ state=reviewed/g, '').replace(/^front_matter_reviewed: .*\n/m, ''));
  });
});
