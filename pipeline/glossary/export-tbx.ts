/**
 * TBX export in the TBX-Basic dialect, in its widely imported 2.x "martif"
 * form (ISO 30042:2008 core structure, TBXBasiccoreStructV02; memoQ, Trados
 * MultiTerm, OmegaT and Weblate read it). One termEntry per glossary entry:
 * - zh-Hans langSet: the term (preferredTerm), aliases (admittedTerm,
 *   termType shortForm), pinyin as a `note` ("Pinyin: …") on the term and on an alias with `alias_pinyin`, the
 *   Chinese note as the definition;
 * - en langSet: the approved rendering (preferredTerm), variants
 *   (admittedTerm), the English note as the definition with its source;
 * - (new user round 37) a zh-Hant langSet, last, when the term or an alias is written otherwise in traditional characters:
 *   each form as OpenCC's s2t writes it (model/opencc.ts simplifiedToTraditional: 代表建议 → 代表建議, 主办单位 → 主辦單位),
 *   the term preferred, the aliases admitted. A CAT tool matches a term base's terms against the segment's characters:
 *   OmegaT 3.6 read the zh-Hans terms into a project of a report in traditional characters (it compares only the language
 *   code) and its glossary pane showed none of them but those both scripts write alike (人大); Duizhao's own check folds the
 *   scripts (fold.ts), a CAT tool does not. memoQ and Trados take the langSet for a zh-TW/zh-HK project;
 * - an entry's notes for a national report (`note_en_national`, `note_zh_national`: report-level.ts) as a second
 *   definition in their langSet, marked by a `note` (`nationalNote`) and by a label opening its text
 *   (`nationalLabel`): OmegaT's glossary pane and translate-toolkit's tbx2po show every definition's text but not a
 *   descripGrp's note, so without the label a translator saw two notes and could not tell which was the national one
 *   (test/glossary-export-tools.test.ts).
 */
import type { Element, ElementContent, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { simplifiedToTraditional } from '../model/opencc.ts';
import type { Glossary, GlossaryEntry } from './types.ts';

export interface TbxOptions {
  /** title in the martif header; default "Duizhao glossary" */
  title?: string;
  /** language tag of the Chinese langSet; default `zh-Hans` */
  zhLang?: string;
  /** language tag of the English langSet; default `en` */
  enLang?: string;
  /** language tag of the traditional-character langSet (written only for an entry whose forms differ); default `zh-Hant` */
  zhHantLang?: string;
}

export function exportTbx(glossary: Pick<Glossary, 'entries'>, options: Readonly<TbxOptions> = {}): string {
  const zhLang = options.zhLang ?? 'zh-Hans';
  const enLang = options.enLang ?? 'en';
  const zhHantLang = options.zhHantLang ?? 'zh-Hant';
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      { type: 'doctype', name: 'martif', public: undefined, system: 'TBXBasiccoreStructV02.dtd' } as unknown as Root['children'][number],
      { type: 'text', value: '\n' },
      pretty(x('martif', { type: 'TBX-Basic', 'xml:lang': enLang }, [
        x('martifHeader', [
          x('fileDesc', [
            x('titleStmt', [x('title', options.title ?? 'Duizhao glossary')]),
            x('sourceDesc', [x('p', 'Exported from content/glossary.yaml by `duizhao glossary export`.')]),
          ]),
          x('encodingDesc', [x('p', { type: 'XCSURI' }, 'TBXBasicXCSV02.xcs')]),
        ]),
        x('text', [x('body', glossary.entries.map((entry) => termEntry(entry, zhLang, enLang, zhHantLang)))]),
      ])),
      { type: 'text', value: '\n' },
    ],
  };
  return toXml(tree);
}

/** The `note` that marks a definition as the one for a national report. */
export const nationalNote = "For a national report (the State Council's, the NPC's …): report-level.ts";
/** What opens a national definition's text, in its langSet's language (the one marker every tool shows). */
export const nationalLabel = { en: 'In a national report: ', zh: '全国性报告中：' } as const;

