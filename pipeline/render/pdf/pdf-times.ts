/**
 * What each PDF's time is, as the build reports it and the bench sets it against
 * Chromium's own print of the same document (render/pdf/index.ts measures, this
 * composes): an equal share of making the report's print documents and fonts, its
 * tab (from the end of the previous PDF's print, or from the documents, to its own
 * bytes), and, for the last PDF only, the finishing that overlapped no print. Fonts
 * are made when a tab first asks for them; the time they take inside a tab is moved
 * from that tab to the shared part, so the first PDF does not carry alone the fonts
 * every PDF of the report uses. The parts add up to the job's time.
 */
import type { PdfPhases } from '../types.ts';

/** Wall-clock intervals during which something was being made (overlapping ones count once). */
export class MakingClock {
  private readonly spans: Array<[number, number]> = [];

  /** `make`, timed from its first call to its settling (later calls get the same promise). */
  timed<T>(make: () => Promise<T>): () => Promise<T> {
    let made: Promise<T> | undefined;
    return () => {
      if (made) return made;
      const start = performance.now();
      made = make();
      const stop = () => void this.spans.push([start, performance.now()]);
      made.then(stop, stop);
      return made;
    };
  }

  /** Milliseconds of making between `from` and `to`. */
  within(from: number, to: number): number {
    const clipped = this.spans.map(([a, b]): [number, number] => [Math.max(a, from), Math.min(b, to)]).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
    let total = 0;
    let end = -Infinity;
    for (const [a, b] of clipped) {
      if (b <= end) continue;
      total += b - Math.max(a, end);
      end = b;
    }
    return total;
  }
}

/** One PDF's times, as measured (performance.now() stamps). */
export interface PdfTimes {
  /** The end of the previous PDF's print (or of making the documents). */
  tabFrom: number;
  /** Its own bytes printed. */
  tabTo: number;
  /** Its file written (the last PDF's finishing overlaps no print; the others' is not counted). */
  doneAt: number;
  last: boolean;
}

/** Each PDF's time and its parts; `prepared`: the documents made, from `started`. */
export function pdfPhases(started: number, prepared: number, pdfs: readonly PdfTimes[], fonts: MakingClock): Array<{ ms: number; msByPhase: PdfPhases }> {
  const fontsInTab = pdfs.map((pdf) => fonts.within(pdf.tabFrom, pdf.tabTo));
  const shared = (prepared - started + fontsInTab.reduce((sum, ms) => sum + ms, 0)) / pdfs.length;
  return pdfs.map((pdf, n) => {
    const tab = pdf.tabTo - pdf.tabFrom - fontsInTab[n];
    const finishing = pdf.last ? pdf.doneAt - pdf.tabTo : 0;
    return { ms: Math.round(shared + tab + finishing), msByPhase: { documentsAndFonts: Math.round(shared), tab: Math.round(tab), finishing: Math.round(finishing) } };
  });
}
