/**
 * Trados Studio's bilingual file (.sdlxliff) and its "Save Target As" XLIFF (new user, round 8): the Shandong
 * standing committee report exported as XLIFF 1.2, translated and reviewed in Trados — unit ids and tag ids
 * Trados's own, segments split at 。 into several <mrk mtype="seg">, a bold lead as Trados's <g> (its tag-defs
 * holding our <g … dz:start="**">), a locked segment, each segment's confirmation level in <sdl:seg-defs>.
 * The file is modelled on real Trados files (test/fixtures/newuser-round8/README.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';
import { importXliff } from '../pipeline/translate/xliff-import.ts';
import { readMeta } from '../pipeline/translate/front-matter.ts';
import { blocks, placeOf } from './xliff-helpers.ts';
import { originalSlug } from '../pipeline/translate/cat-units.ts';

const dir = path.join(import.meta.dirname, 'fixtures/newuser-round8');
const zh = readFileSync(path.join(dir, 'zh.md'), 'utf8');
const sdlxliff = readFileSync(path.join(dir, 'shandong-congress-2021.xlf.sdlxliff'), 'utf8');
const exported = readFileSync(path.join(dir, 'shandong-congress-2021.xlf'), 'utf8');
const xliffPath = 'shandong-congress-2021.xlf.sdlxliff';


/** The segment definition of segment `mid` set to `conf` (undefined: no confirmation level). */
function withConf(xml: string, mid: number, conf: string | undefined): string {
  return xml.replace(new RegExp(`<sdl:seg id="${mid}" conf="[^"]*"`), conf ? `<sdl:seg id="${mid}" conf="${conf}"` : `<sdl:seg id="${mid}"`);
}

describe('new user round 8: the fixture', () => {
  it('zh.md is what ingest wrote of the page, with the source, scope and scope_note given and the lead sentence set bold by hand', () => {
    const meta = Object.fromEntries(['source', 'scope', 'scope_note'].map((key) => [key, new RegExp(`^${key}: (.*)$`, 'm').exec(zh)![1]]));
    const result = ingest(readFileSync(path.join(dir, 'page.html')), { fileName: 'page.html', slug: 'shandong-congress-2021', meta });
    expect(result.markdown).toBe(zh.replace('**传承弘扬党的百年历史经验，思想自觉更加坚定。**', '传承弘扬党的百年历史经验，思想自觉更加坚定。'));
  });
});

