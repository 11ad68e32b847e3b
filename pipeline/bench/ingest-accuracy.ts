/**
 * Ingest accuracy over the corpus of real report pages
 * (test/fixtures/ingest-corpus/<case>/: input.txt|input.html and a
 * hand-checked expected.yaml). Each case is ingested as a new user would
 * (no --meta) and every field of expected.yaml is checked: title, issuer,
 * date and where it came from, occasion, speaker, disclosure fields, cover
 * notice, heading texts and levels, lines that must not be headings,
 * boilerplate that must be gone from the body, where the body starts, and
 * lead sentences (precision and recall); for a whole text also its notes
 * (each entry a note definition, called from the text), passages the page's
 * markup broke over lines that must read in one paragraph, and where the
 * text ends (its last paragraph, nothing of the page after it). Used by test/ingest-corpus.test.ts
 * (per check) and by `duizhao bench --ingest` (the per-field table).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { findDate } from '../ingest/dates.ts';
import { ingest, type IngestResult } from '../ingest/index.ts';
import { emptyCounts, normalizeText } from '../ingest/normalize.ts';
import { stripPinyin } from '../ingest/pinyin.ts';

/** expected.yaml: what a careful reader takes from the page (fields the page does not give are absent). */
export interface ExpectedReading {
  url?: string;
  site?: string;
  kind?: string;
  level?: string;
  title?: string;
  issuer?: string;
  date?: string;
  date_source?: string;
  occasion?: string;
  speaker?: string;
  cover_notice?: string;
  disclosure?: Record<string, string>;
  headings?: Array<{ level: number; text: string }>;
  not_headings?: string[];
  boilerplate?: string[];
  leads?: string[];
  first_paragraph?: string;
  /**
   * The report's notes (名词解释 / 注释 …), each entry by its number: the first words
   * of its text as printed after the number (a term-keyed entry with its term), and
   * whether the text calls it (a footnote call after its marker or its term; default
   * true — a note nothing calls is not printed).
   */
  notes?: Array<{ label: string | number; text: string; called?: boolean }>;
  /** Passages that must read within one paragraph (a line the page's markup broke: `PM` / `2.5` / `年平均浓度…`). */
  paragraphs?: string[];
  /** The first words of the last paragraph of the text (nothing of the page — furniture, links — after it). */
  last_paragraph?: string;
  /** The page is refused by design (rule id of the fatal message, e.g. `no-chinese` for an English-only page): no field is scored. */
  ingest_refuses?: string;
}

export interface CorpusCase {
  name: string;
  dir: string;
  inputName: string;
  input: Buffer;
  expected: ExpectedReading;
}

/** The front-matter fields compared as single values. */
export const SCALAR_FIELDS = ['title', 'issuer', 'date', 'date_source', 'occasion', 'speaker', 'cover_notice'] as const;

export type Field = (typeof SCALAR_FIELDS)[number] | 'disclosure' | 'headings' | 'not_headings' | 'boilerplate' | 'body_start' | 'notes' | 'paragraphs' | 'body_end' | 'leads';

/** One comparison: a field (or one item of a list field) of one case. */
export interface Check {
  field: Field;
  /** What is compared, for messages: the field name or the item's text. */
  item: string;
  ok: boolean;
  expected: unknown;
  found: unknown;
}

export interface CaseScore {
  name: string;
  checks: Check[];
  leads: { expected: string[]; found: string[]; hits: number };
  result: IngestResult;
}

export function readCorpus(dir: string): CorpusCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'expected.yaml')))
    .map((e) => e.name)
    .sort()
    .flatMap((name) => {
      const caseDir = path.join(dir, name);
      const inputName = readdirSync(caseDir).find((f) => /^input\.(txt|html?)$/.test(f));
      if (!inputName) return [];
      const expected = parse(readFileSync(path.join(caseDir, 'expected.yaml'), 'utf8')) as ExpectedReading;
      return [{ name, dir: caseDir, inputName, input: readFileSync(path.join(caseDir, inputName)), expected }];
    });
}

