/**
 * What `duizhao xliff import` says a reviser's file did (stop 53, review53: the second translator's review of new-user rounds
 * 28–32). A reviser's file marks every unit reviewed and corrects a few; the import's line named every block "updated" alike —
 * "updated 5 block(s) (p-7c8709, h-e5b443, p-7feee8, p-f26356, p-c35f7d)" — and did not say which English the review had
 * rewritten and which it had only confirmed. Now the line ends with both: the blocks whose English changed, the states moved.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importIntoFreshProject } from './xliff-helpers.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round28');
const slug = 'wuxi-2024-statistical-communique';

describe('xliff import: what a reviser\'s file changed', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'review-summary-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('the memoQ reviewer\'s file: one block\'s English rewritten, five blocks translated → reviewed (was: "updated 5 block(s)" alone)', () => {
    const { project, run } = importIntoFreshProject(fixture, slug, `${slug}.omegat.xlf`, path.join(temp, 'memoq'));
    copyFileSync(path.join(fixture, `${slug}.memoq.xlf`), path.join(project, 'review.xlf'));
    expect(run('xliff', 'import', 'review.xlf', '--dry-run')).toContain(
      // (stop 54: the reviewer's confirmation of the title, issuer and scope note is kept, and said apart)
      'would update 5 block(s) (p-7c8709, h-e5b443, p-7feee8, p-f26356, p-c35f7d), inserted 0; front matter: title, issuer, scope_note — English rewritten in 1 (p-7feee8); state changed: 5 translated → reviewed; front matter: English rewritten in 0, state changed: 3 translated → reviewed\n',
    );
    run('xliff', 'import', 'review.xlf');
    // the same file again changes nothing and says no more than that
    expect(run('xliff', 'import', 'review.xlf')).toMatch(/: updated 0 block\(s\), inserted 0\n$/u);
  });

  it('a file that rewrites English and keeps each state says so (state changed: none); one that takes a review back says which way', () => {
    const { project, run } = importIntoFreshProject(fixture, slug, `${slug}.omegat.xlf`, path.join(temp, 'plain'));
    const xlf = path.join(project, `${slug}.xlf`);
    const translator = readFileSync(xlf, 'utf8');
    writeFileSync(xlf, translator.replace('the natural population growth</target>', 'the natural growth of the population</target>'));
    expect(run('xliff', 'import', `${slug}.xlf`)).toContain('updated 1 block(s) (p-c35f7d), inserted 0 — English rewritten in 1 (p-c35f7d); state changed: none\n');
    run('review', slug, 'p-f26356', 'p-c35f7d');
    // the translator's file as it was: one English rewritten back, two reviews withdrawn (one of them the rewritten block's)
    writeFileSync(xlf, translator);
    const said = run('xliff', 'import', `${slug}.xlf`);
    expect(said).toContain('updated 2 block(s) (p-f26356, p-c35f7d), inserted 0 — English rewritten in 1 (p-c35f7d); state changed: 2 reviewed → translated\n');
  });
});
