/**
 * `duizhao tm export [-o memory.tmx]` — a TMX 1.4b memory of every translated
 * report under content/reports, at paragraph and sentence level.
 */
import { writeOutput } from './output.ts';
import path from 'node:path';
import type { CAC } from 'cac';
import { listReports } from '../model/read.ts';
import { loadPublication } from '../model/load.ts';
import { memoryUnits, writeTmx, type MemoryUnit } from '../translate/tmx.ts';
import { loadTerms } from './check.ts';

interface TmFlags {
  output?: string;
  content?: string;
}

export function registerTm(cli: CAC): void {
  cli
    .command('tm <action>', 'Translation memory: `tm export [-o memory.tmx]` (TMX 1.4b of every translated report, paragraphs and aligned sentences)')
    .option('-o, --output <file>', 'write here instead of stdout')
    .option('--content <dir>', 'Content folder (default: content)')
    .action(async (action: string, flags: TmFlags) => {
      if (action !== 'export') throw new Error(`tm: unknown action \`${action}\`, expected \`export\``);
      const content = path.resolve(flags.content ?? 'content');
      const { matcher } = await loadTerms(content);
      const units: MemoryUnit[] = [];
      for (const slug of await listReports(content)) {
        const { publication } = await loadPublication({ dir: path.join(content, 'reports', slug), slug });
        if (publication.files.en) units.push(...memoryUnits(publication, { matcher }));
      }
      const tmx = writeTmx(units);
      const sentences = units.filter((u) => u.level === 'sentence').length;
      if (flags.output) {
        await writeOutput(flags.output, tmx);
        console.error(`Wrote ${flags.output}: ${units.length - sentences} paragraph and ${sentences} sentence unit(s)`);
      } else process.stdout.write(tmx);
    });
}
