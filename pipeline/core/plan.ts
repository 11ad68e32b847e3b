/**
 * The jobs of a build: one per (report, edition), PDFs first (the longest),
 * then the catalogue. Each job carries its cache key and renders lazily: a
 * job restored from the cache never loads its renderer.
 */
import type { Edition } from '../config/types.ts';
import { buildPublication } from '../model/load.ts';
import type { Publication } from '../model/types.ts';
import { readReport } from './inputs.ts';
import { buildDateFor, jobKey, renderContext, type Job, type KeyInputs, type RenderEnv } from './jobs.ts';
import type { PreparedReport } from './prepare.ts';
import type { Paths, Setup } from './setup.ts';
import { loadHtmlStage } from './stages.ts';

const editionOrder: Record<Edition, number> = { pdf: 0, epub: 1, html: 2 };

export interface PlanInputs {
  paths: Paths;
  env: Setup;
  keyInputs: KeyInputs;
  renderEnv: RenderEnv;
  /** The checked reports to render. */
  prepared: PreparedReport[];
  /** Every report in the content folder (the catalogue lists them all). */
  all: string[];
  withCatalogue: boolean;
  /** Environment (SOURCE_DATE_EPOCH). */
  processEnv: Record<string, string | undefined>;
}

export async function planJobs(inputs: PlanInputs): Promise<Job[]> {
  const { env, keyInputs, renderEnv } = inputs;
  const annotated = new Set<string>();
  const annotate = (pub: Publication) => {
    if (annotated.has(pub.slug) || !env.glossary || !env.matcher) return;
    annotated.add(pub.slug);
    env.glossaryStage.annotate(pub, env.glossary, env.matcher);
  };

  const jobs: Job[] = [];
  for (const report of inputs.prepared) {
    const pub = report.load!.publication;
    const buildDate = buildDateFor(inputs.processEnv, pub);
    for (const [edition, renderer] of env.renderers) {
      jobs.push({
        slug: report.slug, edition,
        key: jobKey(keyInputs, edition, { report: report.source.hash, slug: report.slug, buildDate: buildDate.toISOString() }),
        render: async (distDir) => {
          annotate(pub);
          return (await renderer.load()).render(pub, await renderContext(renderEnv, pub, distDir, buildDate));
        },
      });
    }
  }
  jobs.sort((a, b) => editionOrder[a.edition] - editionOrder[b.edition]);
  if (inputs.withCatalogue) jobs.push(await catalogueJob(inputs));
  return jobs;
}

async function catalogueJob(inputs: PlanInputs): Promise<Job> {
  const { paths, env, keyInputs, renderEnv, prepared } = inputs;
  const sources = await Promise.all(inputs.all.map((slug) => readReport(paths.contentDir, slug).catch(() => undefined)));
  const catalogueDate = buildDateFor(inputs.processEnv);
  return {
    slug: 'catalogue', edition: 'html',
    // The catalogue shows titles, issuers and dates: keyed by the front matter, so an
    // edit in a report's text does not re-render it (a dev-server save stays one render).
    key: jobKey(keyInputs, 'html', { catalogue: sources.map((s) => s && [s.slug, frontMatter(s.zh), s.en && frontMatter(s.en), s.zh.messages.some((m) => m.fatal)]), buildDate: catalogueDate.toISOString() }),
    render: async (distDir) => {
      const pubs = sources.flatMap((s) => {
        if (!s || s.zh.messages.some((m) => m.fatal)) return [];
        return [prepared.find((r) => r.slug === s.slug)?.load?.publication ?? buildPublication(s.slug, s.zh, s.en).publication];
      });
      const { renderCatalogue } = await loadHtmlStage();
      return renderCatalogue(pubs, { distDir, t: await renderEnv.translators(), config: env.config, cacheDir: paths.cacheDir });
    },
  };
}

/** The front matter block of a Markdown file (`---` … `---` at its start), or '' when it has none. */
function frontMatter(file: { value: unknown }): string {
  const text = String(file.value);
  return /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text)?.[0] ?? '';
}
