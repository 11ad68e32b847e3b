/**
 * Chromium writes the IDs of table structure elements from its DOM node numbers,
 * which shift between builds; finishPdf renumbers them in order (postprocess.ts),
 * so a report with tables gives the same bytes on every build.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renumberStructureIds, tagNotes } from '../pipeline/render/pdf/postprocess.ts';
import { openLazily } from '../pipeline/render/pdf/lazy-pdf.ts';

/** A structure tree as Chromium writes one for a table: a header cell, a data cell naming it, the ID tree. */
async function tableDoc(first: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.setTitle('node00000999'); // a string outside the structure tree is never touched
  const ctx = doc.context;
  const id = (n: number) => PDFString.of(`node${String(n).padStart(8, '0')}`);
  const th = ctx.register(ctx.obj({ Type: 'StructElem', S: 'TH', ID: id(first), A: { O: 'Table', Scope: 'Column' } }));
  const td = ctx.register(ctx.obj({ Type: 'StructElem', S: 'TD', ID: id(first + 7), A: [{ O: 'Table', Headers: [id(first)] }] }));
  const idTree = ctx.obj({ Names: [id(first), th, id(first + 7), td] });
  const root = ctx.register(ctx.obj({ Type: 'StructTreeRoot', K: [th, td], IDTree: idTree }));
  doc.catalog.set(PDFName.of('StructTreeRoot'), root);
  return doc;
}

describe('structure element IDs', () => {
  it('renumbers them in order wherever they occur, so two builds whose node numbers differ give the same bytes', async () => {
    const a = await tableDoc(1452);
    const b = await tableDoc(1451);
    renumberStructureIds(a);
    renumberStructureIds(b);
    const save = (doc: PDFDocument) => doc.save({ useObjectStreams: false, updateFieldAppearances: false });
    expect(Buffer.from(await save(a)).equals(Buffer.from(await save(b)))).toBe(true);
    const root = a.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const [th, td] = root.lookup(PDFName.of('K'), PDFArray).asArray().map((ref) => a.context.lookup(ref, PDFDict));
    expect(th.lookup(PDFName.of('ID'), PDFString).decodeText()).toBe('node00000001');
    expect(td.lookup(PDFName.of('ID'), PDFString).decodeText()).toBe('node00000002');
    const headers = (td.lookup(PDFName.of('A'), PDFArray).lookup(0, PDFDict)).lookup(PDFName.of('Headers'), PDFArray);
    expect(headers.lookup(0, PDFString).decodeText()).toBe('node00000001');
    const names = root.lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Names'), PDFArray).asArray();
    expect([names[0], names[2]].map((n) => (n as PDFString).decodeText())).toEqual(['node00000001', 'node00000002']);
    expect(a.getTitle()).toBe('node00000999');
  });
});

describe('footnotes tagged /Note (tagNotes)', () => {
  /** Chromium's form: two /Aside elements (the page feet's notes), a table cell's ID in an /IDTree of /Kids. */
  async function noteDoc(): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    doc.addPage();
    const ctx = doc.context;
    const aside = (text: string) => ctx.register(ctx.obj({ Type: 'StructElem', S: 'Aside', T: PDFString.of(text) }));
    const first = aside('first');
    const td = ctx.register(ctx.obj({ Type: 'StructElem', S: 'TD', ID: PDFString.of('node00000001') }));
    const second = aside('second');
    const leaf = ctx.register(ctx.obj({ Names: [PDFString.of('node00000001'), td], Limits: [PDFString.of('node00000001'), PDFString.of('node00000001')] }));
    const root = ctx.register(ctx.obj({ Type: 'StructTreeRoot', K: [first, td, second], IDTree: ctx.register(ctx.obj({ Kids: [leaf] })) }));
    doc.catalog.set(PDFName.of('StructTreeRoot'), root);
    return doc.save({ useObjectStreams: false });
  }

  it('makes each /Aside a /Note with the id of its note in order, and enters the ids in the /IDTree, sorted with the others', async () => {
    const bytes = await noteDoc();
    const doc = openLazily(bytes)!;
    expect(tagNotes(doc, Buffer.from(bytes), ['fn-n-2', 'fn-a'])).toEqual(['Aside']);
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const kids = root.lookup(PDFName.of('K'), PDFArray).asArray().map((ref) => doc.context.lookup(ref, PDFDict));
    expect(kids.map((k) => [k.get(PDFName.of('S'))?.toString(), k.lookupMaybe(PDFName.of('ID'), PDFString)?.decodeText()])).toEqual([
      ['/Note', 'fn-n-2'],
      ['/TD', 'node00000001'],
      ['/Note', 'fn-a'],
    ]);
    const names = root.lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Names'), PDFArray).asArray();
    expect(names.filter((_, i) => i % 2 === 0).map((n) => (n as PDFString).decodeText())).toEqual(['fn-a', 'fn-n-2', 'node00000001']);
    expect(names[1]).toBe(root.lookup(PDFName.of('K'), PDFArray).get(2));
  });

  it('refuses when the notes laid out and the /Aside elements do not match in number, rather than give a note another\'s id', async () => {
    const bytes = await noteDoc();
    expect(() => tagNotes(openLazily(bytes)!, Buffer.from(bytes), ['fn-n-1'])).toThrow(/1 footnote\(s\) laid out, 2 \/Aside/);
  });
});
