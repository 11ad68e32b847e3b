/**
 * Types of the translation QA stage (`duizhao check`).
 */
import type { VFileMessage } from 'vfile-message';
import type { ParsedBlock } from '../model/parse.ts';
import type { Block, Publication } from '../model/types.ts';
import type { HouseDateStyle } from '../config/types.ts';
import type { Glossary, TermMatcher } from '../glossary/types.ts';

export type RuleId =
  | 'missing'
  | 'orphan'
  | 'order'
  | 'duplicate-id'
  | 'stale'
  | 'mt-draft'
  | 'number-mismatch'
  | 'term-mismatch'
  | 'untranslated'
  | 'notes-heading'
  | 'front-matter-english'
  | 'occasion-date'
  | 'punctuation'
  | 'state'
  | 'markup-parity'
  | 'repeated-word'
  | 'brackets'
  | 'end-punctuation'
  | 'date-style';

export type Severity = 'error' | 'warning' | 'info';

export interface CheckOptions {
  /** Term base for `term-mismatch`; the rule is skipped without a matcher. */
  glossary?: Glossary;
  /** Term matcher (glossary `createMatcher`); the rule is skipped without one. */
  matcher?: TermMatcher;
  /**
   * Draft build: untranslated blocks (`missing`) and unreviewed machine
   * translations (`mt-draft`) are reported as info instead of failing.
   * Default: false.
   */
  draft?: boolean;
  /**
   * The house's date style (duizhao.config.yaml `check.dateStyle`): `date-style` warns on every date of the English
   * written the other way. Default: none (it warns only on a report that mixes both).
   */
  dateStyle?: HouseDateStyle;
}

export interface CheckStats {
  /** Chinese blocks (unique ids). */
  blocks: number;
  /** Blocks with an English twin (any state). */
  translated: number;
  /** English twins marked `state=reviewed`. */
  reviewed: number;
  /** English twins marked `state=mt` (machine drafts). */
  mt: number;
  /** Chinese blocks without English. */
  missing: number;
  /** English twins whose `src=` is not the current Chinese hash. */
  stale: number;
  /** English blocks whose id is not in the Chinese. */
  orphans: number;
  /**
   * The front-matter values en.md has (title, subtitle, issuer …, the translator's note: each a CAT unit `meta-<key>`),
   * and those of them not recorded reviewed (`front_matter_reviewed`): the front matter is no block, so the counts above
   * leave it out (stop 55: a reviser's `check` said "43 reviewed" whatever the title's state).
   */
  frontMatter: number;
  frontMatterUnreviewed: string[];
  /** The front-matter values whose English was made from an earlier Chinese (their `front_matter_src` record not zh.md's). */
  frontMatterStale: string[];
  errors: number;
  warnings: number;
  infos: number;
  /** Messages per rule id. */
  byRule: Record<string, number>;
}

export interface CheckResult {
  messages: VFileMessage[];
  stats: CheckStats;
}

/** What each rule receives. */
export interface RuleContext {
  publication: Publication;
  parsed: { zh: ParsedBlock[]; en?: ParsedBlock[] };
  orphans: ParsedBlock[];
  options: Readonly<CheckOptions>;
  /** Attributes of each English block by id (first occurrence). */
  enAttributes: Map<string, ParsedBlock>;
  /** Report one message; severity comes from the rule table (index.ts). */
  report: (message: Report) => void;
}

export interface Report {
  ruleId: RuleId;
  reason: string;
  file: 'zh' | 'en';
  place: { line: number; column: number; offset?: number } | { start: Point; end: Point };
  /** The Chinese (or first) location this message relates to. */
  cause?: VFileMessage;
  /** Block the message is about (for per-block `ignore=` suppression). */
  block?: Block;
  /** (new user round 32) The front-matter key the message is about: a CAT tool's unit `meta-<key>` (blockFindings). */
  metaKey?: string;
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

export type Rule = (context: RuleContext) => void;
