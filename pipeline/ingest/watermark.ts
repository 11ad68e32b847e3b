/**
 * Anti-copy watermarks some document sites glue to the end of lines — a
 * token ("pbY", "vzT") or a site phrase ("大牛工程师", "资料库_模版下载_资料共享")
 * after a sentence's final mark, on many lines, and alone on others. Real
 * text never goes on after 。 with the same string line after line, so a
 * string found there on three lines or more is a watermark: it is removed
 * from the end of every line (lines holding nothing else go entirely) and
 * reported.
 */
import type { SourceLine } from './types.ts';

/** A sentence (or salutation) end, then the candidate to the end of the line. */
const afterEnd = /[。：；！？:;!?”](?:\s*)([^\s。，：；！？:;!?”“]{1,20})\s*$/u;
const MIN_REPEATS = 3;
/** A photographer's credit: the reporter's role, names, 摄 (stop 57). */
const photoCredit = /^(?:\p{Script=Han}{1,10}?(?:社|网|網|报|報|台)\s*)?(?:本报|本報|本台|本刊)?(?:记者|記者|通讯员|通訊員)\p{Script=Han}{2,12}(?:摄|攝)$/u;
/** A figure and its unit ("4688元/月", "28.9万人", "10%", cut anywhere by a wrap: "4688元/"): text, not a site's mark. */
const quantity = /^[0-9][0-9.,]*\s*(?:%|‰|\p{Script=Han}{1,3})(?:\/\p{Script=Han}{0,2})?$/u;
/** A metadata label just before the candidate ("… 组配分类:", "名 称："): what follows is its value. */
const labelBefore = /(?:^|\s)(?!各位)[\p{Script=Han}\u3000 ]{2,8}[:：]$/u;

export interface WatermarkResult {
  /** The watermark strings found, most frequent first. */
  marks: string[];
  /** How many line ends were cleaned. */
  count: number;
  /** Lines that held only watermarks (removed; the caller reports them). */
  emptied: SourceLine[];
  /** (held-out round 44) Where each cleaned line's mark began, in the input: the removal is said there, not only counted. */
  places: { line: number; column: number }[];
  /** (stop 50) Of `count`, the marks taken from inside a line (a slogan and its address glued into the text), not its end. */
  inside?: number;
}

/** Width of a line as printed: a Han or full-width character two, any other one, spaces none (a justified line's spacing aside). */
function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) if (!/\s/u.test(ch)) width += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…]/u.test(ch) ? 2 : 1;
  return width;
}

/**
 * (PDF dumps, round 2) The width a hard-wrapped text fills (a PDF's dump, its lines cut at the page's width): the
 * most common width of its lines of ten Han characters or more, when a quarter of them or more fill it (within a
 * character). A line that fills it ends where the page did, not where a site glued its mark.
 */
