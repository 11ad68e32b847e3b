/**
 * `duizhao check [slug]`: translation QA over content/reports/* (or one
 * report). Prints vfile-reporter output and a summary table (with a line for
 * the front matter's review, which is no block), or JSON with `--json`; exit code 1 on errors (and on warnings with `--strict`).
 * `duizhao review <slug> <id…>|--all`: mark blocks re-reviewed after
 * updating their English (rewrites `src=` and `state=reviewed` only).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CAC } from 'cac';
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { jsonMessage } from './output.ts';
import type { CheckStats } from '../check/types.ts';
import { loadConfig } from '../config/load.ts';
import { resolvePaths } from '../core/paths.ts';
import { prepareReport } from '../core/prepare.ts';
import { loadCheckStage, loadGlossaryStage } from '../core/stages.ts';
import type { Glossary, TermMatcher } from '../glossary/types.ts';
import { listReports } from '../model/read.ts';
import { markReviewed, markTranslated } from '../translate/review.ts';

interface CheckFlags {
  json?: boolean;
  draft?: boolean;
  strict?: boolean;
  content?: string;
  config?: string;
}

export function registerCheck(cli: CAC): void {
  cli
    .command('check [slug]', 'Translation QA: alignment, stale blocks, numbers, terms, untranslated text, punctuation')
    .option('--json', 'Print {messages, stats} as JSON')
    .option('--draft', 'Report missing translations and MT drafts as info, not errors')
    .option('--strict', 'Warnings also fail (exit 1)')
    .option('--content <dir>', 'Content folder (default: content)')
    .option('--config <file>', 'Config file (default: duizhao.config.yaml|.json): its check.dateStyle')
    .action(async (slug: string | undefined, flags: CheckFlags) => {
      process.exitCode = await runCheck(slug, flags);
    });
  cli
    .command('review <slug> [...ids]', 'Mark English blocks as re-reviewed against the current Chinese (src= and state=reviewed)')
    .option('--all', 'Every English block of the report')
    .option('--content <dir>', 'Content folder (default: content)')
    .action(async (slug: string, ids: string[], flags: { all?: boolean; content?: string }) => {
      process.exitCode = await runRecord('reviewed', slug, ids, flags);
    });
  cli
    .command('translated <slug> [...ids]', 'Record that English written by hand translates the current Chinese (src= and state=translated; not a review)')
    .option('--all', 'Every English block whose src= is missing or stale')
    .option('--content <dir>', 'Content folder (default: content)')
    .action(async (slug: string, ids: string[], flags: { all?: boolean; content?: string }) => {
      process.exitCode = await runRecord('translated', slug, ids, flags);
    });
}

async function runCheck(slug: string | undefined, flags: CheckFlags): Promise<number> {
  const content = path.resolve(flags.content ?? 'content');
  const known = await listReports(content);
  const slugs = slug ? [slug] : known;
  if (slugs.length === 0) throw new Error(`No reports found in ${path.join(content, 'reports')} (folders with a zh.md)`);
  const { glossary, matcher, files: glossaryFiles } = await loadTerms(content);
  // the project's config, as a build reads it (the house's date style); a broken one is told like the glossary's problems
  const { config, file: configFile } = await loadConfig(process.cwd(), flags.config);
  const files: VFile[] = [...glossaryFiles, ...(configFile && configFile.messages.length > 0 ? [configFile] : [])];
  const rows: Array<[string, CheckStats]> = [];
  const check = await loadCheckStage();
  for (const name of slugs) {
    if (!known.includes(name)) throw new Error(`No report \`${name}\`: ${path.join(content, 'reports', name, 'zh.md')} does not exist`);
    // The same reading, loading and checking as a build, so both report the same messages.
    const report = await prepareReport(name, { contentDir: content, glossary, matcher, check, draft: flags.draft, dateStyle: config.check?.dateStyle, cacheDir: resolvePaths({}).cacheDir });
    const stats = report.stats ?? noStats();
    files.push(...report.files);
    // The table counts every message on the report's files (model parse errors too), not only the rules'.
    const all = report.files.flatMap((f) => f.messages);
    stats.errors = all.filter((m) => m.fatal === true).length;
    stats.warnings = all.filter((m) => m.fatal === false).length;
    stats.infos = all.length - stats.errors - stats.warnings;
    for (const m of all) if (m.source !== 'check') stats.byRule[m.ruleId ?? 'unknown'] = (stats.byRule[m.ruleId ?? 'unknown'] ?? 0) + 1;
    rows.push([name, stats]);
  }
  for (const file of files) file.path = path.relative(process.cwd(), file.path) || file.path;
  const all = files.flatMap((file) => file.messages.map((m) => ({ file, m })));
  const errors = all.filter(({ m }) => m.fatal === true).length;
  const warnings = all.filter(({ m }) => m.fatal === false).length;
  if (flags.json) {
    const messages = all.map(({ file, m }) => jsonMessage(file.path, m));
    const stats = rows.length === 1 ? rows[0][1] : total(rows.map(([, s]) => s));
    console.log(JSON.stringify({ messages, stats, reports: Object.fromEntries(rows), glossary: Boolean(matcher) }, null, 2));
  } else {
    const report = reporter(files, { quiet: true, color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR });
    if (report) console.error(report);
    console.log(summary(rows, Boolean(matcher)));
  }
  return errors > 0 || (flags.strict && warnings > 0) ? 1 : 0;
}

/** `review` and `translated`: rewrite `src=` (and `state=`) of English blocks in en.md. */
async function runRecord(state: 'reviewed' | 'translated', slug: string, ids: string[], flags: { all?: boolean; content?: string }): Promise<number> {
  const command = state === 'reviewed' ? 'review' : 'translated';
  if (!flags.all && ids.length === 0) throw new Error(`${command}: give block ids (e.g. \`duizhao ${command} haidian-2021 p-1a2b3c\`) or --all`);
  const dir = path.join(path.resolve(flags.content ?? 'content'), 'reports', slug);
  const enPath = path.join(dir, 'en.md');
  if (!existsSync(enPath)) throw new Error(`No English to mark ${state}: ${enPath} does not exist`);
  const zh = await readFile(path.join(dir, 'zh.md'), 'utf8');
  const en = await readFile(enPath, 'utf8');
  const mark = state === 'reviewed' ? markReviewed : markTranslated;
  const result = mark(zh, en, flags.all ? 'all' : ids, path.relative(process.cwd(), enPath));
  if (result.value !== en) await writeFile(enPath, result.value);
  const report = reporter([result.file], { quiet: true });
  if (report) console.error(report);
  console.log(result.changed.length > 0 ? `Marked ${state}: ${result.changed.join(', ')}` : 'Nothing to change.');
  return result.file.messages.some((m) => m.fatal) ? 1 : 0;
}

