import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { csvColumns, exportCsv, exportTbx, parseCsv, parseGlossary, type GlossaryEntry } from '../pipeline/glossary/index.ts';
import { nationalLabel, nationalNote, traditionalForms } from '../pipeline/glossary/export-tbx.ts';
import { runGlossary } from '../pipeline/cli/glossary.ts';

const glossaryPath = path.join(import.meta.dirname, '../content/glossary.yaml');
const { glossary } = parseGlossary(readFileSync(glossaryPath, 'utf8'), 'content/glossary.yaml');

// Awkward content on purpose: XML and CSV special characters, quotes, a note_zh.
const tricky: GlossaryEntry = {
  id: 'tricky',
  zh: '服务管家+服务包',
  pinyin: 'fú wù guǎn jiā + fú wù bāo',
  en: '"service steward + service package" <mechanism> & co',
  variants: ['steward, package', 'a "quoted", form'],
  note_en: 'Line one, with "quotes";\nline two & <tags>.',
  note_zh: '重点企业配备“服务管家”。',
  note_en_national: 'In a national report: <every> "level" & more.',
  note_zh_national: '全国性报告中的注释。',
  source: "translator's rendering",
  aliases: ['服务管家＋服务包'],
};

const children = (node: Element | Root, name: string): Element[] =>
  (node.children as Array<Element | { type: string }>).filter((c): c is Element => c.type === 'element' && (c as Element).name === name);
const text = (node: Element): string => node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');

const unlabel = (text: string, label: string): string => {
  expect(text.startsWith(label), text).toBe(true);
  return text.slice(label.length);
};

/** Read a TBX-Basic (martif) document back into glossary entries. */
function readTbx(xml: string): GlossaryEntry[] {
  const martif = children(fromXml(xml), 'martif')[0];
  expect(martif.attributes).toMatchObject({ type: 'TBX-Basic' });
  const body = children(children(martif, 'text')[0], 'body')[0];
  return children(body, 'termEntry').map((entry) => {
    const [zh, en] = children(entry, 'langSet');
    expect([zh.attributes['xml:lang'], en.attributes['xml:lang']]).toEqual(['zh-Hans', 'en']);
    const terms = (langSet: Element) =>
      children(langSet, 'tig').map((tig) => ({
        term: text(children(tig, 'term')[0]),
        status: children(tig, 'termNote').find((n) => n.attributes.type === 'administrativeStatus')!.children.map((c) => (c.type === 'text' ? c.value : '')).join(''),
        note: children(tig, 'note').map(text)[0],
      }));
    // the definition, or (national) the one a `note` marks as a national report's
    const definition = (langSet: Element, national = false) => {
      const group = children(langSet, 'descripGrp').find((g) => children(g, 'note').some((n) => text(n) === nationalNote) === national);
      return group ? { text: text(children(group, 'descrip')[0]), source: children(group, 'admin').map(text)[0] } : undefined;
    };
    const zhTerms = terms(zh);
    const enTerms = terms(en);
    expect(zhTerms[0].status).toBe('preferredTerm-admn-sts');
    expect(enTerms[0].status).toBe('preferredTerm-admn-sts');
    expect([...zhTerms.slice(1), ...enTerms.slice(1)].every((t) => t.status === 'admittedTerm-admn-sts')).toBe(true);
    const enDefinition = definition(en);
    return {
      id: String(entry.attributes.id),
      zh: zhTerms[0].term,
      pinyin: (zhTerms[0].note ?? '').replace(/^Pinyin: /, ''),
      en: enTerms[0].term,
      variants: enTerms.slice(1).map((t) => t.term),
      note_en: enDefinition?.text ?? '',
      ...(definition(zh) ? { note_zh: definition(zh)!.text } : {}),
      // (a national definition opens with its label: the marker the tools show, test/glossary-export-tools.test.ts)
      ...(definition(en, true) ? { note_en_national: unlabel(definition(en, true)!.text, nationalLabel.en) } : {}),
      ...(definition(zh, true) ? { note_zh_national: unlabel(definition(zh, true)!.text, nationalLabel.zh) } : {}),
      source: enDefinition?.source ?? '',
      aliases: zhTerms.slice(1).map((t) => t.term),
      ...(zhTerms.slice(1).some((t) => t.note) ? { alias_pinyin: Object.fromEntries(zhTerms.slice(1).filter((t) => t.note).map((t) => [t.term, t.note!.replace(/^Pinyin: /, '')])) } : {}),
    };
  });
}

// `exclude` is matching configuration, not terminology: it is not exported.
const normalized = (entries: GlossaryEntry[]) =>
  entries.map((e) => ({ ...e, exclude: undefined, ...(e.note_zh ? {} : { note_zh: undefined }) })).map((e) => JSON.parse(JSON.stringify(e)));

