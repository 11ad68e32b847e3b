/**
 * `duizhao glossary export --format tbx|csv [-o file]` writes the term base
 * for CAT tools (stdout without -o).
 * `duizhao glossary import <file>` brings a CAT tool's terms (TBX, CSV, memoQ's Excel workbook, OmegaT's glossary.txt) into glossary.yaml:
 * new terms appended as entries, all or nothing (glossary/import.ts).
 * `duizhao glossary check` validates glossary.yaml and lists entries that no
 * report under content/reports uses (info), and terms the reports' English gives in more than one of their accepted forms
 * (info, `term-renderings`). Exit 1 when the glossary has errors.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { writeAtomically, writeOutput } from './output.ts';
import path from 'node:path';
import type { CAC } from 'cac';
import { reporter } from 'vfile-reporter';
import { createMatcher, exportCsv, exportTbx, loadGlossary, parseGlossary, reportRenderings, reportUnused, termRenderings, unusedEntries } from '../glossary/index.ts';
import { appendEntries, mergeTerms, readSheetTerms, readTerms, termFileFormat } from '../glossary/import.ts';
import { sheetRows, termSheet } from '../glossary/import-xlsx.ts';
import { DecodeError, decode, type Decoded } from '../ingest/decode.ts';
import { loadPublication } from '../model/index.ts';
import type { Publication } from '../model/index.ts';

export interface GlossaryFlags {
  format?: string;
  output?: string;
  glossary?: string;
  reports?: string;
  bom?: boolean;
  quiet?: boolean;
  dryRun?: boolean;
  withoutForbidden?: boolean;
}

const defaultGlossary = path.join('content', 'glossary.yaml');
const defaultReports = path.join('content', 'reports');

export function registerGlossary(cli: CAC): void {
  cli
    .command('glossary <action> [file]', 'Term base: `export` (TBX-Basic or CSV for CAT tools), `import <file>` (a CAT tool\'s terms: TBX, CSV, Excel .xlsx or OmegaT\'s glossary.txt) or `check` (validate, list unused entries and terms rendered more than one way)')
    .option('--format <format>', 'export: `tbx` (TBX-Basic, martif) or `csv` (UTF-8 with BOM)', { default: 'tbx' })
    .option('-o, --output <file>', 'export: write to this file instead of stdout')
    .option('--glossary <file>', `Glossary file (default: ${defaultGlossary})`)
    .option('--reports <dir>', `check: folder of report folders with zh.md (default: ${defaultReports})`)
    .option('--no-bom', 'export csv: without the UTF-8 byte-order mark')
    .option('--quiet', 'check: errors and warnings only (no unused-entry info)')
    .option('--dry-run', 'import: say what would be added, write nothing')
    .option('--without-forbidden', 'import: leave out the terms the term base marks forbidden or deprecated, each said (else they refuse the import)')
    .example('duizhao glossary export --format tbx -o dist/glossary.tbx')
    .example('duizhao glossary import omegat/glossary/glossary.txt')
    .example('duizhao glossary check')
    .action(async (action: string, file: string | undefined, flags: GlossaryFlags) => {
      process.exitCode = action === 'import' ? await runGlossaryImport(file, flags) : await runGlossary(action, flags);
    });
}

/** The whole command; returns the exit code. Exported for tests. */
export async function runGlossary(action: string, flags: Readonly<GlossaryFlags>): Promise<number> {
  if (action !== 'export' && action !== 'check') {
    console.error(`duizhao glossary: error Unexpected action \`${action}\`, expected \`export\`, \`import\` or \`check\``);
    return 2;
  }
  const glossaryPath = flags.glossary ?? defaultGlossary;
  let loaded;
  try {
    loaded = await loadGlossary(glossaryPath);
  } catch (error) {
    console.error(`duizhao glossary: error ${(error as Error).message}`);
    return 1;
  }
  const { glossary, file } = loaded;
  const failed = file.messages.some((m) => m.fatal === true);

  if (action === 'export') {
    if (failed) {
      console.error(reporter(file, { quiet: true }));
      console.error('duizhao glossary: not exported; fix the errors above first');
      return 1;
    }
    const format = (flags.format ?? 'tbx').toLowerCase();
    if (format !== 'tbx' && format !== 'csv') {
      console.error(`duizhao glossary: error Unexpected format \`${flags.format}\`, expected \`tbx\` or \`csv\``);
      return 2;
    }
    const output = format === 'tbx' ? exportTbx(glossary) : exportCsv(glossary, { bom: flags.bom !== false });
    if (flags.output) {
      try {
        await writeOutput(flags.output, output);
      } catch (error) {
        console.error(`duizhao glossary: error Could not write ${flags.output}: ${(error as Error).message}`);
        return 1;
      }
      console.error(`Wrote ${glossary.entries.length} entries as ${format.toUpperCase()} to ${flags.output}`);
    } else {
      // `… | head` closes the pipe early: that is not an error worth a stack trace.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') {
          console.error(`duizhao glossary: error Could not write to stdout: ${error.message}`);
          process.exitCode = 1;
        }
      });
      process.stdout.write(output);
    }
    return 0;
  }

  const reportsDir = flags.reports ?? defaultReports;
  const pubs: Publication[] = [];
  for (const dir of await reportDirs(reportsDir)) {
    try {
      pubs.push((await loadPublication({ dir })).publication);
    } catch (error) {
      console.error(`duizhao glossary: warning Could not load ${dir}: ${(error as Error).message}`);
    }
  }
  if (!failed) {
    const where = pubs.length > 0 ? pubs.map((p) => p.slug).join(', ') : `the reports (none found in ${reportsDir})`;
    const matcher = createMatcher(glossary);
    reportUnused(file, glossary, unusedEntries(glossary, pubs, matcher), where);
    // a term the reports give in two of its accepted forms: `check` passes both, a reviser decides (stop 59)
    reportRenderings(file, glossary, termRenderings(glossary, pubs, matcher));
  }
  // --quiet: errors and warnings only. vfile-reporter's own `quiet` hides only files without messages, so the infos
  // (unused entries, terms rendered more than one way) are taken out here (was: printed all the same, stop 59)
  if (flags.quiet === true) file.messages = file.messages.filter((m) => m.fatal !== undefined);
  console.error(reporter(file, { quiet: flags.quiet === true }));
  console.error(`${glossary.entries.length} entries; ${pubs.length} report(s) checked`);
  return failed ? 1 : 0;
}

