/**
 * `duizhao xliff export <slug> [--xliff 1.2|2.0] [--tm file.tmx] [-o file | --omegat dir]` —
 * XLIFF for CAT tools (stdout without -o; with --omegat, 1.2 into an OmegaT project made there);
 * `duizhao xliff import <file>
 * [--slug s]` — translations (either version) back into
 * content/reports/<slug>/en.md, written atomically, or refused with
 * file:line:column and en.md untouched.
 * `duizhao mt <slug> [ids…]` — machine-translation drafts (state=mt) for the
 * blocks en.md lacks, from the endpoint in DUIZHAO_MT_URL (off when unset).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CAC } from 'cac';
import { reporter } from 'vfile-reporter';
import { fillMissing } from '../translate/mt/fill.ts';
import { mtProviderFromEnv } from '../translate/mt/openai.ts';
import { exportXliffWithLanguage } from '../translate/xliff-export.ts';
import { importXliff, readXliff, type BlockChange } from '../translate/xliff-import.ts';
import { readMemory, tallied, tallyText } from '../translate/tm-lookup.ts';
import { makeOmegatProject } from '../translate/omegat.ts';
import { readReportTexts, writeAtomically, writeOutput } from './output.ts';
import { VFile } from 'vfile';
import { loadTerms } from './check.ts';

interface XliffFlags {
  output?: string;
  omegat?: string;
  xliff?: string | number;
  tm?: string;
  slug?: string;
  content?: string;
  dryRun?: boolean;
  check?: boolean;
  sourceCopy?: boolean;
}

export function registerXliff(cli: CAC): void {
  cli
    .command('xliff <action> <target>', 'XLIFF exchange: `xliff export <slug> [--xliff 1.2|2.0] [--tm memory.tmx] [-o file | --omegat dir]`, `xliff import <file>`')
    .option('-o, --output <file>', 'export: write here instead of stdout')
    .option('--omegat <dir>', 'export: make an OmegaT project in <dir> (folders, omegat.project, level-2 TMX preferences; kept if there) and write the XLIFF 1.2 to its source/')
    .option('--xliff <version>', 'export: XLIFF version, 2.0 (default) or 1.2')
    .option('--no-source-copy', 'export (XLIFF 1.2): no target for an untranslated unit, instead of the copy of its source OmegaT needs — for a PO editor through xliff2po (msgstr "", not the Chinese as a fuzzy translation)')
    .option('--tm <file>', 'export: pre-fill untranslated units from this TMX memory (exact matches as targets, fuzzy ones as matches)')
    .option('--slug <slug>', 'import: report to write (default: the XLIFF <file id>)')
    .option('--dry-run', 'import: report what would change, write nothing')
    .option('--no-check', 'import: write English that fails the per-block QA (a changed figure, a dropped bold lead) instead of refusing it; `check` reports it')
    .option('--content <dir>', 'Content folder (default: content)')
    .action(async (action: string, target: string, flags: XliffFlags) => {
      const content = path.resolve(flags.content ?? 'content');
      if (action === 'export') process.exitCode = await runExport(content, target, flags);
      else if (action === 'import') process.exitCode = await runImport(content, target, flags);
      else throw new Error(`xliff: unknown action \`${action}\`, expected \`export\` or \`import\``);
    });
  cli
    .command('mt <slug> [...ids]', 'Fill missing English blocks with machine-translation drafts (state=mt); needs DUIZHAO_MT_URL, DUIZHAO_MT_MODEL')
    .option('--dry-run', 'Translate and report, write nothing')
    .option('--content <dir>', 'Content folder (default: content)')
    .action(async (slug: string, ids: string[], flags: XliffFlags) => {
      process.exitCode = await runMt(path.resolve(flags.content ?? 'content'), slug, ids, flags);
    });
}

async function runMt(content: string, slug: string, ids: string[], flags: XliffFlags): Promise<number> {
  const provider = mtProviderFromEnv();
  if (!provider) throw new Error('Machine translation is off: set DUIZHAO_MT_URL (an OpenAI-compatible /v1 base URL), DUIZHAO_MT_MODEL and, if needed, DUIZHAO_MT_KEY');
  const dir = path.join(content, 'reports', slug);
  const zhPath = path.join(dir, 'zh.md');
  if (!existsSync(zhPath)) throw new Error(`No report \`${slug}\`: ${zhPath} does not exist`);
  const enPath = path.join(dir, 'en.md');
  // Through the one strict reader: a file that is not UTF-8 is refused at its byte, before any request.
  const { zh, en } = await readReportTexts(dir);
  const { glossary, matcher } = await loadTerms(content);
  const result = await fillMissing({ zh, en, provider, glossary, matcher, ids: ids.length > 0 ? ids : undefined });
  const report = reporter([result.file], { quiet: true });
  if (report) console.error(report);
  if (result.filled.length > 0 && !flags.dryRun) await writeAtomically(enPath, result.value);
  console.log(result.filled.length > 0
    ? `${flags.dryRun ? 'Would add' : 'Added'} ${result.filled.length} machine draft(s) (state=mt) from ${provider.name}: ${result.filled.join(', ')}. Review each, then \`duizhao review ${slug} <id>\`.`
    : 'No missing blocks: nothing to translate.');
  return 0;
}

async function runExport(content: string, slug: string, flags: XliffFlags): Promise<number> {
  const dir = path.join(content, 'reports', slug);
  const zhPath = path.join(dir, 'zh.md');
  if (!existsSync(zhPath)) throw new Error(`No report \`${slug}\`: ${zhPath} does not exist`);
  const version = xliffVersion(flags.xliff ?? (flags.omegat ? '1.2' : '2.0'));
  if (version !== '2.0' && version !== '1.2') throw new Error(`xliff export: unknown --xliff ${version}, expected 2.0 or 1.2`);
  if (flags.omegat && version !== '1.2') throw new Error(`xliff export: --omegat writes XLIFF 1.2 (what OmegaT reads), not --xliff ${version}`);
  if (flags.omegat && flags.output) throw new Error('xliff export: --omegat writes to <dir>/source/; leave out -o');
  if (flags.sourceCopy === false && (flags.omegat || version !== '1.2'))
    throw new Error(flags.omegat
      ? 'xliff export: --omegat keeps the copy of the source in each untranslated target (OmegaT translates targets: a unit without one is no segment); leave out --no-source-copy'
      : 'xliff export: --no-source-copy is for XLIFF 1.2 (--xliff 1.2); XLIFF 2.0 never copies the source into a target');
  const { glossary, matcher } = await loadTerms(content);
  const memory = flags.tm ? tallied(await readMemory(flags.tm)) : undefined;
  const lookup = memory?.lookup;
  const { xml, srcLang } = await exportXliffWithLanguage({
    slug,
    ...(await readReportTexts(dir)),
    version,
    glossary,
    matcher,
    lookup,
    sourceCopy: flags.sourceCopy !== false,
  });
  if (flags.tm && memory) console.error(tallyText(flags.tm, memory.tally));
  if (flags.omegat) {
    const project = flags.omegat;
    const { written, kept, keptLang } = await makeOmegatProject(project, srcLang);
    if (keptLang !== undefined && keptLang.toLowerCase() !== srcLang.toLowerCase())
      console.error(`Warning: ${path.join(project, 'omegat.project')} (kept) says <source_lang>${keptLang}</source_lang>; this report's source language is ${srcLang} (Project › Properties, or remove the file to have it written)`);
    const xlf = path.join(project, 'source', `${slug}.xlf`);
    await writeFile(xlf, xml);
    const files = [...written.map((f) => `${f} written`), ...kept.map((f) => `${f} kept`)].join(', ');
    console.error(
      `Wrote ${xlf} in an OmegaT project (${files}).\n` +
        `Next: memories in ${path.join(project, 'tm/auto')}/ (duizhao tm export -o ${path.join(project, 'tm/auto/duizhao.tmx')}), ` +
        `the term base in ${path.join(project, 'glossary')}/ (duizhao glossary export -o ${path.join(project, 'glossary/duizhao.tbx')}); ` +
        `translate in OmegaT (without the GUI: omegat ${project} --mode=console-translate --config-dir=${path.join(project, 'config')}), ` +
        `then: duizhao xliff import ${path.join(project, 'target', `${slug}.xlf`)}`,
    );
  } else if (flags.output) {
    await writeOutput(flags.output, xml);
    console.error(`Wrote ${flags.output}`);
  } else process.stdout.write(xml);
  return 0;
}

/** The --xliff value as written: the option parser reads `2.0` as the number 2 (and `1.2` as 1.2). */
function xliffVersion(value: string | number): string {
  return typeof value === 'number' && Number.isInteger(value) ? value.toFixed(1) : String(value);
}

