/**
 * `duizhao align <slug> <english page>`: an official English translation, published apart from the
 * Chinese (the State Council's Report on the Work of the Government on english.www.gov.cn and Xinhua; a
 * province's or a city's English site), put under the report's block ids in en.md.
 *
 * - The page is read as ingest reads pages (english-page.ts): encodings, HTML → lines, site chrome;
 *   its English title block goes to en.md's front matter.
 * - Its paragraphs and headings are aligned to zh.md's headings and paragraphs by the sentence
 *   aligner (align.ts) run at block level: Gale & Church length cost, figures and glossary terms as
 *   anchors, and here also a heading's kind and outline number (一、 ↔ I., （二） ↔ (II) or 2.); beads
 *   1–1, 1–2, 2–1, 1–3, 3–1, 1–0 and 0–1, the empty ones costing their prior only (a paragraph one
 *   side lacks is a real case). The ratio of English to Chinese length is measured on the 1–1 beads of
 *   a first pass, so a page that ends earlier does not skew it.
 * - No silent loss: every English paragraph is placed or reported at its line:column. Several English
 *   paragraphs for one block are joined (said, as info); one English paragraph for several blocks is
 *   split where the sentence aligner puts the blocks' boundary (a warning naming both sides), or not
 *   placed when it cannot be split. A Chinese block with no English stays missing (pending). An
 *   English text that ends earlier or later than the Chinese — the two pages cut at different points —
 *   is reported as such, as is a last paragraph cut mid-sentence; nothing is padded or dropped.
 * - A low-confidence bead (figures that differ, a heading placed as a paragraph, a length far from
 *   the report's ratio) is a warning naming both sides.
 * - A bold lead sentence of the Chinese is set on the English sentences the sentence aligner pairs
 *   with it (the first English sentence, with a warning, when no boundary matches).
 * - Tables, lists and the report's notes: aligned unit by unit with the page's when counts, shapes and places agree,
 *   else said (official-structures.ts); a cell's figures held equal by check's number rule.
 * - en.md is written only when there is none, or with `force` — which replaces its blocks and keeps its front
 *   matter as written (keptFrontMatter: the page's keys fill only those it lacks); every block `state=translated` (never
 *   reviewed) with `src=` the Chinese block's hash as `duizhao translated` records it, and a
 *   translator's note naming the page. The result is read back before it is returned: each placed
 *   block must read as its English, or nothing is written.
 */
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { parseDocument, stringify } from 'yaml';
import { numberingOf } from '../ingest/structure.ts';
import type { TermMatcher } from '../glossary/types.ts';
import { reportYear } from '../check/numbers/relative-years.ts';
import { sourceHash } from '../model/hash.ts';
import { translatableMetaKeys } from '../model/meta-keys.ts';
import { readMeta, writeMetaSources } from './front-matter.ts';
import { buildPublication } from '../model/load.ts';
import { locateFrontMatter, parseReportMarkdown, type ParsedBlock } from '../model/parse.ts';
import { numberMismatchRule } from '../check/rules/number-mismatch.ts';
import type { Report } from '../check/types.ts';
import { alignSentences, alignWithCost, enFigures, enWordFigures, sentenceVariance, splitSentences, take, zhFigures, zhWordFigures, type Bead } from './align.ts';
import type { EnglishPage, EnglishParagraph } from './english-page.ts';
import { insertBlocks, type NewBlock } from './insert.ts';
import { clip, describe } from './official-describe.ts';
import { alignStructures, noteCalls, setApart, zhStructuresOf } from './official-structures.ts';
import { unitMarkdown } from './units.ts';
import { refuse } from './xml.ts';

export interface OfficialInput {
  slug: string;
  /** zh.md text */
  zh: string;
  /** en.md text, when there is one */
  en?: string;
  /** the English page as read, and its path for messages */
  page: EnglishPage;
  pagePath: string;
  matcher?: TermMatcher;
  /** replace an existing en.md */
  force?: boolean;
}

/** How one or more Chinese blocks got their English. */
export interface BlockBead {
  /** the Chinese blocks (none: English placed nowhere) */
  ids: string[];
  /** the English paragraphs (none: the blocks have no English) */
  english: EnglishParagraph[];
  /** warnings said of this bead */
  low?: string;
}

export interface OfficialStats {
  /** headings and paragraphs of zh.md */
  blocks: number;
  /** blocks given English */
  placed: number;
  /** blocks left without English (pending) */
  missing: number;
  /** English paragraphs placed nowhere */
  unplaced: number;
  /** cells, list items and notes of zh.md given English (official-structures.ts) */
  units: number;
  /** English paragraphs of the page (title block aside) */
  paragraphs: number;
  joined: number;
  split: number;
  low: number;
}