describe('xliff import: a Trados Studio .sdlxliff', () => {
  it('finds each unit by its Chinese, each Trados tag by its definition, and keeps every word (en.md created)', async () => {
    const result = await importXliff({ xliff: sdlxliff, xliffPath, zh });
    expect(result.file.messages.map(String)).toEqual([]);
    // the report is the file Trados opened: <file original="C:\…\shandong-congress-2021.xlf">
    expect(result.slug).toBe('shandong-congress-2021');
    expect(result.inserted).toEqual(['p-67086a', 'p-cfbfcd', 'h-0d91ed', 'p-4edee6', 'h-174015', 'p-f66c5c', 'p-1b0120']);
    const en = blocks(result.value);
    // four segments (split at 。) joined with a space, nothing lost
    const body = en.get('p-4edee6')!.text;
    expect(body).toMatch(/^2021 was a milestone year .* new era and gave us fundamental principles to follow\. Over the past year, .* All this contributed to the high-quality development of the province's economy and society\.$/);
    // Trados's <g id="100"> is our bold lead again, around the English lead sentence
    expect(result.value).toContain("**We carried forward the Party's historical experience of the past century and grew firmer in our ideological commitment.** We made the Party history");
    expect(result.value).toMatch(/^title: Report on the Work of the Standing Committee of the Shandong Provincial People's Congress$/m);
  });

  it('maps confirmation levels: every segment approved → reviewed (the locked one too), any only Translated → translated', async () => {
    const { value } = await importXliff({ xliff: sdlxliff, xliffPath, zh });
    const en = blocks(value);
    expect(en.get('p-67086a')!.attributes.fields.state).toBe('reviewed'); // locked, ApprovedSignOff, from the memory
    expect(en.get('p-4edee6')!.attributes.fields.state).toBe('reviewed'); // four segments, each ApprovedTranslation
    expect(en.get('p-1b0120')!.attributes.fields.state).toBeUndefined(); // one segment ApprovedTranslation, one Translated
    // RejectedSignOff: the translation stands, the sign-off was refused — translated, not reviewed
    const rejected = await importXliff({ xliff: withConf(sdlxliff, 8, 'RejectedSignOff'), xliffPath, zh });
    expect(blocks(rejected.value).get('p-cfbfcd')!.attributes.fields.state).toBeUndefined();
  });

  it('does not import a unit with a Draft segment and says where it is; the rest is imported', async () => {
    // segment 12 is the third sentence of p-4edee6
    const xml = withConf(sdlxliff, 12, 'Draft');
    const result = await importXliff({ xliff: xml, xliffPath, zh });
    const messages = result.file.messages;
    expect(messages).toHaveLength(1);
    expect(messages[0].ruleId).toBe('xliff-unconfirmed');
    expect(messages[0].fatal).toBeFalsy();
    expect(`${messages[0].line}:${messages[0].column}`).toBe(placeOf(xml, '<mrk mtype="seg" mid="12">Over the past year'));
    expect(messages[0].reason).toContain('Segment 12 of `p-4edee6` is `Draft` in Trados');
    expect(result.inserted).not.toContain('p-4edee6');
    expect(result.inserted).toHaveLength(6);
  });

  it('says nothing of a unit not translated at all, and names the segment left empty in a unit half translated', async () => {
    // p-cfbfcd (segment 8) never translated: empty <mrk>, no confirmation level
    const untouched = withConf(sdlxliff, 8, undefined).replace(/(<mrk mtype="seg" mid="8">)[^<]*(<\/mrk>)(?=<\/target>)/, '$1$2');
    const result = await importXliff({ xliff: untouched, xliffPath, zh });
    expect(result.file.messages.map(String)).toEqual([]);
    expect(result.inserted).not.toContain('p-cfbfcd');
    // p-4edee6: segment 13 empty and unconfirmed, the others translated
    const half = withConf(sdlxliff, 13, undefined).replace(/(<mrk mtype="seg" mid="13">)[^<]*(<\/mrk>)(?=<\/target>)/, '$1$2');
    const partial = await importXliff({ xliff: half, xliffPath, zh });
    expect(partial.file.messages.map((m) => m.ruleId)).toEqual(['xliff-unconfirmed']);
    expect(partial.file.messages[0].reason).toContain('Segment 13 of `p-4edee6` has no English yet');
    expect(partial.inserted).not.toContain('p-4edee6');
  });

  it('refuses a changed figure at its unit, writing nothing', async () => {
    const xml = sdlxliff.replace('It held 9 meetings', 'It held 8 meetings');
    const en = '---\ntitle: x\n---\n';
    const result = await importXliff({ xliff: xml, xliffPath, zh, en });
    const errors = result.file.messages.filter((m) => m.fatal);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((m) => m.ruleId === 'xliff-check')).toBe(true);
    expect(errors[0].reason).toMatch(/p-4edee6.*9/);
    expect(`${errors[0].line}:${errors[0].column}`).toBe(placeOf(xml, '<trans-unit id="'.concat(xml.split('It held 8')[0].split('<trans-unit id="').pop()!.split('"')[0])));
    expect(result.value).toBe(en);
  });

  it('refuses a dropped bold lead (Trados tag removed from the target) and a revision not accepted', async () => {
    const dropped = sdlxliff.replace(/<g id="100">(<mrk mtype="seg" mid="\d+">We carried[^<]*<\/mrk>)<\/g>/, '$1');
    expect(dropped).not.toBe(sdlxliff);
    const bold = await importXliff({ xliff: dropped, xliffPath, zh });
    expect(bold.file.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toEqual(['xliff-check']);
    expect(bold.file.messages.find((m) => m.fatal)!.reason).toContain('markup-parity');
    expect(bold.value).toBe('');
    const revised = sdlxliff.replace('It held 9 meetings', 'It held <mrk mtype="x-sdl-deleted" sdl:revid="r1">nine</mrk><mrk mtype="x-sdl-added" sdl:revid="r2">9</mrk> meetings');
    const revision = await importXliff({ xliff: revised, xliffPath, zh });
    expect(revision.file.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toEqual(['xliff-revision']);
    expect(`${revision.file.messages[0].line}:${revision.file.messages[0].column}`).toBe(placeOf(revised, '<mrk mtype="x-sdl-deleted"'));
    expect(revision.value).toBe('');
  });

  it('reads a Trados tag by its place when its definition is not an XLIFF element (precision guard: the n-th tag of the Chinese is its n-th code)', async () => {
    const xml = sdlxliff.replace(/<bpt name="g" word-end="false">[^<]*<\/bpt>/, '<bpt name="g" word-end="false">&lt;b&gt;</bpt>');
    expect(xml).not.toBe(sdlxliff);
    const result = await importXliff({ xliff: xml, xliffPath, zh });
    expect(result.file.messages.map(String)).toEqual([]);
    expect(result.value).toContain("**We carried forward the Party's historical experience");
    // a tag the Chinese does not have is refused at its place, not dropped
    const extra = sdlxliff.replace('and conscientiously read', '<x id="999"/>and conscientiously read');
    const refused = await importXliff({ xliff: extra, xliffPath, zh });
    expect(refused.file.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toEqual(['xliff-inline']);
    expect(`${refused.file.messages[0].line}:${refused.file.messages[0].column}`).toBe(placeOf(extra, '<x id="999"/>'));
  });

  it('imports the same file again unchanged: en.md byte-identical', async () => {
    const first = await importXliff({ xliff: sdlxliff, xliffPath, zh });
    const again = await importXliff({ xliff: sdlxliff, xliffPath, zh, en: first.value });
    expect(again.updated).toEqual([]);
    expect(again.value).toBe(first.value);
  });

  it('takes units with the same Chinese in order, and a unit named by the report id as it is (precision guards)', async () => {
    const twice = '---\ntitle: 测试报告\n---\n\n同上。 {#p-one}\n\n另见附件。 {#p-mid}\n\n同上。 {#p-two}\n';
    const unit = (id: string, zhText: string, enText: string, mid: number) =>
      `<trans-unit id="${id}"><source>${zhText}</source><seg-source><mrk mtype="seg" mid="${mid}">${zhText}</mrk></seg-source>` +
      `<target><mrk mtype="seg" mid="${mid}">${enText}</mrk></target><sdl:seg-defs><sdl:seg id="${mid}" conf="Translated"/></sdl:seg-defs></trans-unit>`;
    const file = (units: string) =>
      `<?xml version="1.0" encoding="utf-8"?><xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">` +
      `<file original="C:\\t\\twice.xlf" datatype="x-sdlfilterframework2" source-language="zh-CN" target-language="en-US"><header/><body>${units}</body></file></xliff>`;
    const inOrder = await importXliff({ xliff: file(unit('a1', '同上。', 'As stated above.', 1) + unit('a2', '另见附件。', 'See also the annex.', 2) + unit('a3', '同上。', 'Likewise.', 3)), zh: twice });
    expect(inOrder.slug).toBe('twice');
    expect(inOrder.file.messages.map(String)).toEqual([]);
    const en = blocks(inOrder.value);
    expect([en.get('p-one')!.text, en.get('p-mid')!.text, en.get('p-two')!.text]).toEqual(['As stated above.', 'See also the annex.', 'Likewise.']);
    // a file with part of the report (Trados splits big files): a 同上。 after 另见附件。 is the one after it
    const part = await importXliff({ xliff: file(unit('d1', '另见附件。', 'See also the annex.', 1) + unit('d2', '同上。', 'Likewise.', 2)), zh: twice });
    expect(part.inserted).toEqual(['p-mid', 'p-two']);
    // a unit that kept the report's id is that block, whatever its place
    const named = await importXliff({ xliff: file(unit('p-two', '同上。', 'Likewise.', 1) + unit('b2', '同上。', 'As stated above.', 2)), zh: twice });
    const byId = blocks(named.value);
    expect([byId.get('p-one')!.text, byId.get('p-two')!.text]).toEqual(['As stated above.', 'Likewise.']);
    // a unit whose Chinese is not the report's is unknown, not guessed
    const other = await importXliff({ xliff: file(unit('c1', '同上。', 'As above.', 1) + unit('c2', '这不是本报告的文字。', 'Not this report.', 2)), zh: twice });
    expect(other.file.messages.map((m) => m.ruleId)).toEqual(['xliff-unknown-id']);
  });

  it('names the report from a Windows or POSIX path of the file Trados opened', () => {
    expect(originalSlug('C:\\Users\\t\\Documents\\Studio 2022\\Projects\\p\\zh-CN\\shandong-congress-2021.xlf')).toBe('shandong-congress-2021');
    expect(originalSlug('/home/t/shandong-congress-2021.xliff')).toBe('shandong-congress-2021');
    expect(originalSlug('shandong-congress-2021.xlf.sdlxliff')).toBe('shandong-congress-2021');
  });
});

describe('xliff import: a Trados file of a report with a table, notes and cells that repeat', () => {
  // Round 7's court report (test/fixtures/newuser-round7): its OmegaT translation held as Trados holds it — one segment
  // per unit, the bold leads and the note calls (<x ctype="x-footnotereference" dz:data="[^1]"/>) as Trados's own tags
  // defined in tag-defs, GUID units, three table cells reading —.
  const court = path.join(import.meta.dirname, 'fixtures/newuser-round7');
  const courtZh = readFileSync(path.join(court, 'content/reports/hohhot-court-2022/zh.md'), 'utf8');
  const omegat = readFileSync(path.join(court, 'hohhot-court-2022.omegat.xlf'), 'utf8');
  const trados = readFileSync(path.join(dir, 'hohhot-court-2022.xlf.sdlxliff'), 'utf8');

  it('writes the same en.md as the same translation from OmegaT: note calls, bold leads, table cells in place', async () => {
    const fromOmegat = await importXliff({ xliff: omegat, xliffPath: 'hohhot-court-2022.xlf', zh: courtZh });
    const fromTrados = await importXliff({ xliff: trados, xliffPath: 'hohhot-court-2022.xlf.sdlxliff', zh: courtZh });
    expect(fromTrados.file.messages.map(String)).toEqual([]);
    expect(fromTrados.slug).toBe('hohhot-court-2022');
    expect(fromTrados.value).toBe(fromOmegat.value);
    expect(fromTrados.value).toMatch(/\[\^1\]/);
  });
});

describe('xliff import: Trados "Save Target As" (the exported XLIFF 1.2 with targets filled)', () => {
  /** Trados writes the file it opened back with the English in each <target> (ids, notes and the rest kept). */
  async function savedTarget(state: string | undefined) {
    const { value } = await importXliff({ xliff: sdlxliff, xliffPath, zh });
    const en = blocks(value);
    const meta = Object.fromEntries(Object.entries(readMeta(value)).map(([key, text]) => [`meta-${key}`, text]));
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return exported.replace(/<trans-unit id="([^"]+)"([^>]*)>([\s\S]*?)<target state="needs-translation">[\s\S]*?<\/target>/g, (_, id: string, attributes: string, between: string) => {
      const block = en.get(id);
      const text = block ? block.text : meta[id];
      const lead = id === 'p-1b0120' ? text.match(/^(.*?\.) (.*)$/)! : undefined;
      const inner = lead ? `<g id="1" ctype="bold" dz:start="**" dz:end="**">${escape(lead[1])}</g> ${escape(lead[2])}` : escape(text);
      return `<trans-unit id="${id}"${attributes}>${between}<target${state ? ` state="${state}"` : ''}>${inner}</target>`;
    });
  }

  it('round-trips: the same English as the .sdlxliff gave, every block translated (the file says no review)', async () => {
    const fromSdl = await importXliff({ xliff: sdlxliff, xliffPath, zh });
    for (const state of ['translated', 'needs-translation', undefined]) {
      const xml = await savedTarget(state);
      const result = await importXliff({ xliff: xml, xliffPath: 'shandong-congress-2021.xlf', zh });
      expect(result.file.messages.map(String)).toEqual([]);
      expect(result.slug).toBe('shandong-congress-2021');
      const a = blocks(result.value);
      const b = blocks(fromSdl.value);
      expect([...a.keys()]).toEqual([...b.keys()]);
      for (const [id, block] of a) {
        expect(block.text).toBe(b.get(id)!.text);
        expect(block.attributes.fields.state).toBeUndefined();
      }
      expect(result.value).toContain('**We carried forward');
    }
  });
});

/**
 * Stop 61 (helper review61; the fixture's README "Review (stop 61)"): a second translator's review of round 8's English in the
 * CAT file — the XLIFF 1.2 export of the English Trados's file gives, every unit signed off, committed as
 * `shandong-congress-2021.review.xlf`; imported over that English it gives the committed `en.md`. The corrections: 副主任
 * "Deputy Director" (the term base's local standing committees, stop 58), 坚强领导 "strong leadership" (stop 59), 专题询问
 * "special inquiries" (the term base; `check` warned term-mismatch), 党的十九大 the term base's approved rendering (`glossary check`
 * told it), 积极贡献 "a positive contribution", 系列重要讲话 "series of".
 */
describe('new user round 8: the second translator’s review (stop 61)', () => {
  it('the reviser’s XLIFF over the translator’s English: every unit signed off, three rewritten, the committed en.md, every figure kept', async () => {
    const review = readFileSync(path.join(dir, 'shandong-congress-2021.review.xlf'), 'utf8');
    const committed = readFileSync(path.join(dir, 'en.md'), 'utf8');
    const translated = await importXliff({ xliff: sdlxliff, xliffPath, zh });
    expect(translated.value).not.toBe(committed);
    expect([...review.matchAll(/<trans-unit /gu)]).toHaveLength(12);
    expect([...review.matchAll(/<target state="signed-off">/gu)]).toHaveLength(12);
    expect([...review.matchAll(/approved="yes"/gu)]).toHaveLength(12);
    const result = await importXliff({ xliff: review, xliffPath: 'shandong-congress-2021.review.xlf', zh, en: translated.value });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    expect(result.value).toBe(committed);
    expect(result.changes.filter((c) => c.english).map((c) => c.id)).toEqual(['meta-speaker', 'p-4edee6', 'p-1b0120']);
    const meta = readMeta(committed);
    expect(meta.speaker).toBe("Wang Liang, Deputy Director of the Standing Committee of the Shandong Provincial People's Congress");
    expect(committed).toContain('under the strong leadership of the CPC Shandong Provincial Committee');
    expect(committed).toContain('3 special inquiries');
    expect(committed).not.toMatch(/Vice Chairman|firm leadership|topic-based/u);
    // every state reviewed, the front matter too
    expect([...committed.matchAll(/ state=reviewed\}/gu)]).toHaveLength(7);
    expect(committed).toMatch(/^front_matter_reviewed: \[title, issuer, occasion, speaker, scope_note\]$/mu);
    for (const figure of ['2021', '9 meetings', '17 local regulations', '10 regulations', '51 regulations', '19 reports', '5 law enforcement inspections', '7 resolutions', '85 times', '19th National Congress of the Communist Party of China', '25 January 2022']) expect(committed).toContain(figure);
  });
});
