/**
 * The EPUB 3 edition: `<outDir>/<slug>.epub` (bilingual, interleaved) and,
 * when configured, `<slug>.en.epub` / `<slug>.zh.epub`. Built from the shared
 * components in templates/, serialized as XHTML, zipped reproducibly.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Publication } from '../../model/types.ts';
import type { RenderContext, RenderedFile, Renderer } from '../types.ts';
import { buildEpub } from './build.ts';
import { epubFileName, epubVariants } from '../editions.ts';
import type { EpubVariant } from './variant.ts';

export { buildEpub, type EpubBuild } from './build.ts';
export { epubFileName, langOrder, type EpubVariant } from './variant.ts';

export const epubRenderer: Renderer = {
  edition: 'epub',
  async render(pub: Publication, ctx: RenderContext): Promise<RenderedFile[]> {
    const variants: EpubVariant[] = epubVariants(ctx.config);
    await mkdir(ctx.outDir, { recursive: true });
    const out: RenderedFile[] = [];
    for (const variant of variants) {
      ctx.signal?.throwIfAborted();
      const { data } = await buildEpub(pub, ctx, variant);
      const file = path.join(ctx.outDir, epubFileName(pub.slug, variant));
      // Write beside, then rename: an interrupted build never leaves half an EPUB.
      const temp = `${file}.partial`;
      try {
        await writeFile(temp, data);
        await rename(temp, file);
      } catch (error) {
        throw new Error(`Could not write the EPUB ${file}: ${(error as Error).message}`, { cause: error });
      }
      out.push({ path: path.relative(ctx.distDir, file).split(path.sep).join('/'), bytes: data.length, edition: 'epub' });
    }
    return out;
  },
};
