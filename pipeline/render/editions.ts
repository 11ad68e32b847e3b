/**
 * The one list of the files each edition writes for a report, from the config:
 * the EPUB and PDF renderers name their files with it, the HTML page links
 * exactly these (the ones that exist beside it after the build), and the build
 * checks that every renderer wrote what the list says; and of the site's own
 * files beside the reports' folders (siteFiles). Light on purpose (no
 * renderer is loaded to know a file name).
 */
import type { Config, Edition, EditionLanguage, PdfLayout } from '../config/types.ts';

export interface EditionFile {
  edition: Edition;
  /** File name inside the report's folder, e.g. `haidian-2021.en.pdf`. */
  file: string;
  languages: EditionLanguage;
  /** PDFs only. */
  layout?: PdfLayout;
}

/** `<slug>.epub` for the bilingual EPUB, `<slug>.en.epub` / `<slug>.zh.epub` for the others. */
export function epubFileName(slug: string, variant: EditionLanguage): string {
  return variant === 'bilingual' ? `${slug}.epub` : `${slug}.${variant}.epub`;
}

/** `<slug>.pdf` (bilingual), `<slug>.en.pdf`, `<slug>.zh.pdf`, `<slug>.side-by-side.pdf`. */
export function pdfFileName(slug: string, edition: { layout: PdfLayout; languages: EditionLanguage }, all: ReadonlyArray<{ layout: PdfLayout; languages: EditionLanguage }>): string {
  if (edition.languages !== 'bilingual') return `${slug}.${edition.languages}.pdf`;
  const interleavedToo = all.some((e) => e.languages === 'bilingual' && e.layout === 'interleaved');
  return edition.layout === 'side-by-side' && interleavedToo ? `${slug}.side-by-side.pdf` : `${slug}.pdf`;
}

/** The EPUB variants of the config, without repeats (default: bilingual). */
export function epubVariants(config: Pick<Config, 'epub'>): EditionLanguage[] {
  const variants = [...new Set(config.epub.languages)];
  return variants.length > 0 ? variants : ['bilingual'];
}

/** The PDFs of the config with their file names, one per distinct file. */
export function pdfEditions(slug: string, config: Pick<Config, 'pdf'>): Array<{ file: string; layout: PdfLayout; languages: EditionLanguage }> {
  const seen = new Set<string>();
  const out: Array<{ file: string; layout: PdfLayout; languages: EditionLanguage }> = [];
  for (const spec of config.pdf.editions) {
    const file = pdfFileName(slug, spec, config.pdf.editions);
    if (seen.has(file)) continue;
    seen.add(file);
    out.push({ file, layout: spec.layout, languages: spec.languages });
  }
  return out;
}

/**
 * The i18next context of a text that names the other editions offered (the page's description, the
 * catalogue's intro): '' when both the e-book and the PDF are (the plain key), else 'epub', 'pdf' or
 * 'none' — so a build with `--only html` does not promise editions it has not made.
 */
export type OfferedEditions = '' | 'epub' | 'pdf' | 'none';

export function offeredEditionsContext(editions: Iterable<Edition>): OfferedEditions {
  const offered = new Set(editions);
  if (offered.has('epub')) return offered.has('pdf') ? '' : 'epub';
  return offered.has('pdf') ? 'pdf' : 'none';
}

/** The downloadable files (EPUBs, then PDFs) that `editions` write for one report. */
export function editionFiles(slug: string, config: Pick<Config, 'epub' | 'pdf'>, editions: readonly Edition[]): EditionFile[] {
  const out: EditionFile[] = [];
  if (editions.includes('epub')) for (const languages of epubVariants(config)) out.push({ edition: 'epub', file: epubFileName(slug, languages), languages });
  if (editions.includes('pdf')) for (const pdf of pdfEditions(slug, config)) out.push({ edition: 'pdf', ...pdf });
  return out;
}

/** An absolute URL of the hosted site (`site.baseUrl`, its sub-path included, with or without the final slash). */
export function siteUrl(config: Pick<Config, 'site'>, pathname: string): string | undefined {
  const base = config.site.baseUrl;
  return base ? new URL(pathname, base.endsWith('/') ? base : `${base}/`).href : undefined;
}

/** The report's page in the hosted HTML edition, when there is one: a base URL and the HTML edition built. */
export function reportPageUrl(config: Partial<Pick<Config, 'site' | 'editions'>>, slug: string): string | undefined {
  return config.site && config.editions?.includes('html') ? siteUrl({ site: config.site }, `${slug}/`) : undefined;
}

/** The site's path on its host (`site.baseUrl`'s, with the final slash: `/reports/duizhao/`), when the base URL is set. */
export function sitePath(config: Pick<Config, 'site'>): string | undefined {
  const root = siteUrl(config, './');
  return root ? new URL(root).pathname : undefined;
}

/** A file the site does not have, or has with a limit, and why (the build's summary says it). */
export interface SiteFileCaveat {
  file: string;
  reason: string;
}

/**
 * The site's own files at the top of the dist, which the catalogue's job writes (and the build checks it did):
 * the catalogue; `404.html`, the page a static host (GitHub Pages, Netlify, nginx's `error_page`) serves for a
 * missing path; with `site.baseUrl`, `sitemap.xml` (a sitemap lists absolute URLs) and, when the site is its
 * host's root, `robots.txt` naming the sitemap (crawlers read robots.txt at a host's root only, so one under
 * a sub-path would be read by nobody). `caveats`: what is not written, or works only in part, and why.
 */
export function siteFiles(config: Pick<Config, 'site'>): { files: string[]; caveats: SiteFileCaveat[] } {
  const root = sitePath(config);
  if (root === undefined) {
    return {
      files: ['index.html', '404.html'],
      caveats: [
        { file: 'sitemap.xml', reason: 'not written: site.baseUrl is not set, and a sitemap lists absolute URLs' },
        { file: '404.html', reason: "links relative to the site's top folder without site.baseUrl: served for a missing page below it, its stylesheet and links do not resolve" },
      ],
    };
  }
  if (root !== '/') {
    return {
      files: ['index.html', '404.html', 'sitemap.xml'],
      caveats: [{ file: 'robots.txt', reason: `not written: the site is under ${root}, and crawlers read robots.txt only at the host's root — name ${siteUrl(config, 'sitemap.xml')} in that one` }],
    };
  }
  return { files: ['index.html', '404.html', 'sitemap.xml', 'robots.txt'], caveats: [] };
}
