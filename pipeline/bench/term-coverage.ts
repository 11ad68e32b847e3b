/**
 * Term-base coverage: how much of the policy vocabulary of real report pages
 * the glossary matcher (`findZh`, the one the build uses) finds. The pages are
 * the ingest corpus inputs (`test/fixtures/ingest-corpus/<case>/input.*`,
 * decoded as ingest decodes them: GB18030, Big5 and GBK pages included) and the
 * Chinese of the newuser-round fixture projects. Run:
 * `npx tsx pipeline/bench/term-coverage.ts [glossary.yaml …] [--terms]`
 * (one column per glossary; `--terms` adds pages and occurrences per term).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMatcher } from '../glossary/matcher.ts';
import { loadGlossary } from '../glossary/load.ts';
import type { Glossary } from '../glossary/types.ts';
import { decode } from '../ingest/decode.ts';

export interface CoveragePage {
  name: string;
  text: string;
}

export interface Coverage {
  pages: number;
  /** term occurrences over all pages */
  occurrences: number;
  /** distinct terms per page, summed over the pages */
  distinctTerms: number;
  /** pages with at least one term */
  pagesWithTerm: number;
  /** term id → pages using it and its occurrences */
  byTerm: Map<string, { pages: number; occurrences: number }>;
}

export function termCoverage(glossary: Pick<Glossary, 'entries'>, pages: readonly CoveragePage[]): Coverage {
  const matcher = createMatcher(glossary);
  const coverage: Coverage = { pages: pages.length, occurrences: 0, distinctTerms: 0, pagesWithTerm: 0, byTerm: new Map() };
  for (const page of pages) {
    const found = matcher.findZh(page.text);
    const ids = new Set(found.map((o) => o.termId));
    coverage.occurrences += found.length;
    coverage.distinctTerms += ids.size;
    if (ids.size > 0) coverage.pagesWithTerm++;
    for (const o of found) {
      const term = coverage.byTerm.get(o.termId) ?? { pages: 0, occurrences: 0 };
      term.occurrences++;
      coverage.byTerm.set(o.termId, term);
    }
    for (const id of ids) coverage.byTerm.get(id)!.pages++;
  }
  return coverage;
}

/** The corpus pages (inputs as ingest decodes them) and the newuser-round fixtures' zh.md. */
export function corpusPages(testDir: string): CoveragePage[] {
  const pages: CoveragePage[] = [];
  const corpus = path.join(testDir, 'fixtures/ingest-corpus');
  for (const dir of readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(path.join(corpus, dir)).filter((f) => f.startsWith('input.'))) {
      const bytes = new Uint8Array(readFileSync(path.join(corpus, dir, file)));
      pages.push({ name: dir, text: decode(bytes, { html: file.endsWith('.html') }).text });
    }
  }
  const fixtures = path.join(testDir, 'fixtures');
  for (const round of readdirSync(fixtures).filter((d) => d.startsWith('newuser-round')).sort()) {
    const reports = path.join(fixtures, round, 'content/reports');
    const files = [path.join(fixtures, round, 'zh.md'), ...(existsSync(reports) ? readdirSync(reports).sort().map((slug) => path.join(reports, slug, 'zh.md')) : [])];
    for (const file of files.filter((f) => existsSync(f))) pages.push({ name: path.relative(fixtures, file), text: readFileSync(file, 'utf8') });
  }
  return pages;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  const root = path.join(import.meta.dirname, '../..');
  const pages = corpusPages(path.join(root, 'test'));
  const results = [];
  for (const file of files.length ? files : [path.join(root, 'content/glossary.yaml')]) {
    const { glossary, file: vfile } = await loadGlossary(file);
    if (vfile.messages.some((m) => m.fatal)) throw new Error(`Cannot measure ${file}: ${vfile.messages.map(String).join('; ')}`);
    results.push({ file, glossary, coverage: termCoverage(glossary, pages) });
  }
  console.log(`${pages.length} pages`);
  for (const { file, glossary, coverage } of results) {
    console.log(`${file}: ${glossary.entries.length} entries; ${coverage.occurrences} occurrences, ${coverage.distinctTerms} distinct terms summed over pages, ${coverage.pagesWithTerm} pages with a term`);
  }
  if (args.includes('--terms')) {
    const last = results.at(-1)!;
    const rows = [...last.coverage.byTerm].sort((a, b) => b[1].pages - a[1].pages || b[1].occurrences - a[1].occurrences);
    for (const [id, term] of rows) {
      const before = results.length > 1 ? results[0].coverage.byTerm.get(id) : undefined;
      console.log(`${term.pages}\t${term.occurrences}\t${results.length > 1 ? `${before?.pages ?? 0}\t` : ''}${last.glossary.byId.get(id)!.zh}\t${id}`);
    }
  }
}