async function runImport(content: string, xliffPath: string, flags: XliffFlags): Promise<number> {
  if (!existsSync(xliffPath)) throw new Error(`No XLIFF file at ${xliffPath}`);
  const xliff = await readFile(xliffPath, 'utf8');
  const slug = flags.slug ?? xliffSlug(xliff, xliffPath);
  if (!slug) throw new Error(`${xliffPath}: no <file id="…"> (2.0) or <file original="…"> (1.2) naming the report; pass --slug`);
  const dir = path.join(content, 'reports', slug);
  const zhPath = path.join(dir, 'zh.md');
  if (!existsSync(zhPath)) throw new Error(`${xliffPath} is for report \`${slug}\`, but ${zhPath} does not exist (pass --slug?)`);
  const enPath = path.join(dir, 'en.md');
  const { zh, en } = await readReportTexts(dir);
  const { glossary, matcher } = await loadTerms(content);
  const result = await importXliff({ xliff, xliffPath, slug, zh, en, check: flags.check !== false, glossary, matcher });
  const report = reporter([result.file], { quiet: true });
  if (report) console.error(report);
  if (result.file.messages.some((m) => m.fatal)) {
    console.error(`${path.relative(process.cwd(), enPath)}: ${en === undefined ? 'not created' : 'not changed'} — the import was refused (see above)`);
    return 1;
  }
  if (result.value !== (en ?? '') && !flags.dryRun) await writeAtomically(enPath, result.value);
  const verb = flags.dryRun ? 'would update' : 'updated';
  // Front-matter values are not blocks; a new en.md is created, not updated.
  const blocks = result.updated.filter((id) => !id.startsWith('meta-'));
  const meta = result.updated.filter((id) => id.startsWith('meta-')).map((id) => id.slice(5));
  const frontMatter = meta.length ? `; front matter: ${meta.join(', ')}` : '';
  const inserted = result.inserted.length ? ` (${result.inserted.join(', ')})` : '';
  const rel = path.relative(process.cwd(), enPath);
  if (en === undefined && result.value !== '') console.log(`${rel}: ${flags.dryRun ? 'would create it' : 'created'} with ${result.inserted.length} block(s)${inserted}${frontMatter}`);
  else console.log(`${rel}: ${verb} ${blocks.length} block(s)${blocks.length ? ` (${blocks.join(', ')})` : ''}, inserted ${result.inserted.length}${inserted}${frontMatter}${whatChanged(result.changes)}`);
  return result.file.messages.some((m) => m.fatal) ? 1 : 0;
}

