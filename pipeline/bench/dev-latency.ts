/**
 * Save → visible in the dev server, run as a user runs it (`duizhao dev` as
 * its own process): a one-paragraph edit, timed from the write to the
 * live-reload event (the new HTML is in place) and to the rebuilt EPUB + PDF.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { editParagraph } from './project.ts';

export interface DevFigures {
  /** Save → `reload` event (the new HTML is in place). */
  htmlMs: number;
  /** Save → EPUB and PDF rebuilt. */
  editionsMs: number;
}

export async function measureDev(bin: string, root: string, log: (line: string) => void): Promise<DevFigures> {
  const child = spawn(process.execPath, [bin, 'dev', '--root', root, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } });
  let out = '';
  const lines: Array<{ text: string; at: number }> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const text of chunk.toString().split('\n')) if (text) lines.push({ text, at: performance.now() });
  });
  const wait = async (test: () => boolean, what: string, timeoutMs = 1_800_000) => {
    const started = performance.now();
    while (!test()) {
      if (performance.now() - started > timeoutMs || child.exitCode !== null) throw new Error(`dev server: no ${what}\n${out.slice(-1000)}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  let request: http.ClientRequest | undefined;
  try {
    await wait(() => /EPUB \+ PDF (ready|failed)/.test(out), 'first build');
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
    const events: Array<{ type: string; at: number }> = [];
    request = http.get(`${url}__duizhao/events`, (res) => {
      res.on('data', (chunk: Buffer) => {
        for (const match of chunk.toString().matchAll(/^event: (\w+)$/gm)) events.push({ type: match[1], at: performance.now() });
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const saved = performance.now();
    editParagraph(root, 2, 'Another sentence was added for the dev benchmark.');
    await wait(() => events.some((e) => e.type === 'reload' && e.at > saved), 'reload after the save');
    const htmlMs = events.find((e) => e.type === 'reload' && e.at > saved)!.at - saved;
    await wait(() => lines.some((l) => l.at > saved && /EPUB \+ PDF (ready|failed)/.test(l.text)), 'EPUB/PDF after the save');
    const editionsMs = lines.find((l) => l.at > saved && /EPUB \+ PDF (ready|failed)/.test(l.text))!.at - saved;
    log(`dev: HTML visible ${htmlMs.toFixed(0)} ms after the save; EPUB + PDF ${(editionsMs / 1000).toFixed(2)} s`);
    return { htmlMs, editionsMs };
  } finally {
    request?.destroy();
    child.kill('SIGINT');
    await new Promise((resolve) => child.once('close', resolve));
  }
}
