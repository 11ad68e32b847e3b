/**
 * The report's date as every edition prints it: its own date (the occasion's, a date beside the title, 成文日期),
 * or — when ingest could read only the day a page published it (`date_source: published` in zh.md) — said to be
 * that: "Published 28 January 2023" / 2023年1月28日发布, and labelled 发布日期 · Published in the colophon.
 * A newspaper or a portal prints a report days after it was delivered; the bare date would pass for the report's.
 * The HTML catalogue (pipeline/render/html/catalogue.ts) dates and orders its list of reports by it too.
 */
import type { Publication } from '../../pipeline/model/types.ts';
import type { Translate } from '../i18n.ts';

/** The ISO date of the report, and whether it is only the page's publication date. */
export function reportDate(pub: Publication): { date: string; published: boolean } | undefined {
  const date = pub.meta.zh.date ?? pub.meta.en?.date;
  if (!date) return undefined;
  return { date, published: pub.meta.zh.extra.date_source === 'published' };
}

/** The date as `t`'s language writes it, "Published …" when it is the page's publication date. */
export function reportDateText(pub: Publication, t: Translate): string | undefined {
  const found = reportDate(pub);
  return found ? t(found.published ? 'datePublished' : 'date', { date: found.date }) : undefined;
}