/**
 * Text as compared: pinyin annotations of mirror sites off, punctuation and
 * spacing as ingest normalizes them, no final 。/； (a heading loses it),
 * so the golden may quote the page as printed.
 */
export function comparable(text: unknown): string {
  return normalizeText(stripPinyin(String(text ?? '')).text, emptyCounts())
    .replace(/\s+/g, '')
    .replace(/[。；]+$/, '');
}

function sameValue(expected: unknown, found: unknown): boolean {
  if (expected === undefined || expected === null) return found === undefined || found === null || found === '';
  if (found === undefined || found === null) return false;
  const e = String(expected);
  const f = String(found);
  const de = findDate(e);
  const df = findDate(f);
  // Dates compare as dates (2025年04月15日 = 2025-04-15); a date with a time keeps it out.
  if (de && df && de.length >= e.replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '').length - 1) return de.iso === df.iso && /\d{1,2}:\d{2}/.test(e) === /\d{1,2}:\d{2}/.test(f);
  return comparable(e) === comparable(f);
}

export function scoreCase(c: CorpusCase, result = ingest(c.input, { fileName: c.inputName, slug: c.name })): CaseScore {
  const fm = result.frontMatter;
  const e = c.expected;
  const checks: Check[] = [];
  const check = (field: Field, item: string, ok: boolean, expected: unknown, found: unknown) => checks.push({ field, item, ok, expected, found });
  for (const field of SCALAR_FIELDS) {
    const expected = field === 'date' && e.date !== undefined ? String(e.date) : e[field];
    check(field, field, sameValue(expected, fm[field]), expected, fm[field]);
  }
  const disclosure = (fm.disclosure ?? {}) as Record<string, string>;
  for (const [key, value] of Object.entries(e.disclosure ?? {})) check('disclosure', key, sameValue(value, disclosure[key]), value, disclosure[key]);
  for (const key of Object.keys(disclosure)) if (!e.disclosure || !(key in e.disclosure)) check('disclosure', key, false, undefined, disclosure[key]);

  const headings = result.blocks.filter((b) => b.kind === 'heading').map((b) => ({ level: (b.depth ?? 2) - 1, text: comparable(b.text), raw: b.text }));
  const paragraphs = result.blocks.filter((b) => b.kind === 'paragraph').map((b) => comparable(b.text));
  const structured = result.blocks.flatMap((b) => (b.kind === 'box' ? [b.text] : (b.rows ?? []).flat().flatMap((cell) => ('text' in cell ? [cell.text] : [])))).map(comparable);
  const expectedHeadings = (e.headings ?? []).map((h) => ({ level: h.level, text: comparable(h.text), raw: h.text }));
  for (const h of expectedHeadings) {
    const found = headings.find((f) => f.text === h.text);
    check('headings', h.raw, found?.level === h.level, `level ${h.level}`, found ? `level ${found.level}` : 'not a heading');
  }
  for (const f of headings) {
    if (!expectedHeadings.some((h) => h.text === f.text)) check('headings', f.raw, false, 'not a heading', `level ${f.level}`);
  }
  for (const text of e.not_headings ?? []) {
    const t = comparable(text);
    const asHeading = headings.find((h) => h.text === t || h.text.startsWith(t) || t.startsWith(h.text));
    // In a paragraph, or removed with a message that quotes it (a watermark line), or a bilingual edition's English in en.md: not a heading, not lost unseen.
    // (stop 40) or a table's cell, or a box's title: a row label "一、本级收入 |" read as the table it is, a caption as its box's title
    const kept = paragraphs.some((p) => p.includes(t)) || structured.some((p) => p.includes(t.replace(/[|｜]+$/u, ''))) || result.file.messages.some((m) => comparable(m.reason).includes(t)) || (result.english !== undefined && comparable(result.english.markdown).includes(t));
    check('not_headings', text, !asHeading && kept, 'in a paragraph', asHeading ? `heading “${asHeading.raw}”` : 'missing');
  }
  const bodyTexts = result.blocks.map((b) => comparable(b.text));
  for (const line of e.boilerplate ?? []) {
    const t = comparable(line);
    // A short line is left when it is a block; one without Han characters (a page number, "P. 2") also when glued to a
    // block's Han text at either end ("…物价总体平稳，城1": a flipbook page's number run into the last paragraph).
    // (held-out round 49: only an item with a letter or figure — a stray full stop alone, "。", is no page number glued to every
    // paragraph that ends a sentence)
    const glued = (b: string) => !/\p{Script=Han}/u.test(t) && /[\p{L}\p{N}]/u.test(t) && ((b.endsWith(t) && /\p{Script=Han}$/u.test(b.slice(0, -t.length))) || (b.startsWith(t) && /^\p{Script=Han}/u.test(b.slice(t.length))));
    const left = t.length >= 8 ? bodyTexts.find((b) => b.includes(t)) : bodyTexts.find((b) => b === t || glued(b));
    check('boilerplate', line, left === undefined, 'removed', left === undefined ? 'removed' : `in the body: “${left.slice(0, 40)}”`);
  }
  if (e.first_paragraph !== undefined) {
    // (stop 40: a box's title — a table's caption — opening the text is its first words too)
    const first = result.blocks.find((b) => (b.kind === 'paragraph' || b.kind === 'box') && /\p{Script=Han}/u.test(b.text));
    const ok = first !== undefined && comparable(first.text).startsWith(comparable(e.first_paragraph));
    check('body_start', e.first_paragraph, ok, e.first_paragraph, first?.text.slice(0, 40));
  }
  const notes = result.blocks.filter((b) => b.kind === 'note');
  const called = new Set(result.blocks.flatMap((b) => [...(b.calls ?? []), ...(b.rows ?? []).flat().flatMap((cell) => ('calls' in cell ? (cell.calls ?? []) : []))].map((c) => c.label)));
  for (const n of e.notes ?? []) {
    const label = String(n.label);
    const note = notes.find((b) => b.label === label);
    check('notes', `[${label}] ${n.text}`, note !== undefined && comparable(note.text).startsWith(comparable(n.text)), n.text, note ? note.text.slice(0, 40) : 'no note');
    if (n.called !== false) check('notes', `[${label}] called`, called.has(label), 'called from the text', called.has(label) ? 'called' : 'not called');
  }
  // (a case that lists its notes: a note it does not list is wrong; the older excerpts list none)
  if (e.notes) for (const label of new Set(notes.map((b) => b.label!))) {
    if (!e.notes.some((n) => String(n.label) === label)) check('notes', `[${label}]`, false, 'no such note', 'a note');
  }
  for (const text of e.paragraphs ?? []) {
    const t = comparable(text);
    const whole = result.blocks.some((b) => b.kind !== 'heading' && comparable(b.text).includes(t));
    check('paragraphs', text, whole, 'in one paragraph', whole ? 'in one paragraph' : 'broken or missing');
  }
  if (e.last_paragraph !== undefined) {
    const last = result.blocks.filter((b) => b.kind === 'paragraph' && /\p{Script=Han}/u.test(b.text)).at(-1);
    check('body_end', e.last_paragraph, last !== undefined && comparable(last.text).startsWith(comparable(e.last_paragraph)), e.last_paragraph, last?.text.slice(0, 40));
  }
  const expectedLeads = (e.leads ?? []).map(comparable);
  const foundLeads = result.blocks.filter((b) => b.lead).map((b) => comparable(b.text.slice(0, b.lead)));
  const hits = foundLeads.filter((l) => expectedLeads.includes(l)).length;
  // Per lead, for the test: each expected lead found (recall), each marked lead expected (precision).
  for (const lead of expectedLeads) check('leads', lead, foundLeads.includes(lead), 'a lead', 'not marked');
  for (const lead of foundLeads) if (!expectedLeads.includes(lead)) check('leads', lead, false, 'not a lead', 'marked');
  return { name: c.name, checks, leads: { expected: expectedLeads, found: foundLeads, hits }, result };
}