/**
 * Of the blocks an import updated: whose English it rewrote and whose state it changed — a reviser's file updates every
 * block it marks reviewed, and "updated 5 block(s)" alone did not say which English the review had corrected.
 */
function whatChanged(changes: readonly BlockChange[]): string {
  if (changes.length === 0) return '';
  const summary = (list: readonly BlockChange[], name: (id: string) => string) => {
    const rewritten = list.filter((c) => c.english).map((c) => name(c.id));
    const moves = new Map<string, number>();
    for (const c of list) if (c.from !== c.to) moves.set(`${c.from} → ${c.to}`, (moves.get(`${c.from} → ${c.to}`) ?? 0) + 1);
    const states = moves.size ? [...moves].map(([move, n]) => `${n} ${move}`).join(', ') : 'none';
    return { rewritten: `English rewritten in ${rewritten.length}${rewritten.length ? ` (${rewritten.join(', ')})` : ''}`, states };
  };
  // (stop 54) the front matter's values apart, by key: their English and their review state travel too now
  const blocks = changes.filter((c) => !c.id.startsWith('meta-'));
  const meta = changes.filter((c) => c.id.startsWith('meta-'));
  const b = summary(blocks, (id) => id);
  const source = blocks.filter((c) => !c.english && c.from === c.to).length;
  const own = blocks.length ? ` — ${b.rewritten}; state changed: ${b.states}${source ? `; \`src=\` alone in ${source}` : ''}` : '';
  if (meta.length === 0) return own;
  const m = summary(meta, (id) => id.slice(5));
  return `${own}${own ? ';' : ' —'} front matter: ${m.rewritten}, state changed: ${m.states}`;
}

/** The report an XLIFF file names; a file that is not XLIFF throws with its line:column. */
function xliffSlug(xliff: string, xliffPath: string): string | undefined {
  const file = new VFile({ path: xliffPath, value: xliff });
  return readXliff(xliff, file).slug;
}

