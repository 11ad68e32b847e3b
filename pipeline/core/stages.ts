/**
 * The stages a build reaches on demand. Each loader is a typed lazy import, so
 * `tsc` checks the build against the real modules, while a fully cached
 * rebuild still never loads a renderer or puppeteer (start-up stays short).
 */
import type { Edition } from '../config/types.ts';
import type { Renderer } from '../render/types.ts';

export const loadGlossaryStage = () => import('../glossary/index.ts');
export const loadCheckStage = () => import('../check/index.ts');
export const loadHtmlStage = () => import('../render/html/index.ts');
export const loadI18n = () => import('../../templates/i18n.ts');

export type GlossaryStage = Awaited<ReturnType<typeof loadGlossaryStage>>;
export type CheckStage = Awaited<ReturnType<typeof loadCheckStage>>;

const renderers: Record<Edition, () => Promise<Renderer>> = {
  html: async () => (await loadHtmlStage()).htmlRenderer,
  epub: async () => (await import('../render/epub/index.ts')).epubRenderer,
  pdf: async () => (await import('../render/pdf/index.ts')).pdfRenderer,
};

/** The renderer of an edition, loaded on first use. */
export function loadRenderer(edition: Edition): Promise<Renderer> {
  return renderers[edition]();
}

/** Source folders (relative to the repository root) whose code shapes each edition's output. */
export const codeFolders: Record<Edition | 'common', string[]> = {
  // (the font modules: fonts.ts and what it runs — the libraries' loader, the WOFF and WOFF2 coders; test/code-folders.test.ts)
  common: [
    'pipeline/model', 'pipeline/glossary', 'pipeline/render/fonts.ts', 'pipeline/render/font-ranges.ts', 'pipeline/render/font-packages.ts', 'pipeline/render/font-libraries.ts',
    'pipeline/render/woff.ts', 'pipeline/render/woff2.ts', 'pipeline/render/woff2-glyf.ts', 'pipeline/render/types.ts', 'pipeline/render/editions.ts',
    'templates', 'package-lock.json',
  ],
  html: ['pipeline/render/html'],
  epub: ['pipeline/render/epub'],
  pdf: ['pipeline/render/pdf'],
};
