/**
 * The build configuration (after validation and defaults). The schema and the
 * loader live beside this file (owned by the build stage); renderers only read it.
 */
export type Edition = 'html' | 'epub' | 'pdf';
export type PdfLayout = 'interleaved' | 'side-by-side';
export type EditionLanguage = 'bilingual' | 'en' | 'zh';

/** How the house writes a date in English: `month-day` ("March 9") or `day-month` ("9 March"). */
export type HouseDateStyle = 'month-day' | 'day-month';

/** The organisation that publishes the editions (not the report's issuer, which is its author). */
export interface Publisher {
  en: string;
  zh?: string;
}

export interface Config {
  /** Editions to build. Default: all three. */
  editions: Edition[];
  site: {
    /** Absolute base URL of the hosted HTML edition (canonical, og:url). Default: none. */
    baseUrl?: string;
  };
  /** Who publishes these editions (masthead, catalogue, og:site_name, colophons, EPUB dc:publisher). Default: none. */
  publisher?: Publisher;
  epub: {
    /** Languages of the EPUB. Default: `bilingual` (interleaved). */
    languages: EditionLanguage[];
  };
  pdf: {
    /** Paper size. Default: `A4`. */
    paper: 'A4' | 'Letter';
    /** The PDFs to make: each is a layout × languages pair. Default: bilingual interleaved + English only. */
    editions: Array<{ layout: PdfLayout; languages: EditionLanguage }>;
  };
  /** Translation QA. Optional: absent, every rule keeps its defaults. */
  check?: {
    /** The house's date style in the English (`date-style` warns on every date written the other way). Default: none. */
    dateStyle?: HouseDateStyle;
  };
  /** Build orchestration. Optional; added by the build stage. */
  build?: {
    /** Render jobs run at once (report × edition). Default: the number of CPUs. */
    concurrency?: number;
    /** Slugs of reports still in draft: a plain build skips them (and lists them), `--draft` builds them. Default: none. */
    drafts?: string[];
  };
}

export const defaultConfig: Config = {
  editions: ['html', 'epub', 'pdf'],
  site: {},
  epub: { languages: ['bilingual'] },
  pdf: {
    paper: 'A4',
    editions: [
      { layout: 'interleaved', languages: 'bilingual' },
      { layout: 'interleaved', languages: 'en' },
    ],
  },
};
