/**
 * The date a page's time stamp gives a report that dates itself nowhere else.
 * "发布时间：2023-02-27 09:10:38" is removed as boilerplate, but when nothing better
 * dates the report it is the publication date — unless it is a copy's posting time
 * (years after the report, or a writing-material site's), and it completes an
 * occasion that prints its day without its year.
 */
import { findDate } from './dates.ts';
import { isPublisherStamp } from './stamp-row.ts';
import { releaseDay } from './boilerplate.ts';
import { writingSite } from './head-lines.ts';
import type { DateSource, RemovedLine, SourceLine } from './types.ts';

/** What the stamp says: the date taken (if any) and, when it was read or refused, why. */
export interface StampDate {
  date?: string;
  dateSource?: Extract<DateSource, 'occasion' | 'published'>;
  /** warn: the occasion the title block prints lost its 年 and 月 (a warning: the edition would print "2016226日"); else an info */
  note?: { reason: string; line: number; column: number; ruleId: 'occasion-year' | 'repost-date'; warn?: boolean };
}

/**
 * The date of the page's stamp among the lines removed as page info, read against the
 * report's title, occasion and first lines of text; undefined when the page has no stamp.
 */
export function dateFromStamp(
  removed: ReadonlyArray<RemovedLine & { column: number }>,
  found: { title?: string; occasion?: string; speaker?: string },
  body: readonly SourceLine[],
  head: readonly string[] = [],
  titleLine?: number,
): StampDate | undefined {
  // (its label before a colon, or before a table cell's bar: "发布时间 | 2021-02-10 责任编辑 | …")
  // ("梨树县人民政府 2017-01-10 16:56:00": a portal's publisher and its posting time, unlabelled — stamp-row.ts.)
  const stamp =
    removed.find((r) => r.rule === 'page-info' && /(发布|發佈|发表|公开|更新)?(日期|时间|時間|于)\s*[:：|｜]/.test(r.text) && findDate(r.text)) ??
    // (stop 46) a stored copy's "date 2025-10-24" before the page's first words (boilerplate.ts)
    removed.find((r) => r.rule === 'page-info' && /^date\s+[0-9]{4}-[0-9]{2}-[0-9]{2}$/u.test(r.text) && findDate(r.text)) ??
    removed.find((r) => r.rule === 'page-info' && isPublisherStamp(r.text)) ??
    // (stop 59, blind: hanweb.kanhan.com) a press release's day under its end mark "完", "2014年11月20日(星期四)" (boilerplate.ts)
    removed.find((r) => r.rule === 'page-info' && releaseDay.test(r.text.trim()) && findDate(r.text)) ??
    besideSource(removed) ??
    underHeadline(removed, titleLine, found, body) ??
    sourceRowUnderHeadline(removed, titleLine, found, body);
  if (!stamp) return unlabelled(removed, found);
  // "更新时间:2015-01-21 09:48  发布时间:2015-01-09 09:31": the publication, not the last update.
  // (stop 52, mends52; blind51b's whdonghu.gov.cn) "更新时间:2024-01-16 发布时间: | 来源:区卫健办": the publication's field left empty,
  // the update the row's one date — it dates the page (was: no date).
  const published = findDate(stamp.text.slice(Math.max(0, stamp.text.search(/(发布|發佈|发表|公开)(日期|时间|時間)/)))) ?? findDate(yearFirst(stamp.text));
  if (!published) return undefined;
  const place = { line: stamp.line, column: stamp.column };
  const printed = latestYear([found.title ?? '', ...body.slice(0, 40).map((l) => l.text)]);
  const made = accountsMade(found.title);
  const latest = printed === undefined || made === undefined ? (printed ?? made) : Math.max(printed, made);
  const dated = found.occasion ? occasionDated(found.occasion, published.iso, place) : undefined;
  if (dated) return dated;
  // "2021 年 xx 月 xx 日在…会议上" (a draft's blank day) and "发布时间:2022-06-19": the stamp is of another year than
  // the report's, a copy's posting time.
  const occasionYear = found.occasion ? /([0-9]{4})\s*年/u.exec(found.occasion)?.[1] : undefined;
  if (occasionYear !== undefined && published.iso.slice(0, 4) !== occasionYear) {
    return { note: { ...place, ruleId: 'repost-date', reason: `Not taken as the date: the page's time stamp ${published.iso} is of another year than the occasion's (${occasionYear}), a copy's posting time` } };
  }
  if (latest !== undefined && Number(published.iso.slice(0, 4)) > latest + 1) {
    // An essay site's "时间:2022-03-12" over a 2008 report: when the copy was posted, not when the report was published.
    return { note: { ...place, ruleId: 'repost-date', reason: `Not taken as the date: the page's time stamp ${published.iso} is years after the report (its latest year is ${latest}), a copy's posting time` } };
  }
  // (stop 53, blind: 122.224.56.14:8082; stop 52's gap on 15672526ak.iask.in) a story's own dateline in its first lines, "本报北京2月18日电",
  // "人民网北京2月29日电", more than a month before the stamp's day, "发布时间:2024-11-28 05:33:21": the stamp is a mirror's copy, posted
  // months later (was: taken as the date)
  const line = body.slice(0, 6).map((l) => l.text).find((t) => storyDateline.test(t));
  const dateline = line ? storyDateline.exec(line) : null;
  if (dateline) {
    const [year, month, day] = published.iso.split('-').map(Number);
    const stamped = Date.UTC(year, month - 1, day);
    let told = Date.UTC(year, Number(dateline[1]) - 1, Number(dateline[2]));
    if (told > stamped) told = Date.UTC(year - 1, Number(dateline[1]) - 1, Number(dateline[2]));
    if (stamped - told > 31 * 86400000) {
      return { note: { ...place, ruleId: 'repost-date', reason: `Not taken as the date: the page's time stamp ${published.iso} is months after the story's own dateline (“${dateline[0]}”), a copy's posting time` } };
    }
  }
  // (held-out round 48, e.wenmi.ren) "投稿人:佚名 发布时间:2010/8/3 投稿交换 …": a stamp naming its contributor is a writing-material
  // site's upload, as its name would be.
  const site = [...removed.map((r) => r.text), ...head].find((t) => writingSite.test(t)) ?? (/^投稿人\s*[:：]/u.test(stamp.text) ? stamp.text : undefined);
  if (site !== undefined && !essaySource.test(stamp.text)) {
    // "位置:首页 > 范文 > 工作报告", "…由公務員之家整理的十篇范文": the page is a writing-material site's, its stamp the copy's.
    return { note: { ...place, ruleId: 'repost-date', reason: `Not taken as the date: the page's time stamp ${published.iso} is a writing-material site's (“${site.length > 30 ? `${site.slice(0, 30)}…` : site}”), a copy's posting time` } };
  }
  if (essaySource.test(stamp.text)) {
    // "来源:蚂蚁范文网 | 时间:2021-08-28": a writing-material site's copy, posted when the site took it.
    return { note: { ...place, ruleId: 'repost-date', reason: `Not taken as the date: the page's time stamp ${published.iso} is a writing-material site's (its source names the site), a copy's posting time` } };
  }
  return { date: published.iso, dateSource: 'published' };
}

