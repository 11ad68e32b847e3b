/**
 * Glossary notes in the print document (pipeline/render/pdf/note-scopes.ts): the text before the
 * first heading (salutation, opening formula) runs on into the first chapter on the same page, so
 * the two are one stretch for the notes — new user, round 8: the bilingual PDF's page 3 printed
 * 人大's note twice, one under the other, as notes 1 and 2.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { annotate, createMatcher, parseGlossary } from '../pipeline/glossary/index.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import { printDocument } from '../pipeline/render/pdf/document.ts';
import { createTranslators } from '../templates/i18n.ts';

const glossaryYaml = `- id: ren-da
  zh: 人大
  pinyin: rén dà
  en: people's congress
  note_en: Short for 人民代表大会, the local legislature.
  source: translator's rendering
- id: zheng-xie
  zh: 政协
  pinyin: zhèng xié
  en: CPPCC
  note_en: The Chinese People's Political Consultative Conference.
  source: translator's rendering
`;

const zh = `---
title: 某省人大常委会工作报告
---

各位代表： {#p-a}

我受省人大常委会委托，向大会报告工作，请予审议。 {#p-b}

## 一、过去一年的主要工作 {#h-1}

常委会依法履行人大职责，支持政协工作。 {#p-c}

## 二、今后一年的任务 {#h-2}

人大工作要有新气象。 {#p-d}
`;

const en = `---
title: Work Report of the Standing Committee of a Provincial People's Congress
---

Fellow Deputies, {#p-a}

On behalf of the Standing Committee of the Provincial people's congress, I now report on its work for your deliberation. {#p-b}

## I. Our Main Work over the Past Year {#h-1}

The Standing Committee performed the duties of the people's congress under the law and supported the work of the CPPCC. {#p-c}

## II. Our Tasks for the Year Ahead {#h-2}

The work of the people's congress must take on a new look. {#p-d}
`;

async function printed(languages: 'bilingual' | 'en' | 'zh') {
  const { publication } = buildPublication('congress', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en }));
  const { glossary } = parseGlossary(glossaryYaml);
  annotate(publication, glossary, createMatcher(glossary));
  const t = await createTranslators();
  const html = printDocument(publication, { t, draft: false, buildDate: new Date('2026-12-01T00:00:00Z'), glossary }, { layout: 'interleaved', languages, paper: 'A4' });
  const doc = fromHtml(html);
  const notes = (selectAll('.footnote', doc) as Element[]).map((el) => ({ term: String(el.properties.dataNote), text: toString(el) }));
  const calls = (selectAll('sup.fn-call', doc) as Element[]).map((el) => toString(el));
  return { publication, notes, calls };
}

describe('glossary notes in print: the text before the first heading and the first chapter', () => {
  for (const languages of ['bilingual', 'en', 'zh'] as const) {
    it(`give a term one note, not one in each (${languages})`, async () => {
      const { publication, notes, calls } = await printed(languages);
      // The model still gives the front and the first chapter a note each (the EPUB's documents need them).
      expect(publication.notes.filter((n) => n.termId === 'ren-da' && n.sectionId !== 'h-2').length).toBe(2);
      const renDa = notes.filter((n) => n.text.includes('rén dà'));
      // 人大 in the front (p-b), not again in chapter 一 (p-c), and again in chapter 二 (a page of its own).
      expect(renDa.length).toBe(2);
      // Numbered again in reading order: 1 人大 (front), 2 政协 (chapter 一), 3 人大 (chapter 二).
      expect(notes.map((n) => n.text.trim().split(/\s/)[0])).toEqual(['1', '2', '3']);
      expect(calls).toEqual(['1', '2', '3']);
    });
  }

  it('guard: chapters after the first keep their own notes, and a text whose first section has a heading is left as it is', async () => {
    const { publication } = buildPublication('congress', new VFile({ path: 'zh.md', value: zh.replace(/各位代表：[^\n]*\n\n我受[^\n]*\n\n/, '') }), new VFile({ path: 'en.md', value: en }));
    const { glossary } = parseGlossary(glossaryYaml);
    annotate(publication, glossary, createMatcher(glossary));
    const t = await createTranslators();
    const doc = fromHtml(printDocument(publication, { t, draft: false, buildDate: new Date('2026-12-01T00:00:00Z'), glossary }, { layout: 'interleaved', languages: 'bilingual', paper: 'A4' }));
    const notes = (selectAll('.footnote', doc) as Element[]).map((el) => toString(el).trim().split(/\s/)[0]);
    expect(notes).toEqual(publication.notes.map((n) => String(n.noteNumber)));
    expect(publication.notes.map((n) => n.termId)).toEqual(['ren-da', 'zheng-xie', 'ren-da']);
  });
});
