/**
 * Checks before any work that would otherwise fail deep inside a renderer:
 * the font packages every edition embeds must be installed. A font chosen in
 * the config gets a message at its key; a default one names the npm command.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Config } from '../config/types.ts';
import { codeFrame } from '../config/code-frame.ts';
import { repoRoot } from './inputs.ts';
import type { BuildProblem } from './types.ts';

export const defaultFonts = {
  zhSerif: '@fontsource/noto-serif-sc',
  zhSans: '@fontsource/noto-sans-sc',
  enSerif: '@fontsource/source-serif-4',
  enSans: '@fontsource/source-sans-3',
} as const;

/** Resolved from the pipeline's own location, as the font module resolves them. */
const require = createRequire(path.join(repoRoot, 'pipeline/render/fonts.ts'));

export function checkFonts(config: Config, configFile: VFile | undefined, resolve: (name: string) => string = require.resolve): BuildProblem[] {
  const problems: BuildProblem[] = [];
  for (const [role, fallback] of Object.entries(defaultFonts) as Array<[keyof typeof defaultFonts, string]>) {
    const name = config.fonts?.[role] ?? fallback;
    try {
      resolve(`${name}/package.json`);
    } catch {
      const fromConfig = config.fonts?.[role] !== undefined && configFile;
      if (fromConfig) {
        const text = String(configFile.value);
        const offset = text.indexOf(name);
        const point = (offset >= 0 ? location(configFile).toPoint(offset) : undefined) ?? { line: 1, column: 1 };
        const message = configFile.message(`Font package \`${name}\` (fonts.${role}) is not installed; install it with \`npm install ${name}\` or remove the key to use ${fallback}`, {
          place: point,
          ruleId: 'font-missing',
          source: 'build',
        });
        message.fatal = true;
        message.note = codeFrame(text, point.line, point.column);
      } else {
        problems.push({ message: `Font package \`${name}\` is not installed (every edition embeds it)`, hint: `Run \`npm install ${name}\` in ${repoRoot}` });
      }
    }
  }
  return problems;
}
