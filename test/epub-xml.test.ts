/**
 * The EPUB's XML is written by render/epub/xml.ts (serializeXml), not by
 * xast-util-to-xml (which compiles a RegExp for every attribute value): it
 * must write what that library writes, for every document of real books and
 * for every kind of node and awkward character.
 */
import type { Element as HastElement } from 'hast';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { withNoteCarriers } from '../pipeline/render/epub/carriers.ts';
import { composeDocuments } from '../pipeline/render/epub/documents.ts';
import { langOrder, type EpubVariant } from '../pipeline/render/epub/variant.ts';
import { serializeXml, x, xhtmlTree, xmlTree } from '../pipeline/render/epub/xml.ts';
import type { Glossary } from '../pipeline/glossary/types.ts';
import type { Publication } from '../pipeline/model/types.ts';
import { loadFixture } from './fixtures/epub/annotate.ts';
import { BUILD_DATE, here, loadHaidian, t } from './fixtures/epub/build.ts';

const reference = (tree: Root) => toXml(tree, { closeEmptyElements: true });

async function documents(pub: Publication, glossary: Glossary, variant: EpubVariant): Promise<HastElement[]> {
  const langs = langOrder(variant, pub);
  const docs = composeDocuments({ pub: withNoteCarriers(pub, langs), variant, langs, t: await t(), glossary, draft: false, buildDate: BUILD_DATE, styles: ['styles/fonts.css', 'styles/epub.css'] });
  return docs.map((doc) => doc.html);
}

describe('EPUB XML serialization', () => {
  it('writes every XHTML document of the Haidian and fixture books as xast-util-to-xml does', async () => {
    const haidian = await loadHaidian();
    const fixture = loadFixture(path.join(here, 'basic'));
    let compared = 0;
    for (const [{ pub, glossary }, variants] of [[haidian, ['bilingual', 'en']], [{ pub: fixture.publication, glossary: fixture.glossary }, ['bilingual', 'zh']]] as const) {
      for (const variant of variants) {
        for (const html of await documents(pub, glossary, variant)) {
          const tree = xhtmlTree(html);
          expect(serializeXml(tree)).toBe(reference(tree));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10);
  }, 180_000);

  it('escapes and drops characters as xast-util-to-xml does, for every kind of node', () => {
    const awkward = 'a & b < c > d "e" \'f\' g?>h ]]> i -- j \u0001\u000B\u001F k\tl\nm 中文 𠀀';
    const tree = xmlTree(
      x('r:oot', { 'x:y': awkward, empty: '', zero: '0', skipped: undefined }, awkward, x('empty'), x('nested', {}, x('deeper', { a: '&amp;' })), {
        type: 'cdata', value: awkward,
      }, { type: 'comment', value: awkward }),
      'html',
    );
    tree.children.push({ type: 'instruction', name: 'pi', value: awkward }, { type: 'doctype', name: 'd', public: awkward, system: awkward }, { type: 'doctype', name: '', system: 'sys' });
    expect(serializeXml(tree)).toBe(reference(tree));
  });
});