export interface FieldTotal {
  field: Field;
  correct: number;
  total: number;
  /** Cases with at least one failed check of this field. */
  failing: string[];
}

export interface CorpusScore {
  cases: CaseScore[];
  fields: FieldTotal[];
  leads: { expected: number; found: number; hits: number; precision: number; recall: number };
  sites: number;
  /** Pages refused by design (an English-only page), by name. */
  refused: string[];
}

export function scoreCorpus(dir: string): CorpusScore {
  const corpus = readCorpus(dir);
  const cases = corpus.filter((c) => !c.expected.ingest_refuses).map((c) => scoreCase(c));
  const order: Field[] = [...SCALAR_FIELDS, 'disclosure', 'headings', 'not_headings', 'boilerplate', 'body_start', 'notes', 'paragraphs', 'body_end'];
  const fields = order.map((field) => {
    const checks = cases.flatMap((c) => c.checks.filter((k) => k.field === field).map((k) => ({ ...k, name: c.name })));
    return {
      field,
      correct: checks.filter((k) => k.ok).length,
      total: checks.length,
      failing: [...new Set(checks.filter((k) => !k.ok).map((k) => k.name))],
    };
  });
  const expected = cases.reduce((n, c) => n + c.leads.expected.length, 0);
  const found = cases.reduce((n, c) => n + c.leads.found.length, 0);
  const hits = cases.reduce((n, c) => n + c.leads.hits, 0);
  const sites = new Set(corpus.map((c) => c.expected.site ?? c.name)).size;
  const refused = corpus.filter((c) => c.expected.ingest_refuses).map((c) => c.name);
  return { cases, fields, leads: { expected, found, hits, precision: found ? hits / found : 1, recall: expected ? hits / expected : 1 }, sites, refused };
}

