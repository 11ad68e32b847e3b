/**
 * The compiled EPUB renderer draws its cover on a worker thread (render/epub/cover.ts,
 * drawCoverApart; issue 16, the cold EPUB of the long report): the same SVG as
 * coverSvg draws here from the whole fonts, and this thread never loads fontkit.
 * (The TypeScript sources, which the other tests run, draw it on their own thread.)
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types (it runs before anything is compiled)
import { compile } from '../pipeline/setup/compile.mjs';
import { repo } from './build-helpers.ts';
import { loadFixture } from './fixtures/epub/annotate.ts';
import { here, t } from './fixtures/epub/build.ts';

const require = createRequire(import.meta.url);
const fontkitLoaded = () => Object.keys(require.cache).some((file) => file.includes(`${path.sep}fontkit${path.sep}`));

it('draws the cover apart when compiled: the same SVG, fontkit never loaded on this thread', async () => {
  const { outRoot } = compile(repo) as { outRoot: string };
  const compiled = (await import(path.join(outRoot, 'pipeline/render/epub/cover.js'))) as typeof import('../pipeline/render/epub/cover.ts');
  const { publication } = loadFixture(path.join(here, 'basic'));
  const input = { pub: publication, langs: ['zh', 'en'] as Array<'zh' | 'en'>, t: await t(), alt: 'cover' };
  expect(fontkitLoaded()).toBe(false);
  const svg = await compiled.cachedCoverSvg(input);
  expect(fontkitLoaded()).toBe(false);
  const { coverSvg } = await import('../pipeline/render/epub/cover.ts');
  expect(svg).toBe(coverSvg(input));
  expect(fontkitLoaded()).toBe(true); // (the check sees fontkit when it is loaded here)
}, 180_000);
