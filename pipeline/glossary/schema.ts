/**
 * The schema of one glossary entry (valibot), and how its issues read as
 * messages. Positions are resolved by the loader from the YAML nodes.
 */
import * as v from 'valibot';

/** Starts with a letter so that it is also a valid XML ID (TBX) and HTML/CSS id. */
export const idPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const text = (what: string) =>
  v.pipe(v.string(`Unexpected value, expected ${what} as a string`), v.trim(), v.nonEmpty(`Unexpected empty ${what}`));
const list = (what: string) => v.optional(v.array(text(what), `Unexpected value, expected a list of ${what}`), []);

export const entrySchema = v.strictObject({
  id: v.pipe(text('id'), v.regex(idPattern, 'Unexpected id, expected ASCII kebab-case starting with a letter (a-z, 0-9, hyphens), e.g. `fang-guan-fu`')),
  zh: text('Chinese term (zh)'),
  pinyin: v.optional(text('pinyin')),
  en: text('English rendering (en)'),
  variants: list('English variants'),
  note_en: v.optional(text('English note (note_en)')),
  note_zh: v.optional(text('Chinese note (note_zh)')),
  note_en_national: v.optional(text('English note for a national report (note_en_national)')),
  note_zh_national: v.optional(text('Chinese note for a national report (note_zh_national)')),
  source: v.optional(text('source')),
  aliases: list('Chinese aliases'),
  alias_pinyin: v.optional(v.record(v.string(), text('alias pinyin'), 'Unexpected value, expected a map of aliases to their pinyin')),
  exclude: v.optional(v.array(text('Chinese exclusions'), 'Unexpected value, expected a list of Chinese exclusions')),
});

const knownFields = Object.keys(entrySchema.entries);
/** Fields an entry cannot work without; the others only warn when missing. */
export const recommendedFields = ['pinyin', 'note_en', 'source'];

export type EntryIssue = v.InferIssue<typeof entrySchema>;

export interface IssueReport {
  ruleId: string;
  reason: string;
  /** key path inside the entry */
  path: Array<string | number>;
  /** point at the key itself (unknown field) rather than its value */
  atKey: boolean;
}

/** Turn one valibot issue into a rule id and an "Unexpected X, expected Y" reason. */
export function describeIssue(issue: EntryIssue): IssueReport {
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  const field = String(path[0] ?? '');
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return {
      ruleId: 'unknown-field',
      reason: `Unexpected field \`${field}\`, expected one of ${knownFields.map((f) => `\`${f}\``).join(', ')}`,
      path,
      atKey: true,
    };
  }
  if (issue.type === 'strict_object' || issue.received === 'undefined') {
    return { ruleId: 'missing-field', reason: `Missing required field \`${field}\``, path: [], atKey: false };
  }
  if (issue.type === 'regex') return { ruleId: 'invalid-id', reason: issue.message, path, atKey: false };
  if (issue.type === 'non_empty') return { ruleId: 'empty-field', reason: issue.message, path, atKey: false };
  return { ruleId: 'invalid-type', reason: `${issue.message} in \`${path.join('.')}\` (received ${issue.received})`, path, atKey: false };
}
