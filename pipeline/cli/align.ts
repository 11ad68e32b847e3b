/**
 * `duizhao align <slug> <english page or text file> [--force] [--dry-run] [--json]`: an official English
 * translation published apart from the Chinese, aligned block by block into content/reports/<slug>/en.md
 * (translate/official.ts). Messages at the English page's lines (vfile-reporter on stderr, or JSON);
 * exit 1 when refused (en.md exists without --force, a page that is not English, a loss), en.md untouched; with
 * --force the aligned English replaces en.md's blocks, its front matter is kept (official.ts keptFrontMatter).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CAC } from 'cac';
import { reporter } from 'vfile-reporter';
import { jsonMessage, readReportTexts, writeAtomically } from './output.ts';
import { EnglishPageError, readEnglishPage } from '../translate/english-page.ts';
import { alignOfficial } from '../translate/official.ts';
import { loadTerms } from './check.ts';

interface AlignFlags {
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
  content?: string;
}

export function registerAlign(cli: CAC): void {
  cli
    .command('align <slug> <english>', 'Put a published official English translation (a web page or text file) under the report\'s block ids in en.md (state=translated)')
    .option('--force', 'Replace an existing en.md')
    .option('--dry-run', 'Align and report, write nothing')
    .option('--json', 'Print {messages, stats, blocks} as JSON')
    .option('--content <dir>', 'Content folder (default: content)')
    .action(async (slug: string, english: string, flags: AlignFlags) => {
      process.exitCode = await runAlign(slug, english, flags);
    });
}

async function runAlign(slug: string, englishPath: string, flags: AlignFlags): Promise<number> {
  const content = path.resolve(flags.content ?? 'content');
  const dir = path.join(content, 'reports', slug);
  const zhPath = path.join(dir, 'zh.md');
  if (!existsSync(zhPath)) throw new Error(`No report \`${slug}\`: ${zhPath} does not exist (ingest the Chinese first: duizhao ingest <page> --slug ${slug})`);
  if (!existsSync(englishPath)) throw new Error(`No English page at ${englishPath}`);
  const enPath = path.join(dir, 'en.md');
  const { zh, en } = await readReportTexts(dir);
  let page;
  try {
    page = readEnglishPage(await readFile(englishPath), path.basename(englishPath));
  } catch (error) {
    if (error instanceof EnglishPageError) throw new Error(`${englishPath}:1:1: ${error.message} (${error.ruleId})`);
    throw error;
  }
  const { matcher } = await loadTerms(content);
  const result = alignOfficial({ slug, zh, en, page, pagePath: englishPath, matcher, force: flags.force });
  const refused = result.file.messages.some((m) => m.fatal);
  const rel = path.relative(process.cwd(), enPath);
  const written = !refused && !flags.dryRun && result.value !== undefined;
  if (written) await writeAtomically(enPath, result.value!);
  const s = result.stats;
  if (flags.json) {
    const messages = result.file.messages.map((m) => jsonMessage(englishPath, m));
    const blocks = result.beads.map((b) => ({ ids: b.ids, english: b.english.map((p) => ({ line: p.line, column: p.column })), ...(b.low ? { low: b.low } : {}) }));
    console.log(JSON.stringify({ en: rel, written, stats: s, messages, blocks }, null, 2));
  } else {
    const report = reporter([result.file], { quiet: false, color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR });
    if (report) console.error(report);
    if (refused) console.error(`${rel}: ${en === undefined ? 'not created' : 'not changed'} — the alignment was refused (see above)`);
    else {
      const verb = flags.dryRun ? (en === undefined ? 'would create it' : 'would replace its blocks (its front matter kept)') : en === undefined ? 'created' : 'replaced its blocks (its front matter kept)';
      const how = [s.joined ? `${s.joined} joined` : '', s.split ? `${s.split} split` : ''].filter(Boolean).join(', ');
      console.log(
        `${rel}: ${verb} with the English of ${s.placed} of ${s.blocks} block(s)${how ? ` (${how})` : ''}, state=translated, not reviewed; ` +
          `${s.missing} block(s) without English (pending), ${s.unplaced} English paragraph(s) of ${s.paragraphs} placed nowhere, ${s.low} low-confidence bead(s) — see the messages above.\n` +
          `Next: duizhao check ${slug} (figures and terms), then review each block and \`duizhao review ${slug} <id…>\`.`,
      );
    }
  }
  return refused ? 1 : 0;
}