const labels: Record<Field, string> = {
  title: 'title',
  issuer: 'issuer',
  date: 'date',
  date_source: 'date source (occasion / written / published)',
  occasion: 'occasion',
  speaker: 'speaker',
  cover_notice: 'cover notice',
  disclosure: 'disclosure fields (per field)',
  headings: 'headings: text and level (per heading, spurious ones count as wrong)',
  not_headings: 'numbered lines that are not headings stay paragraphs',
  boilerplate: 'boilerplate lines removed from the body',
  body_start: 'body starts where the report does (nothing of the title block left)',
  notes: 'notes: each entry a note with its text, called from the text (per entry)',
  paragraphs: 'passages broken over lines read in one paragraph',
  body_end: 'the text ends with its last paragraph (nothing of the page after it)',
  leads: 'lead sentences',
};

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(0)}%`);

/** The per-field table as Markdown (for BENCHMARKS.md). */
export function accuracyTable(score: CorpusScore): string {
  const missed = (names: string[]) => (names.length === 0 ? '–' : names.length <= 4 ? names.join(', ') : `${names.length} cases`);
  const rows = score.fields.map((f) => [labels[f.field], `${f.correct}/${f.total}`, pct(f.correct, f.total), missed(f.failing)]);
  const { leads } = score;
  rows.push([
    'lead sentences',
    `${leads.hits} right of ${leads.found} marked; ${leads.expected} expected`,
    `precision ${pct(leads.hits, leads.found)}, recall ${pct(leads.hits, leads.expected)}`,
    missed(score.cases.filter((c) => c.leads.hits !== c.leads.found.length || c.leads.hits !== c.leads.expected.length).map((c) => c.name)),
  ]);
  const table = [['Field', 'Right', 'Accuracy', 'Cases with a miss'], ['---', '---:', '---:', '---'], ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const refused = score.refused.length ? ` ${score.refused.length} more refused by design, as expected (${score.refused.join(', ')}).` : '';
  return `Ingest accuracy over ${score.cases.length} real pages from ${score.sites} sites (test/fixtures/ingest-corpus).${refused}\n\n${table}\n`;
}
