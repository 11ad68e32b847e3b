/**
 * The translatable front matter of a report (title, issuer, occasion,
 * speaker, scope note, the heading of its notes section) for XLIFF units `meta-<key>`. Edits replace only the
 * value's own range in the YAML (via the yaml CST ranges), so other keys and
 * their formatting stay as written.
 */
import { isCollection, isMap, isScalar, isSeq, parseDocument, stringify, type Scalar } from 'yaml';
import { reviewableMetaKeys, translatableMetaKeys, type ReviewableMetaKey, type TranslatableMetaKey } from '../model/meta-keys.ts';
import { locateFrontMatter } from '../model/parse.ts';

/** String values of the translatable keys (and the translator's note, en.md's). */
export function readMeta(value: string): Partial<Record<ReviewableMetaKey, string>> {
  const fm = locateFrontMatter(value);
  if (!fm) return {};
  const doc = parseDocument(value.slice(fm.start, fm.end));
  const meta: Partial<Record<ReviewableMetaKey, string>> = {};
  for (const key of reviewableMetaKeys) {
    const node = doc.get(key, true);
    if (isScalar(node) && typeof node.value === 'string') meta[key] = node.value;
  }
  return meta;
}

/** Set translatable keys; a key that is absent is appended, a missing front matter is created. */
export function writeMeta(value: string, updates: Partial<Record<ReviewableMetaKey, string>>): string {
  const entries = Object.entries(updates).filter(([, v]) => v !== undefined) as Array<[ReviewableMetaKey, string]>;
  if (entries.length === 0) return value;
  const fm = locateFrontMatter(value);
  if (!fm) return `---\n${entries.map(([k, v]) => `${k}: ${inline(v)}`).join('\n')}\n---\n\n${value}`;
  const yamlText = value.slice(fm.start, fm.end);
  const doc = parseDocument(yamlText);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const appended: string[] = [];
  for (const [key, text] of entries) {
    const node = doc.get(key, true);
    if (isScalar(node) && node.range) {
      const [start, end] = node.range;
      const block = yamlText.slice(start, end).endsWith('\n');
      // the value written in its own style where YAML allows (a note the translator wrote in double quotes stays so)
      edits.push({ start: fm.start + start, end: fm.start + end, text: inline(text, node.type) + (block ? '\n' : '') });
    } else appended.push(`${key}: ${inline(text)}\n`);
  }
  let result = value;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  if (appended.length > 0) {
    const at = locateFrontMatter(result)!.end;
    result = result.slice(0, at) + appended.join('') + result.slice(at);
  }
  return result;
}

/**
 * One-line YAML scalar: in the quoting `style` of the value it replaces (double, single, or plain when that is safe, as
 * stringify falls back), else plain when safe and quoted otherwise. A block scalar (`|`, `>`) is written on one line.
 * (stop 55: a reviser's note imported over `translator_note: "…"` came back unquoted, a changed line beyond its words.)
 */
function inline(text: string, style?: Scalar.Type | null): string {
  const quoting = style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE' ? style : 'PLAIN';
  return stringify(text, { lineWidth: 0, defaultStringType: quoting }).replace(/\n$/, '');
}

/** The front-matter values en.md records as reviewed (`front_matter_reviewed`), in the order of `reviewableMetaKeys`. */
export function readReviewedMeta(value: string): ReviewableMetaKey[] {
  const fm = locateFrontMatter(value);
  if (!fm) return [];
  const node = parseDocument(value.slice(fm.start, fm.end)).get(reviewedKey, true);
  const listed = new Set(isSeq(node) ? node.items.map((item) => String(isScalar(item) ? item.value : item)) : []);
  return reviewableMetaKeys.filter((key) => listed.has(key));
}

/**
 * Record which front-matter values are reviewed: `front_matter_reviewed: [title, issuer]` (one flow line, in the order of
 * `reviewableMetaKeys`), replaced where it stands, appended when absent, removed when none is; every other key as written.
 */
export function writeReviewedMeta(value: string, keys: readonly ReviewableMetaKey[]): string {
  const ordered = reviewableMetaKeys.filter((key) => keys.includes(key));
  return replaceKeyLine(value, reviewedKey, ordered.length === 0 ? '' : `${reviewedKey}: [${ordered.join(', ')}]\n`);
}