async function reportDirs(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  const names = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return names.map((name) => path.join(root, name)).filter((dir) => existsSync(path.join(dir, 'zh.md')));
}

/**
 * `glossary import <file>`: the file's new terms appended to glossary.yaml (created when the project has none), or
 * nothing written and exit 1 when the file cannot be read whole or says otherwise than the glossary of a term it holds.
 * Exported for tests.
 */
export async function runGlossaryImport(termPath: string | undefined, flags: Readonly<GlossaryFlags>): Promise<number> {
  const format = termPath ? termFileFormat(termPath) : undefined;
  if (!termPath || !format) {
    // (New user round 41) an old binary workbook (.xls) or another spreadsheet is not read: said with what to save it as
    const sheet = termPath && /^\.(?:xls|xlsm|xlsb|ods|numbers)$/i.test(path.extname(termPath)) ? ' — save the sheet as an Excel workbook (.xlsx) or CSV' : '';
    console.error(`duizhao glossary: error ${termPath ? `Unexpected file type \`${path.extname(termPath) || termPath}\`` : 'Missing the file to import'}, expected a term base as TBX (.tbx, .xml), CSV (.csv: the export's header, memoQ's columns by language, or OmegaT's source,target,comment), an Excel workbook (.xlsx: memoQ's Excel export, the same columns as its CSV) or OmegaT's glossary (.txt, .tsv, .utf8)${sheet}`);
    return 2;
  }
  const glossaryPath = flags.glossary ?? defaultGlossary;
  let termBytes: Buffer;
  try {
    termBytes = await readFile(termPath);
  } catch (error) {
    console.error(`duizhao glossary: error Could not read ${termPath}: ${(error as Error).message}`);
    return 1;
  }
  // (New user round 41) memoQ's Excel export: the workbook's first sheet, its rows read as a CSV's (readSheetTerms)
  if (format === 'xlsx') {
    const termFile = new VFile({ path: termPath, value: '' });
    let terms: ReturnType<typeof readTerms> = [];
    try {
      const sheet = termSheet(await sheetRows(termBytes), termFile);
      if (sheet) terms = readSheetTerms(sheet.rows, termFile, { withoutForbidden: flags.withoutForbidden === true });
    } catch (error) {
      console.error(`duizhao glossary: error ${termPath}: not read as an Excel workbook (${(error as Error).message}) — save it from the spreadsheet or memoQ as .xlsx (or CSV) and import again`);
      return 1;
    }
    return mergeAndWrite(termPath, termFile, terms, glossaryPath, flags);
  }
  // The project's one reader of bytes (ingest/decode.ts): UTF-8, UTF-16 with or without its mark (MultiTerm, Excel's
  // "Unicode text"), GB18030/GBK (OmegaT's glossary.txt on a Chinese Windows) or Big5, whichever reads as Chinese;
  // anything else is refused, not guessed.
  let decoded: Decoded;
  try {
    decoded = decode(termBytes);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    console.error(`duizhao glossary: error ${termPath}: ${error.message}`);
    return 1;
  }
  const termText = decoded.text;
  if (decoded.how === 'detected' && !/\p{Script=Han}/u.test(termText)) {
    // Not UTF-8, and no Chinese read in it however decoded (Latin-1 bytes give Latin letters in any single-byte code page).
    console.error(`duizhao glossary: error ${termPath}: not UTF-8, and no Chinese term in it read as GB18030, Big5 or ${decoded.encoding.toUpperCase()} — save it as UTF-8 and import again`);
    return 1;
  }
  if (decoded.encoding !== 'utf-8') console.error(`${termPath}: read as ${decoded.encoding.toUpperCase()}${decoded.how === 'detected' ? ' (detected: no byte-order mark)' : ''}`);
  const termFile = new VFile({ path: termPath, value: termText });
  let terms: ReturnType<typeof readTerms>;
  try {
    terms = readTerms(termFile, format, { withoutForbidden: flags.withoutForbidden === true });
  } catch {
    terms = [];
  }
  return mergeAndWrite(termPath, termFile, terms, glossaryPath, flags);
}

