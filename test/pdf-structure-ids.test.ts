/**
 * Chromium writes the IDs of table structure elements from its DOM node numbers,
 * which shift between builds; finishPdf renumbers them in order (postprocess.ts),
 * so a report with tables gives the same bytes on every build.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renumberStructureIds } from '../pipeline/render/pdf/postprocess.ts';

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
