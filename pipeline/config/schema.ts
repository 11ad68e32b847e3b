/**
 * The schema of `duizhao.config.yaml` / `duizhao.config.json`. Every field is
 * optional: a missing file or a missing key means the default in types.ts.
 * Each field carries a description (shown in `--help`-like docs and error hints).
 */
import * as v from 'valibot';

const edition = v.pipe(v.picklist(['html', 'epub', 'pdf']), v.description('An edition: `html`, `epub` or `pdf`.'));
const languages = v.pipe(
  v.picklist(['bilingual', 'en', 'zh']),
  v.description('Languages of an edition: `bilingual` (Chinese and English), `en` or `zh`.'),
);
const layout = v.pipe(
  v.picklist(['interleaved', 'side-by-side']),
  v.description('PDF layout: `interleaved` (each Chinese block followed by its English) or `side-by-side`.'),
);
export const configSchema = v.pipe(
  v.strictObject({
    editions: v.optional(
      v.pipe(
        v.array(edition),
        v.minLength(1, 'List at least one edition (html, epub, pdf)'),
        v.description('Editions to build, in any order. Default: all three (html, epub, pdf).'),
      ),
    ),
    site: v.optional(
      v.pipe(
        v.strictObject({
          baseUrl: v.optional(
            v.pipe(
              v.string(),
              v.url('Expected an absolute URL, e.g. `https://example.org/reports/`'),
              v.description('Absolute base URL where the HTML edition is hosted, its sub-path included (canonical links, og:url, sitemap.xml, the 404 page\'s links from any depth, robots.txt at a host\'s root). Default: none.'),
            ),
          ),
        }),
        v.description('The hosted HTML site.'),
      ),
    ),
    publisher: v.optional(
      v.pipe(
        v.strictObject({
          en: v.pipe(v.string(), v.minLength(1, 'Expected the publisher\'s name in English'), v.description('The publisher\'s name in English.')),
          zh: v.optional(v.pipe(v.string(), v.minLength(1), v.description('The publisher\'s name in Chinese.'))),
        }),
        v.description('Who publishes these editions (a think tank, a university, a press): named in the HTML masthead, the catalogue, og:site_name, every colophon and the EPUB\'s dc:publisher (the report\'s issuer stays its author). Default: none (the issuer is the EPUB\'s publisher).'),
      ),
    ),
    epub: v.optional(
      v.pipe(
        v.strictObject({
          languages: v.optional(
            v.pipe(v.array(languages), v.minLength(1), v.description('Languages of the EPUB. Default: [bilingual].')),
          ),
        }),
        v.description('The EPUB edition.'),
      ),
    ),
    pdf: v.optional(
      v.pipe(
        v.strictObject({
          paper: v.optional(v.pipe(v.picklist(['A4', 'Letter']), v.description('Paper size: `A4` (default) or `Letter`.'))),
          editions: v.optional(
            v.pipe(
              v.array(
                v.pipe(
                  v.strictObject({ layout, languages }),
                  v.description('One PDF to make: a layout and its languages.'),
                ),
              ),
              v.minLength(1),
              v.description('The PDFs to make. Default: bilingual interleaved and English only.'),
            ),
          ),
        }),
        v.description('The print (PDF) edition.'),
      ),
    ),
    check: v.optional(
      v.pipe(
        v.strictObject({
          dateStyle: v.optional(
            v.pipe(
              v.picklist(['month-day', 'day-month']),
              v.description('The house\'s way of writing a date in the English: `month-day` ("March 9, 2026", as official English writes it) or `day-month` ("9 March 2026", as the editions print their own dates). The check\'s `date-style` rule then warns on every date written the other way, at en.md line:column, and the editions print their own English dates (title block, colophon) that way too. Default: none — the rule warns only when one report mixes both, against the style most of its dates write, and each report\'s editions print their own dates in that style (day first when its English writes no date, or as many each way).'),
            ),
          ),
        }),
        v.description('Translation QA (`duizhao check` and the checks of every build).'),
      ),
    ),
    build: v.optional(
      v.pipe(
        v.strictObject({
          concurrency: v.optional(
            v.pipe(
              v.number(),
              v.integer('Expected a whole number'),
              v.minValue(1, 'Expected at least 1'),
              v.maxValue(64, 'Expected at most 64'),
              v.description('Render jobs (report × edition) run at once. Default: the number of CPUs.'),
            ),
          ),
          drafts: v.optional(
            v.pipe(
              v.array(v.pipe(v.string(), v.description('A report slug (its folder under content/reports/).'))),
              v.description('Slugs of reports still in draft (as `draft: true` in their zh.md): a plain build skips and lists them, `build --draft` builds them. Default: none.'),
            ),
          ),
        }),
        v.description('Build orchestration.'),
      ),
    ),
  }),
  v.description('Duizhao configuration (duizhao.config.yaml or duizhao.config.json); every key is optional.'),
);

export type ConfigInput = v.InferOutput<typeof configSchema>;
