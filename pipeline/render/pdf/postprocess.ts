/**
 * Chromium's PDF gets our metadata, a book outline and a reproducible identity:
 * - Info: Title, Author (= issuer), Subject (one short sentence), Keywords (a short
 *   list, separated by `; ` — pdf-lib's own join is a bare space, which runs
 *   multi-word terms together), Creator ("Duizhao <version>"),
 *   Producer, CreationDate = ModDate = the build date (SOURCE_DATE_EPOCH or the
 *   report's date), catalog /Lang, and the viewer shows the title;
 * - `/Outlines` rewritten from Chromium's entries (outline.ts): nested, one entry
 *   per heading, bilingual titles; `/PageMode /UseOutlines` opens it;
 * - the trailer /ID, which Skia derives from the clock, becomes a hash of the
 *   PDF's own content with the ID and dates removed — so two builds of the same
 *   content are byte-identical;
 * - the structure element IDs Chromium writes for tables (`/ID (node00001452)`,
 *   referred to by header cells' `/Headers` and the `/IDTree`) are its DOM node
 *   numbers, which shift from one build to the next: they are renumbered in
 *   order (node00000001, …), so a report with tables is reproducible too;
 * - PDF 2.0 structure types Chromium tags with in a PDF 1.7 file (/Strong, /Em) are
 *   role-mapped to 1.7's /Span in the structure tree root's /RoleMap (PDF/UA-1).
 * pdf-lib writes the document back with the objects it did not read copied as Chromium
 * wrote them (lazy-pdf.ts: only the catalog, info, page tree, outline, destinations
 * and, when the PDF has element IDs, the structure tree are parsed): the structure tree
 * (tagged PDF), the outline and the embedded font subsets are kept (test/pdf.test.ts).
 */
import { createHash } from 'node:crypto';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { openLazily, saveLazily } from './lazy-pdf.ts';
import { rewriteOutline, type OutlinePlan } from './outline.ts';

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  keywords: string[];
  creator: string;
  /** BCP 47, e.g. `zh-Hans` / `en`. */
  lang: string;
  date: Date;
  /** Top and left margin of each page in points: Chromium leaves them out of its named destinations. */
  pageMargins?: ReadonlyArray<readonly [number, number]>;
  /** Headings of the edition: Chromium's bookmarks are rewritten into this outline. */
  outline?: OutlinePlan;
  /** The footnotes' ids in reading order (paginate.js): each note's /Aside becomes a /Note with that /ID (tagNotes). */
  noteIds?: readonly string[];
}

/**
 * A turn of Node's event loop between two steps of the finishing. The renderer finishes a PDF while the tab prints the
 * next one (index.ts), and that tab's answers wait on Node's thread: its layout's result, then page.pdf's command and
 * its stream. The lazy finishing is synchronous, 100 ms for Haidian's bilingual PDF on a quiet machine and 260–580 ms
 * under load, and in two of three loaded builds the English tab's layout result was taken 1–16 ms after the finishing
 * of the bilingual ended (issue 16, stop 41): its print started that much later. Between steps, the wait is one step.
 */