/** The terms read from `termFile` merged into the glossary at `glossaryPath` and written (unless a dry run), all or nothing. */
async function mergeAndWrite(termPath: string, termFile: VFile, terms: ReturnType<typeof readTerms>, glossaryPath: string, flags: Readonly<GlossaryFlags>): Promise<number> {
  const glossaryText = existsSync(glossaryPath) ? await readFile(glossaryPath, 'utf8') : '';
  const { glossary, file: glossaryFile } = parseGlossary(glossaryText, glossaryPath);
  if (glossaryText && glossaryFile.messages.some((m) => m.fatal)) {
    console.error(reporter(glossaryFile, { quiet: true }));
    console.error(`duizhao glossary: nothing imported: fix the errors in ${glossaryPath} first`);
    return 1;
  }
  const merged = termFile.messages.some((m) => m.fatal) ? undefined : mergeTerms(glossary, terms, termFile, glossaryPath);
  if (!merged || termFile.messages.some((m) => m.fatal)) {
    console.error(reporter(termFile, { quiet: true }));
    console.error(`duizhao glossary: nothing imported; ${glossaryPath} left as it was`);
    return 1;
  }
  const updated = appendEntries(glossaryText, merged.added);
  const check = parseGlossary(updated, glossaryPath);
  if (check.file.messages.some((m) => m.fatal) || check.glossary.entries.length !== glossary.entries.length + merged.added.length) {
    console.error(reporter(check.file, { quiet: true }));
    console.error(`duizhao glossary: nothing imported: the entries made from ${termPath} do not read back whole; ${glossaryPath} left as it was`);
    return 1;
  }
  // What the new entries lack (pinyin, an English note, a source): told at their lines in the updated glossary.
  const firstNewLine = glossaryText ? glossaryText.trimEnd().split('\n').length + 1 : 1;
  const lacking = new VFile({ path: glossaryPath, value: updated });
  for (const message of check.file.messages) if ((message.line ?? 0) >= firstNewLine) lacking.messages.push(message);
  const verb = flags.dryRun ? 'Would import' : 'Imported';
  if (merged.added.length > 0 && !flags.dryRun) await writeAtomically(glossaryPath, updated);
  if (termFile.messages.length > 0) console.error(reporter(termFile, { quiet: false }));
  if (lacking.messages.length > 0) console.error(reporter(lacking, { quiet: false }));
  console.error(`${verb} ${merged.added.length} new entr${merged.added.length === 1 ? 'y' : 'ies'} from ${termPath} into ${glossaryPath}${merged.added.length > 0 ? ` (${merged.added.slice(0, 12).map((e) => e.zh).join('、')}${merged.added.length > 12 ? ` and ${merged.added.length - 12} more` : ''})` : ''}; ${merged.unchanged} term(s) already there as the file gives them`);
  return 0;
}
