/**
 * The jobs of a build: one per (report, edition), PDFs first (the longest),
 * then the catalogue. Each job carries its cache key and renders lazily: a
 * job restored from the cache never loads its renderer.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Edition } from '../config/types.ts';
import type { Glossary } from '../glossary/types.ts';
import { datesIn } from '../model/date-style.ts';
import { buildPublication } from '../model/load.ts';
import type { Publication } from '../model/types.ts';
import { editionFiles, offeredEditionsContext, siteFiles, type EditionFile } from '../render/editions.ts';
import { RenderError } from '../render/types.ts';
import { readReport } from './inputs.ts';
import { buildDateFor, jobKey, renderContext, type Job, type KeyInputs, type RenderEnv } from './jobs.ts';
import type { PreparedReport } from './prepare.ts';
import type { Paths } from './paths.ts';
import type { Setup } from './setup.ts';
import type { Manifest } from './staging.ts';
import { loadHtmlStage } from './stages.ts';

const editionOrder: Record<Edition, number> = { pdf: 0, epub: 1, html: 2 };

export interface PlanInputs {
  paths: Paths;
  env: Setup;
  keyInputs: KeyInputs;
  renderEnv: RenderEnv;
  /** The checked reports to render. */
  prepared: PreparedReport[];
  /** Which job made each file of the current dist (staging.ts). */
  previous: Manifest;
  /** A full build: nothing of the current dist is carried over. */
  full: boolean;
  /** Editions the pages may link although this build does not make them (BuildOptions.linkEditions). */
  linkEditions: readonly Edition[];
  /** The real renderers (not a test's): also checks that each wrote the files editions.ts lists. */
  withCatalogue: boolean;
  /** Environment (SOURCE_DATE_EPOCH). */
  processEnv: Record<string, string | undefined>;
}

export async function planJobs(inputs: PlanInputs): Promise<Job[]> {
  const { env, keyInputs, renderEnv } = inputs;
  // Each report's terms, made once for all its editions when its first job renders (a cached job makes none):
  // its glossary uses annotated, and the term base as it reads it — a national report's entries carry their
  // national notes (glossary/report-level.ts) — the one glossary every edition's render context gets.
  const terms = new Map<string, Glossary | undefined>();
  const reportTerms = (pub: Publication): Glossary | undefined => {
    if (terms.has(pub.slug)) return terms.get(pub.slug);
    const { glossary, matcher, glossaryStage } = env;
    if (glossary && matcher) glossaryStage.annotate(pub, glossary, matcher);
    const read = glossary && glossaryStage.glossaryForReport(glossary, pub.meta.zh);
    terms.set(pub.slug, read);
    return read;
  };

  const jobs: Job[] = [];
  for (const report of inputs.prepared) {
    const pub = report.load!.publication;
    const buildDate = buildDateFor(inputs.processEnv, pub);
    const downloads = downloadsOf(inputs, report.slug);
    for (const [edition, renderer] of env.renderers) {
      const expected = inputs.withCatalogue ? editionFiles(report.slug, env.config, [edition]).map((file) => `${report.slug}/${file.file}`) : [];
      jobs.push({
        slug: report.slug, edition,
        key: jobKey(keyInputs, edition, { report: report.source.hash, slug: report.slug, buildDate: buildDate.toISOString(), ...(edition === 'html' ? { downloads } : {}) }),
        render: async (distDir) => {
          renderer.warmUp?.(renderEnv);
          const glossary = reportTerms(pub);
          const files = await (await renderer.load()).render(pub, { ...(await renderContext(renderEnv, pub, distDir, buildDate, glossary)), downloads });
          const missing = expected.find((rel) => !files.some((file) => file.path === rel));
          if (missing) throw new RenderError(`the ${edition} renderer did not write ${missing}, which pipeline/render/editions.ts lists (and the page links)`, missing);
          return files;
        },
      });
    }
  }
  jobs.sort((a, b) => editionOrder[a.edition] - editionOrder[b.edition]);
  if (inputs.withCatalogue) jobs.push(await catalogueJob(inputs));
  return jobs;
}

