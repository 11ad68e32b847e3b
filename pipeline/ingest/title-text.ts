/**
 * A report's title as a title block prints it: what reads as a title (a document's name, no clause), the session's
 * file label above it, a title over two or three lines, a title printed whole as the page's heading, a document
 * name printed twice, the title inside a flattened line's text before the occasion. Used by title-block.ts and
 * occasion.ts.
 */
import { isHan } from './chars.ts';
import { compact, documentWord, joinSpaced, probe } from './document-title.ts';
import { isLink } from './title-furniture.ts';
import { toSimplified } from '../model/han-forms.ts';

/**
 * The label of a congress's (or committee's) session file printed above a report's title: "桃江县第十八届人民代表大会第一次会议文件之一",
 * also by the short names ("宁波市十六届人大常委会第十二次会议文件"). Simplified text, spaces removed.
 */
// (stop 49, blind: www.69525.cn) or its number in brackets, "金雞鎮十七屆人大二次會議文件(12)" (it was the title)
export const congressFile = /(?:人民代表大会|常务委员会|人大常委会|人大|政治协商会议|政协).*会议(?:文件|材料)(?:之[一二三四五六七八九十]+|[（(][0-9一二三四五六七八九十]{1,3}[)）])?$/;
/** A government or an office: an issuer printed on its own line above the title. */
// (held-out round 48, cqrd.gov.cn: a standing committee's inspection group reports, "重庆市人大常委会执法检查组" over its "关于…的报告")
export const organisation = /(人民政府|国务院|委员会|人大常委会|办公厅|办公室|(?:执法检查|检查|调研|视察|督查)组)$/;
/** A document's name (document-title.ts's words), also as a site heads the full text ("…工作报告全文"). */
const namesDocument = (text: string) => documentWord.test(text) || /报告全文$/.test(text);

/** The title's last line at `t` and up to three lines above it, joined, when a line higher up prints exactly that. */
export function wholeTitle(texts: readonly string[], t: number): { title: string; first: number } | undefined {
  for (let n = 3; n >= 1; n--) {
    if (t - n < 1) continue;
    const joined = texts.slice(t - n, t + 1).map(compact).join('');
    if (!isTitleLike(joined)) continue;
    const heading = texts.slice(0, t - n).some((line) => probe(compact(line)) === probe(joined));
    if (heading) return { title: joined, first: t - n };
  }
  return undefined;
}

/**
 * (held-out round 33) A line under another that opens with the same three characters starts a name of its own, no second
 * line of the name above ("城口县2025年度政府预算公开" over "城口县2024财政预算执行情况…的报告": a disclosure item's heading,
 * then the report's title): a title's second line goes on with its words ("关于开州区…和" / "2023年预算草案的报告").
 */
export function restartsName(upper: string, lower: string): boolean {
  const [a, b] = [probe(upper), probe(lower)];
  return a.length >= 6 && b.length >= 6 && a !== b && /^\p{Script=Han}{3}/u.test(a) && a.slice(0, 3) === b.slice(0, 3);
}

/** The first line of a title printed over two lines: a long title ("关于…") with no end of its own. */
export function isTitleStart(upper: string, title: string): boolean {
  const u = compact(upper);
  // The label a printed report carries above its title ("县第十八届人民代表大会第一次会议文件(之一)"): the session's file, not half of the title.
  if (congressFile.test(toSimplified(u))) return false;
  // (held-out round 33) "城口县2025年度政府预算公开" over "城口县2024…的报告": a name of its own above the title.
  if (restartsName(upper, title)) return false;
  // (stop 58, blind: www.taoyuan.gov.cn) A title that opens with 关于 and is a whole name by itself ("关于2020年县级财政决算的报告")
  // starts there: the line above is another name ("桃源县2020年县级财政决算公开", a disclosure item's heading with the report's
  // contents between them), not its first half (was: one title, "桃源县2020年县级财政决算公开关于2020年县级财政决算的报告").
  if (/^(?:关于|關於)/u.test(compact(title)) && isTitleLike(title)) return false;
  // A page heading ("2023年…政府工作报告—全文") names a document itself: not half of a title.
  // (held-out round 48, cqrd.gov.cn: or a law's name in book-title marks, "关于检查《重庆市预算审查监督条例》" / "实施情况的报告")
  if (isTitleLike(upper) || organisation.test(probe(upper)) || /[，,。；：:|｜_—―－-]|报告|報告|全文/.test(u) || !/(?:\p{Script=Han}|》)$/u.test(u)) return false;
  // "文档库 最新最全的文档下载": words of three or more characters apart are a site's name and slogan, not letter spacing.
  if (/\p{Script=Han}{3}[\s\u3000]+\p{Script=Han}{3}/u.test(upper.trim())) return false;
  return (/^关于|^關於/.test(u) || u.length >= 12) && isTitleLike(u + title);
}

