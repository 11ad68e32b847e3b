/**
 * postprocess.ts: the finishing gives Node's event loop a turn between its steps. The renderer finishes one PDF
 * while the tab prints the next (render/pdf/index.ts), and that tab's answers — its layout's result, page.pdf's
 * command and stream — wait on Node's thread: with the finishing in one synchronous run, the English tab's layout
 * result was taken only when the bilingual PDF's finishing ended (issue 16, stop 41: 1–16 ms after it, in two of
 * three builds under load). The same bytes either way (test/build-identical.test.ts).
 */
import { expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { finishPdf } from '../pipeline/render/pdf/postprocess.ts';

it('lets Node answer other work (I/O, the next tab) between the steps of finishing a PDF', async () => {
  // A PDF in the plain form Chromium writes (one classic xref section, no object streams): finished lazily, in steps.
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 3; n += 1) doc.addPage([300, 400]).drawText(`Page ${n}`, { x: 20, y: 350, font, size: 12 });
  const bytes = await doc.save({ useObjectStreams: false });
  let turns = 0;
  let finished = false;
  const count = (): void => {
    if (finished) return;
    turns += 1;
    setImmediate(count);
  };
  setImmediate(count);
  const out = await finishPdf(bytes, { title: 'T', keywords: [], creator: 'Duizhao test', lang: 'en', date: new Date(Date.UTC(2021, 11, 15)) });
  finished = true;
  expect((await PDFDocument.load(out)).getTitle()).toBe('T');
  // A turn after each of its four steps (none when it ran in one piece).
  expect(turns).toBeGreaterThanOrEqual(4);
});
