/**
 * (new user round 30) The date an edition is stamped with when nothing dates it — no SOURCE_DATE_EPOCH and no date of the
 * report's own (a page that prints none: xuwen.gov.cn's 下洋镇 annual report, round 29's subdistrict report). The PDFs'
 * CreationDate and the EPUB's dcterms:modified need one, and a fixed one keeps two builds byte-identical (core/jobs.ts
 * buildDateFor); it dates nothing, so the colophon does not print it (was: "版本日期 2000年1月1日 · Edition date 1 January 2000"
 * in every edition of an undated report).
 */
export const UNDATED_EDITION = new Date('2000-01-01T00:00:00Z');

/** Whether an edition's date is the stand-in for none (`UNDATED_EDITION`), not a date anyone gave. */
export function isUndatedEdition(date: Date): boolean {
  return date.getTime() === UNDATED_EDITION.getTime();
}
