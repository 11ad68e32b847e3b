/**
 * A report's title where it stands alone, away from the title block that names the issuer under it: the HTML page's
 * <title> and og:title (a browser tab, a bookmark, a search result, a shared link) and the PDFs' Title (a file manager,
 * a reader's window). A title that does not name its issuer — a county's 政府工作报告, which is the State Council's
 * title too — is followed by the issuer: 政府工作报告（中宁县人民政府）, "Report on the Work of the Government
 * (Zhongning County People's Government)" (new user, round 22). A title that names it is left as it is
 * (北京市海淀区人民政府工作报告, 关于潍坊市2023年预算执行情况…的报告). The title block and the EPUB's dc:title keep
 * the report's own title: there the issuer is printed beside it (the byline, dc:creator).
 */
import type { Lang } from '../../pipeline/model/types.ts';

/** The issuer's place — up to its last level of government (北京市海淀区, 中宁县) — or, with none, its whole name (国务院). */
const place = /^.*[省市县区州旗盟]/u;

/**
 * Whether the Chinese title names the issuer: it shares a pair of characters with the issuer's place (or its name).
 * 海淀区政府工作报告 names 北京市海淀区人民政府 (海淀); 政府工作报告 names neither 中宁县人民政府 nor 国务院.
 */
export function namesIssuer(zhTitle: string, zhIssuer: string): boolean {
  const name = (place.exec(zhIssuer)?.[0] ?? zhIssuer).replace(/[^\p{Script=Han}]/gu, '');
  for (let i = 0; i + 2 <= name.length; i++) if (zhTitle.includes(name.slice(i, i + 2))) return true;
  return false;
}

/** The title in `lang`, followed by the issuer in `lang` when the Chinese title does not name the Chinese issuer. */
export function namedTitle(
  meta: { zh: { title: string; issuer?: string }; en?: { title?: string; issuer?: string } },
  lang: Lang,
): string | undefined {
  const title = lang === 'zh' ? meta.zh.title : meta.en?.title;
  if (!title) return undefined;
  const issuer = lang === 'zh' ? meta.zh.issuer : meta.en?.issuer;
  if (!issuer || !meta.zh.issuer || namesIssuer(meta.zh.title, meta.zh.issuer)) return title;
  return lang === 'zh' ? `${title}（${issuer}）` : `${title} (${issuer})`;
}
