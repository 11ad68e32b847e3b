/**
 * Each PDF's time (render/pdf/pdf-times.ts): the fonts a tab had to wait for are
 * shared by the report's PDFs, not carried by the tab that first asked for them,
 * and the parts add up to the job's time.
 */
import { describe, expect, it } from 'vitest';
import { MakingClock, pdfPhases } from '../pipeline/render/pdf/pdf-times.ts';

/** A clock whose spans are given (performance.now() is not steered by the test). */
function clockWith(spans: Array<[number, number]>): MakingClock {
  const clock = new MakingClock();
  (clock as unknown as { spans: Array<[number, number]> }).spans.push(...spans);
  return clock;
}

describe('MakingClock', () => {
  it('counts overlapping spans once, clipped to the window', () => {
    const clock = clockWith([[10, 20], [15, 30], [40, 50]]);
    expect(clock.within(0, 100)).toBe(30);
    expect(clock.within(25, 45)).toBe(10);
    expect(clock.within(30, 40)).toBe(0);
  });

  it('times a maker from its first call to its settling, once', async () => {
    const clock = new MakingClock();
    let calls = 0;
    const make = clock.timed(async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return 'font';
    });
    const from = performance.now();
    expect(await make()).toBe('font');
    expect(await make()).toBe('font');
    expect(calls).toBe(1);
    expect(clock.within(from, performance.now())).toBeGreaterThanOrEqual(15);
  });
});

describe('pdfPhases', () => {
  it('moves the fonts made inside a tab to the shared part; the parts add up to the job', () => {
    // documents 0-100; tab 1 100-600 of which fonts 150-350; tab 2 600-900; last file at 1000
    const pdfs = [
      { tabFrom: 100, tabTo: 600, doneAt: 650, last: false },
      { tabFrom: 600, tabTo: 900, doneAt: 1000, last: true },
    ];
    const [first, second] = pdfPhases(0, 100, pdfs, clockWith([[150, 250], [200, 350]]));
    expect(first.msByPhase).toEqual({ documentsAndFonts: 150, tab: 300, finishing: 0 });
    expect(second.msByPhase).toEqual({ documentsAndFonts: 150, tab: 300, finishing: 100 });
    expect(first.ms + second.ms).toBe(1000);
  });
});