/** A news story's dateline, its month and day before 电 (a wire's or a paper's): "本报北京2月18日电", "新华社北京3月5日电". */
const storyDateline = /(?:本报|新华社|新華社|人民网|人民網|中新网|中新網|中新社|央视网|央視網|\p{Script=Han}{1,6}(?:网|網|社|报|報))\s*\p{Script=Han}{0,6}?\s*([0-9]{1,2})月([0-9]{1,2})日(?:电|電)/u;

/** A bare posting time, maybe behind the article's list bullet: "• 2017-05-02 00:00". */
const bareStamp = /^(?:[•·●]\s*)?[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/u;
/**
 * A bare posting time opening the article's source row, the source left empty: "2015-02-10 08:55:44 来源:" — the page's own
 * article, no other origin named. (A row naming a source, "2018-07-24 15:33:00来源:大众网作者:", stays unlabelled: held-out
 * round 20 decided it dates nothing but an occasion it completes.)
 */
const stampThenSource = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:信息|文章|稿件)?来源\s*[:：]$/u;
/** The article's source row: "• 来源: 武汉东湖新技术开发区政务网", "信息来源：…". */
export const sourceRow = /^(?:[•·●]\s*)?(?:信息|文章|稿件)?来源\s*[:：]/u;

/**
 * (round 31) An article's bare time stamp right over or under its 来源 row — a portal's meta list ("• 2017-05-02 00:00" /
 * "• 来源: …" / "• 分享到", 东湖高新区) — is its posting time, as a labelled stamp is. Alone (no source row beside it) a
 * time may be any the page shows, and dates nothing (unlabelled, below).
 */