function termEntry(entry: GlossaryEntry, zhLang: string, enLang: string, zhHantLang: string): Element {
  const zh: ElementContent[] = [];
  if (entry.note_zh) zh.push(definition(entry.note_zh));
  if (entry.note_zh_national) zh.push(definition(nationalLabel.zh + entry.note_zh_national, undefined, nationalNote));
  zh.push(tig(entry.zh, 'preferredTerm-admn-sts', undefined, entry.pinyin ? `Pinyin: ${entry.pinyin}` : undefined));
  for (const alias of entry.aliases) {
    const pinyin = entry.alias_pinyin?.[alias];
    zh.push(tig(alias, 'admittedTerm-admn-sts', 'shortForm', pinyin ? `Pinyin: ${pinyin}` : undefined));
  }
  const en: ElementContent[] = [];
  if (entry.note_en) en.push(definition(entry.note_en, entry.source));
  if (entry.note_en_national) en.push(definition(nationalLabel.en + entry.note_en_national, entry.source, nationalNote));
  en.push(tig(entry.en, 'preferredTerm-admn-sts'));
  for (const variant of entry.variants) en.push(tig(variant, 'admittedTerm-admn-sts'));
  const langSets = [x('langSet', { 'xml:lang': zhLang }, zh), x('langSet', { 'xml:lang': enLang }, en)];
  const hant = traditionalForms(entry);
  if (hant) langSets.push(x('langSet', { 'xml:lang': zhHantLang }, [tig(hant[0], 'preferredTerm-admn-sts'), ...hant.slice(1).map((alias) => tig(alias, 'admittedTerm-admn-sts', 'shortForm'))]));
  return x('termEntry', { id: entry.id }, langSets);
}

/** The term and its aliases in traditional characters (each once), or nothing when every one is written alike in both. */
export function traditionalForms(entry: Pick<GlossaryEntry, 'zh' | 'aliases'>): string[] | undefined {
  const simplified = [entry.zh, ...entry.aliases];
  const forms = simplified.map(simplifiedToTraditional);
  if (forms.every((form, i) => form === simplified[i])) return undefined;
  return [...new Set(forms)];
}

function definition(text: string, source?: string, note?: string): Element {
  const children: ElementContent[] = [x('descrip', { type: 'definition' }, text)];
  if (source) children.push(x('admin', { type: 'source' }, source));
  if (note) children.push(x('note', note));
  return x('descripGrp', children);
}

function tig(term: string, status: string, termType?: string, note?: string): Element {
  const children: ElementContent[] = [x('term', term)];
  if (termType) children.push(x('termNote', { type: 'termType' }, termType));
  children.push(x('termNote', { type: 'administrativeStatus' }, status));
  if (note) children.push(x('note', note));
  return x('tig', children);
}

/** A tiny xast builder (xastscript is only a dev dependency): x(name, attributes?, children | text). */
function x(name: string, ...rest: Array<Record<string, string> | ElementContent[] | string>): Element {
  const attributes = rest.length > 1 || (rest[0] && typeof rest[0] === 'object' && !Array.isArray(rest[0])) ? (rest.shift() as Record<string, string>) : {};
  const content = rest[0] ?? [];
  const children: ElementContent[] = typeof content === 'string' ? [{ type: 'text', value: content }] : (content as ElementContent[]);
  return { type: 'element', name, attributes, children };
}

/** Line breaks and indentation between elements (text content untouched) so the file diffs well (TBX, XLIFF, TMX). */
export function pretty(element: Element, depth = 0): Element {
  if (element.children.length === 0 || !element.children.every((c) => c.type === 'element')) return element;
  const pad = (d: number): ElementContent => ({ type: 'text', value: `\n${'  '.repeat(d)}` });
  const children: ElementContent[] = [];
  for (const child of element.children) children.push(pad(depth + 1), pretty(child as Element, depth + 1));
  children.push(pad(depth));
  return { ...element, children };
}