const betweenSteps = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function finishPdf(bytes: Uint8Array, meta: Readonly<PdfMetadata>): Promise<Uint8Array> {
  // Only the objects the finishing reads are parsed, and the file is written in one pass with the others
  // copied as byte ranges (lazy-pdf.ts: openLazily, saveLazily); a PDF in another form is loaded and saved
  // whole by pdf-lib, which yields to the event loop (setTimeout, >= 1 ms) every 100 objects by default when
  // parsing and 50 when saving — every 1500 here: a few ms in all, and the tab printing the next PDF
  // meanwhile (index.ts) is not kept waiting for Node for the whole parse.
  const doc = openLazily(bytes) ?? (await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fast }));
  await betweenSteps();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords.length > 0) doc.setKeywords([meta.keywords.join('; ')]);
  doc.setCreator(meta.creator);
  doc.setProducer(`${meta.creator} (Chromium, pdf-lib)`);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.setLanguage(meta.lang);
  if (meta.pageMargins) placeNamedDestinations(doc, meta.pageMargins);
  if (meta.outline) rewriteOutline(doc, meta.outline);
  await betweenSteps();
  // Chromium writes element IDs (tables' header cells) with an /IDTree: without one there is nothing to renumber.
  // (Looked for in the bytes: reading the structure tree root would parse it, and a parsed object is written
  // in pdf-lib's formatting rather than copied as Chromium wrote it — same document, other bytes.)
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (raw.includes('/IDTree')) renumberStructureIds(doc);
  const retagged = meta.noteIds ? tagNotes(doc, raw, meta.noteIds) : [];
  mapNewerStructureTypes(doc, raw, retagged);
  await betweenSteps();
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  // One save: the /ID is written as a placeholder of the same length, the digest
  // of those bytes is computed, then written over the placeholder in the trailer.
  const placeholder = '0'.repeat(32);
  doc.context.trailerInfo.ID = PDFArray.withContext(doc.context);
  (doc.context.trailerInfo.ID as PDFArray).push(PDFHexString.of(placeholder));
  (doc.context.trailerInfo.ID as PDFArray).push(PDFHexString.of(placeholder));
  const out = saveLazily(doc) ?? (await doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: ParseSpeeds.Fast }));
  await betweenSteps();
  const digest = createHash('sha256').update(out).digest('hex').slice(0, 32);
  const tail = Math.max(0, out.length - 4096); // the trailer is at the end (no object streams)
  const marker = Buffer.from(`<${placeholder}>`, 'latin1');
  const text = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  let at = text.lastIndexOf(marker);
  for (let n = 0; n < 2; n += 1) {
    if (at < tail) throw new Error('finishPdf: the trailer /ID placeholder was not found');
    text.write(digest, at + 1, 'latin1');
    at = text.lastIndexOf(marker, at - 1);
  }
  return out;
}

/**
 * Structure types of PDF 2.0 that Chromium tags with (`<strong>`/`<b>` → /Strong, `<em>` → /Em) in a file it
 * declares PDF 1.7, where they are not standard: PDF/UA-1 (ISO 14289-1, 7.1) and readers that know 1.7's types
 * only (poppler: "StructElem object is wrong type (Strong)") need each mapped to a standard 1.7 type in the
 * structure tree root's /RoleMap. Mapped to the 1.7 type PDF 2.0 itself names as their fallback.
 */
const PDF_2_TYPES: Readonly<Record<string, string>> = { Strong: 'Span', Em: 'Span', Sub: 'Span', Title: 'P', Aside: 'Div', FENote: 'Note', DocumentFragment: 'Div' };