/**
 * The Chinese each English front-matter value was made from, as en.md records it (`front_matter_src: {title: "1a2b3c4d"}`):
 * the hash of zh.md's value (`sourceHash`, as a block's `src=`), so that `check` tells English left behind by a Chinese
 * changed since (`stale`). A value with no record is not checked (en.md written before stop 55, or by hand).
 */
export function readMetaSources(value: string): Partial<Record<TranslatableMetaKey, string>> {
  const fm = locateFrontMatter(value);
  if (!fm) return {};
  const node = parseDocument(value.slice(fm.start, fm.end)).get(sourcesKey, true);
  const sources: Partial<Record<TranslatableMetaKey, string>> = {};
  if (!isMap(node)) return sources;
  for (const key of translatableMetaKeys) {
    const hash = node.get(key);
    // (a hash only as a string: one written unquoted that YAML read as a number, "01234567" → 1234567, is no record to trust)
    if (typeof hash === 'string') sources[key] = hash;
  }
  return sources;
}

/**
 * Record the hashes of the Chinese the English values were made from: one flow line, `front_matter_src: {title: "…", …}`
 * in the order of `translatableMetaKeys` (each hash quoted: "01234567" or "1e234567" would be read as a number), replaced
 * where it stands, appended when absent, removed when empty; every other key as written.
 */
export function writeMetaSources(value: string, sources: Readonly<Partial<Record<TranslatableMetaKey, string>>>): string {
  const entries = translatableMetaKeys.flatMap((key) => (sources[key] ? [`${key}: "${sources[key]}"`] : []));
  return replaceKeyLine(value, sourcesKey, entries.length === 0 ? '' : `${sourcesKey}: {${entries.join(', ')}}\n`, reviewedKey);
}

/** Whether two records of `front_matter_src` name the same hashes. */
export function sameSources(a: Readonly<Partial<Record<TranslatableMetaKey, string>>>, b: Readonly<Partial<Record<TranslatableMetaKey, string>>>): boolean {
  return translatableMetaKeys.every((key) => a[key] === b[key]);
}

/**
 * Put `line` (a whole `key: …` line, or '' to remove it) where `key` stands in the front matter; when absent, before the
 * line of `before` if the front matter has that key, else at its end (so that two records always stand in one order).
 */
function replaceKeyLine(value: string, key: string, line: string, before?: string): string {
  const fm = locateFrontMatter(value);
  if (!fm) return line === '' ? value : `---\n${line}---\n\n${value}`;
  const yamlText = value.slice(fm.start, fm.end);
  const doc = parseDocument(yamlText);
  const pair = topLevelPair(doc, key);
  if (pair) {
    // the whole line(s) of the key: from its start to the end of its value's last line
    const start = fm.start + lineStart(yamlText, pair.keyRange[0]);
    const valueEnd = pair.valueRange?.[2] ?? pair.keyRange[2];
    const newline = yamlText.indexOf('\n', valueEnd - 1);
    const end = fm.start + (newline === -1 ? yamlText.length : newline + 1);
    return value.slice(0, start) + line + value.slice(end);
  }
  if (!line) return value;
  const next = before === undefined ? undefined : topLevelPair(doc, before);
  const at = next === undefined ? fm.end : fm.start + lineStart(yamlText, next.keyRange[0]);
  return value.slice(0, at) + line + value.slice(at);
}

/** The source ranges of top-level `key` and of its value (the yaml CST's `[start, valueEnd, nodeEnd]`), when the front matter has it. */
function topLevelPair(doc: ReturnType<typeof parseDocument>, key: string): { keyRange: [number, number, number]; valueRange?: [number, number, number] } | undefined {
  if (!doc.contents || !isCollection(doc.contents)) return undefined;
  const pair = (doc.contents.items as Array<{ key: unknown; value: unknown }>).find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
  return { keyRange: pair.key.range, valueRange: (pair.value as { range?: [number, number, number] } | null)?.range ?? undefined };
}

/** The start of the line that holds `offset`. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

const sourcesKey = 'front_matter_src';
const reviewedKey = 'front_matter_reviewed';
