/**
 * Save → visible in the dev server: a one-paragraph edit, timed from the
 * write to the live-reload event (HTML) and to the rebuilt PDF/EPUB.
 */
import http from 'node:http';
import { startDev } from '../build/dev/index.ts';
import { editParagraph } from './project.ts';

export interface DevFigures {
  /** Save → `reload` event (the new HTML is in place). */
  htmlMs: number;
  /** Save → EPUB and PDF rebuilt. */
  editionsMs: number;
}

export async function measureDev(root: string, log: (line: string) => void): Promise<DevFigures> {
  const dev = await startDev({ root, port: 0 });
  let request: http.ClientRequest | undefined;
  try {
    await dev.idle();
    const events: Array<{ type: string; at: number }> = [];
    request = http.get(`${dev.url}__duizhao/events`, (res) => {
      res.on('data', (chunk: Buffer) => {
        for (const match of chunk.toString().matchAll(/^event: (\w+)$/gm)) events.push({ type: match[1], at: performance.now() });
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const saved = performance.now();
    editParagraph(root, 2, 'Another sentence was added for the dev benchmark.');
    while (!events.some((e) => e.type === 'reload' && e.at > saved)) await new Promise((resolve) => setTimeout(resolve, 5));
    const htmlMs = events.find((e) => e.type === 'reload' && e.at > saved)!.at - saved;
    await dev.idle();
    const editionsMs = performance.now() - saved;
    log(`dev: HTML visible ${htmlMs.toFixed(0)} ms after the save; EPUB + PDF ${(editionsMs / 1000).toFixed(2)} s`);
    return { htmlMs, editionsMs };
  } finally {
    request?.destroy();
    await dev.close();
  }
}