/** The files of the other editions a report's HTML page links: exactly the ones that exist after this build. */
function downloadsOf(inputs: PlanInputs, slug: string): EditionFile[] {
  return editionFiles(slug, inputs.env.config, ['epub', 'pdf'])
    .filter((file) => inputs.env.renderers.has(file.edition) || inputs.linkEditions.includes(file.edition) || kept(inputs, `${slug}/${file.file}`, `${slug}:${file.edition}`));
}

/** Whether the current dist's file `rel`, made by `owner`, is carried over into the new one (a partial build). */
function kept(inputs: PlanInputs, rel: string, owner: string): boolean {
  return !inputs.full && inputs.previous[rel] === owner && existsSync(path.join(inputs.paths.outDir, rel));
}

/**
 * The catalogue lists the reports whose page is in the dist after this build:
 * the ones built now, and (a partial build) the ones it carries over.
 */
async function catalogueJob(inputs: PlanInputs): Promise<Job> {
  const { paths, env, keyInputs, renderEnv, prepared } = inputs;
  const listed = new Set(env.renderers.has('html') ? prepared.map((r) => r.slug) : []);
  for (const rel of Object.keys(inputs.previous)) {
    const slug = /^([^/]+)\/index\.html$/.exec(rel)?.[1];
    if (slug && kept(inputs, rel, `${slug}:html`)) listed.add(slug);
  }
  const sources = await Promise.all([...listed].sort().map((slug) => readReport(paths.contentDir, slug).catch(() => undefined)));
  const catalogueDate = buildDateFor(inputs.processEnv);
  // the intro names the e-book and print editions only when the listed reports offer them
  const offered = offeredEditionsContext([...listed].flatMap((slug) => downloadsOf(inputs, slug).map((file) => file.edition)));
  return {
    slug: 'catalogue', edition: 'html',
    // The catalogue shows titles, issuers and dates: keyed by the front matter, so an
    // edit in a report's text does not re-render it (a dev-server save stays one render).
    // (and the ways en.md writes its dates: each report's date is printed in its translation's style, model/date-style.ts)
    key: jobKey(keyInputs, 'html', { catalogue: sources.map((s) => s && [s.slug, frontMatter(s.zh), s.en && frontMatter(s.en), s.en && dateStylesIn(s.en), s.zh.messages.some((m) => m.fatal)]), offered, buildDate: catalogueDate.toISOString() }),
    render: async (distDir) => {
      const pubs = sources.flatMap((s) => {
        if (!s || s.zh.messages.some((m) => m.fatal)) return [];
        return [prepared.find((r) => r.slug === s.slug)?.load?.publication ?? buildPublication(s.slug, s.zh, s.en).publication];
      });
      const { renderCatalogue } = await loadHtmlStage();
      const files = await renderCatalogue(pubs, { distDir, t: await renderEnv.translators(), translators: renderEnv.translators, config: env.config, cacheDir: paths.cacheDir, offered });
      const missing = siteFiles(env.config).files.find((rel) => !files.some((file) => file.path === rel));
      if (missing) throw new RenderError(`the catalogue's job did not write ${missing}, which pipeline/render/editions.ts lists`, missing);
      return files;
    },
  };
}

/**
 * What of a Markdown file the catalogue's key covers: its text up to the first bare `---` line
 * after an opening one. That holds at least the front matter the model reads (model/front-matter.ts,
 * which closes it at the first fence line, trailing spaces allowed), without parsing every listed
 * report at each plan. When the file does not open with a bare `---` (fences with trailing spaces),
 * the whole text: a key that covers too much re-renders the catalogue, one that covers too little
 * serves it stale.
 */
/** The style of each date with a day en.md writes, in order ("dmm…"): a change of the translation's date style changes it. */
function dateStylesIn(file: { value: unknown }): string {
  return datesIn(String(file.value)).map((date) => (date.style === 'day-first' ? 'd' : 'm')).join('');
}

function frontMatter(file: { value: unknown }): string {
  const text = String(file.value);
  return /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text)?.[0] ?? text;
}
