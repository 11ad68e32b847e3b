/**
 * One EPUB in memory: compose the documents, subset the fonts, write the
 * package and navigation documents, zip. Pure apart from reading fonts and
 * stylesheets; returns the bytes and what went in (for tests and reports).
 */
import { h } from 'hastscript';
import type { Lang, Publication } from '../../model/types.ts';
import { chineseTag } from '../../model/script.ts';
import { fontRequestsFromHast } from '../../../templates/font-usage.ts';
import { subsetFonts } from '../fonts.ts';
import { reportPageUrl } from '../editions.ts';
import type { RenderContext } from '../types.ts';
import { displayPublication } from '../../../templates/typographic-quotes.ts';
import { withNoteCarriers } from './carriers.ts';
import { cachedCoverSvg } from './cover.ts';
import { reportDateText } from '../../../templates/components/report-date.ts';
import { textTag } from '../../../templates/components/index.ts';
import { composeDocuments, joinLangs, templateOptions, type Doc } from './documents.ts';
import { COVER_PAGE, navDocument } from './nav.ts';
import { packageDocument, type ManifestItem } from './package-document.ts';
import { LANG_TAG, page, withSemantics } from './page.ts';
import { coverAlt, epubStringsIn } from './strings.ts';
import { epubStylesheets } from './stylesheets.ts';
import { langOrder, type EpubVariant } from './variant.ts';
import { xhtmlDocument, x, xmlDocument } from './xml.ts';
import { zipEpub, type ZipEntry } from './zip.ts';

export interface EpubBuild {
  data: Buffer;
  /** Files in the container (path → bytes), `mimetype` excluded. */
  files: Map<string, Buffer>;
  variant: EpubVariant;
  langs: Lang[];
}

const ROOT = 'EPUB';
const XHTML = 'application/xhtml+xml';

type BuildContext = Pick<RenderContext, 't' | 'draft' | 'buildDate' | 'glossary' | 'cacheDir'> & { config?: Partial<Pick<RenderContext['config'], 'publisher' | 'site' | 'editions'>> };

export async function buildEpub(source: Publication, ctx: BuildContext, variant: EpubVariant): Promise<EpubBuild> {
  const langs = langOrder(variant, source);
  const pub = withNoteCarriers(displayPublication(source), langs);
  const strings = epubStringsIn(chineseTag(pub));
  const primary = langs[0];
  const meta = (lang: Lang) => (lang === 'zh' ? pub.meta.zh : pub.meta.en);
  const coverLang = meta(primary)?.title ? primary : 'zh';
  const date = reportDateText(pub, ctx.t[coverLang]);
  const alt = coverAlt(strings[coverLang], joinLangs(langs.map((l) => meta(l)?.title)), meta(coverLang)?.issuer, date);
  // The cover needs only the metadata: started first, its font files are read and the CJK twins
  // unpacked on the thread pool while the documents are composed (the book's subsets then find
  // the twins unpacked: fonts.ts sourceFont), and its drawing fills the waits of the subsets.
  const coverSvg = cachedCoverSvg({ pub, langs, t: ctx.t, alt }, ctx.cacheDir);
  coverSvg.catch(() => undefined); // awaited below; not an unhandled rejection if composing throws first
  const styles = await epubStylesheets(chineseTag(pub));
  const styleHrefs = ['styles/fonts.css', ...styles.map((s) => s.href)];
  // the notes as this report reads them (a national report's: glossary/report-level.ts)
  const input = { pub, variant, langs, t: ctx.t, glossary: ctx.glossary, draft: ctx.draft, buildDate: ctx.buildDate, styles: styleHrefs, publisher: ctx.config?.publisher, onlineUrl: ctx.config ? reportPageUrl(ctx.config, pub.slug) : undefined };
  const docs = composeDocuments(input);
  const options = templateOptions(input);
  const cover: Doc = {
    id: 'cover',
    href: COVER_PAGE,
    title: strings[coverLang].cover,
    html: page({
      title: strings[coverLang].cover,
      lang: primary,
      tag: textTag(options, primary),
      han: options.zhTag,
      styles: styleHrefs,
      bodyType: 'frontmatter',
      bodyClass: 'cover-page',
      body: [withSemantics(h('section.cover', [h('img', { src: 'images/cover.svg', alt, role: 'doc-cover' })]), 'cover')],
    }),
  };
  const nav = navDocument({ pub, options, langs, docs, strings, styles: styleHrefs, title: joinLangs(langs.map((l) => ctx.t[l]('contents'))) });
  // Reading order: cover, title page, contents, sections, glossary, colophon.
  const ordered = [cover, docs[0], nav, ...docs.slice(1)];

  // Each face is subset to the text it renders in these documents (templates/font-usage.ts mirrors base.css).
  // TrueType, not WOFF2: every EPUB 2 and 3 reading system takes it (WOFF2 is a core media type only since
  // EPUB 3.2), the zip deflates it, and it costs no brotli encoding (~1 s CPU a cold Haidian book).
  const requests = ordered.flatMap((d) => fontRequestsFromHast(d.html, LANG_TAG[primary], [], Infinity, chineseTag(pub)));
  const subsets = subsetFonts(requests, { urlPrefix: '../fonts/', cacheDir: ctx.cacheDir, format: 'truetype' });
  subsets.catch(() => undefined); // awaited below
  // Serialized while the subsets' font files are read and unpacked (on the thread pool) and the cover is
  // drawn (on its worker): the cover's drawing ended after the book's subsets, and this thread then sat waiting.
  const xhtml = ordered.map((doc) => xhtmlDocument(doc.html));
  const [fonts, coverImage] = await Promise.all([subsets, coverSvg]);
  const files = new Map<string, Buffer>();
  const items: ManifestItem[] = [];
  const add = (href: string, data: string | Buffer, item: Omit<ManifestItem, 'href'>) => {
    files.set(`${ROOT}/${href}`, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    items.push({ href, ...item });
  };
  for (const [i, doc] of ordered.entries()) add(doc.href, xhtml[i], { id: doc.id, mediaType: XHTML, properties: doc.properties, spine: true });
  add('images/cover.svg', coverImage, { id: 'cover-image', mediaType: 'image/svg+xml', properties: 'cover-image' });
  for (const style of styles) add(style.href, style.css, { id: style.id, mediaType: 'text/css' });
  add('styles/fonts.css', fonts.css, { id: 'fonts-css', mediaType: 'text/css' });
  for (const [i, font] of fonts.files.entries()) add(`fonts/${font.name}`, font.data, { id: `font-${i + 1}`, mediaType: 'font/ttf' });

  const opf = packageDocument({ pub, variant, items, modified: ctx.buildDate, strings, publisher: ctx.config?.publisher });
  const container = xmlDocument(
    x('container', { version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container' },
      x('rootfiles', {}, x('rootfile', { 'full-path': `${ROOT}/package.opf`, 'media-type': 'application/oebps-package+xml' }))),
  );
  const entries: ZipEntry[] = [
    { path: 'META-INF/container.xml', data: container },
    { path: `${ROOT}/package.opf`, data: opf },
    ...[...files.keys()].sort().map((p) => ({ path: p, data: files.get(p)! })),
  ];
  const data = await zipEpub(entries, ctx.buildDate);
  files.set('META-INF/container.xml', Buffer.from(container, 'utf8'));
  files.set(`${ROOT}/package.opf`, Buffer.from(opf, 'utf8'));
  return { data, files, variant, langs };
}