function wrapWidth(lines: readonly SourceLine[]): number | undefined {
  const widths = lines.filter((l) => (l.text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 10).map((l) => printedWidth(l.text));
  if (widths.length < 12) return undefined;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  const filled = widths.filter((w) => Math.abs(w - best) <= 2).length;
  return filled >= widths.length / 4 ? best : undefined;
}

export function removeWatermarks(lines: SourceLine[]): WatermarkResult {
  const inline = removeInlineAddressMarks(lines);
  const tokens = removeRandomTokens(lines);
  tokens.marks.push(...inline.marks);
  tokens.count += inline.count;
  tokens.emptied.push(...inline.emptied);
  tokens.places.push(...inline.places);
  const inside = inline.count;
  // (the lines taken whole are said each at its line, as removed boilerplate, by the caller: not counted as marks cut from lines)
  tokens.emptied.push(...removeSiteNameLines(lines, inline.marks));
  const seen = new Map<string, number>();
  const wrap = wrapWidth(lines);
  const wrapped = (text: string) => wrap !== undefined && Math.abs(printedWidth(text) - wrap) <= 2;
  for (const line of lines) {
    const text = line.text.trim();
    // A line filled to the page's width: the next sentence's first words wrapped there ("…引进力度。大力发展" / "银发经济…").
    if (wrapped(text)) continue;
    const after = afterEnd.exec(text);
    // "…00011 组配分类: 政府工作报告": a label's value ends the line, nothing is glued after a sentence.
    if (after && labelBefore.test(text.slice(0, after.index + 1))) continue;
    const candidate = after?.[1] ?? (/^[A-Za-z]{2,6}$/.test(text) ? text : undefined);
    // A site phrase is a few different characters at least ("大牛工程师"); "经" after 。 on three lines is just text,
    // and so is a figure with its unit ("4688元/月", "28.9万人"), whatever line ends it falls on.
    // (stop 57, mends: epaper.hljnews.cn) a photographer's credit closing each picture's caption ("…开幕式。本报记者邵国良刘心杨摄"
    // under three pictures) is no site's mark: the captions are said whole as captions (boilerplate-rules.ts), not left without it
    if (candidate && photoCredit.test(candidate)) continue;
    if (!candidate || quantity.test(candidate) || !(/^[A-Za-z]{2,6}$/.test(candidate) || (candidate.length >= 4 && new Set(candidate).size >= 3 && /\p{L}/u.test(candidate)))) continue;
    seen.set(candidate, (seen.get(candidate) ?? 0) + 1);
  }
  // A candidate seen after a sentence end counts on every line it ends (glued after a word, or alone).
  // (Each line's last 1–20 characters looked up: linear in the text.)
  // (stop 47, blind: p2.ttnews.xyz) A line printed again whole — a headline over the text and again as each picture's alt text, "政協
  // 提案工作情況報告:“經濟建設”提案佔比超40%" three times — is one line: its end is its own words, no mark glued to others' (the
  // title lost "提案佔比超40%" as a watermark); a mark alone on its line still counts each time.
  const votes = new Map<string, number>();
  const counted = new Set<string>();
  for (const line of lines) {
    const text = line.text.trimEnd();
    if (wrapped(text)) continue;
    const whole = text.trim();
    const again = counted.has(whole);
    counted.add(whole);
    for (let n = 1; n <= Math.min(20, text.length); n++) {
      const tail = text.slice(-n);
      if (seen.has(tail) && !(again && tail.trim() !== whole)) votes.set(tail, (votes.get(tail) ?? 0) + 1);
    }
  }
  // A site's address line ("文章源自英文巴士-https://www.en84.com/15265.html"), alone on lines and glued to the end
  // of others — too long, and with no sentence end before it, for the rule above.
  for (const mark of addressMarks(lines)) votes.set(mark, MIN_REPEATS);
  // (stop 51, blind: qinghe.me) The same line a blog's copy-guard glues after a paragraph here and there, named as such — "…economic
  // growth.文章源自西贝博客-https://qinghe.me/….html" — is the mark once seen: 文章源自 (出自, 来自), the site's name, a dash, its address.
  for (const line of lines) {
    const mark = sourceMark.exec(line.text.trimEnd())?.[0];
    if (mark) votes.set(mark, MIN_REPEATS);
  }
  const marks = [...votes].filter(([, n]) => n >= MIN_REPEATS).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([m]) => m);
  const result: WatermarkResult = { marks: [...marks, ...tokens.marks], count: tokens.count, emptied: tokens.emptied, places: tokens.places, ...(inside > 0 ? { inside } : {}) };
  if (marks.length === 0) return result;
  for (const line of lines) {
    let text = line.text.trimEnd();
    let start = text.length;
    let changed = true;
    while (changed) {
      changed = false;
      for (const mark of marks) {
        if (text.endsWith(mark)) {
          start = text.length - mark.length;
          text = text.slice(0, -mark.length).trimEnd();
          result.count++;
          changed = true;
        }
      }
    }
    if (text !== line.text.trimEnd()) {
      if (text.trim() === '') result.emptied.push({ ...line });
      result.places.push({ line: line.line, column: line.column + start });
      line.text = text;
    }
  }
  result.places.sort((a, b) => a.line - b.line || a.column - b.column);
  return result;
}

