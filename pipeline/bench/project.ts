/** Temporary projects for the bench (never inside the repository) and realistic edits. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sourceRoot } from '../core/inputs.ts';
import { makeCorpus, makeLongReport } from './corpus.ts';

export const benchSlug = 'haidian-2021';

export function tempRoot(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-'));
}

/** A project holding only the Haidian report and the glossary (and the repo's config, if any). */
export function haidianProject(parent: string): string {
  const root = path.join(parent, 'haidian');
  mkdirSync(path.join(root, 'content/reports'), { recursive: true });
  cpSync(path.join(sourceRoot, 'content/reports', benchSlug), path.join(root, 'content/reports', benchSlug), { recursive: true });
  cpSync(path.join(sourceRoot, 'content/glossary.yaml'), path.join(root, 'content/glossary.yaml'));
  return root;
}

/** A project holding one synthetic report 6× as long as Haidian (corpus.ts, makeLongReport) and the glossary. */
export async function longProject(parent: string): Promise<{ root: string; slug: string }> {
  const root = path.join(parent, 'long');
  mkdirSync(path.join(root, 'content'), { recursive: true });
  cpSync(path.join(sourceRoot, 'content/glossary.yaml'), path.join(root, 'content/glossary.yaml'));
  const slug = await makeLongReport(path.join(sourceRoot, 'content/reports', benchSlug), path.join(root, 'content'));
  return { root, slug };
}

/** A copy of a project's content (no dist/, no cache) beside it, for a cold build of its own. */
export function copyProject(root: string, name: string): string {
  const copy = path.join(path.dirname(root), name);
  cpSync(path.join(root, 'content'), path.join(copy, 'content'), { recursive: true });
  return copy;
}

export async function corpusProject(parent: string, count: number): Promise<{ root: string; slugs: string[] }> {
  const root = path.join(parent, `corpus-${count}`);
  mkdirSync(path.join(root, 'content'), { recursive: true });
  cpSync(path.join(sourceRoot, 'content/glossary.yaml'), path.join(root, 'content/glossary.yaml'));
  const slugs = await makeCorpus(path.join(sourceRoot, 'content/reports', benchSlug), path.join(root, 'content'), count);
  return { root, slugs };
}

/**
 * A one-paragraph edit as a translator makes it: one more sentence in the
 * English of the n-th paragraph (no figures, no terms, so the checks pass).
 */
export function editParagraph(root: string, nth = 1, sentence = 'This sentence was added for the benchmark.'): string {
  const en = path.join(root, 'content/reports', benchSlug, 'en.md');
  const lines = readFileSync(en, 'utf8').split('\n');
  let seen = 0;
  let id = '';
  for (let i = 0; i < lines.length; i++) {
    const match = /^(\*\*.*?) (\{#(p-[0-9a-f]+)[^}]*\})\s*$/.exec(lines[i]);
    if (!match || ++seen !== nth) continue;
    lines[i] = `${match[1]} ${sentence} ${match[2]}`;
    id = match[3];
    break;
  }
  writeFileSync(en, lines.join('\n'));
  return id;
}

/**
 * A frozen copy of the pipeline (code, templates, package files; node_modules
 * linked) so that edits made in the working tree while the bench runs do not
 * change the cache keys between its runs. Compiled once, untimed (as the set-up
 * does), so no measured run compiles. Returns the copy's `bin.cjs`.
 */
export function snapshotPipeline(parent: string): string {
  const dir = path.join(parent, 'duizhao');
  mkdirSync(dir, { recursive: true });
  for (const item of ['package.json', 'package-lock.json', 'tsconfig.json', '.puppeteerrc.cjs', 'pipeline', 'templates']) {
    cpSync(path.join(sourceRoot, item), path.join(dir, item), { recursive: true });
  }
  symlinkSync(path.join(sourceRoot, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync(process.execPath, [path.join(dir, 'pipeline/setup/compile.mjs')], { stdio: 'ignore' });
  return path.join(dir, 'pipeline/bin.cjs');
}
