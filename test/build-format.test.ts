import { describe, expect, it } from 'vitest';
import { pageWeightLines } from '../pipeline/cli/format-build.ts';
import type { OutputFile } from '../pipeline/core/types.ts';

const file = (slug: string, edition: OutputFile['edition'], path: string, bytes: number): OutputFile => ({ slug, edition, path, bytes, ms: 0, cached: false });

describe('page weight in the build output', () => {
  it('sums HTML, CSS, JS and fonts of each report\'s HTML edition, not downloads or the catalogue', () => {
    const lines = pageWeightLines({
      outputs: [
        file('a', 'html', 'a/index.html', 100 * 1024),
        file('a', 'html', 'a/assets/site.css', 20 * 1024),
        file('a', 'html', 'a/assets/app.js', 10 * 1024),
        file('a', 'html', 'a/assets/fonts/zh.woff2', 200 * 1024),
        file('a', 'epub', 'a/a.epub', 300 * 1024),
        file('a', 'html', 'index.html', 2 * 1024),
        file('b', 'html', 'b/index.html', 390 * 1024),
        file('b', 'html', 'b/assets/x.woff2', 20 * 1024),
      ],
    });
    expect(lines).toEqual([
      'page weight a/index.html: 330.0 KB (HTML + CSS + JS + fonts; budget 400.0 KB)',
      'page weight b/index.html: 410.0 KB (HTML + CSS + JS + fonts; budget 400.0 KB, OVER BUDGET)',
    ]);
  });
});