function besideSource(removed: ReadonlyArray<RemovedLine & { column: number }>): (RemovedLine & { column: number }) | undefined {
  return removed.find(
    (r) =>
      r.rule === 'page-info' &&
      ((bareStamp.test(r.text.trim()) && removed.some((s) => s !== r && Math.abs(s.line - r.line) <= 2 && sourceRow.test(s.text.trim()))) ||
        // (held-out round 32) the time opening the 来源 row itself, its source left empty: "2015-02-10 08:55:44 来源:" — the
        // same posting time, with the same guards
        stampThenSource.test(r.text.trim())),
  );
}

/**
 * (stop 50, mends50; blind49a's www.jdnews.com.cn, a county news site's story: "航头镇第十八届人民代表大会第一次会议胜利召开" /
 * "2016-12-26 09:54" / the story) A bare posting time right under the page's headline (a blank line between at most) is the
 * article's own, as one over its 来源 row is: it dates the page, with the same guards (a copy's posting time years after the
 * report is none). Elsewhere — a portal's clock over the page, a list's times — a time alone dates nothing (unlabelled).
 */
function underHeadline(
  removed: ReadonlyArray<RemovedLine & { column: number }>,
  titleLine: number | undefined,
  found: { speaker?: string },
  body: readonly SourceLine[],
): (RemovedLine & { column: number }) | undefined {
  if (titleLine === undefined) return undefined;
  // (the day-first form only on the site's own story — no speaker read, no salutation opening the text: a delivered report is dated
  // by its delivery, as sourceRowUnderHeadline holds; held-out round 9's jiangxi copy under "30.01.2023  15:51" stays undated)
  const story = !found.speaker && !body.slice(0, 12).some((l) => deliveredSalutation.test(l.text.trim()));
  return removed.find((r) => r.rule === 'page-info' && r.line > titleLine && r.line - titleLine <= 2 && (/^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/u.test(r.text.trim()) || (story && dayFirstStamp.test(r.text.trim()))));
}

/**
 * (stop 55, mends; blind54b's chongqing.baogaosu.com) An aggregator's posting time written day first, "22.02.2016 11:53" (its
 * time whole — "22.02.2016 1", cut, is none), right under the headline: the same posting time, read day, month, year. Only
 * there: elsewhere a dotted triple may be a version or another order.
 */