/** The content folder's glossary and its matcher (term-mismatch is skipped without a glossary.yaml). */
export async function loadTerms(content: string): Promise<{ glossary?: Glossary; matcher?: TermMatcher; files: VFile[] }> {
  const file = path.join(content, 'glossary.yaml');
  if (!existsSync(file)) return { files: [] };
  const { loadGlossary, createMatcher } = await loadGlossaryStage();
  const { glossary, file: glossaryFile } = await loadGlossary(file);
  if (glossaryFile.messages.some((m) => m.fatal)) return { files: [glossaryFile] };
  return { glossary, matcher: createMatcher(glossary), files: [glossaryFile] };
}

function noStats(): CheckStats {
  return { blocks: 0, translated: 0, reviewed: 0, mt: 0, missing: 0, stale: 0, orphans: 0, frontMatter: 0, frontMatterUnreviewed: [], frontMatterStale: [], errors: 0, warnings: 0, infos: 0, byRule: {} };
}

function total(all: CheckStats[]): CheckStats {
  const sum = (key: keyof Omit<CheckStats, 'byRule' | 'frontMatterUnreviewed' | 'frontMatterStale'>) => all.reduce((n, s) => n + s[key], 0);
  const byRule: Record<string, number> = {};
  for (const s of all) for (const [rule, n] of Object.entries(s.byRule)) byRule[rule] = (byRule[rule] ?? 0) + n;
  return {
    blocks: sum('blocks'), translated: sum('translated'), reviewed: sum('reviewed'), mt: sum('mt'), missing: sum('missing'),
    stale: sum('stale'), orphans: sum('orphans'), frontMatter: sum('frontMatter'), frontMatterUnreviewed: all.flatMap((s) => s.frontMatterUnreviewed),
    frontMatterStale: all.flatMap((s) => s.frontMatterStale),
    errors: sum('errors'), warnings: sum('warnings'), infos: sum('infos'), byRule,
  };
}

function summary(rows: Array<[string, CheckStats]>, terms: boolean): string {
  const head = ['report', 'blocks', 'translated', 'reviewed', 'mt', 'stale', 'missing', 'errors', 'warnings'];
  const body = rows.map(([slug, s]) => [slug, s.blocks, s.translated, s.reviewed, s.mt, s.stale, s.missing, s.errors, s.warnings].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const byRule: Record<string, number> = {};
  for (const [, s] of rows) for (const [rule, n] of Object.entries(s.byRule)) byRule[rule] = (byRule[rule] ?? 0) + n;
  const rules = Object.entries(byRule).sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(', ');
  return [
    line(head),
    ...body.map(line),
    `messages by rule: ${rules || 'none'}`,
    ...rows.filter(([, s]) => s.frontMatter > 0).map(([slug, s]) => frontMatterLine(rows.length > 1 ? slug : undefined, s)),
    ...(terms ? [] : ['term-mismatch skipped: no valid content/glossary.yaml']),
  ].join('\n');
}

/**
 * The front matter's review, which the table (blocks) leaves out: "front matter: 6 values, 6 reviewed", or the values
 * not yet reviewed by their unit ids, as `duizhao review` takes them ("…, 3 reviewed; not reviewed: meta-translator_note").
 */
function frontMatterLine(slug: string | undefined, s: CheckStats): string {
  const reviewed = s.frontMatter - s.frontMatterUnreviewed.length;
  const rest = s.frontMatterUnreviewed.length > 0 ? `; not reviewed: ${s.frontMatterUnreviewed.map((key) => `meta-${key}`).join(', ')}` : '';
  // (and the values made from an earlier Chinese: `stale` errors above, named here with the rest of the front matter)
  const stale = s.frontMatterStale.length > 0 ? `; stale: ${s.frontMatterStale.map((key) => `meta-${key}`).join(', ')}` : '';
  return `front matter${slug ? ` of ${slug}` : ''}: ${s.frontMatter} value${s.frontMatter === 1 ? '' : 's'}, ${reviewed} reviewed${rest}${stale}`;
}
