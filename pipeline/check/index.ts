/**
 * Translation QA: `checkPublication(load, options)` runs every rule over an
 * aligned publication and returns vfile messages (also left on
 * `publication.files.zh/en`) plus counts.
 *
 * Severities (`fatal: true` = error, `false` = warning, `undefined` = info):
 * - errors: missing, orphan, duplicate-id, stale, state, number-mismatch, untranslated, markup-parity, occasion-date
 *   — each can put a wrong or absent text on a printed page;
 * - warnings: order, notes-heading, front-matter-english, term-mismatch, punctuation, repeated-word, brackets, end-punctuation, date-style, mt-draft — the model renders
 *   in Chinese order and the text is still right, but a strict build fails;
 * - with `draft: true`, missing and mt-draft become info.
 * A block can silence a rule it has been checked for by hand with
 * `ignore=<rule>[,<rule>]` in its en.md attribute (not structural rules).
 */
import type { VFileMessage } from 'vfile-message';
import type { LoadResult } from '../model/load.ts';
import type { ParsedBlock } from '../model/parse.ts';
import { reviewableMetaKeys } from '../model/meta-keys.ts';
import { staleMetaKeys } from '../model/hash.ts';
import { dateStyleRule } from './rules/date-style.ts';
import { duplicateIdRule } from './rules/duplicate-id.ts';
import { markupParityRule } from './rules/markup-parity.ts';
import { missingRule } from './rules/missing.ts';
import { mtDraftRule } from './rules/mt-draft.ts';
import { notesHeadingRule } from './rules/notes-heading.ts';
import { frontMatterEnglishRule } from './rules/front-matter-english.ts';
import { occasionDateRule } from './rules/occasion-date.ts';
import { numberMismatchRule } from './rules/number-mismatch.ts';
import { orderRule } from './rules/order.ts';
import { orphanRule } from './rules/orphan.ts';
import { punctuationRule } from './rules/punctuation.ts';
import { bracketsRule } from './rules/brackets.ts';
import { endPunctuationRule } from './rules/end-punctuation.ts';
import { repeatedWordRule } from './rules/repeated-word.ts';
import { staleRule } from './rules/stale.ts';
import { stateRule } from './rules/state.ts';
import { termMismatchRule } from './rules/term-mismatch.ts';
import { untranslatedRule } from './rules/untranslated.ts';
import type { CheckOptions, CheckResult, CheckStats, Report, Rule, RuleId, Severity } from './types.ts';

export type { CheckOptions, CheckResult, CheckStats, RuleId, Severity } from './types.ts';
export { findZhNumbers } from './numbers/zh.ts';
export { findEnNumbers } from './numbers/en.ts';
export { compareNumbers } from './numbers/match.ts';

const severities: Readonly<Record<RuleId, Severity>> = {
  missing: 'error',
  orphan: 'error',
  'duplicate-id': 'error',
  stale: 'error',
  'number-mismatch': 'error',
  untranslated: 'error',
  order: 'warning',
  'notes-heading': 'warning',
  'front-matter-english': 'warning',
  'occasion-date': 'error',
  'term-mismatch': 'warning',
  punctuation: 'warning',
  'mt-draft': 'warning',
  state: 'error',
  'markup-parity': 'error',
  'repeated-word': 'warning',
  brackets: 'warning',
  'end-punctuation': 'warning',
  'date-style': 'warning',
};

/** Content rules a block checked by hand can silence (`ignore=`); structural rules cannot be. */
const ignorableRules: RuleId[] = ['number-mismatch', 'term-mismatch', 'untranslated', 'punctuation', 'repeated-word', 'brackets', 'end-punctuation', 'date-style'];
const ignorable = new Set<RuleId>(ignorableRules);

export const rules: ReadonlyArray<[RuleId, Rule]> = [
  ['duplicate-id', duplicateIdRule],
  ['missing', missingRule],
  ['orphan', orphanRule],
  ['order', orderRule],
  ['stale', staleRule],
  ['state', stateRule(ignorableRules)],
  ['mt-draft', mtDraftRule],
  ['number-mismatch', numberMismatchRule],
  ['term-mismatch', termMismatchRule],
  ['untranslated', untranslatedRule],
  ['notes-heading', notesHeadingRule],
  ['front-matter-english', frontMatterEnglishRule],
  ['occasion-date', occasionDateRule],
  ['punctuation', punctuationRule],
  ['markup-parity', markupParityRule],
  ['repeated-word', repeatedWordRule],
  ['brackets', bracketsRule],
  ['end-punctuation', endPunctuationRule],
  ['date-style', dateStyleRule],
];

