/**
 * The translatable front matter of a report (title, issuer, occasion,
 * speaker, scope note, the heading of its notes section) for XLIFF units `meta-<key>`. Edits replace only the
 * value's own range in the YAML (via the yaml CST ranges), so other keys and
 * their formatting stay as written.
 */
import { isCollection, isScalar, isSeq, parseDocument, stringify, type Scalar } from 'yaml';
import { reviewableMetaKeys, type ReviewableMetaKey } from '../model/meta-keys.ts';
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
  const fm = locateFrontMatter(value);
  if (!fm) return ordered.length === 0 ? value : `---\n${reviewedKey}: [${ordered.join(', ')}]\n---\n\n${value}`;
  const yamlText = value.slice(fm.start, fm.end);
  const doc = parseDocument(yamlText);
  const pair = doc.contents && isCollection(doc.contents) ? (doc.contents.items as Array<{ key: unknown; value: unknown }>).find((p) => isScalar(p.key) && p.key.value === reviewedKey) : undefined;
  const line = ordered.length === 0 ? '' : `${reviewedKey}: [${ordered.join(', ')}]\n`;
  if (pair && isScalar(pair.key) && pair.key.range) {
    // the whole line(s) of the key: from its start to the end of its value's last line
    const start = fm.start + yamlText.lastIndexOf('\n', pair.key.range[0] - 1) + 1;
    const valueEnd = (pair.value as { range?: [number, number, number] } | null)?.range?.[2] ?? pair.key.range[2];
    const newline = yamlText.indexOf('\n', valueEnd - 1);
    const end = fm.start + (newline === -1 ? yamlText.length : newline + 1);
    return value.slice(0, start) + line + value.slice(end);
  }
  if (!line) return value;
  return value.slice(0, fm.end) + line + value.slice(fm.end);
}

const reviewedKey = 'front_matter_reviewed';