/** A bare web address, "www.mishuzj.com" (its end at the first character that is no letter, figure or dot). */
const bareAddress = /www\.[a-z0-9-]+(?:\.[a-z]{2,6}){1,2}/giu;

/**
 * (stop 50, blind: www.mishuzj.com) A document site's name and slogan with its bare address, glued INTO the text wherever it
 * fell — before a flattened page's title and inside a sentence: "秘书之家—全网资源每日更新www.mishuzj.com湖北省人民政府关于…",
 * "…扛牢法治建设第一秘书之家—全网资源每日更新www.mishuzj.com责任人职责". Found where one address is printed twice or more: the
 * words right before it that every printing shares (four characters at least, Han among them) and the address are the mark,
 * taken out of every line (the lines keep their words around it). A report names a site's address once, never its slogan so.
 */
function removeInlineAddressMarks(lines: SourceLine[]): { marks: string[]; count: number; emptied: SourceLine[]; places: { line: number; column: number }[] } {
  const found = { marks: [] as string[], count: 0, emptied: [] as SourceLine[], places: [] as { line: number; column: number }[] };
  const before = new Map<string, string[]>();
  for (const line of lines) {
    for (const m of line.text.matchAll(bareAddress)) {
      // (a full address, "…-https://www.en84.com/15265.html", is addressMarks' below: only a bare one, no scheme, no path)
      if (line.text.slice(0, m.index).endsWith('/') || line.text.slice(m.index! + m[0].length).startsWith('/')) continue;
      // (stop 55, blind: uat.speakout.hk) an address in brackets after what it names, "施政報告網頁(www.policyaddress.gov.hk)", is the
      // text citing a site, twice or more as a notice does — never a slogan glued in (was: the name and the address taken out of
      // both sentences, "透過)瀏覽")
      if (/[(（]\s*$/u.test(line.text.slice(0, m.index)) && /^\s*[)）]/u.test(line.text.slice(m.index! + m[0].length))) continue;
      const address = m[0].toLowerCase();
      before.set(address, [...(before.get(address) ?? []), line.text.slice(Math.max(0, m.index! - 24), m.index!)]);
    }
  }
  for (const [address, prefixes] of before) {
    if (prefixes.length < 2) continue;
    let common = prefixes[0];
    for (const p of prefixes.slice(1)) {
      let n = 0;
      while (n < common.length && n < p.length && common[common.length - 1 - n] === p[p.length - 1 - n]) n++;
      common = common.slice(common.length - n);
    }
    // (from the first word character: a sentence's mark before the slogan stays the text's)
    common = common.replace(/^[^\p{L}\p{N}]+/u, '');
    if ([...common].length < 4 || !/\p{Script=Han}/u.test(common) || /[。，；！？]/u.test(common)) continue;
    const mark = common + address;
    const markRe = new RegExp(mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
    for (const line of lines) {
      const starts = [...line.text.matchAll(markRe)].map((m) => m.index!);
      if (starts.length === 0) continue;
      for (const start of starts) found.places.push({ line: line.line, column: line.column + start });
      const text = line.text.replace(markRe, '');
      found.count += starts.length;
      if (text.trim() === '') found.emptied.push({ ...line });
      line.text = text;
    }
    found.marks.push(mark);
  }
  return found;
}

/** A line that is only a short name and a bare web address, "公文汇 www.gongwenhui.com" (not a government's own site). */
const nameAddressLine = /^\s*(\p{Script=Han}{2,8})\s*(www\.[a-z0-9-]+(?:\.[a-z]{2,6}){1,2})\s*$/iu;

/**
 * (new user round 38, gaozihui.com) A writing site's name printed ALONE on its lines between a copied report's paragraphs: the
 * name with its bare address, "公文汇 www.gongwenhui.com", and the name with its slogan, "公文汇,办公文档之家" (was: both kept as
 * the report's paragraphs, while the same page's "稿子汇 www.gaozihui.com" glued after two lines was taken). A line of a short name
 * and a bare address, nothing else, is no report's sentence (a report cites a site in brackets, "详见县政府网（www.…）", or after a
 * label, "网址：www.…"; a government's own address, .gov, is left as the text's); a line that is a name such a line or a glued mark
 * shows, then a comma or a dash and a short slogan (no sentence's mark), is the same site's. Each is taken whole and said.
 */
function removeSiteNameLines(lines: SourceLine[], glued: readonly string[]): SourceLine[] {
  const found: SourceLine[] = [];
  const names = new Set<string>();
  for (const mark of glued) {
    const name = /(\p{Script=Han}{2,8})\s*www\./iu.exec(mark)?.[1];
    if (name) names.add(name);
  }
  const take = (line: SourceLine) => {
    found.push({ ...line });
    line.text = '';
  };
  for (const line of lines) {
    const m = nameAddressLine.exec(line.text);
    if (!m || /\.gov(?:\.[a-z]{2})?$/iu.test(m[2])) continue;
    names.add(m[1]);
    take(line);
  }
  if (names.size === 0) return found;
  for (const line of lines) {
    const m = /^\s*(\p{Script=Han}{2,8})\s*[,，、—–-]+\s*(\p{Script=Han}{2,12})\s*$/u.exec(line.text);
    if (m && names.has(m[1])) take(line);
  }
  return found;
}

/** A web address or domain: what only a site's stamp carries. */
const siteAddress = /https?:\/\/|www\.|[a-z0-9-]+\.(?:com|cn|net|org)\b/i;
/** A blog's copy-guard line at a line's end: "文章源自西贝博客-https://qinghe.me/….html" (the site's name, a dash, the post's address). */
const sourceMark = /文章(?:源自|出自|来自|來自)\s*[^\s。，,；;:：]{1,20}?\s*[-－—–]\s*https?:\/\/[^\s，。]+$/u;

/** Strings holding a site address that stand alone on a line and end other lines, three times or more in all. */
function addressMarks(lines: SourceLine[]): string[] {
  const alone = new Set(lines.map((l) => l.text.trim()).filter((t) => t.length >= 6 && t.length <= 80 && siteAddress.test(t)));
  return [...alone].filter((mark) => {
    let count = 0;
    let glued = 0;
    for (const line of lines) {
      const text = line.text.trim();
      if (!text.endsWith(mark)) continue;
      count++;
      if (text.length > mark.length) glued++;
    }
    return glued >= 1 && count >= MIN_REPEATS;
  });
}

/**
 * A forum's anti-copy token: a DIFFERENT string of 4–10 random ASCII characters
 * (letters of both cases, digits, symbols: "LsMq&a-j2", "*2m{i:3") after a
 * space at the end of most lines, and alone on some. No single token repeats,
 * so the rule above cannot see them; a page where at least five lines, and
 * half of its lines, end so is such a page: every such end goes, and lines of
 * nothing but a short ASCII string. Words, figures and abbreviations ("U.S.",
 * "1.8%", "China'") are not tokens.
 */
function removeRandomTokens(lines: SourceLine[]): { marks: string[]; count: number; emptied: SourceLine[]; places: { line: number; column: number }[] } {
  const found = { marks: [] as string[], count: 0, emptied: [] as SourceLine[], places: [] as { line: number; column: number }[] };
  const texts = lines.map((l) => l.text.trim()).filter((t) => t !== '');
  const ending = texts.filter((t) => isToken(tokenAtEnd(t)));
  // (stop 51, blind: www.zhangjk.com) A forum's copy guard prints ONE random string after every paragraph and again on the blank
  // lines between them, " f?0D%pxc}&" (a Discuz "jammer"): the lines that hold that same string alone count with the lines it
  // ends, where it also ends two lines of text at least (was: four lines of text and four of the string alone fell short of
  // five; the string was then read after its "?" as a sentence's end, "0D%pxc}&" taken off and "f?" left on eight lines).
  const endings = new Set(ending.map((t) => tokenAtEnd(t)!));
  const alone = ending.length >= 2 ? texts.filter((t) => endings.has(t)).length : 0;
  if (ending.length + alone < 5 || (ending.length + alone) * 2 < texts.length) return found;
  for (const line of lines) {
    const text = line.text.trimEnd();
    const token = tokenAtEnd(text);
    if (isToken(token)) {
      found.places.push({ line: line.line, column: line.column + text.length - token!.length });
      line.text = text.slice(0, -token!.length).trimEnd();
      // (one string repeated, stop 51: quoted once)
      if (!found.marks.includes(token!)) found.marks.push(token!);
      found.count++;
    } else if (/^[!-~]{1,10}$/.test(text.trim()) && !/^[0-9]+$/.test(text.trim())) {
      if (!found.marks.includes(text.trim())) found.marks.push(text.trim());
      found.count++;
      found.places.push({ line: line.line, column: line.column + text.length - text.trimStart().length });
      found.emptied.push({ ...line });
      line.text = '';
    }
  }
  return found;
}

/** The last space-separated word of a line that has text before it. */
function tokenAtEnd(text: string): string | undefined {
  return /\S\s+([!-~]{4,10})$/.exec(text.trimEnd())?.[1];
}

/** Random ASCII: three of upper case, lower case, digits and symbols, or two with a symbol inside; never a word or a figure. */
function isToken(token: string | undefined): boolean {
  if (!token) return false;
  if (/^[("'“]?[A-Za-z]+(?:['’.-][A-Za-z]+)*[.,;:!?'"”)]*$/.test(token) || /^[(]?[0-9][0-9.,%]*[)]?[.,;:]?$/.test(token)) return false;
  const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((k) => k.test(token)).length;
  return kinds >= 3 || (kinds === 2 && /[^A-Za-z0-9]/.test(token.slice(1, -1)));
}

/** One keyword chain taken off a line: where it started and what it was. */
export interface KeywordChain {
  line: number;
  column: number;
  text: string;
  /** The line held nothing else (it goes). */
  alone: boolean;
}

/** Short Han phrases joined by underscores, three or more, ending the line: a site's tag line ("资料库_模版下载_资料共享"). */
const chainAtEnd = /(\p{Script=Han}+)((?:[_＿]\p{Script=Han}{2,6}){2,})\s*$/u;
const PHRASE = /^\p{Script=Han}{2,6}$/u;

/**
 * (Ingest gaps, stop 24) A document site's keyword chain — three or more short Han phrases joined by underscores
 * ("资料库_模版下载_资料共享", "文库_资料共享_统计公报"), an SEO tag line — alone on a line or glued to its end. Report
 * prose never joins words with "_" (a blank to fill is "____", a file name carries figures or Latin), so the chain is
 * the site's: it is taken off the line, each one returned for a message at its line and column. Where the chain's
 * first phrase is glued to the report's words ("…代市长 周军波资料库_模版下载_资料共享") or follows a space, it starts
 * at the longest ending of that run that is a phrase of a chain whose start is clear elsewhere on the page (after a
 * sentence end or alone on a line); with none, the line is left as found.
 */
export function removeKeywordChains(lines: SourceLine[]): KeywordChain[] {
  const found = lines.map((line) => {
    const match = chainAtEnd.exec(line.text.trimEnd());
    if (!match) return undefined;
    const rest = match[2].slice(1).split(/[_＿]/u);
    // (A first run of Han with a clear start: the line's start or a mark before it; not a space, which may stand
    // inside the report's line, "代市长  周军波资料库_…".)
    const clear = match[1].length <= 6 && /(?:^|[^\p{Script=Han}\s])\s*$/u.test(line.text.slice(0, match.index)) && !/\S\s+$/u.test(line.text.slice(0, match.index));
    return { line, match, rest, clear };
  });
  const known = new Set<string>();
  for (const f of found) {
    if (!f) continue;
    for (const phrase of f.rest) known.add(phrase);
    if (f.clear) known.add(f.match[1]);
  }
  const taken: KeywordChain[] = [];
  for (const f of found) {
    if (!f || !f.rest.every((p) => PHRASE.test(p))) continue;
    const run = f.match[1];
    let first: string | undefined = f.clear ? run : undefined;
    for (let n = Math.min(6, run.length); !first && n >= 2; n--) if (known.has(run.slice(-n))) first = run.slice(-n);
    if (!first) continue;
    const start = f.match.index! + run.length - first.length;
    const text = f.line.text.slice(start).trim();
    const before = f.line.text.slice(0, start).trimEnd();
    taken.push({ line: f.line.line, column: f.line.column + start, text, alone: before.trim() === '' });
    f.line.text = before;
  }
  return taken;
}

/**
 * (held-out round 43) A writing site's anti-copy stamp opening a line: a few words of its name broken up with stray ASCII
 * marks, its web address and a sentence end, then short labelled or "collected by" sentences — "二心语文}创%素材[库:
 * https://www.xinyuwenchuang.cn/。公众@号:笔杆子星域。整理汇总。" glued before a flattened page's title. No report's sentence
 * opens with a label and a web address ending right after it, then a labelled or "collected" sentence.
 */
// (the address after a label's colon, and at least one such sentence after it: "详见县政府网(http://…)。…" is the text's)
export const SITE_STAMP = /^\s*[^\s。，,]{0,20}?[:：]\s*(?:https?:\/\/|www\.)[!-~]+。(?:[^\s。，,]{1,16}[:：][^\s。，,]{1,16}。|[^\s。，,]{0,8}(?:整理|汇总|收集|转载|编辑)[^\s。，,]{0,8}。)+/u;

/** The site's stamp opening a line and the text after it (words: "XX镇2023年…"), or undefined. */
export function siteStampAtStart(text: string): { stamp: string; rest: string } | undefined {
  const m = SITE_STAMP.exec(text);
  if (!m || !/^\s*[\p{L}\p{N}]/u.test(text.slice(m[0].length))) return undefined;
  return { stamp: m[0], rest: text.slice(m[0].length) };
}

/** A line that is only a site's stamp. */
export function isSiteStamp(text: string): boolean {
  const m = SITE_STAMP.exec(text);
  return m !== null && m[0].trim() === text.trim();
}

/**
 * (stop 60, blind: zh.m.wiki.x.io and zh.m.wikisource.org, a wiki's mobile pages on the 2015 policy address and the 2010 court report)
 * A wiki's section edit link, "编辑" ("編輯"), printed after each section's heading and glued by the copy to the start of the next line:
 * "内容" / "编辑政治" / "编辑梁振英指出…", "一、加强民事审判工作，…提供司法保障" / "编辑高度关注国际金融危机…" (it was read as the text's
 * first word, "编辑政治" a heading). Taken off a line that opens with it, glued to Han text, right under a heading's line (forty
 * characters or fewer, no full stop, none ending it) — on two such lines or more, or on one where the page shows a wiki's furniture
 * (its "← |" navigation bar, 维基文库/维基百科). A sentence opening "编辑出版…" under one heading on another page stays.
 */
const editLink = /^(\s*)(编辑|編輯)(?=[\p{Script=Han}“「《])/u;
const wikiFurniture = /^\s*←\s*[|｜]|维基文库|維基文庫|维基百科|維基百科|Wikisource|Wikipedia/u;

export function removeEditLinks(lines: SourceLine[]): Array<{ line: number; column: number; text: string }> {
  const found: number[] = [];
  let previous: string | undefined;
  for (const [i, l] of lines.entries()) {
    const text = l.text.trim();
    if (text === '') continue;
    if (previous !== undefined && editLink.test(l.text) && previous.length <= 40 && !/[。！？]/u.test(previous) && !/[。！？；，,：:]$/u.test(previous)) found.push(i);
    previous = text;
  }
  if (found.length === 0 || (found.length < 2 && !lines.some((l) => wikiFurniture.test(l.text)))) return [];
  return found.map((i) => {
    const l = lines[i];
    const m = editLink.exec(l.text)!;
    // (the line starts after the link: its column moves on with it, so the places said later are the input's)
    lines[i] = { ...l, text: l.text.slice(m[0].length), column: l.column + m[0].length };
    return { line: l.line, column: l.column + m[1].length, text: m[2] };
  });
}
