/**
 * Glossary notes: wrap every term occurrence of every block (Chinese and
 * English) in a `termRef` node and number the notes.
 *
 * Note rule (pipeline/glossary/README.md): the first occurrence of a term in each top-level
 * section carries a note (`first: true`, new `noteId` `n-<k>`, `noteNumber`
 * k in reading order over the publication); later occurrences in that
 * section link to it (`first: false`, same noteId). The note sits on the
 * English occurrence; the Chinese twin gets the same noteId with
 * `first: false`. When the block has no English, or its English lacks the
 * rendering, the note sits on the Chinese occurrence so it is never lost.
 * Within a block, new notes are numbered in English order (where the markers
 * are read), then Chinese order for terms without an English match.
 */
import type { Parent, PhrasingContent } from 'mdast';
import type { NoteUse, Publication, TermRef } from '../model/types.ts';
import type { Glossary, GlossaryEntry, TermMatcher, TermOccurrence } from './types.ts';
import { inlineText, wrapRanges } from './wrap.ts';

export interface AnnotateOptions {
  /**
   * Wrap terms in headings too (default false: a note marker in a heading
   * also lands in tables of contents). Heading uses are recorded in
   * `termUses` either way.
   */
  headings?: boolean;
}

export interface AnnotateResult {
  notes: NoteUse[];
  /** entries that occur nowhere in the publication */
  unused: GlossaryEntry[];
}

