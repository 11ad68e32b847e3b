/**
 * New user, round 39 (test/fixtures/newuser-round39): terms kept as translate-toolkit keeps them — a CSV in its own
 * layout (csvl10n: `location`, `source`, `target`, `comment`), made a TBX by its `csv2tbx` for a Pootle or Virtaal user —
 * brought back with `duizhao glossary import` (pipeline/glossary/import.ts).
 * Was: csv2tbx's TBX refused (it tags the CSV's source `en` and its target `xx` and has no option to name them, so no
 * langSet is Chinese), with advice no csv2tbx option can follow; translate-toolkit's CSV header refused as unknown.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../pipeline/glossary/index.ts';
import { mergeTerms, readTerms } from '../pipeline/glossary/import.ts';

/** What translate-toolkit 3.8.4's csv2tbx wrote for a CSV of two terms (its layout, byte for byte but the terms). */
const csv2tbx = (entries: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">
<martif type="TBX" xml:lang="en">
    <martifHeader>
        <fileDesc>
            <sourceDesc>
                <p>Translate Toolkit</p>
            </sourceDesc>
        </fileDesc>
    </martifHeader>
    <text>
        <body>
${entries}
        </body>
    </text>
</martif>`;
const entry = (zh: string, en: string, zhLang = 'en', enLang = 'xx') => `            <termEntry id="${zh}">
                <langSet xml:lang="${zhLang}"><tig><term>${zh}</term></tig></langSet>
                <langSet xml:lang="${enLang}"><tig><term>${en}</term></tig></langSet>
            </termEntry>`;

const read = (value: string, path: string) => {
  const file = new VFile({ path, value });
  const terms = readTerms(file, path.endsWith('.csv') ? 'csv' : 'tbx');
  return { terms, file, messages: file.messages.map((m) => `${m.fatal ? 'error' : 'info'} ${m.line}:${m.column} ${m.ruleId}`) };
};

describe('glossary import: translate-toolkit’s csv2tbx TBX (the Chinese tagged en, the English xx)', () => {
  it('was refused: each termEntry read by its terms’ script, said once with where', () => {
    const { terms, file, messages } = read(csv2tbx([entry('监察司法委员会', 'Supervisory and Judicial Affairs Committee'), entry('三资', 'collective funds, assets and resources')].join('\n')), 'terms.tbx');
    expect(messages).toEqual(['info 13:13 import-language-script']);
    expect(file.messages[0].reason).toContain('in 2 termEntries');
    expect(file.messages[0].reason).toContain('the langSet tagged en holds Chinese and is read as zh, the one tagged xx English');
    expect(terms.map(({ zh, en, id }) => ({ zh, en, id }))).toEqual([
      { zh: '监察司法委员会', en: 'Supervisory and Judicial Affairs Committee', id: '监察司法委员会' },
      { zh: '三资', en: 'collective funds, assets and resources', id: '三资' },
    ]);
  });

  it('was refused: merged into a glossary, each new entry takes an id from its reading (csv2tbx’s id is the Chinese)', () => {
    const { terms, file } = read(csv2tbx(entry('三资', 'collective funds, assets and resources')), 'terms.tbx');
    const { added } = mergeTerms(parseGlossary('', 'g.yaml').glossary, terms, file, 'g.yaml');
    expect(added.map((e) => [e.id, e.zh, e.en])).toEqual([['san-zi', '三资', 'collective funds, assets and resources']]);
    expect(file.messages.filter((m) => m.fatal)).toEqual([]);
  });

  it('was refused: the English under the first langSet and the Chinese under the second, tags neither zh: read by script too', () => {
    const { terms, messages } = read(csv2tbx(entry('business environment', '营商环境', 'en', 'xx')), 'terms.tbx');
    expect(messages).toEqual(['info 13:13 import-language-script']);
    expect(terms.map(({ zh, en }) => [zh, en])).toEqual([['营商环境', 'business environment']]);
  });

  it('guard: a term base with its languages named says nothing of script', () => {
    const { terms, messages } = read(csv2tbx(entry('营商环境', 'business environment', 'zh-CN', 'en-US')), 'terms.tbx');
    expect(messages).toEqual([]);
    expect(terms.map(({ zh, en }) => [zh, en])).toEqual([['营商环境', 'business environment']]);
  });

  it('guard: a langSet of mixed script (a Han term with Latin letters in it) is no sure Chinese: refused as before', () => {
    const { terms, messages } = read(csv2tbx(entry('5G基站', '5G base stations')), 'terms.tbx');
    expect(terms).toEqual([]);
    expect(messages).toEqual(['error 13:13 import-incomplete', 'info 1:1 import-language']);
  });

  it('guard: three langSets, none Chinese-tagged, are refused as before (which is English is not sure)', () => {
    const three = `            <termEntry id="x">
                <langSet xml:lang="en"><tig><term>营商环境</term></tig></langSet>
                <langSet xml:lang="xx"><tig><term>business environment</term></tig></langSet>
                <langSet xml:lang="fr"><tig><term>climat des affaires</term></tig></langSet>
            </termEntry>`;
    const { terms, messages } = read(csv2tbx(three), 'terms.tbx');
    expect(terms).toEqual([]);
    expect(messages[0]).toBe('error 13:13 import-incomplete');
  });
});

describe('glossary import: translate-toolkit’s CSV layout (location, source, target, comment)', () => {
  it('was refused as an unknown header: source is the Chinese, target the English, the comment the note with its Source:, location said', () => {
    const csv = '"location","source","target","comment"\n"p-39de7c","监察工作联络站","supervision liaison station","A village\'s or community\'s contact point. Source: https://example.org/a"\n';
    const { terms, messages } = read(csv, 'terms.csv');
    expect(messages).toEqual(['info 1:1 import-bookkeeping']);
    expect(terms).toMatchObject([{ zh: '监察工作联络站', en: 'supervision liaison station', note_en: "A village's or community's contact point.", source: 'https://example.org/a', place: { line: 2, column: 1 } }]);
  });

  it('was refused: the two columns csv2tbx needs, source and target, alone', () => {
    const { terms, messages } = read('source,target\n三资,"collective funds, assets and resources"\n', 'terms.csv');
    expect(messages).toEqual([]);
    expect(terms.map(({ zh, en }) => [zh, en])).toEqual([['三资', 'collective funds, assets and resources']]);
  });

  it('guard: the export’s own header, whose `source` is the entry’s source, reads as before', () => {
    const { terms, messages } = read('zh,en,source\n三资,"collective funds, assets and resources",https://example.org/b\n', 'terms.csv');
    expect(messages).toEqual([]);
    expect(terms).toMatchObject([{ zh: '三资', en: 'collective funds, assets and resources', source: 'https://example.org/b' }]);
  });

  it('was refused at its header: a value in a column the layout has no field for is refused at its row, never dropped', () => {
    const { terms, messages } = read('source,target,domain\n三资,"collective funds, assets and resources",rural affairs\n', 'terms.csv');
    expect(terms).toEqual([]);
    expect(messages).toEqual(['error 2:1 import-column']);
  });
});
