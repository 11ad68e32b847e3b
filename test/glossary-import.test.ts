/**
 * `duizhao glossary import`: a CAT tool's terms (TBX, CSV, OmegaT's glossary.txt) brought into glossary.yaml — new
 * terms appended, all or nothing (pipeline/glossary/import.ts, pipeline/cli/glossary.ts runGlossaryImport).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { VFile } from 'vfile';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportCsv, exportTbx, parseGlossary, type GlossaryEntry } from '../pipeline/glossary/index.ts';
import { appendEntries, mergeTerms, readTerms, termFileFormat } from '../pipeline/glossary/import.ts';
import { runGlossaryImport } from '../pipeline/cli/glossary.ts';

const glossaryPath = path.join(import.meta.dirname, '../content/glossary.yaml');
const glossaryText = readFileSync(glossaryPath, 'utf8');
const { glossary } = parseGlossary(glossaryText, 'content/glossary.yaml');

/** The term base read from `text` merged into an empty glossary and read back as entries. */
function importIntoEmpty(text: string, name: string): { entries: GlossaryEntry[]; file: VFile } {
  const file = new VFile({ path: name, value: text });
  const terms = readTerms(file, termFileFormat(name)!);
  const empty = parseGlossary('', 'new.yaml').glossary;
  const { added } = mergeTerms(empty, terms, file, 'new.yaml');
  return { entries: parseGlossary(appendEntries('', added), 'new.yaml').glossary.entries, file };
}

/** An entry as the exports carry it (they carry no `exclude`; the CSV no alias pinyin). */
const carried = (entry: GlossaryEntry, csv = false) => {
  const { exclude: _exclude, alias_pinyin, ...rest } = entry;
  return { ...rest, ...(!csv && alias_pinyin ? { alias_pinyin } : {}) };
};

