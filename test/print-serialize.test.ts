/**
 * render/pdf/serialize.ts printHtml writes the print document as hast-util-to-html does with no options, byte for
 * byte: checked on every print document (each edition of the project's config and the other layouts and languages,
 * paginated or not, draft or not) of Haidian and of the fixtures' reports, and on the cases their text may not hold
 * (escapes in text and attributes, boolean, comma-separated, numeric and `data-` properties, void elements, raw text,
 * and the nodes it hands to hast-util-to-html).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { buildPublication } from '../pipeline/model/load.ts';
import { readReport } from '../pipeline/core/inputs.ts';
import { printTree, type PrintEdition } from '../pipeline/render/pdf/document.ts';
import { printHtml } from '../pipeline/render/pdf/serialize.ts';
import { annotate, createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { createTranslators } from '../templates/i18n.ts';

const repo = path.resolve(import.meta.dirname, '..');
const t = await createTranslators();

/** Every report of a project (its content/reports), glossary-annotated as a build annotates it. */
async function reports(root: string) {
  const { glossary } = await loadGlossary(path.join(root, 'content/glossary.yaml')).catch(() => ({ glossary: undefined }));
  const slugs = readdirSync(path.join(root, 'content/reports'));
  return Promise.all(slugs.map(async (slug) => {
    const source = await readReport(path.join(root, 'content'), slug);
    const pub = buildPublication(slug, source.zh, source.en).publication;
    if (glossary) annotate(pub, glossary, createMatcher(glossary));
    return { slug, pub, glossary };
  }));
}

const fixtures = readdirSync(path.join(repo, 'test/fixtures'))
  .map((name) => path.join(repo, 'test/fixtures', name))
  .filter((dir) => { try { return readdirSync(path.join(dir, 'content/reports')).length > 0; } catch { return false; } });
const projects = [repo, ...fixtures];

const editions: PrintEdition[] = [
  { layout: 'interleaved', languages: 'bilingual', paper: 'A4' },
  { layout: 'interleaved', languages: 'en', paper: 'A4' },
  { layout: 'interleaved', languages: 'zh', paper: 'Letter' },
  { layout: 'side-by-side', languages: 'bilingual', paper: 'A4' },
];

describe('printHtml: the print documents', () => {
  it('has the projects to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });
  for (const root of projects) {
    it(`writes ${path.relative(repo, root) || 'Haidian'}'s print documents as hast-util-to-html does`, async () => {
      let checked = 0;
      for (const { slug, pub, glossary } of await reports(root)) {
        for (const edition of editions) {
          for (const draft of [false, true]) {
            // paginate: false only leaves the scripts out of the head: once per report
            for (const paginate of edition.languages === 'bilingual' && edition.layout === 'interleaved' && !draft ? [true, false] : [true]) {
              const tree = printTree(pub, { t, draft, glossary, buildDate: new Date(Date.UTC(2024, 0, 2)) }, edition, { paginate });
              const expected = toHtml(tree);
              const written = printHtml(tree);
              if (written !== expected) expect({ slug, edition, draft, paginate, written }).toEqual({ slug, edition, draft, paginate, written: expected });
              checked += 1;
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    }, 180_000);
  }
});

describe('printHtml: what the documents may not hold', () => {
  const same = (tree: Root | Element) => expect(printHtml(tree)).toBe(toHtml(tree));
  it('escapes text and attribute values as hast-util-to-html does', () => {
    same(h('p', { title: `a "b" & 'c' \`d\` <e> \0` }, ['x < y & z > w "q" \'s\' `t` \0']));
    same({ type: 'root', children: [{ type: 'text', value: 'top < & level' }, h('b', '&amp;')] });
  });
  it('writes script and style text raw', () => {
    same(h('div', [h('style', 'a > b { content: "&<" }'), h('script', 'if (a < b && c) {}'), h('title', 'a < b')]));
  });
  it('writes properties by their kind', () => {
    same(h('td', { colSpan: 2, rowSpan: Number.NaN, hidden: true, className: ['a', 'b'], dataNoteCall: 'n1', ariaHidden: 'true', ariaLabel: '', download: '', accept: ['a', 'b', ''], itemProp: ['x', 'y'], open: false, dataX: null }));
    same(h('input', { type: 'checkbox', checked: 'checked', disabled: '', required: 'yes', value: 0 }));
    same(h('a', { href: 'https://example.org/?a=1&b=2', download: 'file.pdf', dataSplitFrom: true, 'data-raw-name': 'v' }));
  });
  it('writes void elements as hast-util-to-html does, closed when they have content', () => {
    same(h('p', [h('br'), h('wbr'), h('img', { src: 'a.png', alt: '' }), { type: 'element', tagName: 'br', properties: {}, children: [{ type: 'text', value: 'x' }] }, { type: 'element', tagName: 'hr', properties: {}, children: [{ type: 'text', value: '' }] }]));
  });
  it('hands what it does not write to hast-util-to-html', () => {
    same(h('div', [{ type: 'comment', value: ' a -- b ' }, h('svg', { viewBox: '0 0 1 1' }, [h('path', { d: 'M0 0' })])]));
    same({ type: 'root', children: [{ type: 'doctype' }, h('html', [h('template', [h('p', 'x')])])] });
  });
});