/**
 * (stop 46; the lead's blind pages 45, jccq.gov.cn) A resolution's or decision's name printed over two lines, the session that
 * adopted it above: "晋城市城区第十七届人民代表大会第三次会议" / "关于政府工作报告的决议", or cut inside the session's name,
 * "中華人民共和國第一屆全國人民代表大會" / "第一次會議關於政府工作報告的決議" (www.gov.cn, 1954's resolution) — one name, the
 * session its first words (it was the second line alone, the session removed as the page's head; or the first line alone).
 */
export function isSessionOverAct(upper: string, title: string): boolean {
  const u = toSimplified(compact(upper));
  const t = toSimplified(compact(title));
  // (stop 49) a draft's too, "…的决议(草案)"
  if (!/^(?:第[一二三四五六七八九十百零〇0-9]+次会议)?关于[^。，；]{2,60}的(?:决议|决定)(?:[（(]草案[)）])?$/u.test(t)) return false;
  const session = /^\p{Script=Han}{0,20}?第[一二三四五六七八九十百零〇0-9]+届(?:全国)?人民代表大会(?:常务委员会)?/u.exec(u);
  if (!session) return false;
  const rest = u.slice(session[0].length);
  return /^第/u.test(t) ? rest === '' : /^第[一二三四五六七八九十百零〇0-9]+次会议$/u.test(rest);
}

/** (stop 48) A people's congress's or a CPPCC's name alone on its line: "中国人民政治协商会议", "磐安县人民代表大会". */
export function bodyNameAlone(text: string): boolean {
  return /^\p{Script=Han}{0,12}(?:人民政治协商会议|政治协商会议|人民代表大会)$/u.test(toSimplified(compact(text)));
}

/** (stop 48) A line naming a congress or a CPPCC (人民代表大会, 政治协商会议, 人大, 政协). */
export function namesBody(text: string): boolean {
  return /人民代表大会|政治协商会议|人大|政协/u.test(toSimplified(compact(text)));
}

/**
 * The body's name on the line above a title that opens with its term ("中国人民政治协商会议" / "第七届磐安县委员会常务委员会工作报告",
 * "磐安县人民代表大会" / "第十五届常务委员会工作报告"), or with the standing committee whose body is above ("…第八届茂名市委员会" /
 * "常务委员会工作报告"): one name printed over two lines — a title never opens with a term alone.
 */
export function isBodyOverTerm(upper: string, title: string): boolean {
  const name = toSimplified(compact(upper));
  if (/^第[一二三四五六七八九十百]+[届屆]/u.test(title) && /^\p{Script=Han}{0,12}(?:人民政治协商会议|政治协商会议|人民代表大会)$/u.test(name)) return true;
  // (held-out round 39) The committee alone opening the title ("常务委员会工作报告") under the body it is of, its term in it:
  // "中国人民政治协商会议第八届茂名市委员会" / "常务委员会工作报告" — whose standing committee the title does not say without it.
  return /^(?:常务委员会|常務委員會)/u.test(title) && /^\p{Script=Han}{0,12}(?:人民政治协商会议|政治协商会议)\p{Script=Han}{0,16}委员会$/u.test(name);
}

/**
 * (PDF dumps, round 4) A title that is the document word alone — 工作报告, 报告, letter-spaced as a title block sets it
 * (工 作 报 告) — under the name of the body that reports, on its own line or two (a people's congress or a CPPCC's name,
 * then the committee with its term: "中国人民政治协商会议" / "常宁市第十一届委员会常务委员会"): the name and the word are
 * one title, `lines` lines over the word. A government or committee over a title that names a document of its own
 * (政府工作报告, 关于…的报告) is its issuer, not this.
 */
export function bodyOverBareName(texts: readonly string[], t: number, title: string): { title: string; lines: number } | undefined {
  const upper = texts[t - 1];
  if (!/^(?:工作)?(?:报告|報告)$/u.test(title) || upper === undefined) return undefined;
  const name = toSimplified(compact(upper));
  if (!organisation.test(name) || name.length > 30 || /[，,。；：:]/.test(name)) return undefined;
  const top = texts[t - 2];
  // (the body's name over its committee's line: "中国人民政治协商会议" / "常宁市第十一届委员会常务委员会")
  if (top !== undefined && /^\p{Script=Han}{0,12}(?:人民政治协商会议|政治协商会议|人民代表大会)$/u.test(toSimplified(compact(top))) && /[届屆]/u.test(name)) {
    return { title: compact(top) + compact(upper) + title, lines: 2 };
  }
  return { title: compact(upper) + title, lines: 1 };
}

