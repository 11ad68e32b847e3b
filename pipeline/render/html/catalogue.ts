/** `dist/index.html`: the list of publications, newest first. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Config } from '../../config/types.ts';
import type { Lang, Publication } from '../../model/types.ts';
import type { OfferedEditions } from '../editions.ts';
import type { RenderedFile, Translate } from '../types.ts';
import { writeAssets } from './assets.ts';
import { displayPublication, typographicQuotes } from '../../../templates/typographic-quotes.ts';
import { chineseWords } from '../../../templates/chinese-word-breaks.ts';
import { pageHead } from './head.ts';
import { reportDate, reportDateText } from '../../../templates/components/report-date.ts';
import { canonicalUrl } from './page.ts';
import { chineseTag } from '../../model/script.ts';

export async function renderCatalogue(pubs: Publication[], ctx: { distDir: string; t: Record<Lang, Translate>; config: Config; cacheDir?: string; offered?: OfferedEditions }): Promise<RenderedFile[]> {
  const { t } = ctx;
  const intro = { zh: t.zh('catalogueIntro', { context: ctx.offered ?? '' }), en: t.en('catalogueIntro', { context: ctx.offered ?? '' }) };
  // Dated as every edition dates a report (report-date.ts: zh.md's date, else en.md's), newest first.
  const dateOf = (pub: Publication) => reportDate(pub)?.date ?? '';
  const sorted = pubs.map(displayPublication).sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.slug.localeCompare(b.slug));
  const items = sorted.map((pub) => {
    const { zh, en } = pub.meta;
    const date = reportDateText(pub, t.en);
    const zhTag = chineseTag(pub);
    const meta = [...(zh.issuer ? [h('span', { lang: zhTag }, zh.issuer)] : []), ...(date ? [h('span.keep', { lang: 'en' }, date)] : [])];
    return h('li', h('a', { href: `${pub.slug}/index.html` }, [
      h('h2.cat-title-zh', { lang: zhTag }, chineseWords(zh.title)),
      ...(en?.title ? [h('span.cat-title-en', { lang: 'en' }, en.title)] : []),
      h('span.cat-meta', meta.flatMap((part, i) => (i > 0 ? [' · ', part] : [part]))),
    ]));
  });
  const publisher = ctx.config.publisher;
  const body = h('body', [
    h('main.catalogue', { id: 'main' }, [
      ...(publisher ? [h('p.publisher', [...(publisher.zh ? [h('span', { lang: 'zh-Hans' }, publisher.zh), h('span.ui-sep', { ariaHidden: 'true' }, ' · ')] : []), h('span', publisher.en)])] : []),
      h('h1', [h('span', { lang: 'zh-Hans' }, t.zh('catalogue')), h('span.ui-sep', { ariaHidden: 'true' }, ' · '), h('span', t.en('catalogue'))]),
      h('p.intro', { lang: 'zh-Hans' }, intro.zh),
      h('p.intro', intro.en),
      h('ul', items),
    ]),
  ]);
  const head = pageHead({
    title: `${t.zh('catalogue')} · ${t.en('catalogue')} — ${publisher?.en ?? 'Duizhao'}`,
    description: `${intro.en} ${intro.zh}`,
    css: 'assets/style.css',
    icon: 'assets/icon.svg',
    canonical: canonicalUrl(ctx, './'),
    ogType: 'website',
    siteName: publisher?.en,
  });
  const page = h('html', { lang: 'en', dataView: 'parallel' }, [head, body]);
  typographicQuotes(page);
  const tree = { type: 'root' as const, children: [{ type: 'doctype' as const }, page] };
  const html = toHtml(tree, { upperDoctype: true }) + '\n';
  await mkdir(ctx.distDir, { recursive: true });
  await writeFile(path.join(ctx.distDir, 'index.html'), html);
  const assets = await writeAssets(ctx.distDir, body, { script: false, cacheDir: ctx.cacheDir });
  return [{ path: 'index.html', bytes: Buffer.byteLength(html), edition: 'html' }, ...assets.map((a) => ({ path: a.path, bytes: a.bytes, edition: 'html' as const }))];
}
