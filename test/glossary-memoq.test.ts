/**
 * (New user round 40) memoQ's term base as CSV, its forbidden terms: a term memoQ marks forbidden (its term property
 * "Forbidden", in a column of its own or spelled out in Term_Info) is a form not to use. The glossary has no field for
 * one, so `glossary import` refuses it at its row (`import-deprecated`), as it refuses TBX's deprecated terms — read as
 * a term, it became an accepted variant or alias and the term check passed the very rendering ruled out.
 * pipeline/glossary/import.ts readCsv (forbiddenColumn, forbiddenValue, termInfoForbidden).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import writeExcelFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseGlossary } from '../pipeline/glossary/index.ts';
import { mergeTerms, readTerms } from '../pipeline/glossary/import.ts';
import { runGlossaryImport } from '../pipeline/cli/glossary.ts';

const read = (text: string, name = 'terms.csv') => {
  const file = new VFile({ path: name, value: text });
  return { terms: readTerms(file, 'csv'), file };
};
const said = (file: VFile) => file.messages.map((m) => [m.ruleId, m.line, m.fatal ?? false]);

// memoQ's columns (its WS API "Term base in CSV format": entry fields, then per language <Language>_Def, <Language>,
// Term_Info, Term_Example, the language's column again for each further term), semicolons; the Forbidden column after
// the term it flags, as memoQ's CSV import settings map a column to the term's Forbidden property.
const head = 'Entry_ID;Entry_Note;Chinese_PRC_Def;Chinese_PRC;Term_Info;Forbidden;English_United_States_Def;English_United_States;Term_Info;Forbidden;English_United_States;Term_Info;Forbidden';

describe('glossary import: memoQ’s forbidden terms (CSV)', () => {
  it('an English term flagged Forbidden is refused at its row, not made a variant (was: the column refused whole, or the flag a term)', () => {
    const row = '1;;;自治县;;False;;autonomous county;;False;self-governing county;;True';
    const { terms, file } = read([head, row].join('\r\n'));
    expect(terms).toEqual([]);
    expect(said(file).filter((m) => m[2])).toEqual([['import-deprecated', 2, true]]);
    const reason = file.messages.find((m) => m.fatal)!.reason;
    expect(reason).toContain('“self-governing county”, which its term base marks forbidden (“Forbidden”');
    expect(reason).toContain('accepted variant');
  });

  it('a Chinese term flagged forbidden is refused too (it would be an accepted alias)', () => {
    const row = '2;;;侗族;;0;;Dong ethnic group;;0;;;';
    const row2 = '3;;;侗家;;1;;Dong ethnic group;;0;;;';
    const { terms, file } = read([head, row, row2].join('\n'));
    expect(terms.map((t) => t.zh)).toEqual(['侗族']);
    expect(said(file).filter((m) => m[2])).toEqual([['import-deprecated', 3, true]]);
    expect(file.messages.find((m) => m.fatal)!.reason).toContain('accepted alias');
  });

  it('a language-named flag column (English_Forbidden) is the flag of the term before it, never a term (was: “True” read as an English variant)', () => {
    const text = 'Chinese_PRC;Chinese_PRC_Forbidden;English;English_Forbidden;English;English_Forbidden\n流调;False;epidemiological investigation;False;epidemic survey;True\n';
    const { terms, file } = read(text);
    expect(terms).toEqual([]);
    expect(said(file).filter((m) => m[2])).toEqual([['import-deprecated', 2, true]]);
    expect(file.messages.find((m) => m.fatal)!.reason).toContain('“epidemic survey”');
  });

  it('Term_Info that spells the flag out rules the term out (was: read past as bookkeeping, the term accepted)', () => {
    const text = 'Chinese_PRC;Term_Info;English;Term_Info;English;Term_Info\n地区生产总值;;gross regional product;;GDP of the region;Forbidden=True\n';
    const { terms, file } = read(text);
    expect(terms).toEqual([]);
    expect(said(file).filter((m) => m[2])).toEqual([['import-deprecated', 2, true]]);
  });

  it('a forbidden flag that reads as neither yes nor no refuses the row, nothing guessed', () => {
    const { terms, file } = read('Chinese_PRC;English;Forbidden\n自治县;autonomous county;perhaps\n');
    expect(terms).toEqual([]);
    expect(said(file)).toEqual([['import-column', 2, true]]);
    expect(file.messages[0].reason).toContain('“Forbidden”: “perhaps” (a forbidden flag that reads as neither yes nor no)');
  });

  it('Term_Info in a code the import does not decode is a warning naming the forbidden flag, not bookkeeping said as info', () => {
    const { terms, file } = read('Chinese_PRC;Term_Info;English;Term_Info\n自治县;1;autonomous county;1\n');
    expect(terms).toMatchObject([{ zh: '自治县', en: 'autonomous county' }]);
    const termInfo = file.messages.find((m) => m.ruleId === 'import-term-info')!;
    expect(termInfo.fatal).toBe(false);
    expect(termInfo.reason).toContain('Not read: Term_Info in 2 row(s)');
    expect(termInfo.reason).toContain('forbidden');
  });

  // guards: what must not change
  it('flags all False (or empty) import the terms as they are, each further term a variant, nothing refused', () => {
    const row = '1;A county-level ethnic autonomous area.;;自治县;;False;;autonomous county;;False;autonomous counties;;';
    const { terms, file } = read([head, row].join('\r\n'));
    expect(said(file).filter((m) => m[2])).toEqual([]);
    expect(terms).toMatchObject([{ zh: '自治县', en: 'autonomous county', variants: ['autonomous counties'], note_en: 'A county-level ethnic autonomous area.' }]);
    const { added } = mergeTerms(parseGlossary('', 'g.yaml').glossary, terms, file, 'g.yaml');
    expect(added.map((e) => [e.zh, e.en, e.variants])).toEqual([['自治县', 'autonomous county', ['autonomous counties']]]);
  });

  it('a language named Forbidden-like is still a language: a plain English column and an Entry_Subject value are read as before', () => {
    const { terms, file } = read('Chinese (PRC);English (United States);Entry_Subject\n人大;people\'s congress;\n');
    expect(file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(terms).toMatchObject([{ zh: '人大', en: "people's congress" }]);
    const refused = read('Chinese (PRC);English (United States);Entry_Subject\n人大;people\'s congress;politics\n');
    expect(said(refused.file)).toEqual([['import-column', 2, true]]);
  });
});

describe('glossary import: memoQ’s entry note and the source of the terms (CSV)', () => {
  it('a last “Source: …” part of Entry_Note is the entry’s source, the rest its note (was: all of it the note, no source)', () => {
    const text = 'Entry_ID;Entry_Note;Chinese_PRC;English_United_States_Def;English_United_States\n'
      + '4;Source: http://www.shine.cn/news/nation/2007152153/;流调;Short for 流行病学调查.;epidemiological investigation\n'
      + '5;Named by the pattern of autonomous counties. Source: translator\'s rendering;自治县;;autonomous county\n';
    const { terms, file } = read(text);
    expect(file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(terms).toMatchObject([
      { zh: '流调', en: 'epidemiological investigation', note_en: 'Short for 流行病学调查.', source: 'http://www.shine.cn/news/nation/2007152153/' },
      { zh: '自治县', en: 'autonomous county', note_en: 'Named by the pattern of autonomous counties.', source: "translator's rendering" },
    ]);
  });

  it('guard: an Entry_Note with no source part stays the whole note, Chinese as note_zh', () => {
    const { terms } = read('Entry_Note;Chinese_PRC;English\n县级民族自治地方。;自治县;autonomous county\nA note that names no source, only how the term is used.;流调;epidemiological investigation\n');
    expect(terms).toMatchObject([
      { zh: '自治县', note_zh: '县级民族自治地方。' },
      { zh: '流调', note_en: "A note that names no source, only how the term is used." },
    ]);
    expect(terms[0].source).toBeUndefined();
    expect(terms[1].source).toBeUndefined();
  });
});

describe('glossary import: the pinyin read for a term of two phrases', () => {
  it('人民至上、生命至上 gets “…, …” as the glossary writes it, not the pause mark between spaces', () => {
    const { terms, file } = read('Chinese_PRC;English\n人民至上、生命至上;putting the people and human life above all else\n');
    const { added } = mergeTerms(parseGlossary('', 'g.yaml').glossary, terms, file, 'g.yaml');
    expect(added[0].pinyin).toBe('rén mín zhì shàng, shēng mìng zhì shàng');
    expect(added[0].id).toBe('ren-min-zhi-shang-sheng-ming-zhi-shang');
  });
});

describe('glossary import --without-forbidden: the ruled-out terms left out, each said', () => {
  it('memoQ’s CSV: the forbidden term left out with a warning at its row, the rest of the row imported', () => {
    const row = '1;;;自治县;;False;;autonomous county;;False;self-governing county;;True';
    const file = new VFile({ path: 'terms.csv', value: [head, row].join('\r\n') });
    const terms = readTerms(file, 'csv', { withoutForbidden: true });
    expect(terms).toMatchObject([{ zh: '自治县', en: 'autonomous county', variants: [] }]);
    expect(said(file).filter((m) => m[0] === 'import-deprecated')).toEqual([['import-deprecated', 2, false]]);
    expect(file.messages.find((m) => m.ruleId === 'import-deprecated')!.reason).toContain('Left out term “self-governing county”');
  });

  it('TBX: a deprecated English term left out, said at its line; the preferred term imported', () => {
    const tbx = `<?xml version="1.0"?><martif type="TBX"><text><body>
<termEntry id="a"><langSet xml:lang="zh"><tig><term>自治县</term></tig></langSet><langSet xml:lang="en"><tig><term>autonomous county</term></tig>
<tig><term>self-governing county</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>
</body></text></martif>`;
    const file = new VFile({ path: 'terms.tbx', value: tbx });
    const terms = readTerms(file, 'tbx', { withoutForbidden: true });
    expect(terms).toMatchObject([{ zh: '自治县', en: 'autonomous county', variants: [] }]);
    expect(said(file)).toEqual([['import-deprecated', 3, false]]);
  });

  it('without the option the forbidden term still refuses the import, and the error names the option', () => {
    const row = '1;;;自治县;;False;;autonomous county;;False;self-governing county;;True';
    const { terms, file } = read([head, row].join('\r\n'));
    expect(terms).toEqual([]);
    expect(file.messages.find((m) => m.fatal)!.reason).toContain('import with --without-forbidden to leave it out');
  });
});

/**
 * (New user round 41) memoQ's term base as an Excel workbook: memoQ exports and imports .xlsx beside CSV, the same
 * columns (a header row of field names, an entry a row). `glossary import` read no .xlsx ("Unexpected file type");
 * now its first sheet is read by read-excel-file and its rows go through the CSV's reader (import-xlsx.ts, import.ts
 * readSheetTerms): the same forbidden terms refused, the same Entry_Note source, the rows' numbers the messages' lines.
 */
