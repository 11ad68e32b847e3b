/**
 * The glossary appendix: every term used in the publication, sorted by its English
 * rendering, with Chinese, pinyin, the note(s) and links back to each occurrence.
 * Entry ids are `g-<term id>` (the no-JS target of HTML popovers).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { GlossaryEntry } from '../../pipeline/glossary/types.ts';
import type { Publication } from '../../pipeline/model/types.ts';
import { bilingualLabel, headingTag, shownLangs, uiLabel } from './label.ts';
import { glossaryEntryId, hrefs, langTag, noteZh, termZh, type TemplateOptions } from './types.ts';

/** Entries of the terms used, sorted by English (then by id, for stable output). */
export function termsUsed(pub: Publication, options: TemplateOptions): Array<{ entry: GlossaryEntry; blocks: string[] }> {
  const result: Array<{ entry: GlossaryEntry; blocks: string[] }> = [];
  for (const [termId, blocks] of pub.termUses) {
    const entry = options.glossary?.byId.get(termId);
    if (entry && blocks.length > 0) result.push({ entry, blocks: [...new Set(blocks)] });
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true, numeric: true });
  // "the "double reduction" policy" is filed under d, as an index would.
  const key = (en: string) => en.replace(/^(the|a|an)\s+/i, '').replace(/["“”‘’]/g, '');
  return result.sort((a, b) => collator.compare(key(a.entry.en), key(b.entry.en)) || (a.entry.id < b.entry.id ? -1 : 1));
}

export function glossaryAppendix(pub: Publication, options: TemplateOptions, id = 'glossary'): Element | undefined {
  const terms = termsUsed(pub, options);
  if (terms.length === 0) return undefined;
  const langs = shownLangs(options);
  const uiLang = langs.includes('en') ? 'en' : 'zh';
  const order = new Map(pub.blocks.map((b, i) => [b.id, i]));
  // A list item or a table cell has no element of its own: the link goes to its list or table.
  const anchors = new Map(pub.blocks.map((b) => [b.id, b.anchor]));
  // A use is labelled by the place its link goes to, numbered in reading order — a table or a list is one place,
  // as a note is — so its cells no longer count as paragraphs (¶79 in a text of 17 places; looked at, round 8).
  const placeOf = (blockId: string) => anchors.get(blockId) ?? blockId;
  const places = new Map<string, number>();
  for (const b of pub.blocks) if (!places.has(placeOf(b.id))) places.set(placeOf(b.id), places.size + 1);
  const entries = terms.map(({ entry, blocks }) => {
    const seen = new Set<string>();
    const sorted = [...blocks]
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .filter((blockId) => !seen.has(placeOf(blockId)) && seen.add(placeOf(blockId)));
    const notes = [
      ...(langs.includes('en') || !entry.note_zh ? [h('p.gloss-note', { lang: langTag.en }, entry.note_en)] : []),
      ...(langs.includes('zh') && entry.note_zh ? [noteZh(options, entry.note_zh)].map(({ text, lang }) => h('p.gloss-note', { lang }, text)) : []),
    ];
    const uses = h('p.gloss-uses', [
      h('span.gloss-uses-label', `${uiLabel(options, 'usedIn', uiLang)} `),
      ...sorted.flatMap((blockId, i) => [
        ...(i > 0 ? [' '] : []),
        // Labelled by the place's position in the report, so the same place has the same label in every entry.
        h('a', { href: hrefs.block(options, blockId, anchors.get(blockId)) }, `¶${places.get(placeOf(blockId)) ?? 0}`),
      ]),
    ]);
    const zh = termZh(options, entry);
    return h('div.gloss-entry', { id: glossaryEntryId(entry.id), dataEntry: entry.id }, [
      h('dt', [
        h('span.gloss-en', { lang: langTag.en }, entry.en),
        ' ',
        h('span.gloss-zh', { lang: zh.lang }, zh.term === undefined ? zh.text : `${zh.text} = ${zh.term}`),
        ...(zh.pinyin === undefined ? [] : [' ', h('span.pinyin', { lang: 'zh-Latn-pinyin' }, zh.pinyin)]),
      ]),
      h('dd', [...notes, uses]),
    ]);
  });
  return h('section.glossary', { id, ariaLabel: uiLabel(options, 'glossary', uiLang) }, [
    h(headingTag(options), { className: ['glossary-title'] }, bilingualLabel(options, 'glossary')),
    h('dl.gloss-list', entries),
  ]);
}
