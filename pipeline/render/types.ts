/**
 * The renderer seam (mdBook-style): adding an edition means adding a renderer.
 * A renderer receives the annotated Publication and a context and writes its
 * files under `ctx.outDir`; it never re-reads Markdown and never prints.
 */
import type { Config, Edition } from '../config/types.ts';
import type { Glossary } from '../glossary/types.ts';
import type { Lang, Publication } from '../model/types.ts';
import type { Translate } from '../../templates/i18n.ts';
import type { EditionFile } from './editions.ts';

export type { Translate } from '../../templates/i18n.ts';

export interface RenderContext {
  config: Config;
  /** Folder of this report's outputs: `<staging dist>/<slug>/`. */
  outDir: string;
  /** Root of the staging dist (for the catalogue and shared assets). */
  distDir: string;
  /** UI strings per language. */
  t: Record<Lang, Translate>;
  /** Build without a complete translation: untranslated blocks marked "translation pending". */
  draft: boolean;
  /** Fixed timestamp for reproducible outputs (SOURCE_DATE_EPOCH or the content's date). */
  buildDate: Date;
  /** Shared browser for the build (PDF, cover images); launched lazily, closed by the build. */
  browser?: import('./pdf/browser.ts').SharedBrowser;
  /** A print tab that outlives the build (BuildOptions.printTab): the PDFs print in it and leave it open. */
  printTab?: import('./pdf/print-page.ts').KeptTab;
  signal?: AbortSignal;
  /**
   * The term base the publication was annotated with (notes' text, pinyin, the
   * glossary appendix), as this report reads it: a national report's entries carry
   * their national notes (glossary/report-level.ts, applied once per report in
   * core/plan.ts). Absent when the build has no glossary: renderers then print no
   * notes and no appendix.
   */
  glossary?: Glossary;
  /**
   * The other editions' files that exist beside this report's page once the
   * build is done (pipeline/render/editions.ts), which the HTML page links.
   * Default: every file the config asks for.
   */
  downloads?: EditionFile[];
  /** The build's cache folder (`.cache/duizhao`): renderers may keep derived data there (font subsets). */
  cacheDir?: string;
  /**
   * Called by a renderer whose own work on Node's thread is done for now and whose
   * browser has a page to lay out (the PDF, once its first document has loaded in its tab
   * and the layout has begun: the load's requests are answered by Node's thread):
   * the build starts the other jobs then (core/run.ts).
   */
  prepared?: () => void;
}

export interface RenderedFile {
  /** Path relative to the dist root, e.g. `haidian-2021/haidian-2021.pdf`. */
  path: string;
  bytes: number;
  edition: Edition;
  /** Time spent on this file alone, when the renderer can tell (the PDFs: the bench compares each with Chromium's own print). */
  ms?: number;
  /** Where `ms` went (the PDFs), in ms: what the bench shows beside each PDF's ratio. */
  msByPhase?: PdfPhases;
}

/**
 * One PDF's time in parts: its equal share of making the report's print documents and
 * fonts; its tab (from the previous PDF's print, or the fonts, to its own bytes: load,
 * layout, print); and the finishing (pdf-lib, the file) that overlapped no print.
 */
export interface PdfPhases {
  documentsAndFonts: number;
  tab: number;
  finishing: number;
}

export interface Renderer {
  edition: Edition;
  render(publication: Publication, ctx: RenderContext): Promise<RenderedFile[]>;
}

/** A renderer's failure on one of its files: the build names the stage and the file. */
export class RenderError extends Error {
  constructor(
    message: string,
    /** The output being made, relative to the dist root. */
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