/** Whether the bytes hold a structure element of the type as Chromium writes one: `/S /Strong` (or `/S/Strong`), the name ending there. */
function tagsWith(raw: Buffer, type: string): boolean {
  for (const written of [`/S /${type}`, `/S/${type}`]) {
    for (let at = raw.indexOf(written); at !== -1; at = raw.indexOf(written, at + 1)) {
      const next = raw[at + written.length];
      if (next === undefined || !/[A-Za-z0-9#]/.test(String.fromCharCode(next))) return true;
    }
  }
  return false;
}

/**
 * Adds the /RoleMap entries for the PDF 2.0 types the structure tree uses (found in the bytes: `/S /Strong`), keeping any
 * it has; not for the types `retagged` (every element of theirs given another type: tagNotes).
 */
export function mapNewerStructureTypes(doc: PDFDocument, raw: Buffer, retagged: readonly string[] = []): void {
  // (searched in the bytes, not read from the tree: the tree's objects are parsed only when looked up — lazy-pdf.ts)
  const used = Object.keys(PDF_2_TYPES).filter((type) => !retagged.includes(type) && tagsWith(raw, type)).sort();
  if (used.length === 0) return;
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return;
  const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? doc.context.obj({});
  for (const type of used) if (!roleMap.has(PDFName.of(type))) roleMap.set(PDFName.of(type), PDFName.of(PDF_2_TYPES[type]));
  root.set(PDFName.of('RoleMap'), roleMap);
}

/**
 * The footnotes: Chromium has no structure type for a note (an `aside role=doc-footnote` is /NonStruct), and tags an
 * `aside` /Aside; paginate.js sets every footnote at its page's foot as an `aside`, and there is no other in the print
 * document. Each /Aside, in the order of the file (which is the tree's, reading order), becomes the /Note of PDF 1.7
 * (PDF/UA-1 7.9) with its note's id (`noteIds`, the HTML ids in reading order) as /ID, entered in the structure tree
 * root's /IDTree; its call is the /Link to it that Chromium already writes. A count that differs from the notes laid
 * out is an error, never a note named after another. Returns the types retagged (['Aside'], or none).
 */
export function tagNotes(doc: PDFDocument, raw: Buffer, noteIds: readonly string[]): string[] {
  // (found in the bytes, then only those elements parsed: the tree is not read whole — lazy-pdf.ts)
  const asides: PDFRef[] = [];
  for (const written of ['/S /Aside', '/S/Aside']) {
    for (let at = raw.indexOf(written); at !== -1; at = raw.indexOf(written, at + 1)) {
      const next = raw[at + written.length];
      if (next !== undefined && /[A-Za-z0-9#]/.test(String.fromCharCode(next))) continue;
      // the object it is in: the last `N 0 obj` before it
      const start = raw.lastIndexOf(' 0 obj', at);
      const header = /(\d+) 0 obj$/.exec(raw.toString('latin1', Math.max(0, start - 12), start + 6));
      if (header) asides.push(PDFRef.of(Number(header[1]), 0));
    }
  }
  const elements = [...new Set(asides)].sort((a, b) => a.objectNumber - b.objectNumber).map((ref) => [ref, doc.context.lookup(ref)] as const)
    .filter((pair): pair is readonly [PDFRef, PDFDict] => pair[1] instanceof PDFDict && pair[1].get(PDFName.of('S')) === PDFName.of('Aside'));
  if (elements.length === 0 && noteIds.length === 0) return [];
  if (elements.length !== noteIds.length) throw new Error(`finishPdf: ${noteIds.length} footnote(s) laid out, ${elements.length} /Aside element(s) in Chromium's structure tree: the notes cannot be tagged`);
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const named: Array<[string, PDFObject]> = [];
  for (const [index, [ref, element]] of elements.entries()) {
    element.set(PDFName.of('S'), PDFName.of('Note'));
    element.set(PDFName.of('ID'), PDFString.of(noteIds[index]));
    named.push([noteIds[index], ref]);
  }
  // The /IDTree (Chromium writes one for tables' header cells: a root with /Kids, each a leaf with /Names) becomes one
  // leaf holding every ID, sorted as a name tree's keys are.
  const tree = root.lookupMaybe(PDFName.of('IDTree'), PDFDict) ?? doc.context.obj({});
  const leaves = tree.has(PDFName.of('Kids')) ? tree.lookup(PDFName.of('Kids'), PDFArray).asArray() : [];
  for (const leafRef of leaves) {
    const leaf = doc.context.lookup(leafRef, PDFDict);
    if (leaf.has(PDFName.of('Kids'))) throw new Error('finishPdf: an /IDTree deeper than one level of /Kids');
    const names = leaf.lookup(PDFName.of('Names'), PDFArray).asArray();
    for (let i = 0; i + 1 < names.length; i += 2) named.push([(names[i] as PDFString | PDFHexString).decodeText(), names[i + 1]]);
    if (leafRef instanceof PDFRef) doc.context.delete(leafRef);
  }
  const own = tree.lookupMaybe(PDFName.of('Names'), PDFArray)?.asArray() ?? [];
  for (let i = 0; i + 1 < own.length; i += 2) named.push([(own[i] as PDFString | PDFHexString).decodeText(), own[i + 1]]);
  named.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  tree.delete(PDFName.of('Kids'));
  tree.set(PDFName.of('Names'), doc.context.obj(named.flatMap(([key, value]) => [PDFString.of(key), value])));
  if (!root.has(PDFName.of('IDTree'))) root.set(PDFName.of('IDTree'), doc.context.register(tree));
  return ['Aside'];
}

/**
 * Chromium (156) writes each named destination (`/Dests`: the targets of the
 * contents' links, of the note calls, of the glossary's page references) in the
 * coordinates of the page *area*: x and y as if the page had no margins, so a link
 * landed a top margin above its target. Each is moved by its page's margins.
 * (The bookmarks' own `/Dest`s are right and are not touched.)
 */
export function placeNamedDestinations(doc: PDFDocument, margins: ReadonlyArray<readonly [number, number]>): void {
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return;
  const pageIndex = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i]));
  for (const [, value] of dests.entries()) {
    const dest = value instanceof PDFArray ? value : doc.context.lookupMaybe(value, PDFArray);
    if (!dest || dest.size() < 4 || dest.get(1)?.toString() !== '/XYZ') continue;
    const page = pageIndex.get(dest.get(0).toString());
    const margin = page === undefined ? undefined : margins[page];
    if (!margin) continue;
    const [top, left] = margin;
    const x = dest.lookup(2);
    const y = dest.lookup(3);
    if (x instanceof PDFNumber) dest.set(2, PDFNumber.of(round(x.asNumber() + left)));
    if (y instanceof PDFNumber) dest.set(3, PDFNumber.of(round(y.asNumber() - top)));
  }
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Chromium's DOM node numbers used as structure element IDs. */
const nodeId = /^node(\d+)$/;

/**
 * Structure element IDs renumbered in the order of Chromium's numbers (which is
 * document order), wherever they occur in the structure tree: `/ID`, `/Headers`
 * and the `/IDTree` name tree, whose keys stay sorted because the order is kept.
 */
export function renumberStructureIds(doc: PDFDocument): void {
  const found = new Map<string, number>();
  const strings: Array<{ holder: PDFDict | PDFArray; key: PDFName | number; text: string }> = [];
  const seen = new Set<PDFObject>();
  // The structure tree only: not up to parents, nor out to pages and their content.
  const skipped = new Set(['/P', '/Pg', '/Obj', '/ParentTree']);
  const visit = (reference: PDFObject): void => {
    const object = doc.context.lookup(reference);
    if (!object || seen.has(object)) return;
    seen.add(object);
    const entries: Array<[PDFName | number, PDFObject]> =
      object instanceof PDFDict ? [...object.entries()].filter(([key]) => !skipped.has(key.asString())) : object instanceof PDFArray ? object.asArray().map((value, index) => [index, value]) : [];
    for (const [key, value] of entries) {
      if (value instanceof PDFString || value instanceof PDFHexString) {
        const text = value.decodeText();
        const match = nodeId.exec(text);
        if (match) {
          found.set(text, Number(match[1]));
          strings.push({ holder: object as PDFDict | PDFArray, key, text });
        }
      } else visit(value);
    }
  };
  const root = doc.catalog.get(PDFName.of('StructTreeRoot'));
  if (root) visit(root);
  if (found.size === 0) return;
  const renumbered = new Map([...found].sort((a, b) => a[1] - b[1]).map(([text], index) => [text, `node${String(index + 1).padStart(8, '0')}`]));
  for (const { holder, key, text } of strings) {
    const value = PDFString.of(renumbered.get(text)!);
    if (holder instanceof PDFDict) holder.set(key as PDFName, value);
    else holder.set(key as number, value);
  }
}
