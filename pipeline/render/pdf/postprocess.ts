/**
 * Chromium's PDF gets our metadata and a reproducible identity:
 * - Info: Title, Author (= issuer), Subject, Keywords, Creator ("Duizhao <version>"),
 *   Producer, CreationDate = ModDate = the build date (SOURCE_DATE_EPOCH or the
 *   report's date), catalog /Lang, and the viewer shows the title;
 * - the trailer /ID, which Skia derives from the clock, becomes a hash of the
 *   PDF's own content with the ID and dates removed — so two builds of the same
 *   content are byte-identical.
 * pdf-lib rewrites objects as they are: the structure tree (tagged PDF), the
 * outline and the embedded font subsets are kept (checked by test/pdf.test.ts).
 */
import { createHash } from 'node:crypto';
import { PDFArray, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  keywords: string[];
  creator: string;
  /** BCP 47, e.g. `zh-Hans` / `en`. */
  lang: string;
  date: Date;
}

export async function finishPdf(bytes: Uint8Array, meta: Readonly<PdfMetadata>): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  doc.setProducer(`${meta.creator} (Chromium, Paged.js, pdf-lib)`);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.setLanguage(meta.lang);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  delete doc.context.trailerInfo.ID;
  const withoutId = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  const digest = createHash('sha256').update(withoutId).digest('hex').slice(0, 32);
  const id = PDFHexString.of(digest);
  doc.context.trailerInfo.ID = PDFArray.withContext(doc.context);
  (doc.context.trailerInfo.ID as PDFArray).push(id);
  (doc.context.trailerInfo.ID as PDFArray).push(id);
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