export function isTitleLike(text: string): boolean {
  const joined = joinSpaced(text);
  // (stop 49, blind: shbzcgb.com) the bracket after a space, "西藏自治区政府工作报告 (2016年1月27日 洛桑江村)", goes with it (was: no
  // title — the name left ending on the space, the line removed as the page's head above the occasion)
  const p = toSimplified(joined).replace(/\s*[（(][^（）()]*[）)]$/u, '');
  // A site's keyword string ("…报告文库_资料共享_统计公报") is not a title.
  // (A report "关于…的报告" may run long: an audit report and the rectification report it carries, 66 characters.)
  const longest = /^\p{Script=Han}{0,12}(?:关于|關於).+的(?:报告|報告)$/u.test(p) ? 90 : 50;
  // A news column's link naming its column ("點擊查閱更多2023年地方政府工作報告") is no title (held-out round 37).
  return !isLink(joined) && joined.length >= 4 && joined.length <= longest && !/[，,。；：:_|｜]/.test(joined) && [...joined].some(isHan) && namesDocument(p);
}

/**
 * A title before the occasion on a flattened line: its last document-naming
 * part ("(湖北省)2017年…工作报告(全文) 政 府 工 作 报 告" → 政府工作报告),
 * without a document site's chunk number ("1、2015 年 武 汉 市…").
 */
/** A newspaper database's reference to the page a text was printed on: "商洛日报/2024 年/2 月/6 日/第 001 版". */
const newspaperPage = /^\p{Script=Han}{2,12}?[报報]\s*[/／]\s*[0-9]{4}\s*年\s*[/／]\s*[0-9]{1,2}\s*月\s*[/／]\s*[0-9]{1,2}\s*日\s*[/／]\s*第\s*[0-9]{1,3}\s*版\s*/u;

export function titleIn(prefix: string): string | undefined {
  // A portal's date after the title ("政 府 工 作 报 告 2016-12-14") is not part of it, nor a newspaper database's reference to
  // the page before it ("商洛日报/2024 年/2 月/6 日/第 001 版政府工作报告——…", held-out round 32).
  const cleaned = prefix.replace(/\s+[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$/u, '').replace(newspaperPage, '');
  const parts = cleaned.split(/(?<=[)）》])|\s{2,}/u).filter((p) => p.trim() !== '');
  for (let i = parts.length - 1; i >= 0; i--) {
    // Without a document site's chunk or page number ("1、2015 年…", "1政府工作报告"), nor the separator it prints
    // before the text ("1、-_政府工作报告2013年3月5日在…").
    // "新华网北京3月19日电 最高人民检察院工作报告": a dateline, one space, the title — the last word when it names a document.
    const words = parts[i].trim().split(/(?<=\S{2})\s+(?=\S{2})/u);
    if (words.length > 1 && isTitleLike(words.at(-1)!)) return compact(words.at(-1)!);
    const part = compact(parts[i]).replace(/^[0-9]{1,3}、(?=[0-9\p{Script=Han}])|^[0-9]{1,3}(?=\p{Script=Han})/u, '').replace(/^[-_]{1,3}(?=\p{Script=Han})/u, '');
    if (isTitleLike(part)) return part;
    // "湖北省高级人民法院地址,湖北省高级人民法院工作报告": a search keyword naming the same body, a comma, then the title.
    const keyword = /^([^，,。；：:]{4,24})[，,]([^，,。；：:]{4,40})$/u.exec(part);
    if (keyword && isTitleLike(keyword[2]) && sharedStart(keyword[1], keyword[2]) >= 4) return keyword[2];
  }
  return undefined;
}

/** How many characters two texts open with alike. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** "2021年政府工作报告政府工作报告": a document name printed twice, glued — the repeated name. */
export function undoubled(title: string): string {
  for (let n = Math.floor(title.length / 2); n >= 4; n--) {
    const tail = title.slice(-n);
    if (title.slice(0, -n).endsWith(tail) || (title.length - n > 0 && title.slice(0, -n).endsWith(tail.replace(/^[0-9]{4}年/, '')))) return tail;
  }
  return title;
}
