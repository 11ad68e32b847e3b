/**
 * A report's characters the Noto CJK faces of the editions lack, in the built PDF (stop 59):
 * - Roman numerals and circled numbers past ⑱ (地表水Ⅲ类, in nearly every report's environment section) are set in the
 *   symbols face (font-usage.ts symbolsFamily), embedded as a subset; no `no-glyph` warning for them.
 * - A rare Han character (镩, and 𬌗 of the Tongyong Guifan Hanzi Biao beyond the BMP) is still told (`no-glyph`), and
 *   the PDF draws it from the system's Noto CJK, which the set-up installs (pipeline/setup/system.mjs fonts-noto-cjk):
 *   it was an empty box. Such a glyph is a system face's (Type 3 in Chromium's PDF: a CFF font), so the check here is its
 *   text — which poppler extracts after its line's other text (a known gap: copying that line out of the PDF scrambles it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { build } from '../pipeline/index.ts';
import { tempProject } from './build-helpers.ts';
import { pageTexts, pdffonts } from './fixtures/pdf/checks.ts';

const repo = path.join(import.meta.dirname, '..');

it('Ⅲ and ⑲ in the symbols face, 镩 and 𬌗 told and drawn by the system’s Noto CJK', async () => {
  const root = tempProject();
  writeFileSync(path.join(root, 'duizhao.config.yaml'), 'editions: [pdf]\n');
  const report = path.join(root, 'content/reports/alpha');
  const zh = readFileSync(path.join(report, 'zh.md'), 'utf8').replace('地区生产总值年均增长6.5%。', '地区生产总值年均增长6.5%，地表水达到Ⅲ类⑲，冰镩作业𬌗。');
  writeFileSync(path.join(report, 'zh.md'), zh);
  const en = readFileSync(path.join(report, 'en.md'), 'utf8').replace('grew by 6.5% a year on average.', 'grew by 6.5% a year on average, and surface water met Class Ⅲ.');
  writeFileSync(path.join(report, 'en.md'), en);
  execFileSync(process.execPath, [path.join(repo, 'pipeline/bin.cjs'), 'review', 'alpha', 'p-a00002'], { cwd: root, encoding: 'utf8' });

  const result = await build({ root, reports: ['alpha'], strict: false, env: { SOURCE_DATE_EPOCH: '1639526400' } });
  expect(result.problems).toEqual([]);
  expect(result.ok).toBe(true);
  const told = result.files.flatMap((file) => file.messages.filter((m) => m.ruleId === 'no-glyph').map((m) => /“(.+?)”/u.exec(m.reason)?.[1]));
  expect(told.sort()).toEqual(['镩', '𬌗'].sort());

  const pdf = path.join(root, 'dist/alpha/alpha.pdf');
  expect(pdffonts(pdf).some((font) => /NotoSansSymbols/.test(font.name))).toBe(true);
  const text = pageTexts(pdf).join('\n').replace(/\s+/g, '');
  expect(text).toContain('地表水达到Ⅲ类⑲');
  expect(text).toContain('Ⅲ.');
  // drawn from the system's Noto CJK when the set-up could install it (as root with apt-get; CI is)
  if (existsSync('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc')) {
    // (poppler gives a Type 3 glyph's text after its line's other text: the characters are there, not in reading order)
    expect(text).toMatch(/冰作业。?镩𬌗|冰镩作业𬌗/u);
    expect(execFileSync('fc-list', [':charset=2c317', 'family'], { encoding: 'utf8' })).toMatch(/Noto S(?:erif|ans) CJK/);
  }
}, 180_000);
