/**
 * The HTML edition: `dist/<slug>/index.html` + `assets/` (and the catalogue,
 * `dist/index.html`). Self-contained: relative URLs only, subset fonts, a CSP
 * that allows only the page's own files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import type { Publication } from '../../model/types.ts';
import type { RenderContext, RenderedFile, Renderer } from '../types.ts';
import { chineseTag } from '../../model/script.ts';
import { hanFamilies } from '../../../templates/font-usage.ts';
import { writeAssets } from './assets.ts';
import { reportPage } from './page.ts';

export { renderCatalogue } from './catalogue.ts';

/** Serialize a page: HTML5 syntax, attributes quoted, deterministic. */
export function serialize(tree: Parameters<typeof toHtml>[0]): string {
  return toHtml(tree, { allowDangerousHtml: false, upperDoctype: true }) + '\n';
}

export const htmlRenderer: Renderer = {
  edition: 'html',
  async render(pub: Publication, ctx: RenderContext): Promise<RenderedFile[]> {
    ctx.signal?.throwIfAborted();
    const { tree, body } = reportPage(pub, ctx);
    const html = serialize(tree);
    await mkdir(ctx.outDir, { recursive: true });
    await writeFile(path.join(ctx.outDir, 'index.html'), html);
    const copied = ctx.t.zh('linkCopied') + ctx.t.en('linkCopied');
    const han = chineseTag(pub);
    const assets = await writeAssets(ctx.outDir, body, {
      script: true,
      cacheDir: ctx.cacheDir,
      han,
      extra: [{ family: 'Source Sans 3', weight: 400, text: copied, fallback: { family: hanFamilies(han).sans, weight: 400 } }],
    });
    const rel = path.relative(ctx.distDir, ctx.outDir).split(path.sep).join('/');
    const prefix = rel ? `${rel}/` : '';
    return [
      { path: `${prefix}index.html`, bytes: Buffer.byteLength(html), edition: 'html' },
      ...assets.map((a) => ({ path: prefix + a.path, bytes: a.bytes, edition: 'html' as const })),
    ];
  },
};

/** HTML + CSS + JS + fonts of one rendered page (what a reader downloads). */
export function pageWeight(files: readonly RenderedFile[]): number {
  return files.filter((f) => /\.(html|css|js|woff2)$/.test(f.path)).reduce((sum, f) => sum + f.bytes, 0);
}