export interface OfficialResult {
  /** the new en.md; undefined when refused */
  value?: string;
  /** messages, at the English page's lines (and zh.md's, named in the text) */
  file: VFile;
  beads: BlockBead[];
  /** block id → the English paragraphs placed there */
  placed: Map<string, EnglishParagraph[]>;
  stats: OfficialStats;
}

const SOURCE = 'translate';

/**
 * Bead priors at block level: an official translation keeps the paragraphs nearly always. A join (1–2) or a
 * merge (2–1) is less likely than a paragraph one side lacks (1–0, 0–1): else a paragraph the Chinese lacks
 * is read into its neighbour, as a first setting (0.025 against 0.01) did on the round-11 guard.
 */
const blockBeads: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0.95],
  [1, 2, 0.005],
  [2, 1, 0.005],
  [1, 3, 0.001],
  [3, 1, 0.001],
  [1, 0, 0.01],
  [0, 1, 0.01],
];

export function alignOfficial(input: Readonly<OfficialInput>): OfficialResult {
  const file = new VFile({ path: input.pagePath });
  const zhFile = new VFile({ path: 'zh.md', value: input.zh });
  const zhParsed = parseReportMarkdown(zhFile);
  // headings, paragraphs (a box's too) and a box's title; a list's items, a table's cells and the report's notes are
  // aligned apart, with the page's tables, lists and notes (official-structures.ts)
  const blocks = zhParsed.blocks.filter((b) => b.kind === 'heading' || b.kind === 'paragraph' || b.kind === 'title');
  const zhStructures = zhStructuresOf(zhParsed);
  const apart = setApart(input.page.paragraphs, zhStructures);
  const english = apart.paragraphs;
  const stats: OfficialStats = { blocks: blocks.length, placed: 0, missing: 0, unplaced: 0, units: 0, paragraphs: english.length, joined: 0, split: 0, low: 0 };
  const empty = (): OfficialResult => ({ file, beads: [], placed: new Map(), stats });
  if (input.en !== undefined && !input.force) {
    refuse(file, `${input.slug} has an en.md already: not overwritten (pass --force to replace it with the aligned English; commit or copy it first)`, undefined, 'align-en-exists');
  }
  if (english.length === 0) refuse(file, 'Unexpected page without English paragraphs (after its site chrome and Chinese lines), expected the English translation: is it the English page?', { line: 1, column: 1 }, 'align-no-english');
  if (blocks.length === 0) refuse(file, `Unexpected zh.md without headings or paragraphs (${input.slug}), expected the report ingested`, undefined, 'align-no-chinese');
  if (file.messages.some((m) => m.fatal)) return empty();

  for (const l of input.page.leftOut) {
    file.info(`Left out ${l.why === 'chinese' ? 'a line in Chinese (site furniture of the English page)' : l.label && !l.label.startsWith('<') ? l.label : `site chrome ${l.label ?? ''}`.trimEnd()}: “${clip(l.text)}”`, { place: l, ruleId: 'align-left-out', source: SOURCE });
  }
  if (input.page.unwrapped) {
    const { lines, paragraphs } = input.page.unwrapped;
    file.info(`Read the text's wrapped lines as paragraphs: ${lines} lines as ${paragraphs} (a line not ending a sentence runs on into the next); each paragraph is named by its first line`, { place: english[0], ruleId: 'align-unwrapped', source: SOURCE });
  }
  for (const l of input.page.title?.lines ?? []) file.info(`Read as the English title block (front matter): “${clip(l.text)}”`, { place: l, ruleId: 'align-title', source: SOURCE });
  const zhMeta = zhParsed.frontMatter;
  // (the keys the English editions print: check's front-matter-english asks for each too)
  for (const key of translatableMetaKeys.filter((k) => k !== 'notes_heading')) {
    const read = key === 'title' || key === 'occasion' || key === 'speaker' ? input.page.title?.[key] : undefined;
    if (typeof zhMeta[key] === 'string' && !read) {
      const how = key === 'title' || key === 'occasion' || key === 'speaker' ? ' (the title block is read from its first lines: Report on …, Delivered at …, a name and a role)' : '';
      file.message(`The page prints no English ${key.replace('_', ' ')} for zh.md's “${clip(String(zhMeta[key]), 30)}”${how}: en.md has none; write the official one in its front matter`, { place: input.page.title?.lines[0] ?? english[0], ruleId: 'align-title', source: SOURCE });
    }
  }

  const zhTexts = blocks.map((b) => b.text);
  const enTexts = english.map((p) => p.text);
  // (the page's last paragraph, when the aligner reads it: a table, a list or the notes set apart after it end the page whole)
  const pageLast = input.page.paragraphs.at(-1);
  const endsPage = english.length > 0 && pageLast !== undefined && english.at(-1)!.line >= pageLast.line;
  const cutEnd = endsPage && midSentence(english.at(-1)!.text);
  const options = {
    matcher: input.matcher,
    beads: blockBeads,
    freeEmpty: true,
    variance: BLOCK_VARIANCE,
    marks: { zh: (i: number) => zhMarks(blocks[i]), en: (j: number) => enMarks(enTexts[j]) },
    year: reportYear({ meta: zhMeta, enOccasion: input.page.title?.occasion, blocks: blocks.map((b) => ({ heading: b.kind === 'heading', text: b.text })) })?.year,
    continues: (j: number) => continuesList(enTexts[j]) && !apart.leadIns.has(english[j]),
    overhang: OVERHANG,
    opens: (j: number) => english[j].item === true,
  };
  // The ratio of English to Chinese length is not known beforehand (3–7 letters a character) and the whole
  // texts' is skewed when one page goes on further or lacks a paragraph: the likeliest alignment over a range
  // of ratios, then the ratio of its 1–1 beads while that is likelier still.
  let best = { ratio: RATIOS[0], ...alignWithCost(zhTexts, enTexts, { ...options, ratio: RATIOS[0] }) };
  for (const ratio of RATIOS.slice(1)) {
    const tried = alignWithCost(zhTexts, enTexts, { ...options, ratio });
    if (tried.cost < best.cost) best = { ratio, ...tried };
  }
  for (let pass = 0; pass < 3; pass++) {
    const ratio = oneToOneRatio(best.beads, zhTexts, enTexts);
    if (ratio === undefined || Math.abs(ratio - best.ratio) < 0.01) break;
    const tried = alignWithCost(zhTexts, enTexts, { ...options, ratio });
    if (tried.cost >= best.cost) break;
    best = { ratio, ...tried };
  }
  // A cut last paragraph: the ratio is measured as above, on what both pages print whole; then the alignment at that
  // ratio with the cut paragraph's shortness not held against its block (align.ts `cutEnd`).
  const beads = cutEnd ? alignWithCost(zhTexts, enTexts, { ...options, ratio: best.ratio, cutEnd }).beads : best.beads;
  // A bead's length is judged against the ratio of the paragraphs both pages print whole: the cut one's says nothing
  // (align round 3: a page of four blocks whose cut paragraph was most of its text had the ratio at 2.6, and its
  // whole opening paragraph, 7.3 letters a character, was called far from it).
  const ratio = (cutEnd ? oneToOneRatio(beads.filter((b) => !b.en.includes(english.length - 1)), zhTexts, enTexts) : undefined) ?? best.ratio;

  const firstPlaced = beads.findIndex((b) => b.zh.length > 0 && b.en.length > 0);
  const lastPlaced = beads.findLastIndex((b) => b.zh.length > 0 && b.en.length > 0);
  const placed = new Map<string, EnglishParagraph[]>();
  const contents = new Map<string, PhrasingContent[]>();
  const out: BlockBead[] = [];
  const headMissing: ParsedBlock[] = [];
  const tailMissing: ParsedBlock[] = [];
  const headExtra: EnglishParagraph[] = [];
  const tailExtra: EnglishParagraph[] = [];

  beads.forEach((bead, n) => {
    const zh = bead.zh.map((i) => blocks[i]);
    const en = bead.en.map((j) => english[j]);
    const record: BlockBead = { ids: zh.map((b) => b.attributes.id), english: en };
    out.push(record);
    if (en.length === 0) {
      stats.missing += zh.length;
      if (firstPlaced === -1 || n > lastPlaced) tailMissing.push(...zh);
      else if (n < firstPlaced) headMissing.push(...zh);
      else {
        for (const b of zh) {
          const before = english[bead.en[0] ?? nearestEnglish(beads, n, -1)];
          const after = english[nearestEnglish(beads, n, 1)];
          file.message(
            `No English found for ${describe(b)}${before ? ` after the English at ${before.line}:${before.column}` : ''}${after ? ` and before the English at ${after.line}:${after.column}` : ''}: left without English (pending); if the page has it, it was read into a neighbour — check both`,
            { place: after ?? before, ruleId: 'align-missing', source: SOURCE },
          );
        }
      }
      return;
    }
    if (zh.length === 0) {
      stats.unplaced += en.length;
      if (firstPlaced === -1 || n > lastPlaced) tailExtra.push(...en);
      else if (n < firstPlaced) headExtra.push(...en);
      else {
        for (const p of en) {
          file.message(`English placed nowhere: no Chinese block of ${input.slug} matches “${clip(p.text)}” (between ${describe(blocks[bead.zh[0] ?? nearestChinese(beads, n)])} and the next); not in en.md — add it by hand if it belongs`, { place: p, ruleId: 'align-unplaced', source: SOURCE });
        }
      }
      return;
    }
    if (zh.length === 1) {
      const b = zh[0];
      if (en.length > 1) {
        stats.joined++;
        const how = `Joined ${en.length} English paragraphs (lines ${en.map((p) => p.line).join(', ')}) as the English of ${describe(b)}`;
        if (b.kind === 'heading') warnLow(record, `${how}: a heading rarely has more than one`, en[0]);
        else file.info(how, { place: en[0], ruleId: 'align-joined', source: SOURCE });
      }
      const text = en.map((p) => p.text).join(' ');
      // (the page's cut last paragraph lacks what was cut off: its figures and length are not held against it — the cut is said once, below)
      const low = lowConfidence(b, text, ratio, cutEnd && bead.en.at(-1) === english.length - 1);
      if (low) warnLow(record, `Low confidence: “${clip(text)}” placed as the English of ${describe(b)}, but ${low}`, en[0]);
      placed.set(b.attributes.id, en);
      contents.set(b.attributes.id, noteCalls(b, phrasingOf(b, text, input.matcher, en[0], file), zhStructures, en[0], file));
      stats.placed++;
      return;
    }
    // Several Chinese blocks, one English paragraph (or more): split at the sentence boundary the aligner puts between the blocks.
    const text = en.map((p) => p.text).join(' ');
    const parts = splitAcross(zh, text, input.matcher);
    const names = zh.map(describe).join(' and ');
    if (!parts) {
      stats.unplaced += en.length;
      stats.missing += zh.length;
      warnLow(record, `One English paragraph for ${zh.length} Chinese blocks (${names}), and no sentence boundary of it matches theirs: “${clip(text)}” not placed, the blocks left without English — split it by hand`, en[0]);
      return;
    }
    stats.split++;
    warnLow(record, `Split one English paragraph across ${zh.length} Chinese blocks (${names}) where the sentences pair: ${parts.map((p, k) => `${zh[k].attributes.id} ← “${clip(p, 40)}”`).join('; ')} — check the split`, en[0]);
    zh.forEach((b, k) => {
      placed.set(b.attributes.id, en);
      contents.set(b.attributes.id, noteCalls(b, phrasingOf(b, parts[k], input.matcher, en[0], file), zhStructures, en[0], file));
      stats.placed++;
    });
  });

  function warnLow(record: BlockBead, reason: string, place: EnglishParagraph): void {
    record.low = reason;
    stats.low++;
    file.message(reason, { place, ruleId: 'align-low-confidence', source: SOURCE });
  }

  // The two texts cut at different points: said once each way, with where.
  const lastEnglish = english.at(-1);
  if (tailMissing.length > 0) {
    file.message(
      `The English ends before the Chinese: ${tailMissing.length} block(s) of zh.md from ${describe(tailMissing[0])} on have no English on this page (it ends at ${lastEnglish ? `${lastEnglish.line}:${lastEnglish.column}` : 'its start'}); they stay pending — is the page cut short, or continued on another page?`,
      { place: lastEnglish, ruleId: 'align-cut', source: SOURCE },
    );
  }
  if (headMissing.length > 0) {
    file.message(`The English starts after the Chinese: ${headMissing.length} block(s) of zh.md up to ${describe(headMissing.at(-1)!)} have no English on this page; they stay pending`, { place: english[0], ruleId: 'align-cut', source: SOURCE });
  }
  if (tailExtra.length > 0) {
    file.message(
      `The English goes on after the Chinese ends: ${tailExtra.length} paragraph(s) from “${clip(tailExtra[0].text)}” on match no block of zh.md and are not in en.md (the Chinese page is cut shorter, or the rest is the site's): ${tailExtra.map((p) => `${p.line}:${p.column}`).join(', ')}`,
      { place: tailExtra[0], ruleId: 'align-cut', source: SOURCE },
    );
  }
  if (headExtra.length > 0) {
    file.message(
      `The English starts before the Chinese: ${headExtra.length} paragraph(s) before the first one placed match no block of zh.md and are not in en.md: ${headExtra.map((p) => `${p.line}:${p.column} “${clip(p.text, 40)}”`).join(', ')}`,
      { place: headExtra[0], ruleId: 'align-cut', source: SOURCE },
    );
  }
  if (lastEnglish && cutEnd) {
    // (new user round 20) a last paragraph after the Chinese ends is in no block: no block's English is incomplete
    const inNoBlock = tailExtra.includes(lastEnglish);
    file.message(
      `The English page's last paragraph stops mid-sentence (“…${lastEnglish.text.slice(-40)}”): the page is cut there; ${inNoBlock ? 'it is after the Chinese ends and in no block, so en.md holds none of it' : "its block's English is incomplete — complete it by hand"}`,
      { place: lastEnglish, ruleId: 'align-cut', source: SOURCE },
    );
  }
  if (file.messages.some((m) => m.fatal)) return { ...empty(), beads: out };

  // the tables, lists and notes, unit by unit
  const structures = alignStructures({ zh: zhStructures, apart, beads, blocks, file, doubt: (b, text) => lowConfidence(b, text, ratio) });
  for (const [id, phrasing] of structures.contents) contents.set(id, phrasing);
  const units = zhParsed.blocks.filter((b) => structures.contents.has(b.attributes.id));
  // (the notes' heading, when zh.md has one: its English as the page prints it over the notes)
  const notesHeading = typeof zhMeta.notes_heading === 'string' ? structures.notesHeading?.text : undefined;
  if (structures.notesHeading) {
    const { text, place } = structures.notesHeading;
    file.info(`Read “${clip(text)}” as the heading over the page's notes${notesHeading ? ': en.md’s notes_heading' : ', left out: zh.md has no notes_heading'}`, { place, ruleId: 'align-title', source: SOURCE });
  }
  let { value, unplaced } = writeEnglish(input, [...blocks, ...units], contents, { heading: notesHeading, ids: zhParsed.noteIds }, file);
  // A cell's figures are held to the Chinese's by the number check (its units as the table states them): a cell failing
  // it is not written — in a table a figure that differs is a cell out of place more often than a translation's slip.
  const failed = cellsFailingNumbers(input, value, units);
  if (failed.size > 0 && !file.messages.some((m) => m.fatal)) {
    for (const [id, reason] of failed) {
      contents.delete(id);
      structures.contents.delete(id);
      file.message(`Not placed: the page's cell “${clip(structures.placed.get(id)!.text)}” as the English of ${describe(units.find((u) => u.attributes.id === id))}: ${reason}; left without English (pending)`, { place: structures.placed.get(id), ruleId: 'align-low-confidence', source: SOURCE });
    }
    ({ value, unplaced } = writeEnglish(input, [...blocks, ...units], contents, { heading: notesHeading, ids: zhParsed.noteIds }, file));
  }
  if (file.messages.some((m) => m.fatal)) return { ...empty(), beads: out };
  for (const id of unplaced) {
    if (placed.delete(id)) {
      stats.placed--;
      stats.missing++;
    }
  }
  for (const u of units) {
    if (!structures.contents.has(u.attributes.id) || unplaced.has(u.attributes.id)) continue;
    placed.set(u.attributes.id, [structures.placed.get(u.attributes.id)!]);
    stats.units++;
  }
  return { value, file, beads: out, placed, stats };
}

