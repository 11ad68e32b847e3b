/**
 * The inputs shared by every report of a build: configuration, editions and
 * the renderers present, the glossary and its matcher (the paths: paths.ts).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VFile } from 'vfile';
import { loadConfig } from '../config/load.ts';
import type { Config, Edition } from '../config/types.ts';
import type { Glossary, TermMatcher } from '../glossary/types.ts';
import type { Renderer } from '../render/types.ts';
import { hashPath } from './inputs.ts';
import type { Paths } from './paths.ts';
import { checkFonts } from './preflight.ts';
import { loadCheckStage, loadGlossaryStage, loadRenderer, type CheckStage, type GlossaryStage } from './stages.ts';
import type { BuildOptions, BuildProblem } from './types.ts';
import type { RenderEnv } from './jobs.ts';

export interface LazyRenderer {
  codeId?: string;
  load(): Promise<Renderer>;
  /** Started before load() when the job renders: the PDF's Chromium boots (~1 s, its own process) while the modules load. */
  warmUp?(env: RenderEnv): void;
}

export interface Setup {
  config: Config;
  configHash: string;
  editions: Edition[];
  /** Renderers by edition, loaded on first use (a fully cached build never imports them). */
  renderers: Map<Edition, LazyRenderer>;
  glossary?: Glossary;
  matcher?: TermMatcher;
  glossaryStage: GlossaryStage;
  glossaryHash: string;
  check: CheckStage;
  concurrency: number;
  files: VFile[];
  problems: BuildProblem[];
}

/** The last glossary loaded in this process, by path and content hash (see setup). */
let glossaryMemo: { path: string; hash: string; loaded: Awaited<ReturnType<GlossaryStage['loadGlossary']>>; matcher: TermMatcher | undefined } | undefined;

export async function setup(options: BuildOptions, paths: Paths): Promise<Setup> {
  const files: VFile[] = [];
  const problems: BuildProblem[] = [];
  const { config, file: configFile, source } = await loadConfig(paths.root, options.configPath);
  if (configFile) files.push(configFile);

  const wanted = options.only && options.only.length > 0 ? options.only : config.editions;
  const renderers = new Map<Edition, LazyRenderer>();
  for (const edition of wanted) {
    if (!options.renderers) {
      const warmUp = edition === 'pdf' ? (env: RenderEnv) => void env.browser?.get().catch(() => undefined) : undefined;
      renderers.set(edition, { load: () => loadRenderer(edition), warmUp });
      continue;
    }
    // Renderers given by the caller (tests, tools) replace the built-in ones; an edition without one is not built.
    const given = options.renderers.find((r) => r.edition === edition);
    if (given) renderers.set(edition, { codeId: given.codeId, load: async () => given });
    else if (options.only?.includes(edition)) problems.push({ message: `The ${edition} edition cannot be built: no renderer was given for it`, edition });
  }

  if (renderers.size > 0) problems.push(...checkFonts(options.resolveModule));

  const glossaryPath = path.join(paths.contentDir, 'glossary.yaml');
  const glossaryStage = await loadGlossaryStage();
  let glossary: Glossary | undefined;
  let matcher: TermMatcher | undefined;
  const glossaryHash = await hashPath(glossaryPath);
  if (existsSync(glossaryPath)) {
    // The dev server builds on every save: the glossary (YAML parse, schema, matcher
    // automaton: ~100 ms) is reused while its content hash is the same.
    const memo = glossaryMemo?.path === glossaryPath && glossaryMemo.hash === glossaryHash ? glossaryMemo : undefined;
    const loaded = memo?.loaded ?? (await glossaryStage.loadGlossary(glossaryPath, { cacheDir: paths.cacheDir }));
    files.push(loaded.file);
    if (!loaded.file.messages.some((m) => m.fatal === true)) {
      glossary = loaded.glossary;
      matcher = memo?.matcher ?? glossaryStage.createMatcher(glossary);
    }
    glossaryMemo = { path: glossaryPath, hash: glossaryHash, loaded, matcher };
  }
  const check = await loadCheckStage();

  const concurrency = Math.max(1, options.concurrency ?? config.build?.concurrency ?? os.availableParallelism());
  return {
    config,
    configHash: source ?? 'default',
    editions: [...renderers.keys()],
    renderers,
    glossary,
    matcher,
    glossaryStage,
    glossaryHash,
    check,
    concurrency,
    files,
    problems,
  };
}
