/**
 * The translator's round trip with the real tools Debian ships (installed by
 * `npm run setup`: omegat, translate-toolkit):
 * - OmegaT 3.6 in console mode translates the XLIFF 1.2 export of the Haidian
 *   report with en.md removed, from Duizhao's TMX in tm/auto, and importing
 *   OmegaT's target recreates every block's English exactly (one OmegaT run);
 * - OmegaT's own TBX reader loads Duizhao's glossary for the project's
 *   languages (console mode loads no glossary, so the reader is called directly);
 * - pocount counts every unit of the export, untranslated and translated, and
 *   xliff2po converts every unit;
 * - xliff2po keeps the 1.2 export's unit notes (context, glossary terms) as `#.` comments,
 *   and a reviewed block (approved="yes") is no fuzzy entry.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { buildPublication, parseReportMarkdown } from '../pipeline/model/index.ts';
import { samePhrasing } from '../pipeline/translate/inline.ts';
import { readMeta } from '../pipeline/translate/front-matter.ts';

const root = path.join(import.meta.dirname, '..');
const bin = path.join(root, 'pipeline/bin.cjs');
const report = path.join(root, 'content/reports/haidian-2021');
const tmp = mkdtempSync(path.join(tmpdir(), 'duizhao-cat-'));
const content = path.join(tmp, 'content');
const project = path.join(tmp, 'omegat-project');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('CAT round trip with Debian tools', () => {
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('OmegaT translates the 1.2 export from Duizhao’s TMX, and the import recreates every block’s English', async () => {
    expect(has('omegat'), 'omegat not found (apt-get install omegat, or npm run setup)').toBe(true);
    mkdirSync(path.join(content, 'reports'), { recursive: true });
    cpSync(report, path.join(content, 'reports/haidian-2021'), { recursive: true });
    cpSync(path.join(root, 'content/glossary.yaml'), path.join(content, 'glossary.yaml'));
    rmSync(path.join(content, 'reports/haidian-2021/en.md'));
    // the project as README makes it: `xliff export --omegat` (folders, omegat.project, level-2 TMX preferences), then the memory and the term base
    const exported = run('xliff', 'export', 'haidian-2021', '--omegat', project, '--content', content);
    expect(exported.status, exported.stderr).toBe(0);
    const tm = run('tm', 'export', '-o', path.join(project, 'tm/auto/duizhao.tmx'), '--content', path.join(root, 'content'));
    expect(tm.status, tm.stderr).toBe(0);
    const glossary = run('glossary', 'export', '-o', path.join(project, 'glossary/duizhao.tbx'), '--glossary', path.join(content, 'glossary.yaml'));
    expect(glossary.status, glossary.stderr).toBe(0);

    const omegat = spawnSync('omegat', [project, '--mode=console-translate', `--config-dir=${path.join(project, 'config')}`], { cwd: project, encoding: 'utf8' });
    expect(omegat.status, omegat.stdout + omegat.stderr).toBe(0);
    const stats = readFileSync(path.join(project, 'omegat/project_stats.txt'), 'utf8');
    expect(stats).toMatch(/Total:\s+14\s/); // 10 blocks + 4 front-matter units, each one OmegaT segment
    expect(stats).toMatch(/Remaining:\s+0\s/);

    const translated = path.join(project, 'target/haidian-2021.xlf');
    const imported = run('xliff', 'import', translated, '--content', content);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('en.md: created with 10 block(s) ('); // a new en.md: created, its front matter named as such (was: 'updated 4 block(s) (meta-title, …)')
    expect(imported.stdout).toMatch(/; front matter: title, issuer, occasion, scope_note\n/);
    const created = readFileSync(path.join(content, 'reports/haidian-2021/en.md'), 'utf8');
    const original = readFileSync(path.join(report, 'en.md'), 'utf8');
    const blocks = (value: string) => parseReportMarkdown(new VFile({ value })).blocks;
    const want = blocks(original);
    const got = new Map(blocks(created).map((b) => [b.attributes.id, b] as const));
    expect([...got.keys()]).toEqual(want.map((b) => b.attributes.id));
    for (const block of want) {
      const twin = got.get(block.attributes.id)!;
      expect(twin.node.type).toBe(block.node.type);
      expect(samePhrasing(twin.node.children, block.node.children), `English of ${block.attributes.id}`).toBe(true);
      expect(twin.attributes.fields.src).toBe(block.attributes.fields.src); // made from the current Chinese
      expect(twin.attributes.fields.state).toBeUndefined(); // a memory match is never imported as reviewed
    }
    // and the new en.md passes the translation QA, glossary included
    const { glossary: terms } = await loadGlossary(path.join(content, 'glossary.yaml'));
    const load = buildPublication('haidian-2021', new VFile({ path: 'zh.md', value: readFileSync(path.join(content, 'reports/haidian-2021/zh.md'), 'utf8') }), new VFile({ path: 'en.md', value: created }));
    expect(checkPublication(load, { glossary: terms, matcher: createMatcher(terms) }).messages.map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([]);
    const meta = readMeta(created);
    const originalMeta = readMeta(original);
    for (const key of ['title', 'issuer', 'occasion', 'scope_note'] as const) expect(meta[key]).toBe(originalMeta[key]);

    // pocount: every unit of the export counted (untranslated source copies as fuzzy), and of OmegaT's target
    expect(has('pocount'), 'pocount not found (apt-get install translate-toolkit)').toBe(true);
    const before = spawnSync('pocount', [path.join(project, 'source/haidian-2021.xlf')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(before.stdout).toMatch(/Total:\s+14\s/);
    const after = spawnSync('pocount', [translated], { encoding: 'utf8' });
    expect(after.stdout).toMatch(/Total:\s+14\s/);
    // xliff2po converts every unit (it flattens inline codes to their text)
    const po = path.join(tmp, 'haidian.po');
    const converted = spawnSync('xliff2po', [translated, po], { encoding: 'utf8' });
    expect(converted.status, converted.stderr).toBe(0);
    const poText = readFileSync(po, 'utf8');
    expect(poText.match(/^#: /gm)).toHaveLength(14);
    expect(poText).toContain('msgstr ""\n"We achieved major strategic success in epidemic prevention and control. We "');
  });

  it('OmegaT’s TBX reader loads the glossary export for the project’s languages', () => {
    const tbx = path.join(project, 'glossary/duizhao.tbx');
    const reader = spawnSync('java', ['-cp', '/usr/share/omegat/OmegaT.jar', path.join(root, 'test/fixtures/translate/OmegatTbx.java'), project, tbx], { encoding: 'utf8' });
    expect(reader.status, reader.stderr).toBe(0);
    const entries = reader.stdout.trim().split('\n').map((line) => line.split('\t'));
    const yaml = readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8');
    const terms = [...yaml.matchAll(/^\s+zh: (.+)$/gm)].map((m) => m[1].trim());
    expect(terms.length).toBeGreaterThan(50);
    for (const term of terms) expect(entries.some(([zh]) => zh === term), `OmegaT reads ${term}`).toBe(true);
    expect(entries).toContainEqual(['放管服', 'reform to streamline administration, delegate power, strengthen regulation and improve services']);
  });
});

/** The PO a Weblate/Poedit translator works in shows each unit's context and glossary terms (xliff2po reads `<note from="developer">`). */
describe('xliff2po of the 1.2 export (translate-toolkit)', () => {
  it('keeps every unit note, context and glossary term, as a #. comment of its entry', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const { exportXliff } = await import('../pipeline/translate/xliff-export.ts');
    const { createMatcher, loadGlossary } = await import('../pipeline/glossary/index.ts');
    const repo = path.join(import.meta.dirname, '..');
    const { glossary } = await loadGlossary(path.join(repo, 'content/glossary.yaml'));
    const report = path.join(repo, 'content/reports/haidian-2021');
    const xlf = await exportXliff({ slug: 'haidian-2021', zh: readFileSync(path.join(report, 'zh.md'), 'utf8'), en: readFileSync(path.join(report, 'en.md'), 'utf8'), version: '1.2', glossary, matcher: createMatcher(glossary) });
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'duizhao-po-'));
    try {
      writeFileSync(path.join(tmp, 'h.xlf'), xlf);
      const run = spawnSync('xliff2po', [path.join(tmp, 'h.xlf'), path.join(tmp, 'h.po')], { encoding: 'utf8' });
      expect(run.status, `xliff2po (apt-get install translate-toolkit): ${run.stderr}`).toBe(0);
      const entry = readFileSync(path.join(tmp, 'h.po'), 'utf8').split('\n\n').find((e) => e.includes('#: p-bb00cb'))!;
      expect(entry).toMatch(/^#\. paragraph/m);
      expect(entry).toMatch(/^#\. 三防 \(sān fáng\) → the "three preventions"/m);
      // a reviewed block (state=reviewed, 1.2 signed-off) is approved="yes": no fuzzy flag in the PO, the editor shows it done
      expect(entry).not.toMatch(/^#, fuzzy$/m);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