/** The cells whose figures the number check (check's `number-mismatch`) finds unequal in the written en.md, with its reason. */
function cellsFailingNumbers(input: Readonly<OfficialInput>, en: string, units: readonly ParsedBlock[]): Map<string, string> {
  const cells = new Set(units.filter((u) => u.kind === 'cell').map((u) => u.attributes.id));
  const failed = new Map<string, string>();
  if (cells.size === 0) return failed;
  const loaded = buildPublication(input.slug, new VFile({ path: 'zh.md', value: input.zh }), new VFile({ path: 'en.md', value: en }));
  const report = (r: Report) => {
    if (r.block && cells.has(r.block.id) && !failed.has(r.block.id)) failed.set(r.block.id, r.reason.replace(/^./, (c) => c.toLowerCase()));
  };
  numberMismatchRule({ publication: loaded.publication, parsed: loaded.parsed, orphans: loaded.orphans, options: {}, enAttributes: new Map(), report });
  return failed;
}

/** en.md: the title block's English, a translator's note naming the page, the placed blocks (in zh.md's order, with its structures). */
function writeEnglish(
  input: Readonly<OfficialInput>,
  blocks: readonly ParsedBlock[],
  contents: ReadonlyMap<string, PhrasingContent[]>,
  notes: { heading?: string; ids: ReadonlyMap<string, string> },
  file: VFile,
): { value: string; unplaced: Set<string> } {
  const front: Record<string, string> = {};
  const title = input.page.title;
  if (title?.title) front.title = title.title;
  if (title?.occasion) front.occasion = title.occasion;
  if (title?.speaker) front.speaker = title.speaker;
  if (notes.heading) front.notes_heading = notes.heading;
  const where = input.page.source ?? input.pagePath.split(/[\\/]/).pop();
  front.translation = 'official';
  front.translator_note = `The English is the official translation published apart from the Chinese (${where}), aligned to the Chinese block by block by duizhao align; it has not been reviewed for this edition.`;
  const additions = new Map<string, NewBlock>();
  // A call of a note en.md does not have would read as text (`[^2]`): left out of the English, said with the note
  const noteIds = new Map(blocks.filter((b) => b.kind === 'note').map((b) => [b.attributes.id, contents.has(b.attributes.id)] as const));
  const written = (call: PhrasingContent) => call.type !== 'footnoteReference' || noteIds.get(notes.ids.get(call.identifier) ?? '') === true;
  for (const b of blocks) {
    const phrasing = contents.get(b.attributes.id)?.filter(written);
    if (phrasing) additions.set(b.attributes.id, { content: unitMarkdown(b.kind, phrasing), fields: { src: sourceHash(b.text), state: 'translated' } });
  }
  const kept = input.en !== undefined ? keptFrontMatter(input.en, front, file) : undefined;
  // (a front matter written from the page: each value's Chinese recorded, as each block's src=; en.md's own kept as it was)
  const zhMeta = readMeta(input.zh);
  const sources = Object.fromEntries(translatableMetaKeys.flatMap((key) => (front[key] && zhMeta[key] ? [[key, sourceHash(zhMeta[key])]] : [])));
  const head = kept ?? writeMetaSources(`---\n${stringify(front, { lineWidth: 0 }).trimEnd()}\n---\n`, sources);
  const { value, unplaced: refused, waiting } = insertBlocks(input.zh, head, additions);
  const unplaced = [...refused, ...waiting];
  // (a box's paragraph whose box title has no English: en.md writes a box with its title — the paragraph stays pending, said)
  const byId = new Map(blocks.map((b) => [b.attributes.id, b] as const));
  for (const { id, reason } of unplaced) file.message(`Not placed: ${byId.has(id) ? describe(byId.get(id)) : `\`${id}\``}: ${reason}; it stays without English (pending)`, { ruleId: 'align-unplaced', source: SOURCE });
  const left = new Set(unplaced.map((u) => u.id));
  // Read back: each placed block must read as its English, or nothing is written.
  const back = new Map(parseReportMarkdown(new VFile({ path: 'en.md', value })).blocks.map((b) => [b.attributes.id, b] as const));
  for (const [id, phrasing] of contents) {
    if (left.has(id)) continue;
    const expected = toString({ type: 'paragraph', children: phrasing.filter(written) });
    const got = back.get(id);
    if (!got || toString(got.node) !== expected) {
      refuse(file, `Cannot write en.md without loss: \`${id}\` would read back as “${clip(got ? toString(got.node) : '(nothing)')}”, expected “${clip(expected)}”`, undefined, 'align-validate');
    }
  }
  return { value, unplaced: left };
}

