/**
 * document.ts markRunningStrings: the texts that feed the running heads (`.run-title`, `.run-section`) are found by
 * walks with plain tests (furniture.ts firstIn, elementsIn), not hast-util-select. Checked here against the
 * selectors they replace, applied to the finished print document of every edition of Haidian (translated, with
 * chapters and a glossary) and of an ingested page without English (draft: pending headings).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { buildPublication } from '../pipeline/model/load.ts';
import { chineseTag } from '../pipeline/model/script.ts';
import { readReport } from '../pipeline/core/inputs.ts';
import { printDocument } from '../pipeline/render/pdf/document.ts';
import { annotate, createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { createTranslators } from '../templates/i18n.ts';
import type { Publication } from '../pipeline/model/types.ts';

const repo = path.resolve(import.meta.dirname, '..');
const t = await createTranslators();
const { glossary } = await loadGlossary(path.join(repo, 'content/glossary.yaml'));
const haidianSource = await readReport(path.join(repo, 'content'), 'haidian-2021');
const haidian = buildPublication('haidian-2021', haidianSource.zh, haidianSource.en).publication;
annotate(haidian, glossary, createMatcher(glossary));
const zhPath = path.join(repo, 'test/fixtures/ingest/pdf-extracted/zh.md');
const { publication: draft } = buildPublication('pdf-extracted', new VFile({ path: zhPath, value: readFileSync(zhPath, 'utf8') }));

/** The marked elements as the hast-util-select queries found them (document.ts before the walks). */
function bySelectors(doc: Root, languages: 'bilingual' | 'en' | 'zh', zhTag: string): { title: Element[]; section: Element[] } {
  const cover = select('section.cover', doc)!;
  const titleLang = languages === 'en' ? 'en' : 'zh';
  const title = [select(`.title-${titleLang}`, cover)].filter((e): e is Element => Boolean(e));
  const section: Array<Element | undefined> = [];
  if (languages === 'bilingual') section.push(select('.title-en', cover));
  const side = languages === 'zh' ? zhTag : 'en';
  for (const chapter of selectAll('main.text > .chapter', doc)) {
    const heading = select('.block:first-child', chapter);
    section.push(select(`[lang="${side}"]:not(.pending)`, heading ?? chapter) ?? select('[lang]:not(.pending)', heading ?? chapter) ?? undefined);
  }
  for (const part of selectAll('.back-matter > *', doc)) {
    for (const heading of selectAll('.glossary-title, .colophon-title', part)) section.push(select(`[lang="${side}"]`, heading) ?? heading);
  }
  // in document order: the cover, the chapters, the back matter
  return { title, section: section.filter((e): e is Element => Boolean(e)) };
}

describe('markRunningStrings', () => {
  const cases: Array<[string, Publication, boolean]> = [['Haidian', haidian, false], ['an untranslated page (draft)', draft, true]];
  for (const [name, pub, isDraft] of cases) {
    it(`marks what the selectors found, in every edition of ${name}`, () => {
      for (const languages of ['bilingual', 'en', 'zh'] as const) {
        const html = printDocument(pub, { t, draft: isDraft, glossary, buildDate: new Date('2021-12-15T00:00:00Z') }, { layout: 'interleaved', languages, paper: 'A4' }, { paginate: false });
        const doc = fromHtml(html);
        const expected = bySelectors(doc, languages, chineseTag(pub));
        expect(expected.section.length, languages).toBeGreaterThan(1);
        expect(selectAll('.run-title', doc), languages).toEqual(expected.title);
        expect(selectAll('.run-section', doc), languages).toEqual(expected.section);
      }
    });
  }
});