const dayFirstStamp = /^(0?[1-9]|[12][0-9]|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)[0-9]{2})\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/u;
/** A stamp's text with a day-first day written year first, so findDate reads it. */
const yearFirst = (text: string): string => text.trim().replace(dayFirstStamp, (_, d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);

/**
 * (stop 52, mends52; blind50b's chinaidr.com, a data digest: "数据概览:2023年上半年生态环境相关数据" / "2023/8/27 10:05:33 来源:发改委政研室
 * 【字体:大 中 小】…") A time opening the article's 来源 row right under the headline is the article's posting time when the page is
 * the site's article — no delivered report: no speaker read, no salutation (各位代表, …各位委员:) opening its text. A report
 * delivered to a session is dated by its delivery, which a portal's posting time does not give: held-out round 20's
 * "2018-07-24 15:33:00来源:大众网作者:" over a speaker and "主任、各位副主任、秘书长、各位委员:" dates nothing but the occasion it
 * completes (unlabelled, below), as round 20 decided.
 */
const timeThenSource = /^[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:信息|文章|稿件)?(?:来源|來源)\s*[:：]\s*\S/u;
const dayThenSource = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s+(?:来源|來源)\s*[:：]\s*\S/u;
/**
 * (stop 54, blind: news.xinhua08.com) An outlet's name glued to the story's posting day and time, maybe its category after them,
 * "经济参考报2019年10月25日09:04分类:宏观经济" (boilerplate-rules.ts outletDay): the same row, its source first.
 */
const outletThenTime = /^\p{Script=Han}{2,8}(?:社|网|报|台|客户端)\s*[·•・|｜]?\s*[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*日?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?/u;
const deliveredSalutation = /^[^。；]{0,40}(?:各位(?:代表|委员|委員|议员|議員)|代表们|代表們)[^。；]{0,20}[:：]$/u;
function sourceRowUnderHeadline(
  removed: ReadonlyArray<RemovedLine & { column: number }>,
  titleLine: number | undefined,
  found: { speaker?: string },
  body: readonly SourceLine[],
): (RemovedLine & { column: number }) | undefined {
  if (titleLine === undefined || found.speaker || body.slice(0, 12).some((l) => deliveredSalutation.test(l.text.trim()))) return undefined;
  // (stop 53, blind: www.gzfuluhua.cn) or the row run on after the headline on its own line, its day and source with no time, "2022年
  // 上半年上海市生產總值 2022-07-19 來源:市統計局" (boilerplate.ts takes it off the headline's line)
  return removed.find((r) => r.rule === 'page-info' && ((r.line > titleLine && r.line - titleLine <= 2 && (timeThenSource.test(r.text.trim()) || outletThenTime.test(r.text.trim()))) || (r.line === titleLine && r.column > 1 && dayThenSource.test(r.text.trim()))));
}

/**
 * A stamp row whose date opens it with no label ("2018-07-24 15:33:00来源:大众网作者:"): it completes an occasion whose
 * date lost its year or its 年 and 月, as a labelled stamp does, and dates nothing else (it may be any time the page shows).
 * (With its 来源 left empty, "2015-02-10 08:55:44 来源:", it is the page's own article's posting time: besideSource, round 32.)
 */
function unlabelled(removed: ReadonlyArray<RemovedLine & { column: number }>, found: { occasion?: string }): StampDate | undefined {
  if (!found.occasion || findDate(found.occasion)) return undefined;
  const row = removed.find((r) => r.rule === 'page-info' && /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}/.test(r.text));
  const at = row ? findDate(row.text) : undefined;
  return row && at ? occasionDated(found.occasion, at.iso, { line: row.line, column: row.column }) : undefined;
}

/**
 * (stop 57, blind: www.qingshan.gov.cn) An occasion whose 年 and 月 are lost ("2021929日在…会议上") under a disclosure table whose
 * 发布日期 dated the page (`published`, metadata.ts): the publication date completes the occasion as a time stamp does — the one
 * reading of its digits shortly before it — and the report is dated the day it was made (was: the posting day, 2021-10-19, and the
 * occasion's day unread).
 */
export function occasionOnPublished(occasion: string | undefined, publishedIso: string, place: { line: number; column: number }): StampDate | undefined {
  if (!occasion || findDate(occasion)) return undefined;
  return occasionDated(occasion, publishedIso, place, "the disclosure table's publication date's");
}

/**
 * (stop 58, blind: www.tzfyw.gov.cn) An occasion whose 年 and 月 are lost and nothing on the page dates ("2016226日在台州市" /
 * "第四届人民代表大会第八次会议上", no time stamp): its digits read as a month and a day in one way only that is a date of the
 * calendar (2月26日; 22月6日 is none) — that date, said (was: no date). Two readings ("2019123日": 1月23日 or 12月3日) date nothing
 * without a stamp.
 */
export function occasionAlone(occasion: string | undefined, place: { line: number; column: number }): StampDate | undefined {
  if (!occasion || findDate(occasion)) return undefined;
  const run = /(?<![0-9])((?:19|20)[0-9]{2})([0-9]{2,4})日/.exec(occasion);
  if (!run) return undefined;
  const [y, digits] = [Number(run[1]), run[2]];
  const readings = [1, 2]
    .filter((n) => digits.length - n >= 1 && digits.length - n <= 2 && digits[n] !== '0')
    .map((n) => {
      const [m, d] = [Number(digits.slice(0, n)), Number(digits.slice(n))];
      const at = new Date(Date.UTC(y, m - 1, d));
      return m >= 1 && at.getUTCMonth() === m - 1 && at.getUTCDate() === d ? at.toISOString().slice(0, 10) : undefined;
    })
    .filter((iso): iso is string => iso !== undefined);
  if (readings.length !== 1) return undefined;
  return {
    date: readings[0],
    dateSource: 'occasion',
    note: { ...place, ruleId: 'occasion-year', warn: true, reason: `Unexpected occasion that lost its 年 and 月 (“${run[0]}”): dated ${readings[0]}, its digits read as a month and a day one way only; ${PRINTED}` },
  };
}

/**
 * (stop 59, mends59: the lead's watch item on stop 58's occasionAlone) The title block prints the occasion as the page has it, its
 * digits run together ("2016226日在台州市…"): a reader of the edition sees a date that cannot be — a loss to put back, a warning
 * (was an info, as a date read from the page is).
 */
const PRINTED = 'the title block prints the occasion as the page has it, its digits run together: put 年 and 月 back in `occasion` (the --meta file or zh.md), from the report\'s own page';

/** The occasion's date the stamp completes, said as the message does. */
function occasionDated(occasion: string, stampIso: string, place: { line: number; column: number }, what = "the page's time stamp's"): StampDate | undefined {
  const dated = occasionDate(occasion, stampIso);
  if (!dated) return undefined;
  // "—在3月2日政协…会议上" and the page's stamp 2025-03-05: the occasion's day, in the stamp's year.
  const why = dated.how === 'year' ? 'it prints the month and day only, the year is' : 'its 年 and 月 are lost, the one reading of its digits that falls shortly before';
  // (a month and a day with no year is how a story prints a date: an info; digits that lost 年 and 月 are a loss the title block prints)
  if (dated.how !== 'year') {
    return {
      date: dated.iso,
      dateSource: 'occasion',
      note: { ...place, ruleId: 'occasion-year', warn: true, reason: `Unexpected occasion that lost its 年 and 月: dated ${dated.iso}, the one reading of its digits that falls shortly before ${what} (${stampIso}, a few days later); ${PRINTED}` },
    };
  }
  return {
    date: dated.iso,
    dateSource: 'occasion',
    note: { ...place, ruleId: 'occasion-year', reason: `Dated the occasion ${dated.iso}: ${why} ${what} (${stampIso}, a few days later)` },
  };
}

/**
 * (PDF dumps, round 5) The date over a printed page — a newspaper's or a gazette's issue in its running head
 * ("2025年3月6日 星期四 常宁新闻 要闻 03"), removed as the page's head or the PDF's furniture — completes an occasion
 * that prints its month and day only, as a page's time stamp does (within STAMP_DAYS after it); it dates nothing else.
 */
export function occasionFromHead(occasion: string | undefined, heads: ReadonlyArray<{ text: string; line: number; column: number }>): StampDate | undefined {
  if (!occasion || findDate(occasion)) return undefined;
  for (const head of heads) {
    const at = findDate(head.text);
    const dated = at ? occasionDated(occasion, at.iso, { line: head.line, column: head.column }, "the date's in the running head over the page") : undefined;
    if (dated) return dated;
  }
  return undefined;
}

/** How many days after an occasion a page's time stamp may come and still give it its year. */
const STAMP_DAYS = 62;

/**
 * An occasion's date that the page's time stamp, a few days later, completes: "在3月2日…会议上" (month and day,
 * no year: the stamp's year or the year before), or "2019123日在…会议上" (a portal lost the 年 and 月 of its
 * markup: the one reading of the digits as month and day that falls shortly before the stamp, 1月23日 and not
 * 12月3日 under a stamp of 2019-01-28).
 */
function occasionDate(occasion: string, stampIso: string): { iso: string; how: 'year' | 'lost-marks' } | undefined {
  if (findDate(occasion)) return undefined;
  const stamp = Date.parse(stampIso);
  const before = (y: number, m: number, d: number) => {
    const at = Date.UTC(y, m - 1, d);
    const moved = new Date(at);
    if (moved.getUTCMonth() !== m - 1 || moved.getUTCDate() !== d) return undefined;
    const days = (stamp - at) / 86_400_000;
    return days >= 0 && days <= STAMP_DAYS ? moved.toISOString().slice(0, 10) : undefined;
  };
  const run = /(?<![0-9])((?:19|20)[0-9]{2})([0-9]{2,4})日/.exec(occasion);
  if (run) {
    const [y, digits] = [Number(run[1]), run[2]];
    const readings = [1, 2]
      .filter((n) => digits.length - n >= 1 && digits.length - n <= 2)
      .map((n) => before(y, Number(digits.slice(0, n)), Number(digits.slice(n))))
      .filter((iso): iso is string => iso !== undefined);
    return readings.length === 1 ? { iso: readings[0], how: 'lost-marks' } : undefined;
  }
  const day = /(?<![0-9年])([0-9]{1,2})月([0-9]{1,2})日/u.exec(occasion);
  if (!day) return undefined;
  const year = Number(stampIso.slice(0, 4));
  for (const y of [year, year - 1]) {
    const iso = before(y, Number(day[1]), Number(day[2]));
    if (iso) return { iso, how: 'year' };
  }
  return undefined;
}

/** A stamp whose source is a writing-material or document site ("来源:蚂蚁范文网"): the copy's, not the report's. */
const essaySource = /(?:来源|來源)\s*[:：]\s*\S{0,12}?(?:范文|文库|文档|作文|写作|公文|材料)\S{0,4}?(?:网|站|库)/u;


/**
 * A report on a year's accounts is made the year after that year ("关于2024年度区级预算执行和其他财政收支的审计工作报告",
 * "关于2022年财政决算的报告"): the district's own stamp of January 2026 over it is its publication, not a copy's
 * (held-out round 30). Only a whole year's accounts (年度, 决算): a half year's execution is reported within the year.
 */
function accountsMade(title: string | undefined): number | undefined {
  const match = /(?<![0-9])((?:19|20)[0-9]{2})\s*(?:年度[^，。；]{0,30}?(?:预算执行|财政收支|审计)|年[^，。；上下半]{0,12}?决算)/u.exec(title ?? '');
  return match ? Number(match[1]) + 1 : undefined;
}

/** The latest year a report names in its title and first lines (2008年, 2021两会). */
function latestYear(texts: readonly string[]): number | undefined {
  const years = texts.flatMap((t) => [...t.matchAll(/(?<![0-9])(19[89][0-9]|20[0-9]{2})(?=年|两会|兩會)/g)].map((m) => Number(m[1])));
  // (stop 47, blind: cre.org.cn's 1982 report, "一九八○年…从一九八三年到一九八七年": an older report's years in Chinese numerals)
  const digit = (c: string) => '零〇○一二三四五六七八九'.indexOf(c);
  const value = (c: string) => (digit(c) <= 2 ? 0 : digit(c) - 2);
  for (const t of texts) for (const m of t.matchAll(/(?<![零〇○一二三四五六七八九])(一九[八九]|二[零〇○][零〇○一二])([零〇○一二三四五六七八九])(?=年)/gu)) {
    years.push(Number([...m[1] + m[2]].map(value).join('')));
  }
  return years.length ? Math.max(...years) : undefined;
}
