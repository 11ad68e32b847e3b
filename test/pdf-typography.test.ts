/**
 * Print typography on hast (templates/typographic-quotes.ts, pipeline/render/pdf/typography.ts): straight quotes
 * become typographic ones with the note call and its footnote in between, and
 * the call then moves after the closing quote.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { callsAfterClosingMarks } from '../pipeline/render/pdf/typography.ts';
import { typographicQuotes } from '../templates/typographic-quotes.ts';

/** `the "<term>¹[footnote]", …`: a term in quotes, its note call and the footnote body inline (as the print document has them). */
function sentence(): Root {
  return {
    type: 'root',
    children: [
      h('p', { lang: 'en' }, [
        'We adhered to the "',
        h('span.term', 'three preventions'),
        h('sup.fn-call', '1'),
        h('span.footnote', ['the "three preventions" — ', h('i', 'sān fáng'), ' shorthand']),
        '", the "four early" measures and the ',
        h('span.term', 'nine strict measures'),
        h('sup.fn-call', '2'),
        h('span.footnote', 'a note that ends in "quotes"'),
        h('span.footnote', 'a second note, "quoted"'),
        '" as well.',
      ]),
    ],
  };
}

describe('smart quotes around note calls', () => {
  it('closes a quote that follows a note call and its footnote', () => {
    const tree = sentence();
    typographicQuotes(tree);
    const html = toHtml(tree);
    expect(html).toContain('We adhered to the \u201c<span class="term">three preventions</span>');
    expect(html).toContain('</span>\u201d, the \u201cfour early\u201d measures');
    expect(html).toContain('\u201d as well.');
    // inside the notes, quotes start afresh
    expect(html).toContain('the \u201cthree preventions\u201d \u2014 ');
    expect(html).toContain('ends in \u201cquotes\u201d');
    expect(html).toContain('a second note, \u201cquoted\u201d');
    expect(html).not.toMatch(/\d<\/sup>.*?<\/span>\u201c/);
  });

  it('then puts each call after the closing quote', () => {
    const tree = sentence();
    typographicQuotes(tree);
    callsAfterClosingMarks(tree);
    const html = toHtml(tree);
    expect(html).toMatch(/three preventions<\/span>\u201d<sup class="fn-call">1<\/sup>/);
  });
});
