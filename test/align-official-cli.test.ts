/**
 * `duizhao align` end to end, as a new user runs it (new user, round 11): a fresh project, the Chinese
 * page ingested, the official English page aligned into en.md, `check`, and `build --report` — which
 * passes the check (figures, terms) once the one figure the English adds (今年 → 2020) is marked checked.
 * Refusals leave en.md as it was.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const fixtures = path.join(import.meta.dirname, 'fixtures/newuser-round11');
const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');
const project = mkdtempSync(path.join(tmpdir(), 'duizhao-align-'));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const enPath = path.join(project, 'content/reports/prc-gwr-2020/en.md');

// Both pages' whole-paragraph beginnings: the Chinese up to Part I's first paragraph, the English without its cut last paragraph.
mkdirSync(path.join(project, 'content'), { recursive: true });
copyFileSync(path.join(import.meta.dirname, '../content/glossary.yaml'), path.join(project, 'content/glossary.yaml'));
writeFileSync(path.join(project, 'zh.html'), readFileSync(path.join(fixtures, 'zh.html'), 'utf8').replace(/<p>——经济运行[\s\S]*?(?=<\/div>)/, ''));
writeFileSync(path.join(project, 'en.html'), readFileSync(path.join(fixtures, 'en-chinadaily.html'), 'utf8').replace(/<p>The economy remained[^<]*<\/p>\n/, ''));

describe('duizhao align (CLI)', () => {
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('aligns the official English into a new en.md; check and build --report pass', () => {
    expect(run('ingest', 'zh.html', '--slug', 'prc-gwr-2020').status).toBe(0);
    const aligned = run('align', 'prc-gwr-2020', 'en.html');
    expect(aligned.status, aligned.stderr).toBe(0);
    expect(aligned.stdout).toContain('content/reports/prc-gwr-2020/en.md: created with the English of 5 of 5 block(s), state=translated, not reviewed; 0 block(s) without English (pending), 0 English paragraph(s) of 5 placed nowhere, 0 low-confidence bead(s)');
    expect(aligned.stderr).toMatch(/en\.html\s*\n\s*9:1\s+info\s+Left out site chrome <div class="topbar">: “首页 \| 权威发布”/);

    // What the page does not print (China Daily's page has no English title line, no page names the issuer) is the
    // check's to find — align said the first two — and the user's to settle. The year the English writes for 今年
    // ("the first few months of 2020" in a report dated 2020-05-22) is read as the report's year: no figure the Chinese
    // lacks (was number-mismatch, settled with ignore=; check/numbers/relative-years.ts).
    expect(aligned.stderr).toMatch(/warning\s+The page prints no English title for zh\.md's “政府工作报告”/);
    const check = run('check', 'prc-gwr-2020');
    expect(check.status, check.stderr).toBe(0);
    expect(check.stderr).not.toMatch(/number-mismatch/);
    expect(check.stdout).toMatch(/messages by rule: front-matter-english 2\n/);
    const written = readFileSync(enPath, 'utf8').replace(/^occasion:/m, 'title: Report on the Work of the Government\nissuer: The State Council\noccasion:');
    writeFileSync(enPath, written);
    const again = run('check', 'prc-gwr-2020');
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/prc-gwr-2020\s+5\s+5\s+0\s+0\s+0\s+0\s+0\s+0\n/);

    const build = run('build', '--report', 'prc-gwr-2020', '--only', 'html');
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(build.stdout + build.stderr).toMatch(/Build succeeded .*; 0 error\(s\), 0 warning\(s\)/);
    const html = readFileSync(path.join(project, 'dist/prc-gwr-2020/index.html'), 'utf8');
    expect(html).toContain('In pursuing development last year, China faced many difficulties and challenges.');
  });

  it('refuses to overwrite en.md without --force (exit 1, en.md as it was); --dry-run writes nothing; --json', () => {
    const before = readFileSync(enPath, 'utf8');
    const refused = run('align', 'prc-gwr-2020', 'en.html');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('prc-gwr-2020 has an en.md already: not overwritten (pass --force');
    expect(refused.stderr).toContain('content/reports/prc-gwr-2020/en.md: not changed — the alignment was refused');
    expect(readFileSync(enPath, 'utf8')).toBe(before);

    const dry = run('align', 'prc-gwr-2020', 'en.html', '--force', '--dry-run', '--json');
    expect(dry.status).toBe(0);
    const json = JSON.parse(dry.stdout);
    expect(json).toMatchObject({ en: 'content/reports/prc-gwr-2020/en.md', written: false, stats: { blocks: 5, placed: 5, missing: 0, unplaced: 0 } });
    expect(json.blocks[0]).toEqual({ ids: ['p-67086a'], english: [{ line: 18, column: 4 }] });
    expect(readFileSync(enPath, 'utf8')).toBe(before);
  });

  it('refuses a page that is not English, and a report that does not exist', () => {
    const notEnglish = run('align', 'prc-gwr-2020', 'zh.html', '--force');
    expect(notEnglish.status).toBe(1);
    expect(notEnglish.stderr).toMatch(/zh\.html\s*\n.*1:1\s+error\s+Unexpected page without English paragraphs/);
    const noReport = run('align', 'nope', 'en.html');
    expect(noReport.status).toBe(1);
    expect(noReport.stderr).toContain('duizhao: No report `nope`');
    expect(existsSync(path.join(project, 'content/reports/nope'))).toBe(false);
  });

  it('reads zh.md and en.md through the one reader of report files: an en.md not in UTF-8 is refused at its byte, left as it was (was: decoded with U+FFFD and, with --force, replaced)', () => {
    const bytes = Buffer.concat([readFileSync(enPath), Buffer.from([0xb1, 0xa8, 0x0a])]);
    writeFileSync(enPath, bytes);
    const refused = run('align', 'prc-gwr-2020', 'en.html', '--force');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/en\.md:\d+:1: Unexpected byte 0xb1, expected UTF-8 text/);
    expect(readFileSync(enPath).equals(bytes)).toBe(true);
  });
});
