/**
 * `duizhao glossary export --format tbx|csv [-o file]` writes the term base
 * for CAT tools (stdout without -o).
 * `duizhao glossary check` validates glossary.yaml and lists entries that no
 * report under content/reports uses (info). Exit 1 when the glossary has errors.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { writeOutput } from './output.ts';
import path from 'node:path';
import type { CAC } from 'cac';
import { reporter } from 'vfile-reporter';
import { createMatcher, exportCsv, exportTbx, loadGlossary, reportUnused, unusedEntries } from '../glossary/index.ts';
import { loadPublication } from '../model/index.ts';
import type { Publication } from '../model/index.ts';

export interface GlossaryFlags {
  format?: string;
  output?: string;
  glossary?: string;
  reports?: string;
  bom?: boolean;
  quiet?: boolean;
}

const defaultGlossary = path.join('content', 'glossary.yaml');
const defaultReports = path.join('content', 'reports');

export function registerGlossary(cli: CAC): void {
  cli
    .command('glossary <action>', 'Term base: `export` (TBX-Basic or CSV for CAT tools) or `check` (validate, list unused entries)')
    .option('--format <format>', 'export: `tbx` (TBX-Basic, martif) or `csv` (UTF-8 with BOM)', { default: 'tbx' })
    .option('-o, --output <file>', 'export: write to this file instead of stdout')
    .option('--glossary <file>', `Glossary file (default: ${defaultGlossary})`)
    .option('--reports <dir>', `check: folder of report folders with zh.md (default: ${defaultReports})`)
    .option('--no-bom', 'export csv: without the UTF-8 byte-order mark')
    .option('--quiet', 'check: errors and warnings only (no unused-entry info)')
    .example('duizhao glossary export --format tbx -o dist/glossary.tbx')
    .example('duizhao glossary check')
    .action(async (action: string, flags: GlossaryFlags) => {
      process.exitCode = await runGlossary(action, flags);
    });
}

/** The whole command; returns the exit code. Exported for tests. */
export async function runGlossary(action: string, flags: Readonly<GlossaryFlags>): Promise<number> {
  if (action !== 'export' && action !== 'check') {
    console.error(`duizhao glossary: error Unexpected action \`${action}\`, expected \`export\` or \`check\``);
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
    reportUnused(file, glossary, unusedEntries(glossary, pubs, createMatcher(glossary)), where);
  }
  console.error(reporter(file, { quiet: flags.quiet === true }));
  console.error(`${glossary.entries.length} entries; ${pubs.length} report(s) checked`);
  return failed ? 1 : 0;
}

async function reportDirs(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  const names = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return names.map((name) => path.join(root, name)).filter((dir) => existsSync(path.join(dir, 'zh.md')));
}
