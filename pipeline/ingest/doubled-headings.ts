/**
 * (stop 50, mends50; blind49b's m.77wenku.com, a document site's copy of a town congress's summary) A numbered heading printed
 * twice in a row, its copies run together: "二、加强学习培训,提高代表履职潜力二、加强学习培训,提高代表履职潜力" (a document site
 * that read each heading's text twice, from its outline and from the page). The first copy stays, the second goes and is said;
 * what follows the second copy (the paragraph the page ran on after it) becomes a line of its own, at its own column. Only a
 * numbered heading (一、 （一） 1. 1、), no sentence in it (。！？；), of 4 to 40 characters, the second copy right after the
 * first: a heading the text repeats elsewhere, or a sentence said twice, is the text's.
 */
import { isCaptionWords } from './boilerplate-rules.ts';
import { dayInFigures, isStampRow, stampItemLabel } from './stamp-row.ts';
import type { SourceLine } from './types.ts';

const CN = '[一二三四五六七八九十]{1,3}';
const doubled = new RegExp(`^((?:${CN}、|[（(]${CN}[）)]、?|[0-9]{1,2}[.．、](?![0-9]))[^。！？；!?;]{4,40}?)\\s*\\1`, 'u');
/**
 * (stop 59, blind: www.bookuu.com, an e-book's chapter: "走出死胡同走出死胡同" over the section's prose; mmtar.com, a wiki's
 * "新疆生产建设兵团新疆生产建设兵团" under its title) An unnumbered heading printed twice run together, the line nothing but the two
 * copies: a phrase of five to twenty-four characters opening on a Han character, no mark of a sentence or a clause in it (was: a
 * heading "走出死胡同走出死胡同"). A line that is one phrase said twice and nothing else is no sentence of a report.
 */
const doubledPhrase = /^(\p{Script=Han}[^。！？；!?;，,、：:]{4,23})\s*\1$/u;

export interface DoubledHeading {
  line: number;
  column: number;
  text: string;
  /** (stop 54) The first copy, cut off with "...", taken: the line after it prints it whole. */
  teaser?: boolean;
  /** (stop 55) The page's summary, its opening words clipped mid-word, taken: the lines under it print it whole and go on. */
  summary?: boolean;
}

export function takeDoubledHeadings(lines: readonly SourceLine[]): { lines: SourceLine[]; taken: DoubledHeading[] } {
  const taken: DoubledHeading[] = [];
  const out: SourceLine[] = [];
  for (const l of lines) {
    const lead = l.text.length - l.text.trimStart().length;
    const m = doubled.exec(l.text.slice(lead)) ?? doubledPhrase.exec(l.text.slice(lead).trimEnd());
    if (!m) {
      out.push(l);
      continue;
    }
    const heading = m[1];
    const second = lead + m[0].length - heading.length;
    taken.push({ line: l.line, column: l.column + second, text: heading });
    out.push({ ...l, text: l.text.slice(0, lead + heading.length) });
    const rest = l.text.slice(lead + m[0].length);
    const restLead = rest.length - rest.trimStart().length;
    if (rest.trim() !== '') out.push({ text: rest.trimStart(), line: l.line, column: l.column + lead + m[0].length + restLead });
  }
  return { lines: out, taken };
}

/**
 * (stop 53, mends53; blind52a's wd.zidianfy.com, a Q&A page's answer printed twice, each copy its own line; blind52b's
 * globalmarketmonitor.com.cn, a copy of an NBS release whose chart caption, "2024年前三季度全国居民消费价格上涨情况", is printed
 * twice — the image's text and its caption) A line printed again on the next line: the same characters (a layout table's
 * trailing bar and spaces aside), of eight Han characters or more, nothing but blank lines between. The second copy goes and is
 * said; the first stays. Not: a line the text repeats further on (a heading over its section and again in the contents),
 * short lines (a table's cells, "—", "合计", a year flattened one a line), a line followed by a longer one that begins with it, a
 * title printed twice over the text before any sentence of it (the page's head: removed-head.ts says it), a picture's caption
 * naming a person's act over the story's same sentence (boilerplate.ts takes the first copy as the caption: stop 47).
 */
