/**
 * furniture.ts addPageSlots: the print document's contents links and the glossary's lists of uses get the
 * slots paginate.js fills with page numbers — only links to the document's own targets, only inside the
 * contents (nav.toc), the label of a list of uses kept.
 */
import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { addPageSlots } from '../pipeline/render/pdf/furniture.ts';

describe('addPageSlots', () => {
  it('gives the contents links and the lists of uses their page slots', () => {
    const contents = h('nav.toc', [h('ol', [h('li', [h('a', { href: '#part-1' }, 'Part I')]), h('li', [h('a', { href: 'https://example.org/' }, 'Away')])])]);
    const back = h('section.glossary', [
      h('p', [h('a', { href: '#elsewhere' }, 'not in the contents')]),
      h('dd.gloss-uses', [h('span.gloss-uses-label', 'Used in'), h('a', { href: '#p-1' }, '1'), ', ', h('a', { href: '#p-2' }, '2')]),
      h('dd.gloss-uses', [h('a', { href: '#p-3' }, '3')]),
    ]);
    addPageSlots([contents, back]);
    expect(toHtml(contents)).toBe(
      '<nav class="toc"><ol><li><a href="#part-1"><span class="toc-label">Part I</span><span class="toc-leader" aria-hidden="true"></span><span class="toc-page" data-page-ref="part-1"></span></a></li>' +
        '<li><a href="https://example.org/">Away</a></li></ol></nav>',
    );
    expect(toHtml(back)).toBe(
      '<section class="glossary"><p><a href="#elsewhere">not in the contents</a></p>' +
        '<dd class="gloss-uses"><span class="gloss-uses-label">Used in</span><span class="gloss-pages" data-page-refs="p-1 p-2"></span></dd>' +
        '<dd class="gloss-uses"><span class="gloss-pages" data-page-refs="p-3"></span></dd></section>',
    );
  });
});
