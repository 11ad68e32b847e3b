/**
 * lazy-pdf.ts: Chromium's PDF is opened for finishing with only the objects the
 * finishing reads parsed; the others are written back as they were. The result
 * is the same document (pdf-lib reads it whole: same pages, same objects), and a
 * PDF in any other form is refused (postprocess.ts then loads it whole).
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFRawStream, PDFRef, StandardFonts } from 'pdf-lib';
import { openLazily, saveLazily } from '../pipeline/render/pdf/lazy-pdf.ts';

/** A PDF in the plain form Chromium writes: one classic xref section, no object streams. */
async function plainPdf(pages = 3): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n += 1) doc.addPage([300, 400]).drawText(`Page ${n} text`, { x: 20, y: 350, font, size: 12 });
  doc.setTitle('Before');
  return doc.save({ useObjectStreams: false });
}

describe('openLazily', () => {
  it('gives the same document with the changes made, objects nobody read copied byte for byte', async () => {
    const bytes = await plainPdf();
    const doc = openLazily(bytes)!;
    expect(doc).toBeDefined();
    expect(doc.getPageCount()).toBe(3);
    doc.setTitle('After');
    doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
    const out = await doc.save({ useObjectStreams: false });
    const again = await PDFDocument.load(out);
    expect(again.getTitle()).toBe('After');
    expect(again.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
    expect(again.getPageCount()).toBe(3);
    const before = await PDFDocument.load(bytes);
    // every object of the original is there, with the same content (the info and catalog changed)
    const changed = new Set([String(before.context.trailerInfo.Info), String(before.context.trailerInfo.Root)]);
    for (const [ref, object] of before.context.enumerateIndirectObjects()) {
      if (changed.has(ref.toString())) continue;
      const copy = again.context.lookup(ref);
      expect(copy?.toString(), ref.toString()).toBe(object.toString());
      if (object instanceof PDFRawStream) expect(Buffer.from((copy as PDFRawStream).contents).equals(Buffer.from(object.contents))).toBe(true);
    }
    // and written exactly as they were: `N 0 obj`, the same bytes, `endobj`
    const original = Buffer.from(bytes);
    const written = Buffer.from(out);
    for (const [ref] of before.context.enumerateIndirectObjects()) {
      if (changed.has(ref.toString())) continue;
      const head = Buffer.from(`\n${ref.objectNumber} 0 obj\n`, 'latin1');
      const start = original.indexOf(head) + head.length;
      const end = original.indexOf(Buffer.from('\nendobj', 'latin1'), start);
      const whole = Buffer.concat([head, original.subarray(start, end), Buffer.from('\nendobj\n', 'latin1')]);
      expect(written.includes(whole), ref.toString()).toBe(true);
    }
  });

  it('parses only what is looked up', async () => {
    const doc = openLazily(await plainPdf(40))!;
    const parsed = () => [...(doc.context as unknown as { indirectObjects: Map<unknown, unknown> }).indirectObjects.entries()].length;
    const loaded = (doc.context as unknown as { indirectObjects: { size: number } }).indirectObjects.size;
    expect(loaded).toBeLessThan(5); // the catalog (and its page tree root) only
    expect(parsed()).toBeGreaterThan(80); // the writer still sees every object
  });

  it('refuses a PDF in another form (object streams)', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    expect(openLazily(await doc.save({ useObjectStreams: true }))).toBeUndefined();
    expect(openLazily(new TextEncoder().encode('not a pdf'))).toBeUndefined();
  });
});

describe('saveLazily', () => {
  /** What the finishing does to a lazily opened PDF (postprocess.ts), with one object deleted: numbers with a gap. */
  const finish = (doc: PDFDocument, deleted?: number): void => {
    doc.setTitle('After');
    doc.setLanguage('en');
    doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
    doc.catalog.set(PDFName.of('Extra'), doc.context.register(doc.context.obj({ Kind: PDFName.of('New') })));
    if (deleted !== undefined) doc.context.delete(PDFRef.of(deleted, 0));
  };

  it("writes the bytes pdf-lib's writer writes", async () => {
    const bytes = await plainPdf(12);
    for (const deleted of [undefined, 5]) {
      const mine = openLazily(bytes)!;
      const theirs = openLazily(bytes)!;
      finish(mine, deleted);
      finish(theirs, deleted);
      const written = saveLazily(mine)!;
      expect(written).toBeDefined();
      const expected = await theirs.save({ useObjectStreams: false, updateFieldAppearances: false });
      expect(Buffer.from(written).equals(Buffer.from(expected)), `deleted ${deleted}`).toBe(true);
    }
  });

  it('takes only a lazily opened document', async () => {
    expect(saveLazily(await PDFDocument.load(await plainPdf(1)))).toBeUndefined();
  });

  it("finds a parsed object's reference without copying every object", async () => {
    const doc = openLazily(await plainPdf(3))!;
    const page = doc.getPage(1);
    expect(doc.context.getObjectRef(page.node)).toBe(page.ref);
    expect(doc.context.getObjectRef(doc.context.obj({}))).toBeUndefined();
  });
});
