/**
 * `duizhao check` says the front matter's review (stop 55, helper review55). A reviser's brief ends "every block and
 * front-matter value reviewed; `duizhao check` clean": check's table counts blocks only (the front matter is no block),
 * so after a round it said "43 … 43 reviewed" whatever the title's or the translator's note's state — the reviser had to
 * open en.md to see `front_matter_reviewed` (stop 54's reviser left it as a gap). Now the stats count the front-matter
 * values en.md has and name those not reviewed (`--json`: `frontMatter`, `frontMatterUnreviewed`), and the summary says
 * it under the table: "front matter: 6 values, 0 reviewed; not reviewed: meta-title, …" by the ids `duizhao review`
 * takes. Each test's name says what happened before ("was: …"); guards are named as such.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPublication } from '../pipeline/check/index.ts';
import { beforeReview, fixtureReport } from './fixture-report.ts';
import { round21Revisions } from './newuser21-revisions.ts';

const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');
const fixtures = path.join(import.meta.dirname, 'fixtures');
const round21 = fixtureReport(path.join(fixtures, 'newuser-round21'), 'weifang-budget-2023');
const round29 = fixtureReport(path.join(fixtures, 'newuser-round29'), 'dizhang-2023-information-disclosure');
const translators21 = () => beforeReview(round21.read('en.md'), round21Revisions).replace(/ src=(\w+)\}/gu, ' src=$1 state=translated}');
const stats = (report: typeof round21, en: string) => checkPublication(report.load(en)).stats;

describe("check counts the front matter's review", () => {
  it('the stats count the front-matter values en.md has and name those not reviewed (was: no such count)', () => {
    expect(stats(round21, round21.read('en.md'))).toMatchObject({ reviewed: 43, frontMatter: 6, frontMatterUnreviewed: [] });
    expect(stats(round21, translators21())).toMatchObject({
      reviewed: 0, frontMatter: 6, frontMatterUnreviewed: ['title', 'issuer', 'occasion', 'scope_note', 'notes_heading', 'translator_note'],
    });
    // round 29: its note revised by hand in stop 53 and not recorded reviewed (the colophon's "3 of 4")
    expect(stats(round29, round29.read('en.md'))).toMatchObject({ frontMatter: 4, frontMatterUnreviewed: ['translator_note'] });
  });

  it('guard: an en.md with no front-matter value counts none; the block counts are as before', () => {
    const en = round21.read('en.md').replace(/^---\n[\s\S]*?\n---\n/u, '');
    const counted = stats(round21, en);
    expect(counted).toMatchObject({ blocks: 43, translated: 43, reviewed: 43, mt: 0, missing: 0, stale: 0 });
    // (on main's code the fields are absent: none counted either way)
    expect([counted.frontMatter ?? 0, counted.frontMatterUnreviewed ?? []]).toEqual([0, []]);
  });
});

describe("`duizhao check` prints the front matter's review under its table", () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'check-fm-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const project = path.join(temp, 'project');
  cpSync(path.join(fixtures, 'newuser-round21/content'), path.join(project, 'content'), { recursive: true });
  const enPath = path.join(project, 'content/reports/weifang-budget-2023/en.md');
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('the translator\'s en.md: "6 values, 0 reviewed" and the ids to review; one value reviewed, then all (was: the table alone)', () => {
    writeFileSync(enPath, translators21());
    const before = run('check', 'weifang-budget-2023');
    expect(before.status).toBe(0);
    expect(before.stdout).toContain('weifang-budget-2023      43          43         0');
    expect(before.stdout).toContain('front matter: 6 values, 0 reviewed; not reviewed: meta-title, meta-issuer, meta-occasion, meta-scope_note, meta-notes_heading, meta-translator_note\n');
    expect(run('review', 'weifang-budget-2023', 'meta-title').status).toBe(0);
    expect(run('check', 'weifang-budget-2023').stdout).toContain('front matter: 6 values, 1 reviewed; not reviewed: meta-issuer, meta-occasion, meta-scope_note, meta-notes_heading, meta-translator_note\n');
    writeFileSync(enPath, round21.read('en.md'));
    const after = run('check', 'weifang-budget-2023');
    expect(after.stdout).toContain('front matter: 6 values, 6 reviewed\n');
    const json = JSON.parse(run('check', 'weifang-budget-2023', '--json').stdout) as { stats: { frontMatter: number; frontMatterUnreviewed: string[] } };
    expect(json.stats).toMatchObject({ frontMatter: 6, frontMatterUnreviewed: [] });
  });

  it('several reports: one line each, named by its slug (was: none)', () => {
    cpSync(path.join(fixtures, 'newuser-round29/content/reports'), path.join(project, 'content/reports'), { recursive: true });
    const out = run('check').stdout;
    expect(out).toContain('front matter of dizhang-2023-information-disclosure: 4 values, 3 reviewed; not reviewed: meta-translator_note\n');
    expect(out).toContain('front matter of weifang-budget-2023: 6 values, 6 reviewed\n');
    rmSync(path.join(project, 'content/reports/dizhang-2023-information-disclosure'), { recursive: true, force: true });
  });

  it('guard: a report whose en.md has no front-matter value prints no such line; the table and the rule line as before (its English title, issuer … missing: warned, as ever)', () => {
    writeFileSync(enPath, round21.read('en.md').replace(/^---\n[\s\S]*?\n---\n/u, ''));
    const out = run('check', 'weifang-budget-2023').stdout;
    expect(out).not.toContain('front matter');
    expect(out).toMatch(/^report +blocks +translated +reviewed +mt +stale +missing +errors +warnings\nweifang-budget-2023 +43 +43 +43 +0 +0 +0 +0 +5\nmessages by rule: front-matter-english 4, notes-heading 1\n$/u);
    writeFileSync(enPath, round21.read('en.md'));
  });
});