describe('glossary import: memoQ’s term base as an Excel workbook (.xlsx)', () => {
  let dir = '';
  let errors: string[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dz-glossary-xlsx-'));
    errors = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });
  type Cell = string | number | boolean | null;
  const cells = (rows: Cell[][]) => rows.map((row) => row.map((value) => (value === null ? null : { value })));
  /** A workbook written by a spreadsheet library (write-excel-file), as a user's memoQ export would be saved. */
  const workbook = async (name: string, ...sheets: { sheet: string; rows: Cell[][] }[]) => {
    const file = path.join(dir, name);
    const data = sheets.length === 1 ? writeExcelFile(cells(sheets[0].rows), { sheet: sheets[0].sheet }) : writeExcelFile(sheets.map((s) => ({ data: cells(s.rows), sheet: s.sheet })));
    await writeFile(file, await data.toBuffer());
    return file;
  };
  const memoqHead: Cell[] = ['Entry_ID', 'Entry_Subject', 'Entry_Note', 'Chinese_PRC_Def', 'Chinese_PRC', 'Term_Info', 'Forbidden', 'English_United_States_Def', 'English_United_States', 'Term_Info', 'Forbidden', 'English_United_States', 'Term_Info', 'Forbidden'];

  it('memoQ’s columns in a sheet: entries imported with their notes and sources (was: “Unexpected file type .xlsx”, exit 2)', async () => {
    const xlsx = await workbook('aba-terms.xlsx', { sheet: 'Aba', rows: [
      memoqHead,
      [1, null, 'Source: https://www.stats.gov.cn/english/', null, '常住人口', null, false, 'People who usually live in the area.', 'resident population', null, false, null, null, null],
      [2, null, null, null, '阿坝州', null, false, null, 'Aba Prefecture', null, false, 'Aba Tibetan and Qiang Autonomous Prefecture', null, false],
    ] });
    const yaml = path.join(dir, 'glossary.yaml');
    expect(await runGlossaryImport(xlsx, { glossary: yaml }), errors.join('\n')).toBe(0);
    const entries = parseGlossary(await readFile(yaml, 'utf8'), yaml).glossary.entries;
    expect(entries).toMatchObject([
      { zh: '常住人口', en: 'resident population', note_en: 'People who usually live in the area.', source: 'https://www.stats.gov.cn/english/' },
      { zh: '阿坝州', en: 'Aba Prefecture', variants: ['Aba Tibetan and Qiang Autonomous Prefecture'] },
    ]);
  });

  it('a term flagged forbidden in the sheet (a checkbox cell, TRUE) refuses the import at its row; --without-forbidden leaves it out, said', async () => {
    const rows: Cell[][] = [
      memoqHead,
      [1, null, null, null, '常住人口', null, false, null, 'resident population', null, false, 'permanent population', null, true],
    ];
    const xlsx = await workbook('forbidden.xlsx', { sheet: 'Sheet1', rows });
    const yaml = path.join(dir, 'glossary.yaml');
    expect(await runGlossaryImport(xlsx, { glossary: yaml })).toBe(1);
    const told = errors.join('\n');
    expect(told).toMatch(/forbidden\.xlsx[\s\S]*2:1\s+error\s+Unexpected term “permanent population”, which its term base marks forbidden \(“Forbidden”, column N;/u);
    errors = [];
    expect(await runGlossaryImport(xlsx, { glossary: yaml, withoutForbidden: true })).toBe(0);
    expect(errors.join('\n')).toContain('Left out term “permanent population”');
    expect(parseGlossary(await readFile(yaml, 'utf8'), yaml).glossary.entries).toMatchObject([{ zh: '常住人口', en: 'resident population', variants: [] }]);
  });

  it('a second sheet holding rows refuses the import, named (no sheet left unread unsaid)', async () => {
    const xlsx = await workbook('two.xlsx',
      { sheet: 'Terms', rows: [['Chinese_PRC', 'English'], ['常住人口', 'resident population']] },
      { sheet: 'More', rows: [['Chinese_PRC', 'English'], ['普查', 'census']] });
    const yaml = path.join(dir, 'glossary.yaml');
    expect(await runGlossaryImport(xlsx, { glossary: yaml })).toBe(1);
    expect(errors.join('\n')).toContain('Unexpected second sheet “More” holding 2 row(s)');
  });

  it('a file named .xlsx that is no workbook is refused with what to do; an old .xls is told to be saved as .xlsx', async () => {
    const fake = path.join(dir, 'terms.xlsx');
    await writeFile(fake, 'Chinese_PRC;English\n常住人口;resident population\n');
    expect(await runGlossaryImport(fake, { glossary: path.join(dir, 'glossary.yaml') })).toBe(1);
    expect(errors.join('\n')).toContain('not read as an Excel workbook');
    errors = [];
    const old = path.join(dir, 'terms.xls');
    await writeFile(old, 'x');
    expect(await runGlossaryImport(old, { glossary: path.join(dir, 'glossary.yaml') })).toBe(2);
    expect(errors.join('\n')).toContain('save the sheet as an Excel workbook (.xlsx) or CSV');
  });

  it('guard: the same rows as a CSV still import as before', async () => {
    const csv = path.join(dir, 'terms.csv');
    await writeFile(csv, '\uFEFFChinese_PRC;English\r\n常住人口;resident population\r\n');
    const yaml = path.join(dir, 'glossary.yaml');
    expect(await runGlossaryImport(csv, { glossary: yaml })).toBe(0);
    expect(parseGlossary(await readFile(yaml, 'utf8'), yaml).glossary.entries).toMatchObject([{ zh: '常住人口', en: 'resident population' }]);
  });
});