describe('glossary import: the exports read back whole', () => {
  it('the TBX export of the project’s term base, imported into an empty glossary, gives every entry back', () => {
    const { entries, file } = importIntoEmpty(exportTbx(glossary), 'terms.tbx');
    expect(file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(entries).toHaveLength(glossary.entries.length);
    expect(entries.map((e) => carried(e))).toEqual(glossary.entries.map((e) => carried(e)));
  });

  it('the CSV export likewise (its columns by name)', () => {
    const { entries, file } = importIntoEmpty(exportCsv(glossary), 'terms.csv');
    expect(file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(entries.map((e) => carried(e, true))).toEqual(glossary.entries.map((e) => carried(e, true)));
  });

  it('imported into the glossary it came from: nothing new, nothing in conflict', () => {
    const file = new VFile({ path: 'terms.tbx', value: exportTbx(glossary) });
    const merged = mergeTerms(glossary, readTerms(file, 'tbx'), file, 'content/glossary.yaml');
    expect(file.messages).toEqual([]);
    expect(merged).toEqual({ added: [], unchanged: glossary.entries.length });
  });
});

describe('glossary import: OmegaT’s glossary.txt', () => {
  const omegat = [
    '# Glossary of the project (OmegaT writes a line per term the translator adds)',
    '营商环境\tbusiness environment',
    '新型工业化\tnew industrialization\tThe Party’s term since its 20th Congress (2022).',
    '',
  ].join('\n');

  it('a new term becomes an entry, its comment the English note; a term the glossary holds alike is already there', () => {
    const file = new VFile({ path: 'glossary.txt', value: omegat });
    const merged = mergeTerms(glossary, readTerms(file, 'omegat'), file, 'content/glossary.yaml');
    // (new user round 38) the file gives no pinyin: pinyin-pro's reading, told at the term's line to be checked
    expect(file.messages.map((m) => [m.line, m.ruleId, m.fatal])).toEqual([[3, 'import-pinyin', undefined]]);
    expect(merged.unchanged).toBe(1);
    expect(merged.added).toEqual([{ id: 'xin-xing-gong-ye-hua', zh: '新型工业化', en: 'new industrialization', variants: [], aliases: [], note_en: 'The Party’s term since its 20th Congress (2022).', pinyin: 'xīn xíng gōng yè huà' }]);
    const updated = appendEntries(glossaryText, merged.added);
    // The file's own text (its comments, its layout) is kept as it was, the entry after it.
    expect(updated.startsWith(glossaryText.trimEnd())).toBe(true);
    const reread = parseGlossary(updated, 'content/glossary.yaml');
    expect(reread.file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(reread.glossary.entries.at(-1)).toMatchObject({ id: 'xin-xing-gong-ye-hua', zh: '新型工业化', en: 'new industrialization' });
  });

  it('another English for a term the glossary holds is a conflict at its line, naming what the glossary says', () => {
    const file = new VFile({ path: 'glossary.txt', value: '营商环境\tbusiness conditions\n' });
    const merged = mergeTerms(glossary, readTerms(file, 'omegat'), file, 'content/glossary.yaml');
    const [message] = file.messages;
    expect(message.fatal).toBe(true);
    expect(message.ruleId).toBe('import-conflict');
    expect([message.line, message.column]).toEqual([1, 1]);
    expect(message.reason).toContain('“business conditions”');
    expect(message.reason).toContain(`“${glossary.entries.find((e) => e.zh === '营商环境')!.en}”`);
    expect(message.reason).toMatch(/content\/glossary\.yaml:\d+ \(entry /u);
    expect(merged.added).toEqual([]);
  });

  it('the same term twice in the file, rendered two ways, is a conflict too (not the first one kept silently)', () => {
    const file = new VFile({ path: 'glossary.txt', value: '新型工业化\tnew industrialization\n新型工业化\tnew-type industrialization\n' });
    mergeTerms(glossary, readTerms(file, 'omegat'), file, 'content/glossary.yaml');
    expect(file.messages.filter((m) => m.fatal).map((m) => [m.line, m.ruleId])).toEqual([[2, 'import-conflict']]);
    expect(file.messages.find((m) => m.fatal)!.reason).toContain('an earlier term of this file');
  });

  it('a line with no target is refused at its line', () => {
    const file = new VFile({ path: 'glossary.txt', value: '营商环境\tbusiness environment\n新型工业化\n' });
    expect(readTerms(file, 'omegat')).toHaveLength(1);
    expect(file.messages.map((m) => [m.line, m.ruleId, m.fatal])).toEqual([[2, 'import-incomplete', true]]);
  });
});

describe('glossary import: TBX from other tools', () => {
  const tbx = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n${body}\n</body></text></martif>\n`;

  it('memoQ’s shape: zh-CN and en-GB langSets, ntig/termGrp, the preferred term after an admitted one', () => {
    const file = new VFile({
      path: 'memoq.tbx',
      value: tbx(`<termEntry id="_1"><langSet xml:lang="zh-CN"><ntig><termGrp><term>新质生产力</term></termGrp></ntig></langSet>
<langSet xml:lang="en-GB"><descrip type="definition">Xi Jinping's term of 2023.</descrip>
<tig><term>new productive forces</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
<tig><term>new quality productive forces</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet></termEntry>`),
    });
    const terms = readTerms(file, 'tbx');
    expect(file.messages).toEqual([]);
    expect(terms).toMatchObject([{ id: '_1', zh: '新质生产力', en: 'new quality productive forces', variants: ['new productive forces'], note_en: "Xi Jinping's term of 2023." }]);
    // `_1` is no glossary id (a letter first): one is made from the term's reading.
    const merged = mergeTerms(parseGlossary('', 'g.yaml').glossary, terms, file, 'g.yaml');
    expect(merged.added[0].id).toBe('xin-zhi-sheng-chan-li');
  });

  it('a termEntry with no Chinese langSet whose terms do not say it (en and xx, both Latin) is refused, naming the languages it found', () => {
    // (New user round 39) translate-toolkit's csv2tbx shape, the Chinese under `en`, is read by its script: test/glossary-import-newuser39.test.ts
    const file = new VFile({
      path: 'tt.tbx',
      value: tbx('<termEntry id="x"><langSet xml:lang="en"><tig><term>business environment</term></tig></langSet><langSet xml:lang="xx"><tig><term>environnement des affaires</term></tig></langSet></termEntry>'),
    });
    expect(readTerms(file, 'tbx')).toEqual([]);
    expect(file.messages[0]).toMatchObject({ fatal: true, ruleId: 'import-incomplete', line: 3 });
    expect(file.messages[0].reason).toContain('its langSets: en, xx');
  });
});

describe('glossary import: the command', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dz-glossary-import-'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the new entries; a conflict anywhere in the file writes nothing and exits 1', async () => {
    const yaml = path.join(dir, 'glossary.yaml');
    const before = '# my terms\n- id: ying-shang-huan-jing\n  zh: 营商环境\n  en: business environment\n';
    await writeFile(yaml, before);
    const good = path.join(dir, 'glossary.txt');
    await writeFile(good, '新型工业化\tnew industrialization\n营商环境\tbusiness environment\n');
    expect(await runGlossaryImport(good, { glossary: yaml, dryRun: true })).toBe(0);
    expect(await readFile(yaml, 'utf8')).toBe(before);
    expect(await runGlossaryImport(good, { glossary: yaml })).toBe(0);
    const after = await readFile(yaml, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(parseGlossary(after, yaml).glossary.entries.map((e) => e.zh)).toEqual(['营商环境', '新型工业化']);

    const bad = path.join(dir, 'bad.txt');
    await writeFile(bad, '新质生产力\tnew quality productive forces\n营商环境\tbusiness climate\n');
    expect(await runGlossaryImport(bad, { glossary: yaml })).toBe(1);
    expect(await readFile(yaml, 'utf8')).toBe(after);
  });

  it('a project with no glossary yet gets one; a file with no Chinese in any encoding, or of no known type, is refused', async () => {
    const yaml = path.join(dir, 'content', 'glossary.yaml');
    const csv = path.join(dir, 'terms.csv');
    await writeFile(csv, exportCsv({ entries: glossary.entries.slice(0, 3) }));
    await rm(path.dirname(yaml), { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(yaml)));
    expect(await runGlossaryImport(csv, { glossary: yaml })).toBe(0);
    expect(parseGlossary(await readFile(yaml, 'utf8'), yaml).glossary.entries.map((e) => e.id)).toEqual(glossary.entries.slice(0, 3).map((e) => e.id));

    const latin1 = path.join(dir, 'latin1.txt');
    await writeFile(latin1, Buffer.from('caf\xe9 cr\xe8me\tcream\n', 'latin1'));
    const kept = await readFile(yaml, 'utf8');
    expect(await runGlossaryImport(latin1, { glossary: yaml })).toBe(1);
    expect(vi.mocked(console.error).mock.calls.flat().join('\n')).toMatch(/latin1\.txt: not UTF-8, and no Chinese term in it/);
    expect(await runGlossaryImport(path.join(dir, 'terms.docx'), { glossary: yaml })).toBe(2);
    expect(await readFile(yaml, 'utf8')).toBe(kept);
  });

  it('OmegaT’s glossary.txt saved in GBK (a Chinese Windows’ code page) or Big5 is read, and the encoding said', async () => {
    const yaml = path.join(dir, 'glossary.yaml');
    await writeFile(yaml, '- id: ying-shang-huan-jing\n  zh: 营商环境\n  en: business environment\n');
    const gbk = path.join(dir, 'glossary.txt');
    await writeFile(gbk, iconv.encode('营商环境\tbusiness environment\n新质生产力\tnew quality productive forces\t习近平2023年提出\n', 'gbk'));
    expect(await runGlossaryImport(gbk, { glossary: yaml })).toBe(0);
    expect(vi.mocked(console.error).mock.calls.flat().join('\n')).toContain('glossary.txt: read as GB18030');
    const entries = parseGlossary(await readFile(yaml, 'utf8'), yaml).glossary.entries;
    expect(entries.map((e) => [e.zh, e.en])).toEqual([['营商环境', 'business environment'], ['新质生产力', 'new quality productive forces']]);
    expect(entries[1].note_en).toBe('习近平2023年提出');

    const big5 = path.join(dir, 'tw.txt');
    await writeFile(big5, iconv.encode('數位經濟\tdigital economy\n', 'big5'));
    expect(await runGlossaryImport(big5, { glossary: yaml })).toBe(0);
    expect(vi.mocked(console.error).mock.calls.flat().join('\n')).toContain('tw.txt: read as BIG5');
    expect(parseGlossary(await readFile(yaml, 'utf8'), yaml).glossary.entries.map((e) => e.zh)).toContain('數位經濟');
  });

  it('a CSV whose column has words the glossary has no field for writes nothing and says the column and line', async () => {
    const yaml = path.join(dir, 'glossary.yaml');
    const before = '- id: ying-shang-huan-jing\n  zh: 营商环境\n  en: business environment\n';
    await writeFile(yaml, before);
    const csv = path.join(dir, 'memoq.csv');
    await writeFile(csv, 'Entry_ID;Entry_Domain;Chinese_PRC;English_United_Kingdom\n1;;新质生产力;new quality productive forces\n2;Economy;数字经济;digital economy\n');
    expect(await runGlossaryImport(csv, { glossary: yaml })).toBe(1);
    const said = vi.mocked(console.error).mock.calls.flat().join('\n');
    expect(said).toContain("memoq.csv");
    expect(said).toMatch(/3:1 +error +Unexpected value in a column.*“Entry_Domain”: “Economy”/);
    expect(await readFile(yaml, 'utf8')).toBe(before);
  });
});

describe('glossary import: other tools’ CSV', () => {
  const read = (text: string, name = 'terms.csv') => {
    const file = new VFile({ path: name, value: text });
    return { terms: readTerms(file, 'csv'), file };
  };

  it('memoQ’s export: semicolons, its bookkeeping columns read past and said, a language’s column again for each further term, _Def its definition', () => {
    const header = 'Entry_ID;Entry_Subject;Entry_Domain;Entry_ClientID;Entry_ProjectID;Entry_Created;Entry_Creator;Entry_LastModified;Entry_Modifier;Entry_Note;Chinese_PRC_Def;Chinese_PRC;Term_Info;Term_Example;English_United_Kingdom_Def;English_United_Kingdom;Term_Info;Term_Example;English_United_Kingdom;Term_Info;Term_Example';
    const row1 = '17;;;;;11/30/2026 9:12:03 AM;lin;11/30/2026 9:12:03 AM;lin;;习近平2023年提出的概念。;新质生产力;1;;"Productive forces driven by innovation; a term of 2023.";new quality productive forces;1;;new productive forces;1;';
    const row2 = '18;;;;;11/30/2026 9:14:41 AM;lin;11/30/2026 9:14:41 AM;lin;A service reform of the State Council.;;放管服;1;;;streamlining administration, delegating power, strengthening regulation and improving services;1;;;;';
    const { terms, file } = read([header, row1, row2].join('\r\n'));
    expect(file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(terms).toMatchObject([
      { place: { line: 2 }, zh: '新质生产力', en: 'new quality productive forces', variants: ['new productive forces'], note_zh: '习近平2023年提出的概念。', note_en: 'Productive forces driven by innovation; a term of 2023.' },
      { place: { line: 3 }, zh: '放管服', en: 'streamlining administration, delegating power, strengthening regulation and improving services', variants: [], note_en: 'A service reform of the State Council.' },
    ]);
    // Entry_ID (memoQ's number) is bookkeeping, no glossary id: the merge makes one from the reading.
    expect(terms[0].id).toBeUndefined();
    expect(mergeTerms(parseGlossary('', 'g.yaml').glossary, terms, file, 'g.yaml').added[0].id).toBe('xin-zhi-sheng-chan-li');
    const said = file.messages.map((m) => m.reason).join('\n');
    for (const column of ['Entry_ID', 'Entry_Created', 'Entry_Creator', 'Entry_LastModified', 'Entry_Modifier', 'Term_Info']) expect(said).toContain(`Not read: ${column} in`);
  });

  it('a term example (words the glossary has no field for) is refused at its row, not dropped', () => {
    const { terms, file } = read('Chinese (PRC)\tTerm_Example\tEnglish (United States)\n营商环境\t优化营商环境\tbusiness environment\n');
    expect(terms).toEqual([]);
    expect(file.messages.map((m) => [m.line, m.ruleId, m.fatal])).toEqual([[2, 'import-column', true]]);
    expect(file.messages[0].reason).toContain('“Term_Example”: “优化营商环境”');
  });

  it('columns named by language code, tab-separated, a traditional column beside the simplified one: its other forms become aliases', () => {
    const { terms, file } = read('zh-CN\tzh-TW\ten-US\n数字经济\t數字經濟\tdigital economy\n数字经济\t數位經濟\tdigital economy\n');
    expect(file.messages).toEqual([]);
    expect(terms.map((t) => [t.zh, t.aliases])).toEqual([['数字经济', []], ['数字经济', ['數位經濟']]]);
  });

  it('no header, Chinese first (OmegaT’s glossary.csv): source, target, comment, quoted as RFC 4180 quotes', () => {
    const { terms, file } = read('营商环境,business environment\n新质生产力,new quality productive forces,"Xi Jinping, 2023"\n数字经济,digital economy,"A term of the 14th plan; Source: https://www.gov.cn/"\n');
    expect(file.messages).toEqual([]);
    expect(terms).toMatchObject([
      { place: { line: 1 }, zh: '营商环境', en: 'business environment' },
      { place: { line: 2 }, zh: '新质生产力', en: 'new quality productive forces', note_en: 'Xi Jinping, 2023' },
      // its comment is OmegaT's one comment field, as in glossary.txt: a last "Source:" part is the source
      { place: { line: 3 }, zh: '数字经济', en: 'digital economy', note_en: 'A term of the 14th plan', source: 'https://www.gov.cn/' },
    ]);
  });

  it('a header naming no Chinese or no English column is refused, saying the shapes read', () => {
    const { terms, file } = read('term,translation\n营商环境,business environment\n');
    expect(terms).toEqual([]);
    expect(file.messages[0]).toMatchObject({ fatal: true, ruleId: 'import-header', line: 1 });
    expect(file.messages[0].reason).toContain('columns named by language');
  });
});

describe('glossary import: TBX with traditional and other languages', () => {
  const tbx = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n${body}\n</body></text></martif>\n`;

  it('the simplified langSet is the term even after a zh-TW one; a traditional form written otherwise is an alias; a third language is said', () => {
    const file = new VFile({
      path: 'memoq.tbx',
      value: tbx(`<termEntry id="e1"><langSet xml:lang="zh-TW"><tig><term>數位經濟</term></tig><tig><term>數字經濟</term></tig></langSet>
<langSet xml:lang="zh-CN"><tig><term>数字经济</term></tig></langSet>
<langSet xml:lang="en-US"><tig><term>digital economy</term></tig></langSet>
<langSet xml:lang="de"><tig><term>digitale Wirtschaft</term></tig></langSet></termEntry>`),
    });
    const terms = readTerms(file, 'tbx');
    expect(terms).toMatchObject([{ zh: '数字经济', aliases: ['數位經濟'], en: 'digital economy' }]);
    expect(file.messages.map((m) => [m.ruleId, Boolean(m.fatal)])).toEqual([['import-language', false]]);
    expect(file.messages[0].reason).toContain('the langSet de of 1 termEntry');
  });

  it('a term base in traditional characters only gives its terms as they are', () => {
    const file = new VFile({ path: 'tw.tbx', value: tbx('<termEntry><langSet xml:lang="zh-TW"><tig><term>營商環境</term></tig></langSet><langSet xml:lang="en"><tig><term>business environment</term></tig></langSet></termEntry>') });
    expect(readTerms(file, 'tbx')).toMatchObject([{ zh: '營商環境', aliases: [], en: 'business environment' }]);
    expect(file.messages).toEqual([]);
  });
});

describe('glossary import: TBX with two English langSets, several definitions, and terms ruled out (stop 59)', () => {
  const tbx = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n${body}\n</body></text></martif>\n`;

  it('a second English langSet’s terms are variants and its definition is kept (was: the langSet skipped unsaid)', () => {
    const file = new VFile({
      path: 'memoq.tbx',
      value: tbx(`<termEntry><langSet xml:lang="zh-CN"><tig><term>营商环境</term></tig></langSet>
<langSet xml:lang="en-US"><descrip type="definition">The conditions firms work in.</descrip><tig><term>business environment</term></tig></langSet>
<langSet xml:lang="en-GB"><descripGrp><descrip type="definition">Includes red tape.</descrip><admin type="source">https://english.www.gov.cn/</admin></descripGrp><tig><term>business climate</term></tig><tig><term>Business Environment</term></tig></langSet></termEntry>`),
    });
    expect(readTerms(file, 'tbx')).toMatchObject([
      { zh: '营商环境', en: 'business environment', variants: ['business climate'], note_en: 'The conditions firms work in.\n\nIncludes red tape.', source: 'https://english.www.gov.cn/' },
    ]);
    expect(file.messages).toEqual([]);
  });

  it('another Chinese langSet’s definition is kept unless it is the main one in the other characters', () => {
    const file = new VFile({
      path: 'tw.tbx',
      value: tbx(`<termEntry><langSet xml:lang="zh-TW"><descrip type="definition">優化營商環境。</descrip><descrip type="definition">臺灣的說法。</descrip><tig><term>營商環境</term></tig></langSet>
<langSet xml:lang="zh-CN"><descrip type="definition">优化营商环境。</descrip><tig><term>营商环境</term></tig></langSet>
<langSet xml:lang="en"><tig><term>business environment</term></tig></langSet></termEntry>`),
    });
    expect(readTerms(file, 'tbx')).toMatchObject([{ zh: '营商环境', note_zh: '优化营商环境。\n\n臺灣的說法。' }]);
  });

  it('two definitions in one langSet are both kept, once each', () => {
    const file = new VFile({
      path: 'two.tbx',
      value: tbx(`<termEntry><langSet xml:lang="zh"><tig><term>数字经济</term></tig></langSet><langSet xml:lang="en"><descrip type="definition">One.</descrip><descrip type="definition">Two.</descrip><descrip type="definition">One.</descrip><tig><term>digital economy</term></tig></langSet></termEntry>`),
    });
    expect(readTerms(file, 'tbx')).toMatchObject([{ note_en: 'One.\n\nTwo.' }]);
  });

  it('a term marked deprecated or superseded is refused at its line, Chinese or English, and nothing of its entry is read', () => {
    const file = new VFile({
      path: 'forbidden.tbx',
      value: tbx(`<termEntry id="a"><langSet xml:lang="zh-CN"><tig><term>放管服</term></tig></langSet>
<langSet xml:lang="en"><tig><term>streamlining administration</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>decentralization reform</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>
<termEntry id="b"><langSet xml:lang="zh-CN"><tig><term>营商环境</term></tig><tig><term>经商环境</term><termNote type="normativeAuthorization">supersededTerm</termNote></tig></langSet>
<langSet xml:lang="en"><tig><term>business environment</term></tig></langSet></termEntry>
<termEntry id="c"><langSet xml:lang="zh-CN"><tig><term>数字经济</term></tig></langSet><langSet xml:lang="en"><tig><term>digital economy</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig></langSet></termEntry>`),
    });
    const terms = readTerms(file, 'tbx');
    expect(terms.map((t) => t.zh)).toEqual(['数字经济']);
    expect(file.messages.map((m) => [m.ruleId, m.line, Boolean(m.fatal)])).toEqual([
      ['import-deprecated', 5, true],
      ['import-deprecated', 6, true],
    ]);
    expect(file.messages[0].reason).toContain('“decentralization reform”, which its term base marks deprecated');
    expect(file.messages[0].reason).toContain('accepted variant');
    expect(file.messages[1].reason).toContain('“经商环境”, which its term base marks superseded');
    expect(file.messages[1].reason).toContain('accepted alias');
  });

  it('read by script (langSets tagged en and xx, as csv2tbx writes): a Chinese term marked deprecated is refused too', () => {
    const file = new VFile({
      path: 'csv2tbx.tbx',
      value: tbx(`<termEntry><langSet xml:lang="en"><tig><term>营商环境</term></tig><tig><term>经商环境</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
<langSet xml:lang="xx"><tig><term>business environment</term></tig></langSet></termEntry>`),
    });
    expect(readTerms(file, 'tbx')).toEqual([]);
    expect(file.messages.filter((m) => m.fatal).map((m) => [m.ruleId, m.line])).toEqual([['import-deprecated', 3]]);
  });
});