describe('TBX export', () => {
  it('round-trips the real glossary through an XML parser', () => {
    const xml = exportTbx(glossary);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">')).toBe(true);
    expect(normalized(readTbx(xml))).toEqual(normalized(glossary.entries));
  });

  it('follows the TBX-Basic core structure: element order, valid and unique entry ids', () => {
    const martif = children(fromXml(exportTbx(glossary)), 'martif')[0];
    expect(martif.children.filter((c) => c.type === 'element').map((c) => (c as Element).name)).toEqual(['martifHeader', 'text']);
    const names = (node: Element) => (node.children as Array<{ type: string }>).filter((c) => c.type === 'element').map((c) => (c as Element).name);
    const entries = children(children(children(martif, 'text')[0], 'body')[0], 'termEntry');
    const ids = entries.map((e) => String(e.attributes.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][\w.-]*$/); // XML NCName (type ID in the DTD)
    for (const entry of entries) {
      // (new user round 37) and a zh-Hant langSet, last, only where the term or an alias is written otherwise in traditional characters
      expect(names(entry).every((name) => name === 'langSet')).toBe(true);
      const langs = children(entry, 'langSet').map((l) => l.attributes['xml:lang']);
      expect(langs.slice(0, 2)).toEqual(['zh-Hans', 'en']);
      expect(langs.slice(2)).toEqual(traditionalForms(glossary.entries.find((e) => e.id === entry.attributes.id)!) ? ['zh-Hant'] : []);
      for (const langSet of children(entry, 'langSet')) {
        // auxiliary information (descripGrp) first, then one or more tig
        expect(names(langSet).join(' ')).toMatch(/^(descripGrp ){0,2}tig( tig)*$/);
        for (const tig of children(langSet, 'tig')) expect(names(tig).join(' ')).toMatch(/^term( termNote)+( note)?$/);
      }
    }
  });

  it('escapes XML special characters and keeps note_zh, aliases and line breaks', () => {
    const xml = exportTbx({ entries: [tricky] });
    expect(xml).toContain('&#x3C;mechanism> &#x26; co');
    expect(normalized(readTbx(xml))).toEqual(normalized([tricky]));
  });
});

describe('CSV export', () => {
  it('has a BOM, a header row and one row per entry; fields survive quoting', () => {
    const csv = exportCsv({ entries: [...glossary.entries, tricky] });
    expect(csv.startsWith('\uFEFFzh,en,pinyin,note,variants,aliases,note_zh,source,id,note_national,note_zh_national\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(glossary.entries.length + 2);
    expect(rows.every((row) => row.length === csvColumns.length)).toBe(true);
    const last = Object.fromEntries(csvColumns.map((c, i) => [c, rows.at(-1)![i]]));
    expect(last).toEqual({
      zh: tricky.zh,
      en: tricky.en,
      pinyin: tricky.pinyin,
      note: tricky.note_en,
      variants: 'steward, package; a "quoted", form',
      aliases: '服务管家＋服务包',
      note_zh: tricky.note_zh,
      source: tricky.source,
      id: 'tricky',
      note_national: tricky.note_en_national,
      note_zh_national: tricky.note_zh_national,
    });
    expect(exportCsv({ entries: [tricky] }, { bom: false }).startsWith('zh,en')).toBe(true);
  });

  it("carries every entry's notes for a national report, and leaves the column empty where a term reads the same at every level (was: no column)", () => {
    const rows = parseCsv(exportCsv(glossary)).slice(1).map((row) => Object.fromEntries(csvColumns.map((c, i) => [c, row[i]])));
    const national = glossary.entries.filter((e) => e.note_en_national || e.note_zh_national);
    expect(national.length).toBeGreaterThan(0);
    for (const entry of glossary.entries) {
      const row = rows.find((r) => r.id === entry.id)!;
      expect(row.note_national, entry.id).toBe(entry.note_en_national ?? '');
      expect(row.note_zh_national, entry.id).toBe(entry.note_zh_national ?? '');
    }
  });
});

describe('duizhao glossary (CLI)', () => {
  it('exports TBX and CSV to a file and fails cleanly on a broken glossary', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'glossary-cli-'));
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    try {
      expect(await runGlossary('export', { format: 'tbx', output: path.join(dir, 'g.tbx'), glossary: glossaryPath })).toBe(0);
      expect(readTbx(await readFile(path.join(dir, 'g.tbx'), 'utf8'))).toHaveLength(glossary.entries.length);
      expect(await runGlossary('export', { format: 'csv', output: path.join(dir, 'g.csv'), glossary: glossaryPath })).toBe(0);
      expect(parseCsv(await readFile(path.join(dir, 'g.csv'), 'utf8'))).toHaveLength(glossary.entries.length + 1);
      expect(await runGlossary('export', { format: 'xls', glossary: glossaryPath })).toBe(2);

      errors.length = 0;
      const broken = path.join(import.meta.dirname, 'fixtures/glossary/unknown-field/glossary.yaml');
      expect(await runGlossary('export', { format: 'tbx', output: path.join(dir, 'bad.tbx'), glossary: broken })).toBe(1);
      expect(errors.join('\n')).toMatch(/7:3-7:11 +error +Unexpected field `notes_en`/);
      expect(errors.join('\n')).not.toMatch(/\n\s+at /);
      expect(await runGlossary('check', { glossary: broken, reports: dir })).toBe(1);

      errors.length = 0;
      expect(await runGlossary('check', { glossary: path.join(import.meta.dirname, 'fixtures/glossary/valid/glossary.yaml'), reports: dir })).toBe(0);
      expect(errors.join('\n')).toMatch(/info +Unused glossary entry `shuang-jian`/);
    } finally {
      spy.mockRestore();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