export function annotate(
  pub: Publication,
  glossary: Glossary,
  matcher: TermMatcher,
  options: Readonly<AnnotateOptions> = {},
): AnnotateResult {
  pub.notes = [];
  pub.termUses = new Map();
  const sectionNotes = new Map<string, Map<string, NoteUse>>();
  const explainedInSection = new Map<string, Set<string>>();
  let counter = 0;

  for (const block of pub.blocks) {
    // Idempotent: a second run starts from the plain tree again.
    unwrapTermRefs(block.zh);
    if (block.en) unwrapTermRefs(block.en);

    const zhInline = inlineText(block.zh);
    const zhText = zhInline.text;
    const found = matcher.findZh(zhText).filter((o) => glossary.byId.has(o.termId));
    if (found.length === 0) continue;
    for (const id of new Set(found.map((o) => o.termId))) {
      const uses = pub.termUses.get(id) ?? [];
      uses.push(block.id);
      pub.termUses.set(id, uses);
    }
    // Box titles read like headings; the report's own notes get no edition note inside them (a footnote in a footnote).
    if ((block.kind === 'heading' || block.kind === 'title') && !options.headings) continue;
    if (block.kind === 'note') continue;

    // A term used only inside a document's name (《中共中央关于加强新时代检察机关法律监督工作的意见》) is a word of that
    // name, not the report's use of the term: no note there (new user round 19: "…Legal Supervision⁶ Work … New Era⁷").
    // A term that is the whole name, 《澳門基本法》 (new user round 27), is the report's use of it: its note is given.
    const names = documentNames(zhText);
    const inName = (o: TermOccurrence) => names.some(([start, end]) => o.start >= start && o.end <= end && !(o.start === start && o.end === end));
    const namedOnly = new Set(found.filter((o) => found.every((p) => p.termId !== o.termId || inName(p))).map((o) => o.termId));
    // Two terms of one coordination (二十届二中、三中全会 with both sessions in the term base) share its span, and a
    // term's mark is never inside another's: the first is marked there, the other counted as used (termUses) only.
    // A term the report's own note explains where it first comes in a section (政府性基金预算[^2], a 名词解释 entry called
    // after its term) gets no edition note in that section: the word would carry two notes, ours repeating the
    // report's (new user round 21: "government-managed funds⁵[2]"). Its uses are still counted (the glossary lists it).
    const notes = sectionNotes.get(block.section) ?? new Map<string, NoteUse>();
    sectionNotes.set(block.section, notes);
    const explained = explainedInSection.get(block.section) ?? new Set<string>();
    explainedInSection.set(block.section, explained);
    const calls = new Set(zhInline.opaque.filter((o) => o.node.type === 'footnoteReference').map((o) => o.at));
    for (const o of found) if (!notes.has(o.termId) && calls.has(o.end)) explained.add(o.termId);
    const zhOcc = found.filter(
      (o, i) => !namedOnly.has(o.termId) && !explained.has(o.termId) && !found.slice(0, i).some((p) => p.start === o.start && p.end === o.end),
    );
    if (zhOcc.length === 0) continue;
    const ids = [...new Set(zhOcc.map((o) => o.termId))];

    const enText = block.en ? inlineText(block.en).text : '';
    let enOcc = block.en ? withAbbreviation(enText, matcher.findEn(enText, ids)) : [];
    // Where the Chinese names a document holding the term as well, the English name is the one in Title Case: the note
    // goes to the first English use that is not ("our duty of legal supervision", not "…Strengthening the Legal Supervision Work…").
    // So too where the rendering is a common noun (people's congress) and the English names something in Title Case with
    // it — a law's name the translator spelt out for the Chinese short form (代表法: "the Law on Deputies to the National
    // People's Congress and Local People's Congresses at All Levels"): the note goes to the term's own use, "the work of
    // people's congresses" (人大工作; new user round 23).
    const named = new Set(found.filter(inName).map((o) => o.termId));
    // (A form the term base lists in Title Case, "District People's Congress" for 区人大, is the term's use: it keeps the note.)
    // (A common noun: its rendering has a word in lower case besides the small ones — "people's congress", not "CPPCC",
    // "the 15th Five-Year Plan" or "Council of Chairpersons".)
    const commonNoun = (id: string) => /(?:^|\s)(?!(?:the|of|and|for|in|on|to|an?)\b)\p{Ll}/u.test(glossary.byId.get(id)?.en ?? '');
    const listed = (occ: TermOccurrence) => {
      const entry = glossary.byId.get(occ.termId);
      return entry !== undefined && [entry.en, ...(entry.variants ?? [])].includes(occ.text);
    };
    // A form the term base lists (its rendering or a variant, folded as the matcher folds it) is the term's use before a
    // form the matcher inflects from one (a singular, a plural): "Director, Deputy Directors and Fellow Deputies" gives
    // 各位代表's note to "Fellow Deputies", not to "Deputy" (the singular of its variant "deputies"; new user round 33:
    // "Deputy¹ Directors"). A use marked with its abbreviation, "…Conference (CPPCC)", is no inflection: it keeps the note.
    const inflected = (occ: TermOccurrence) => occ.inflected === true;
    const listedForm = (occ: TermOccurrence) => !inflected(occ);
    // And an inflected use beyond the Chinese's count of the term is none of its uses: "Deputy" of "Deputy Directors" (副主任)
    // is not marked 各位代表 when "Fellow Deputies" stands beside it for the one 各位代表 of the Chinese.
    const zhCount = (id: string) => found.filter((o) => o.termId === id).length;
    const extra = new Set<TermOccurrence>();
    for (const id of ids) {
      const uses = enOcc.filter((o) => o.termId === id);
      const spare = uses.length - zhCount(id);
      if (spare > 0 && uses.some(listedForm)) for (const occ of uses.filter(inflected).slice(0, spare)) extra.add(occ);
    }
    if (extra.size > 0) enOcc = enOcc.filter((o) => !extra.has(o));
    const noteAt = new Map<string, TermOccurrence>();
    for (const occ of enOcc) {
      const chosen = noteAt.get(occ.termId);
      if (!chosen || ((named.has(occ.termId) || (commonNoun(occ.termId) && !listed(chosen))) && titleCased(chosen.text) && !titleCased(occ.text))) noteAt.set(occ.termId, occ);
      else if (inflected(chosen) && listedForm(occ)) noteAt.set(occ.termId, occ);
    }
    const position = (list: TermOccurrence[], id: string) => list.find((o) => o.termId === id)?.start ?? Infinity;
    const fresh = new Set<string>();
    const enAt = (id: string) => noteAt.get(id)?.start ?? Infinity;
    const order = [...ids].sort((x, y) => enAt(x) - enAt(y) || position(zhOcc, x) - position(zhOcc, y));
    for (const termId of order) {
      if (notes.has(termId)) continue;
      counter++;
      const note: NoteUse = { noteId: `n-${counter}`, noteNumber: counter, termId, blockId: block.id, sectionId: block.section };
      notes.set(termId, note);
      pub.notes.push(note);
      fresh.add(termId);
    }

    // Wrap first, then give the note to the first occurrence that was
    // actually wrapped (English before Chinese), so no note is left unanchored.
    const carried = new Set<string>();
    const wrapAll = (root: Parent, occurrences: TermOccurrence[], preferred: ReadonlyMap<string, TermOccurrence>) => {
      const refs: TermRef[] = occurrences.map((occ) => {
        const note = notes.get(occ.termId)!;
        return { type: 'termRef', termId: occ.termId, noteId: note.noteId, noteNumber: note.noteNumber, first: false, children: [] };
      });
      const done = wrapRanges(root, occurrences.map((occ, i) => ({ start: occ.start, end: occ.end, wrapper: refs[i] })));
      const give = (i: number) => {
        const ref = refs[i];
        if (!done[i] || !fresh.has(ref.termId) || carried.has(ref.termId)) return;
        ref.first = true;
        carried.add(ref.termId);
      };
      occurrences.forEach((occ, i) => {
        if (preferred.get(occ.termId) === occ) give(i);
      });
      refs.forEach((_, i) => give(i));
    };
    if (block.en) wrapAll(block.en, enOcc, noteAt);
    const zhAt = new Map<string, TermOccurrence>();
    for (const occ of [...zhOcc].reverse()) if (!inName(occ) || !zhAt.has(occ.termId) || inName(zhAt.get(occ.termId)!)) zhAt.set(occ.termId, occ);
    wrapAll(block.zh, zhOcc, zhAt);
  }

  const unused = glossary.entries.filter((entry) => !pub.termUses.has(entry.id));
  return { notes: pub.notes, unused };
}

