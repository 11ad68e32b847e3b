/**
 * New user round 33's gap (stop 54): the XLIFF 1.2 export copies each untranslated unit's Chinese into its target —
 * OmegaT needs it (it translates targets: with an empty `<target/>` its console mode found 0 segments in round 34's
 * report) — and translate-toolkit's xliff2po made each copy a fuzzy msgstr in Chinese: pocount said 0 untranslated, and
 * a PO editor showed the Chinese as the translation to overwrite. `xliff export --xliff 1.2 --no-source-copy` leaves
 * the copy out (no `<target>`): xliff2po then writes `msgstr ""` (pocount: 11 untranslated of 11). The translated PO
 * goes back through `po2xliff -t <that export>`, whose units have no target: the import puts the bold lead back from
 * the Chinese as it does over a copy (round 33's fix), where it had refused the file.
 *
 * Fixture `fixtures/xliff/po2xliff-no-copy/` (real tool output, 2026-12-05, translate-toolkit 3.8.4): round 33's report
 * (test/fixtures/newuser-round33, its en.md removed) exported with --no-source-copy, xliff2po, the translator's committed
 * PO merged in (pomerge), po2xliff -t the export.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportXliff } from '../pipeline/translate/xliff-export.ts';
import { importXliff } from '../pipeline/translate/xliff-import.ts';

const round33 = path.join(import.meta.dirname, 'fixtures/newuser-round33/content/reports/fangxian-plan-2024');
const dir = path.join(import.meta.dirname, 'fixtures/xliff/po2xliff-no-copy');
const zh = readFileSync(path.join(round33, 'zh.md'), 'utf8');
const slug = 'fangxian-plan-2024';

describe('XLIFF 1.2 for a PO editor: no copy of the source in an untranslated target', () => {
  it('sourceCopy: false writes no <target> in a unit without English, as in the committed export the CLI wrote (was: the Chinese copy in each)', async () => {
    const xml = await exportXliff({ slug, zh, version: '1.2', sourceCopy: false });
    expect(xml.match(/<trans-unit /gu)).toHaveLength(11);
    expect(xml).not.toContain('<target');
    const committed = readFileSync(path.join(dir, `${slug}.xlf`), 'utf8');
    expect([...committed.matchAll(/<trans-unit id="([^"]+)"/gu)].map((m) => m[1])).toEqual([...xml.matchAll(/<trans-unit id="([^"]+)"/gu)].map((m) => m[1]));
    expect(committed).not.toContain('<target');
  });

  it('guard: by default every unit has its target, the copy of its source (OmegaT translates targets)', async () => {
    const xml = await exportXliff({ slug, zh, version: '1.2' });
    expect(xml.match(/<target state="needs-translation">/gu)).toHaveLength(11);
    expect(xml).toContain('<target state="needs-translation"><g id="1" ctype="bold"');
  });

  it('guard: a unit with English keeps it as its target', async () => {
    const en = readFileSync(path.join(round33, 'en.md'), 'utf8');
    const xml = await exportXliff({ slug, zh, en, version: '1.2', sourceCopy: false });
    const units = [...xml.matchAll(/<trans-unit [\s\S]*?<\/trans-unit>/gu)].map((m) => m[0]);
    expect(units.length).toBeGreaterThanOrEqual(11);
    for (const unit of units) expect(unit).toMatch(/<target state="(?:translated|signed-off)">/u);
  });

  it('po2xliff’s file over that export imports with the bold lead put back (was: refused, “without its bold lead sentence”)', async () => {
    const xliff = readFileSync(path.join(dir, `${slug}.po2xliff.xlf`), 'utf8');
    const result = await importXliff({ xliff, xliffPath: `${slug}.po2xliff.xlf`, zh });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    // the translator's English as the PO holds it (before stop 54's review of round 33), every block of the report
    expect(result.inserted).toHaveLength(6);
    expect(result.value).toContain('and pursued ensuring both development and security.');
    expect(result.value).toContain('**Agricultural production improved in both quality and returns.** We vigorously');
  });
});
