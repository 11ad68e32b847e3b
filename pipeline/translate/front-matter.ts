/**
 * The translatable front matter of a report (title, issuer, occasion,
 * speaker, scope note, the heading of its notes section) for XLIFF units `meta-<key>`. Edits replace only the
 * value's own range in the YAML (via the yaml CST ranges), so other keys and
 * their formatting stay as written.
 */
import { isScalar, parseDocument, stringify } from 'yaml';
import { translatableMetaKeys, type TranslatableMetaKey } from '../model/meta-keys.ts';
import { locateFrontMatter } from '../model/parse.ts';

/** String values of the translatable keys. */
export function readMeta(value: string): Partial<Record<TranslatableMetaKey, string>> {
  const fm = locateFrontMatter(value);
  if (!fm) return {};
  const doc = parseDocument(value.slice(fm.start, fm.end));
  const meta: Partial<Record<TranslatableMetaKey, string>> = {};
  for (const key of translatableMetaKeys) {
    const node = doc.get(key, true);
    if (isScalar(node) && typeof node.value === 'string') meta[key] = node.value;
  }
  return meta;
}

/** Set translatable keys; a key that is absent is appended, a missing front matter is created. */
export function writeMeta(value: string, updates: Partial<Record<TranslatableMetaKey, string>>): string {
  const entries = Object.entries(updates).filter(([, v]) => v !== undefined) as Array<[TranslatableMetaKey, string]>;
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
      edits.push({ start: fm.start + start, end: fm.start + end, text: inline(text) + (block ? '\n' : '') });
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

/** One-line YAML scalar (plain when safe, quoted otherwise). */
function inline(text: string): string {
  return stringify(text, { lineWidth: 0 }).replace(/\n$/, '');
}
