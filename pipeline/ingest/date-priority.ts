/** Which date a report's front matter keeps when the page gives several (date_source). Used by metadata.ts and finish-metadata.ts. */
import type { DateSource, ReportMeta } from './types.ts';

const datePriority: DateSource[] = ['occasion', 'title', 'written', 'published'];

/** The date of the occasion wins, then one beside the title, then 成文日期, then the publication date. */
export function setDate(meta: ReportMeta, iso: string | undefined, source: DateSource): void {
  if (!iso) return;
  if (meta.date && datePriority.indexOf(meta.date_source ?? 'published') <= datePriority.indexOf(source)) return;
  meta.date = iso;
  meta.date_source = source;
}
