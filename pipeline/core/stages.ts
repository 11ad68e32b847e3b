/**
 * The other stages, loaded on demand and guarded: the build works with
 * whatever stages exist in this checkout (a missing stage is skipped with a
 * notice), and a no-op rebuild never loads the renderers or puppeteer.
 * Types mirror the contracts in TEAM.md ("Public faces of the stages").
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Config, Edition } from '../config/types.ts';
import type { Glossary, TermMatcher } from '../glossary/types.ts';
import type { LoadResult } from '../model/load.ts';
import type { Lang, Publication } from '../model/types.ts';
import type { RenderedFile, Renderer, Translate } from '../render/types.ts';

export interface GlossaryStage {
  loadGlossary(path: string): Promise<{ glossary: Glossary; file: VFile }>;
  createMatcher(glossary: Glossary): TermMatcher;
  annotate(pub: Publication, glossary: Glossary, matcher: TermMatcher): void;
}
export interface CheckStage {
  checkPublication(load: LoadResult, options: { glossary?: Glossary; matcher?: TermMatcher; draft?: boolean }): { messages: VFileMessage[] };
}
export interface HtmlStage {
  htmlRenderer: Renderer;
  renderCatalogue?(pubs: Publication[], ctx: { distDir: string; t: Record<Lang, Translate>; config: Config; cacheDir?: string }): Promise<RenderedFile[]>;
}
export interface BrowserStage {
  launchBrowser(options: { signal?: AbortSignal; timeoutMs?: number }): Promise<{ browser: import('puppeteer').Browser; close(): Promise<void> }>;
  findBrowserExecutable?(): string | undefined | Promise<string | undefined>;
}
export interface I18nStage {
  createTranslators(): Promise<Record<Lang, Translate>>;
}

/** Source folders (relative to the repository root) whose code shapes each edition's output. */
export const codeFolders: Record<Edition | 'common', string[]> = {
  common: ['pipeline/model', 'pipeline/glossary', 'pipeline/render/fonts.ts', 'pipeline/render/types.ts', 'templates', 'package-lock.json'],
  html: ['pipeline/render/html'],
  epub: ['pipeline/render/epub'],
  pdf: ['pipeline/render/pdf'],
};

const modules = {
  glossary: '../glossary/index.ts',
  check: '../check/index.ts',
  html: '../render/html/index.ts',
  epub: '../render/epub/index.ts',
  pdf: '../render/pdf/index.ts',
  browser: '../render/pdf/browser.ts',
  i18n: '../../templates/i18n.ts',
} as const;

export type StageName = keyof typeof modules;

/** Thrown when a stage module exists but fails to load (a bug, not an absence). */
export class StageLoadError extends Error {}

const loaded = new Map<StageName, Promise<unknown>>();

/** The stage's module, or undefined when it is not in this checkout. */
export async function stage<T>(name: StageName): Promise<T | undefined> {
  let promise = loaded.get(name);
  if (!promise) {
    const url = new URL(modules[name], import.meta.url);
    promise = import(url.href).catch((error: NodeJS.ErrnoException) => {
      const missing = (error.code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module|Failed to load url|Does the file exist/i.test(error.message)) && error.message.includes(modules[name].split('/').pop()!);
      if (missing) return undefined;
      throw new StageLoadError(`Could not load the ${name} stage (${modules[name]}): ${error.message}`, { cause: error });
    });
    loaded.set(name, promise);
  }
  return (await promise) as T | undefined;
}

/** Whether a stage's module is in this checkout (without loading it: renderers are heavy). */
export function hasStage(name: StageName): boolean {
  return existsSync(fileURLToPath(new URL(modules[name], import.meta.url)));
}

export async function rendererFor(edition: Edition): Promise<Renderer | undefined> {
  if (edition === 'html') return (await stage<HtmlStage>('html'))?.htmlRenderer;
  if (edition === 'epub') return (await stage<{ epubRenderer: Renderer }>('epub'))?.epubRenderer;
  return (await stage<{ pdfRenderer: Renderer }>('pdf'))?.pdfRenderer;
}
