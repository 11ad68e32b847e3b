/**
 * The report's own notes in print, read back from the PDF of the budget report (test/fixtures/newuser-round6:
 * three 名词解释 notes called from the text, a glossary of seven terms, two of them used only in a note).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annotate, createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { loadPublication } from '../pipeline/model/index.ts';
import { createSharedBrowser } from '../pipeline/render/pdf/browser.ts';
import { renderPdfEdition } from '../pipeline/render/pdf/index.ts';
import { createTranslators } from '../templates/i18n.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round6/content');
const browser = createSharedBrowser();
const work = mkdtempSync(path.join(os.tmpdir(), 'duizhao-pdf-report-notes-'));
afterAll(async () => {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
});

describe("the report's own notes in print", () => {
  it("give the glossary's 'Used in' the page of a term used only in a note", async () => {
    // Looked at, stop 23: 政府性基金预算 and 国有资本经营预算 occur only in note [3] (调入资金); their entries read
    // 'Used in' and nothing — the note's footnote had the id fn-<note id>, so its page was never found.
    const { publication } = await loadPublication({ dir: path.join(fixture, 'reports/nankai-budget-2023') });
    const { glossary } = await loadGlossary(path.join(fixture, 'glossary.yaml'));
    annotate(publication, glossary, createMatcher(glossary));
    const result = await renderPdfEdition(publication, { t: await createTranslators(), draft: false, buildDate: new Date('2024-01-11T00:00:00Z'), glossary }, { layout: 'interleaved', languages: 'en', paper: 'A4' }, browser);
    const file = path.join(work, 'en.pdf');
    writeFileSync(file, result.bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\u00AD/g, '');
    const uses = text.split('\n').filter((line) => /^\s*Used in\b/.test(line)).map((line) => line.trim());
    expect(uses.length).toBe(7);
    expect(uses.filter((line) => !/^Used in \d/.test(line))).toEqual([]);
    // the note [3] is on its call's page, and that is the page its terms are listed at
    const notePage = result.pageOf['fn-c8889f'];
    expect(notePage).toBeGreaterThan(0);
    const entry = text.slice(text.indexOf('government-managed funds budget'));
    expect(entry.slice(0, entry.indexOf('Used in') + 12)).toMatch(new RegExp(`Used in ${notePage}\\b`));
  });
});
