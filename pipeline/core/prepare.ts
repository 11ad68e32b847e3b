/**
 * Per report, before any rendering: read (strict UTF-8), load into the model,
 * apply the build's size limits, run the checks, tell the characters no font draws (glyphs.ts). Messages land on the files.
 */
import type { VFile } from 'vfile';
import type { CheckStats } from '../check/types.ts';
import type { HouseDateStyle } from '../config/types.ts';
import type { Glossary, TermMatcher } from '../glossary/types.ts';
import { buildPublication, type LoadResult } from '../model/load.ts';
import { chineseTag } from '../model/script.ts';
import { reportCharactersWithoutGlyph } from './glyphs.ts';
import { readReport, type ReportSource } from './inputs.ts';
import type { CheckStage } from './stages.ts';

/** Larger blocks are refused: nobody writes a 1 MB paragraph, and layout engines choke on them. */
export const maxBlockBytes = 512 * 1024;

export interface PreparedReport {
  slug: string;
  source: ReportSource;
  load?: LoadResult;
  /** The checks' figures; absent when the report could not be read or parsed. */
  stats?: CheckStats;
  files: VFile[];
  errors: number;
  warnings: number;
  /** Why the report is a draft (no en.md, `draft: true`, build.drafts); absent when it is not. */
  draft?: string;
  /** Skipped as a draft (a plain build): not checked, not rendered. */
  skipped?: boolean;
}

export interface PrepareContext {
  contentDir: string;
  glossary?: Glossary;
  matcher?: TermMatcher;
  check?: CheckStage;
  /** A draft build: check as a draft (missing English is no error) and build drafts too. */
  draft?: boolean;
  /** Build the drafts too (default: `draft`; the dev preview sets it). */
  withDrafts?: boolean;
  /** Slugs the config marks as drafts (build.drafts). */
  drafts?: readonly string[];
  /** The house's date style (the config's check.dateStyle): every report's `date-style` check reads it. */
  dateStyle?: HouseDateStyle;
  /** Where the build keeps what it has worked out (glyphs.ts keeps its answers there). */
  cacheDir?: string;
}

export async function prepareReport(slug: string, ctx: PrepareContext): Promise<PreparedReport> {
  const source = await readReport(ctx.contentDir, slug);
  const files = [source.zh, ...(source.en ? [source.en] : [])];
  const unreadable = files.some((file) => file.messages.some((m) => m.fatal === true));
  let load: LoadResult | undefined;
  let stats: CheckStats | undefined;
  if (!unreadable) {
    load = buildPublication(slug, source.zh, source.en);
    const draft = draftReason(slug, load, ctx.drafts);
    // a plain build publishes the finished reports and lists the drafts it skipped
    // (a draft that cannot even be parsed is still reported)
    const parsed = !files.some((file) => file.messages.some((m) => m.fatal === true));
    if (draft && !(ctx.withDrafts ?? ctx.draft) && parsed) return { slug, source, load, files: [], errors: 0, warnings: 0, draft, skipped: true };
    limitBlocks(load);
    const parseFailed = files.some((file) => file.messages.some((m) => m.fatal === true));
    if (ctx.check && !parseFailed) {
      try {
        ({ stats } = ctx.check.checkPublication(load, { glossary: ctx.glossary, matcher: ctx.matcher, draft: ctx.draft, dateStyle: ctx.dateStyle }));
      } catch (error) {
        source.zh.message(`The checks crashed on this report: ${(error as Error).message}`, { ruleId: 'check-crashed', source: 'build' }).fatal = true;
      }
    }
    if (!parseFailed) await reportCharactersWithoutGlyph(files, chineseTag(load.publication), ctx.cacheDir);
  }
  const all = files.flatMap((file) => file.messages);
  return {
    draft: load ? draftReason(slug, load, ctx.drafts) : undefined,
    slug,
    source,
    load,
    stats,
    files,
    errors: all.filter((m) => m.fatal === true).length,
    warnings: all.filter((m) => m.fatal === false).length,
  };
}

/** Why a report is a draft, or undefined when it is ready to publish. */
export function draftReason(slug: string, load: LoadResult, drafts: readonly string[] = []): string | undefined {
  if (load.publication.meta.zh.draft) return '`draft: true` in zh.md';
  if (drafts.includes(slug)) return 'listed in build.drafts of the config';
  if (!load.publication.files.en) return 'no en.md yet';
  return undefined;
}

function limitBlocks(load: LoadResult): void {
  const check = (blocks: LoadResult['parsed']['zh'] | undefined, file: VFile | undefined) => {
    if (!blocks || !file) return;
    for (const block of blocks) {
      const bytes = Buffer.byteLength(block.text, 'utf8');
      if (bytes <= maxBlockBytes) continue;
      file.message(
        `Block \`${block.attributes.id}\` is ${(bytes / 1048576).toFixed(1)} MB of text; the limit is ${maxBlockBytes / 1024} KB per block. Split it into paragraphs (each with its own id)`,
        { place: { line: block.line, column: 1 }, ruleId: 'block-too-large', source: 'build' },
      ).fatal = true;
    }
  };
  check(load.parsed.zh, load.publication.files.zh);
  check(load.parsed.en, load.publication.files.en);
}
