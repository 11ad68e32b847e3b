/**
 * `duizhao ids <slug>`: add the missing block ids of a report's zh.md (a block
 * written or pasted by hand), the way ingest assigns them. en.md is left alone:
 * an English block takes the id of its Chinese twin, which only a person knows.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CAC } from 'cac';
import { addMissingIds } from '../model/add-ids.ts';

export function registerIds(cli: CAC): void {
  cli
    .command('ids <slug>', 'Give every heading and paragraph of zh.md without an id one, as ingest does (existing ids never change)')
    .option('--content <dir>', 'Content folder (default: content)')
    .action(async (slug: string, flags: { content?: string }) => {
      const zhPath = path.join(path.resolve(flags.content ?? 'content'), 'reports', slug, 'zh.md');
      if (!existsSync(zhPath)) throw new Error(`No report \`${slug}\`: ${zhPath} does not exist`);
      const value = await readFile(zhPath, 'utf8');
      const result = addMissingIds(value);
      if (result.value !== value) await writeFile(zhPath, result.value);
      const where = path.relative(process.cwd(), zhPath);
      console.log(result.added.length > 0 ? result.added.map((a) => `${where}:${a.line}: added {#${a.id}}`).join('\n') : 'Every block has an id.');
    });
}
