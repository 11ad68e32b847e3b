/** Which file configures a project: the first of these in its root (none: the defaults). A light module: a rebuild with nothing changed hashes the file without parsing it. */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const configFileNames = ['duizhao.config.yaml', 'duizhao.config.yml', 'duizhao.config.json'] as const;

export function findConfigFile(root: string): string | undefined {
  for (const name of configFileNames) {
    const candidate = path.join(root, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
