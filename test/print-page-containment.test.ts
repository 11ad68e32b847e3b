/**
 * print.css: the page boxes paginate.js makes (`.dz-page`, the size of the page area) are size- and
 * layout-contained. Chromium then lays each one out as a whole (monolithic) when it prints, at the size
 * it already has, and reuses the layout paginate.js made to check the pages instead of laying the text
 * out again inside its own fragmentation (issue 16: Haidian's English PDF, the print's layouts ~250 ms →
 * ~7 ms in a trace, both PDFs byte-identical). Their overflow stays hidden: a page box never paints past
 * the page area, and paginate.js reads a page that came out too tall from its scroll height.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { expect, it } from 'vitest';

const css = readFileSync(path.resolve(import.meta.dirname, '../templates/styles/print.css'), 'utf8');

/** The declarations of the rules whose selector is exactly `selector`, last one winning. */
function declarations(selector: string): Map<string, string> {
  const found = new Map<string, string>();
  postcss.parse(css).walkRules((rule) => {
    if (rule.selectors.includes(selector)) rule.walkDecls((decl) => void found.set(decl.prop, decl.value));
  });
  return found;
}

it('contains each page box in size and layout, its overflow hidden', () => {
  const page = declarations('.dz-page');
  const contain = (page.get('contain') ?? '').split(/\s+/);
  expect(contain.includes('strict') || (contain.includes('size') && contain.includes('layout')), `contain: ${page.get('contain')}`).toBe(true);
  expect(page.get('overflow')).toBe('hidden');
});