/** (stop 54) A stamp row opening on its posting date: "发布时间:2025年9月28日 09:59 来源:浪媒 分类:宏观". */
const datedStamp = new RegExp(`^${stampItemLabel}\\s*[:：]\\s*${dayInFigures}`, 'u');
const bare = (text: string) => text.trim().replace(/(?:\s*[|｜])+$/u, '').trim();

export function takeDoubledLines(lines: readonly SourceLine[]): { lines: SourceLine[]; taken: DoubledHeading[] } {
  const taken: DoubledHeading[] = [];
  const out: SourceLine[] = [];
  let previous: string | undefined;
  /** A line of running text (a sentence of twenty Han characters or more) has been read. */
  let running = false;
  for (const [k, l] of lines.entries()) {
    const text = bare(l.text);
    if (text === '') {
      out.push(l);
      continue;
    }
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
    // (stop 54, mends54; blind53b's cidian.kuaisou.com, a search dictionary's page printing a news snippet twice, the first cut
    // at "(与国内..." and the second going on past it) a line of running text cut off with an ellipsis, the next line printing it
    // again and going on: the cut copy goes, said (it was joined to the whole one, the sentence printed one and a half times)
    const teaser = /^(.*?\p{Script=Han}.*?)(?:\.{3,}|…{1,2})$/u.exec(text)?.[1];
    const next = lines.slice(k + 1).find((n) => n.text.trim() !== '');
    if (teaser && han >= 20 && /[，,；;。]/u.test(teaser) && next && bare(next.text).startsWith(teaser) && bare(next.text).length > teaser.length + 2) {
      taken.push({ line: l.line, column: l.column + (l.text.length - l.text.trimStart().length), text, teaser: true });
      continue;
    }
    // (stop 55, blind: guoou168.cn, a copy of 淮南's call for views on the 2022 report) the page's summary over the text — its
    // opening words clipped at a length, mid-word, with no mark ("…可重點圍繞四化同步、雙") — and the text under it printing them
    // whole and going on (over lines: "…的意見和建議。" / "一、 征集內容" / "(1)對未來…"): the clipped copy goes, said (it was
    // joined to the text's first paragraph, "…四化同步、雙明年是新一屆…"). Only a copy of forty Han characters or more, a sentence
    // in it, no sentence end at its end, every character of it found again in order right below it.
    if (han >= 40 && /[。！？]/u.test(text) && !/[。！？!?；;：:”’」』）)】]$/u.test(text)) {
      const compact = (t: string) => t.replace(/[\s\u3000\u00a0]+/gu, '');
      const own = compact(text);
      let below = '';
      for (const n of lines.slice(k + 1, k + 16)) {
        below += compact(n.text);
        if (below.length > own.length) break;
      }
      if (below.length > own.length && below.startsWith(own)) {
        taken.push({ line: l.line, column: l.column + (l.text.length - l.text.trimStart().length), text, summary: true });
        continue;
      }
    }
    // (a title printed twice over the text is the page's head, removed-head.ts's: only below running text, or a sentence itself)
    if (text === previous && han >= 8 && (running || (/[。！？]/u.test(text) && han >= 20)) && !isCaptionWords(text)) {
      taken.push({ line: l.line, column: l.column + (l.text.length - l.text.trimStart().length), text });
      continue;
    }
    // (stop 54, mends54; blind53b's www.gilin.com.cn, a news flash "【…】9月28日，国家统计局发布…" printed over its stamp row and again
    // under it) the page's stamp row between the two copies is no line of the text: the line before it is still the one compared
    if (previous !== undefined && (isStampRow(text) || (text.length <= 80 && datedStamp.test(text)))) {
      out.push(l);
      continue;
    }
    previous = text;
    running ||= /[。！？]/u.test(text) && han >= 20;
    out.push(l);
  }
  return { lines: out, taken };
}