/**
 * An en.md replaced (`--force`): the aligned English replaces its blocks, not its front matter — the issuer, speaker,
 * scope note or translator's note a user wrote there are hand edits as the blocks' English is not. Its YAML is kept as
 * written (comments, order, quoting), the page's keys it lacks appended; a key it holds that the page reads otherwise
 * keeps en.md's value, said by name with the page's, to be changed by hand if the page's is the right one.
 * Undefined when en.md has no front matter (the page's is written).
 */
function keptFrontMatter(en: string, front: Readonly<Record<string, string>>, file: VFile): string | undefined {
  const place = locateFrontMatter(en);
  if (!place) return undefined;
  const yamlText = en.slice(place.start, place.end);
  const doc = parseDocument(yamlText, { prettyErrors: false });
  if (doc.errors.length > 0) {
    refuse(file, `Cannot keep en.md's front matter (line ${place.openLine}–${place.closeLine}): its YAML does not parse (${doc.errors[0].message.split('\n')[0]}); fix it, or move en.md away to write the page's`, undefined, 'align-front-matter');
    return undefined;
  }
  let appended = '';
  for (const [key, value] of Object.entries(front)) {
    if (!doc.has(key)) {
      appended += stringify({ [key]: value }, { lineWidth: 0 });
      continue;
    }
    const own = doc.get(key);
    if (own !== value) {
      file.message(`Kept en.md's ${key} “${clip(String(own), 40)}” (front matter, line ${place.openLine}–${place.closeLine}): the aligned page's would be “${clip(value, 40)}” — change it by hand if that is the right one`, { ruleId: 'align-front-matter', source: SOURCE });
    }
  }
  return `---\n${yamlText}${yamlText.length === 0 || yamlText.endsWith('\n') ? '' : '\n'}${appended}---\n`;
}

