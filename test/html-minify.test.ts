/**
 * The HTML edition's style.css is minified in parts (the page's @font-face
 * rules, then the templates' stylesheets, kept minified for the next page and
 * the next save in the dev server): the parts must give the bytes their
 * concatenation gives, which is what style.css was before (build-identical
 * checks the Haidian file itself).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { minifyStylesheets } from '../pipeline/render/html/minify-css.ts';
import { repo } from './build-helpers.ts';

const templates = ['base.css', 'screen.css'].map((name) => readFileSync(path.join(repo, 'templates/styles', name), 'utf8')).join('\n');
const faces =
  '@font-face{font-family:"Noto Serif SC";font-style:normal;font-weight:400;font-display:swap;src:url("fonts/a.woff2") format("woff2");unicode-range:U+4E00-4E01}\n' +
  '@font-face{font-family:"Source Serif 4";font-style:italic;font-weight:400;font-display:swap;src:url("fonts/b.woff2") format("woff2");unicode-range:U+20-7E}\n';

it('minifies the stylesheets apart to the bytes of minifying them together, and again from memory', () => {
  const together = minifyStylesheets([`/* header */\n${faces}\n${templates}`]);
  expect(minifyStylesheets([faces, templates])).toBe(together);
  expect(minifyStylesheets([faces, templates])).toBe(together);
  expect(together).not.toContain('/*');
  expect(together.endsWith('}\n')).toBe(true);
});