/**
 * (New user round 20) An English use followed by its abbreviation in brackets ("…the Chinese People's Political
 * Consultative Conference (CPPCC)", "…Communist Party of China (CPC)", "…state-owned enterprises (SOEs)") is marked
 * with it: the note's call goes after the bracket, not between the name and its abbreviation ("Conference¹ (CPPCC)").
 * A bracket is an abbreviation of the words before it when its capitals are, in order, their initials (or capitals
 * inside them, NPCSC of "NPC Standing Committee"), the last one the last word's: "(as its members are called)",
 * "(2023)" or "(WTO)" after "Conference" are not.
 */
function withAbbreviation(text: string, occurrences: TermOccurrence[]): TermOccurrence[] {
  const marked = occurrences.map((o) => {
    const bracket = /^ ?\(([A-Z][A-Za-z&]*[A-Z])s?\)/.exec(text.slice(o.end));
    if (!bracket || !abbreviates(bracket[1], text.slice(0, o.end))) return o;
    const end = o.end + bracket[0].length;
    return { ...o, end, text: text.slice(o.start, end) };
  });
  // (the abbreviation, itself a rendering of the term — CPPCC — is inside the marked use now: no mark of its own)
  return marked.filter((o, i) => !marked.some((p, j) => j !== i && p.end !== occurrences[j].end && p.start <= o.start && o.end <= p.end));
}

/** Whether the capitals of `abbreviation` are, in order, initials or capitals of the words ending `before`, the last the last word's. */
function abbreviates(abbreviation: string, before: string): boolean {
  const letters = abbreviation.replace(/[^A-Z]/g, '');
  const words = before.split(/[\s\-–]+/).filter((w) => /\p{L}/u.test(w));
  const initials = (word: string) => {
    const [first, ...rest] = word.replace(/^[^\p{L}]+/u, '');
    return [first.toUpperCase(), ...rest.filter((c) => /[A-Z]/.test(c))];
  };
  // read backwards: the abbreviation's last capital is the last word's, each earlier one an earlier word's or earlier in it
  let k = letters.length - 1;
  for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
    const own = initials(words[w]);
    if (w === words.length - 1 && !own.includes(letters[k])) return false;
    for (let c = own.length - 1; c >= 0 && k >= 0; c--) if (own[c] === letters[k]) k--;
  }
  return k < 0;
}

/** The spans of the documents' names a Chinese text cites, 《…》 (start of the name's first character, end of its last). */
function documentNames(text: string): Array<[number, number]> {
  return [...text.matchAll(/《[^《》]*》/g)].map((m) => [m.index + 1, m.index + m[0].length - 1]);
}

/** Every word of a rendering of two words or more capitalized, as in a document's English name ("Legal Supervision"). */
function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{3,}/u.test(w));
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Replace every termRef by its children and merge the text nodes it split. */
export function unwrapTermRefs(parent: Parent): void {
  const out: PhrasingContent[] = [];
  for (const child of parent.children as PhrasingContent[]) {
    if ('children' in child) unwrapTermRefs(child);
    const pieces = child.type === 'termRef' ? child.children : [child];
    for (const piece of pieces) {
      const previous = out[out.length - 1];
      if (piece.type === 'text' && previous?.type === 'text') out[out.length - 1] = { type: 'text', value: previous.value + piece.value };
      else out.push(piece);
    }
  }
  parent.children = out as Parent['children'];
}