export function checkPublication(load: LoadResult, options: Readonly<CheckOptions> = {}): CheckResult {
  const { publication } = load;
  const messages: VFileMessage[] = [];
  runRules(load, options, rules, (r) => {
    const file = r.file === 'en' && publication.files.en ? publication.files.en : publication.files.zh;
    let severity = severities[r.ruleId];
    if (options.draft && (r.ruleId === 'missing' || r.ruleId === 'mt-draft')) severity = 'info';
    const place = 'start' in r.place ? r.place : { line: r.place.line, column: r.place.column, offset: r.place.offset };
    const message = file.message(r.reason, { place, ruleId: r.ruleId, source: 'check', cause: r.cause });
    message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
    messages.push(message);
  });
  return { messages, stats: statsOf(load, messages) };
}

/** What one rule finds about one block, or about a front-matter value (blockId `meta-<key>`), as `xliff import` refuses to write it or tells it at the unit. */
export interface BlockFinding {
  blockId: string;
  ruleId: RuleId;
  reason: string;
}

/**
 * What the given rules of one severity find in the given blocks, `ignore=` honoured (no message
 * is left on the publication's files): the per-block QA a tool can run before it writes — the
 * errors `xliff import` refuses, the warnings it tells (a term not used) and writes.
 */
export function blockFindings(
  load: LoadResult,
  severity: 'error' | 'warning',
  ruleIds: readonly RuleId[],
  blockIds: ReadonlySet<string>,
  options: Readonly<CheckOptions> = {},
): BlockFinding[] {
  const found: BlockFinding[] = [];
  const selected = rules.filter(([id]) => ruleIds.includes(id) && severities[id] === severity);
  runRules(load, options, selected, (r) => {
    // (a front-matter finding is its unit's, `meta-<key>`: new user round 32)
    const id = r.block?.id ?? (r.metaKey !== undefined ? `meta-${r.metaKey}` : undefined);
    if (id !== undefined && blockIds.has(id)) found.push({ blockId: id, ruleId: r.ruleId, reason: r.reason });
  });
  return found;
}

/** Run rules, passing on each report a block has not silenced with `ignore=`. */
function runRules(load: LoadResult, options: Readonly<CheckOptions>, selected: ReadonlyArray<[RuleId, Rule]>, onReport: (r: Report) => void): void {
  const enAttributes = new Map<string, ParsedBlock>();
  for (const block of load.parsed.en ?? []) if (!enAttributes.has(block.attributes.id)) enAttributes.set(block.attributes.id, block);
  const report = (r: Report) => {
    if (r.block && ignorable.has(r.ruleId)) {
      const ignored = enAttributes.get(r.block.id)?.attributes.fields.ignore?.split(',') ?? [];
      if (ignored.includes(r.ruleId)) return;
    }
    onReport(r);
  };
  for (const [, rule] of selected) rule({ publication: load.publication, parsed: load.parsed, orphans: load.orphans, options, enAttributes, report });
}

function statsOf(load: LoadResult, messages: VFileMessage[]): CheckStats {
  const blocks = load.publication.blocks;
  const translated = blocks.filter((b) => b.en);
  const byRule: Record<string, number> = {};
  for (const m of messages) byRule[m.ruleId ?? 'unknown'] = (byRule[m.ruleId ?? 'unknown'] ?? 0) + 1;
  // the front-matter values en.md has, as the colophon counts them (templates/components/colophon.ts translationStatus)
  const en = load.publication.meta.en;
  const frontMatter = reviewableMetaKeys.filter((key) => en?.[key]);
  return {
    blocks: blocks.length,
    translated: translated.length,
    reviewed: translated.filter((b) => b.enState === 'reviewed').length,
    mt: translated.filter((b) => b.enState === 'mt').length,
    missing: blocks.length - translated.length,
    stale: translated.filter((b) => b.enSourceHash !== b.sourceHash).length,
    orphans: load.orphans.length,
    frontMatter: frontMatter.length,
    frontMatterUnreviewed: frontMatter.filter((key) => !en?.front_matter_reviewed?.includes(key)),
    frontMatterStale: staleMetaKeys(load.publication.meta),
    errors: messages.filter((m) => m.fatal === true).length,
    warnings: messages.filter((m) => m.fatal === false).length,
    infos: messages.filter((m) => m.fatal === undefined || m.fatal === null).length,
    byRule,
  };
}
