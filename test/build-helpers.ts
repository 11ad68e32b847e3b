/** Shared by the build, reliability and dev tests: temp projects and spy renderers. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { Edition } from '../pipeline/config/types.ts';
import { sourceHash } from '../pipeline/model/hash.ts';
import type { Renderer } from '../pipeline/render/types.ts';

export const repo = path.resolve(import.meta.dirname, '..');
export const fixtureProject = path.join(repo, 'test/fixtures/build/project');

const projects: string[] = [];
// Each test file imports this module afresh: its projects are removed when the file's tests end.
afterAll(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An empty project folder in a temp folder, removed after the test file. */
export function emptyProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-build-'));
  projects.push(dir);
  return dir;
}

/** A fresh copy of the fixture project (content/ with reports alpha and beta) in a temp folder, removed after the test file. */
export function tempProject(fixture = fixtureProject): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-build-'));
  cpSync(fixture, dir, { recursive: true });
  projects.push(dir);
  return dir;
}

export interface Spy {
  renderers: Array<Renderer & { codeId: string }>;
  calls: Array<{ slug: string; edition: Edition }>;
  maxConcurrent: number;
  /** Most PDF renders at once. */
  maxConcurrentPdf: number;
}

/** Renderers that write a small file per edition and record every call. */
export function spyRenderers(
  editions: Edition[] = ['html', 'epub', 'pdf'],
  options: {
    delayMs?: number;
    fail?: (slug: string, edition: Edition) => boolean;
    /** The PDF renderer calls RenderContext.prepared this long after it starts, and logs `prepared <slug>` in `log`. */
    pdfPreparedAfterMs?: number;
    log?: string[];
  } = {},
): Spy {
  const spy: Spy = { renderers: [], calls: [], maxConcurrent: 0, maxConcurrentPdf: 0 };
  let running = 0;
  let runningPdf = 0;
  for (const edition of editions) {
    spy.renderers.push({
      edition,
      codeId: `spy-${edition}`,
      async render(pub, ctx) {
        spy.calls.push({ slug: pub.slug, edition });
        running++;
        if (edition === 'pdf') runningPdf++;
        spy.maxConcurrent = Math.max(spy.maxConcurrent, running);
        spy.maxConcurrentPdf = Math.max(spy.maxConcurrentPdf, runningPdf);
        try {
          if (edition === 'pdf' && options.pdfPreparedAfterMs !== undefined) {
            await new Promise((resolve) => setTimeout(resolve, options.pdfPreparedAfterMs));
            options.log?.push(`prepared ${pub.slug}`);
            ctx.prepared?.();
          }
          if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
          if (options.fail?.(pub.slug, edition)) throw new Error(`spy ${edition} failed on purpose`);
          const name = edition === 'html' ? 'index.html' : `${pub.slug}.${edition}`;
          const body = `${edition}:${pub.meta.zh.title}:${pub.blocks.map((b) => b.zhText).join('|')}:${ctx.buildDate.toISOString()}:${ctx.draft}`;
          await writeFile(path.join(ctx.outDir, name), body);
          return [{ path: `${pub.slug}/${name}`, bytes: Buffer.byteLength(body), edition }];
        } finally {
          running--;
          if (edition === 'pdf') runningPdf--;
        }
      },
    });
  }
  return spy;
}

/** Every file under a folder with its content (to compare dist/ before and after). */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) out[path.relative(dir, full)] = `${statSync(full).mtimeMs}:${readFileSync(full).toString('base64').slice(0, 2000)}`;
  }
  return out;
}

/** Leftover staging/old folders beside dist/. */
export function leftovers(root: string): string[] {
  return readdirSync(root).filter((name) => /^\.dist\.(staging|old)-/.test(name));
}

/** Replace one block's Chinese and English (keeping en.md's `src=` current, so the checks pass). */
export function editBlock(root: string, slug: string, id: string, zh: string, en: string): void {
  const dir = path.join(root, 'content/reports', slug);
  const zhPath = path.join(dir, 'zh.md');
  const enPath = path.join(dir, 'en.md');
  const replaceLine = (text: string, fn: (line: string) => string) =>
    text.split('\n').map((line) => (line.includes(`{#${id}`) ? fn(line) : line)).join('\n');
  const heading = (line: string) => /^#+ /.exec(line)?.[0] ?? '';
  writeFileSync(zhPath, replaceLine(readFileSync(zhPath, 'utf8'), (line) => `${heading(line)}${zh} {#${id}}`));
  const src = sourceHash(zh.replace(/\*\*/g, ''));
  writeFileSync(enPath, replaceLine(readFileSync(enPath, 'utf8'), (line) => `${heading(line)}${en} {#${id} src=${src}}`));
}