/**
 * A last paragraph that stops mid-sentence: the page cut there. It ends without a full stop (a comma, a colon, a word:
 * "…With greater passion,", "…Around 13.5", "*Investment in R&D and in env") and is no numbered heading (a page rarely
 * ends on a heading, never on a cut one with its label).
 */
function midSentence(text: string): boolean {
  return !/[.!?]["”’)\]]*$/.test(text) && !(looksLikeHeading(text) && enLabel(text) !== undefined);
}

/** An English paragraph that runs on into the next: a list's lead-in (…:) or an item (…; / …; and / …; or). */
function continuesList(text: string): boolean {
  return /(?::|;(?:\s+(?:and|or))?)$/.test(text);
}

/**
 * The prior of a paragraph before the other page's first or after its last (align.ts `overhang`): pages cut at
 * different points are the usual case (round 2: three of four pairs start or end apart), a paragraph missing in the
 * middle (blockBeads' 0.01) is not.
 */
const OVERHANG = 0.5;

/** English letters per Chinese character tried: 1.5 to about 9, 15% apart. */
const RATIOS = Array.from({ length: 14 }, (_, k) => 1.5 * 1.15 ** k);

/** Whole paragraphs vary in length around the ratio more than sentences do (align.ts's default is Gale & Church's). */
const BLOCK_VARIANCE = 4 * sentenceVariance;

/** English length per Chinese character over the 1–1 beads (the text both pages share). */
function oneToOneRatio(beads: readonly Bead[], zh: readonly string[], en: readonly string[]): number | undefined {
  let z = 0;
  let e = 0;
  for (const b of beads) {
    if (b.zh.length !== 1 || b.en.length !== 1) continue;
    z += zh[b.zh[0]].length;
    e += en[b.en[0]].length;
  }
  return z >= 20 && e > 0 ? e / z : undefined;
}

function nearestEnglish(beads: readonly Bead[], n: number, step: 1 | -1): number {
  for (let k = n + step; k >= 0 && k < beads.length; k += step) {
    const en = beads[k].en;
    if (en.length > 0) return step === 1 ? en[0] : en[en.length - 1];
  }
  return -1;
}

function nearestChinese(beads: readonly Bead[], n: number): number {
  for (let k = n - 1; k >= 0; k--) if (beads[k].zh.length > 0) return beads[k].zh.at(-1)!;
  return -1;
}

const roman: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function romanValue(label: string): number {
  return [...label].reduce((sum, c, i, all) => sum + (roman[c] < (roman[all[i + 1]] ?? 0) ? -roman[c] : roman[c]), 0);
}

/** A heading's anchors: its kind and its outline number (一、 → #1, （三） → #3). */
function zhMarks(block: ParsedBlock): string[] {
  if (block.kind === 'title') return ['heading'];
  if (block.kind !== 'heading') return [];
  const numbering = numberingOf(block.text.trim());
  return numbering ? ['heading', `#${numbering.ordinal}`] : ['heading'];
}

/** An English line read as a heading: at most 25 words, no sentence end, none inside either. */
function looksLikeHeading(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words <= 25 && !/[.!?:;,]["”’)\]]*$/.test(text) && !/[a-z)][.!?]["”’]?\s+[A-Z]/.test(text);
}

/** The English label of a numbered heading: I. / (II) / 3. / (4). */
export function enLabel(text: string): number | undefined {
  // I. / (II) / 3. / (4), "Part I" (Beijing 2020: "Part I 2019 in Review"), a numeral and a capital ("I Review of Work …")
  const label = /^\(?([IVXL]+|\d{1,2})(?:\.|\))\s+\S/.exec(text) ?? /^Part\s+([IVXL]+|\d{1,2})\b/.exec(text) ?? /^([IVX]+)\s+[A-Z][a-z]/.exec(text);
  if (!label) return undefined;
  return /^\d/.test(label[1]) ? Number(label[1]) : romanValue(label[1]);
}

function enMarks(text: string): string[] {
  if (!looksLikeHeading(text)) return [];
  const n = enLabel(text);
  return n === undefined ? ['heading'] : ['heading', `#${n}`];
}

/** Why a 1–1 bead is doubtful, or undefined: figures that differ, a heading against a sentence, a length far off the ratio. */
function lowConfidence(block: ParsedBlock, english: string, ratio: number, cut = false): string | undefined {
  const zh = zhFigures(block.text);
  const en = enFigures(english);
  // (a figure the English writes as a word is there: 4次 ↔ "four times")
  const pool = [...en, ...enWordFigures(english)];
  // (and a figure the Chinese writes as a word is there too: 十九大、二十大 ↔ "the 19th and 20th National Congresses")
  for (const n of zhWordFigures(block.text)) take(pool, n);
  const onlyZh: number[] = [];
  for (const n of zh) {
    const at = pool.indexOf(n);
    if (at >= 0) pool.splice(at, 1);
    else onlyZh.push(n);
  }
  // (an English figure the Chinese lacks is often a year the English adds: "the first few months of 2020")
  // A cut paragraph lacks figures of the Chinese that were cut off; a figure it has that the Chinese lacks still counts
  // (a year it adds aside, and a last figure the cut may have shortened: "Around 13.5" of 13.52 million).
  const last = enFigures(english.replace(/[\d.,]+$/, '')).length;
  const differs = pool.filter((n, k) => !(n >= 1900 && n <= 2100 && Number.isInteger(n)) && !(k === pool.length - 1 && last < en.length && n === en.at(-1)));
  if (onlyZh.length > 0 && (!cut || differs.length > 0)) return `figures of the Chinese are not in the English: ${onlyZh.join(', ')}${pool.length > 0 ? ` (the English has ${pool.join(', ')})` : ''}`;
  if (block.kind === 'heading' && !looksLikeHeading(english)) return 'a heading of the Chinese is placed with English that reads as a sentence';
  if (block.kind === 'paragraph' && looksLikeHeading(english) && enLabel(english) !== undefined) return 'a paragraph of the Chinese is placed with English that reads as a numbered heading';
  const expected = block.text.length * ratio;
  if (block.text.length >= 20 && ((english.length < expected / 2.5 && !cut) || english.length > expected * 2.5)) {
    return `its length is far from the report's (${english.length} letters for ${block.text.length} Chinese characters, about ${Math.round(expected)} expected)`;
  }
  return undefined;
}

/**
 * The English of several Chinese blocks in one paragraph: its sentences aligned to theirs, cut
 * where one block's sentences end; undefined when a bead straddles a boundary or a block gets none.
 */
function splitAcross(blocks: readonly ParsedBlock[], english: string, matcher: TermMatcher | undefined): string[] | undefined {
  const zhSentences: string[] = [];
  const blockOf: number[] = [];
  blocks.forEach((b, k) => {
    for (const s of splitSentences(b.text, 'zh')) {
      zhSentences.push(s);
      blockOf.push(k);
    }
  });
  const enSentences = splitSentences(english, 'en');
  const parts: string[][] = blocks.map(() => []);
  for (const bead of alignSentences(zhSentences, enSentences, { matcher })) {
    const owners = new Set(bead.zh.map((i) => blockOf[i]));
    if (owners.size > 1) return undefined;
    const owner = owners.size === 1 ? [...owners][0] : undefined;
    if (owner === undefined) return undefined;
    parts[owner].push(...bead.en.map((j) => enSentences[j]));
  }
  return parts.every((p) => p.length > 0) ? parts.map((p) => p.join(' ')) : undefined;
}

/**
 * A block's English as phrasing: a heading or paragraph as it is, a paragraph whose Chinese opens with a
 * bold lead sentence with the English sentences the sentence aligner pairs with that lead set bold.
 */
function phrasingOf(block: ParsedBlock, text: string, matcher: TermMatcher | undefined, place: EnglishParagraph, file: VFile): PhrasingContent[] {
  const first = block.node.children[0];
  if (block.kind !== 'paragraph' || first?.type !== 'strong') return [{ type: 'text', value: text }];
  const lead = toString(first);
  const zhSentences = splitSentences(block.text, 'zh');
  const enSentences = splitSentences(text, 'en');
  const leadCount = splitSentences(lead, 'zh').length;
  let zhSeen = 0;
  let enSeen = 0;
  for (const bead of alignSentences(zhSentences, enSentences, { matcher })) {
    zhSeen += bead.zh.length;
    enSeen += bead.en.length;
    if (zhSeen >= leadCount) break;
  }
  let count = zhSeen === leadCount && enSeen > 0 && enSeen < enSentences.length ? enSeen : 0;
  if (count === 0) {
    count = enSentences.length > 1 ? 1 : 0;
    file.message(
      `The Chinese of ${describe(block)} opens with a bold lead sentence (“${clip(lead, 24)}”) and no sentence boundary of the English matches its end: ${count ? 'its first English sentence is set bold' : 'the English is left plain (check reports it)'} — check`,
      { place, ruleId: 'align-lead', source: SOURCE },
    );
  }
  if (count === 0) return [{ type: 'text', value: text }];
  const bold = enSentences.slice(0, count).join(' ');
  const rest = enSentences.slice(count).join(' ');
  return [{ type: 'strong', children: [{ type: 'text', value: bold }] }, { type: 'text', value: ` ${rest}` }];
}
