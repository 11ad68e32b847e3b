/**
 * The print fonts are planned from a report's first PDF document (render/pdf/index.ts):
 * a later document with characters the plan lacks (here the Chinese-only edition after
 * the English one) gets a plan of the union, so every character is set in an embedded
 * subset and none falls back to a system face (a Type 3 font, or nothing at all).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { build } from '../pipeline/index.ts';
import { tempProject } from './build-helpers.ts';
import { pageTexts, pdffonts } from './fixtures/pdf/checks.ts';
import { expectFontsEmbeddedNoType3 } from './fixtures/pdf/edition-checks.ts';

it('sets a later PDF whose characters the first lacks in embedded subsets', async () => {
  const root = tempProject();
  writeFileSync(path.join(root, 'duizhao.config.yaml'), [
    'editions: [pdf]',
    'pdf:',
    '  editions:',
    '    - { layout: interleaved, languages: en }',
    '    - { layout: interleaved, languages: zh }',
    '',
  ].join('\n'));
  const result = await build({ root, reports: ['alpha'], env: { SOURCE_DATE_EPOCH: '1639526400' } });
  expect(result.problems).toEqual([]);
  expect(result.ok).toBe(true);
  const zh = path.join(root, 'dist/alpha/alpha.zh.pdf');
  expectFontsEmbeddedNoType3(zh);
  expect(pdffonts(zh).some((font) => /NotoSerifSC/.test(font.name))).toBe(true);
  const text = pageTexts(zh).join('\n');
  for (const phrase of ['经济实力显著增强', '推进', '放管服']) expect(text).toContain(phrase);
});
