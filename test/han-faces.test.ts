/**
 * A report in traditional characters is set in the faces of traditional forms (Noto Serif TC, Noto Sans TC) in every
 * edition; one in simplified characters in the SC faces, as before. The choice is font-usage.ts's (hanFamilies); these
 * are the places that follow it: the HTML's font requests, the print page's faces, the EPUB's lowered stylesheets and
 * its cover. (The built editions of a traditional report: test/newuser16-fixture.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { fontRequestsFromHast, hanAttribute } from '../templates/font-usage.ts';
import { facesFor } from '../pipeline/render/fonts.ts';
import { printFonts } from '../pipeline/render/pdf/fonts-css.ts';
import { lowerStylesheets } from '../pipeline/render/epub/styles.ts';
import { drawCover } from '../pipeline/render/epub/cover.ts';

const styles = path.join(import.meta.dirname, '../templates/styles');
const page = h('body', [h('h2', { lang: 'zh-Hant' }, '一、過去一年的工作'), h('p', { lang: 'zh-Hant' }, '香港經濟溫和增長。'), h('p', { lang: 'en' }, 'The “一國兩制” principle.')]);
const families = (requests: ReturnType<typeof fontRequestsFromHast>) =>
  requests.map((r) => `${r.family} ${r.weight}${r.fallback ? ` → ${r.fallback.family} ${r.fallback.weight}` : ''}: ${r.text}`).sort();

describe('the faces of a report in traditional characters', () => {
  it('the HTML asks for Noto Serif TC and Noto Sans TC, and English text falls back to them (was: the SC faces)', () => {
    expect(families(fontRequestsFromHast(page, 'en', [], Infinity, 'zh-Hant'))).toEqual([
      'Noto Sans TC 700: 一、過去一年的工作',
      'Noto Serif TC 400: 香港經濟溫和增長。',
      'Source Serif 4 400 → Noto Serif TC 400: The “一國兩制” principle.',
    ]);
    // a report in simplified characters: as before
    expect(families(fontRequestsFromHast(page, 'en'))).toEqual([
      'Noto Sans SC 700: 一、過去一年的工作',
      'Noto Serif SC 400: 香港經濟溫和增長。',
      'Source Serif 4 400 → Noto Serif SC 400: The “一國兩制” principle.',
    ]);
    expect(hanAttribute('zh-Hant')).toEqual({ dataHan: 'zh-Hant' });
    expect(hanAttribute('zh-Hans')).toEqual({});
  });

  it('a page in simplified asks the TC faces for words tagged zh-Hant when the edition sets them so (the HTML: a mixed site’s catalogue), else the SC faces', () => {
    const catalogue = h('main', [
      h('h2', { lang: 'zh-Hans' }, '海淀区政府工作报告'),
      h('h2', { lang: 'zh-Hant' }, ['施政報告', h('span', { lang: 'en' }, 'Policy Address 施政')]),
    ]);
    expect(families(fontRequestsFromHast(catalogue, 'en', [], Infinity, 'zh-Hans', true))).toEqual([
      'Noto Sans SC 700: 海淀区政府工作报告',
      'Noto Sans TC 700: 施政報告',
      'Source Sans 3 700 → Noto Sans TC 700: Policy Address 施政',
    ]);
    expect(families(fontRequestsFromHast(catalogue, 'en', [], Infinity, 'zh-Hans'))).toEqual([
      'Noto Sans SC 700: 海淀区政府工作报告施政報告',
      'Source Sans 3 700 → Noto Sans SC 700: Policy Address 施政',
    ]);
  });

  it('the print page subsets the TC faces for such a report, and only the SC faces for one in simplified characters', async () => {
    expect(facesFor('zh-Hant').map((f) => f.family).filter((f) => f.startsWith('Noto'))).toEqual(['Noto Serif TC', 'Noto Serif TC', 'Noto Sans TC', 'Noto Sans TC']);
    const traditional = await printFonts(['<p lang="zh-Hant">香港經濟溫和增長</p>'], undefined, 'zh-Hant');
    expect(traditional.css).toContain('font-family:"Noto Serif TC"');
    expect(traditional.css).not.toContain(' SC"');
    const simplified = await printFonts(['<p lang="zh-Hans">经济温和增长</p>']);
    expect(simplified.css).toContain('font-family:"Noto Serif SC"');
    expect(simplified.css).not.toContain(' TC"');
  });

  it('the EPUB’s stylesheets name the TC faces in a book in traditional characters, the SC faces in another, and keep no variable or data-han rule', () => {
    const sources = ['base', 'epub'].map((name) => ({ name, css: readFileSync(path.join(styles, `${name}.css`), 'utf8') }));
    const [traditional] = lowerStylesheets(sources, 'zh-Hant');
    const [simplified] = lowerStylesheets(sources, 'zh-Hans');
    // (new user round 37) the SC face right after the TC face, for the simplified-only characters the TC face lacks
    expect(traditional.css).toMatch(/:lang\(zh\)[^{]*\{[^}]*font-family: "Noto Serif TC", "Noto Serif SC", "Noto Sans Symbols", "Source Serif 4"/);
    expect(traditional.css.replace(/"Noto (Serif|Sans) TC", "Noto \1 SC"/g, '')).not.toMatch(/Noto S(?:erif|ans) SC/);
    expect(simplified.css).toMatch(/:lang\(zh\)[^{]*\{[^}]*font-family: "Noto Serif SC", "Noto Sans Symbols", "Source Serif 4"/);
    expect(simplified.css).not.toMatch(/Noto S(?:erif|ans) TC/);
    for (const css of [traditional.css, simplified.css]) expect(css).not.toMatch(/var\(|data-han|--han/);
  });

  it('the EPUB cover draws a traditional title from Noto Serif TC: 說, 內 and the full-width comma are other outlines than Noto Serif SC’s', () => {
    const outline = (han: 'zh-Hans' | 'zh-Hant', title: string) => {
      const svg = drawCover({ alt: 'cover', han, langs: [{ lang: 'zh', title }] });
      const paths = [...svg.matchAll(/<path[^>]* d="([^"]+)"/g)].map((m) => m[1]);
      expect(paths).toHaveLength(1);
      return paths[0];
    };
    for (const title of ['說', '內', '，']) expect(outline('zh-Hant', title), title).not.toBe(outline('zh-Hans', title));
    // (Noto Serif SC draws some traditional characters as TC does: 溫, 產)
    expect(outline('zh-Hant', '溫')).toBe(outline('zh-Hans', '溫'));
  });
});
