/**
 * Numbers in Chinese text: Arabic digits with 万/亿/千 scaling, decimals,
 * percentages, 多/余/近 approximations, dates, ranges, and Chinese numerals in
 * counts (五年, 三年行动, 第七次). Outline markers (（四）, 一、, （1）) and
 * idioms (十分, 千方百计 …) and a delta's 三角 (长三角) are not numbers. A cardinal 一 ("one", "a") is not
 * compared: it is everywhere (一批, 一体化) and English often drops it.
 */
import { toHalfWidth, toSimplified } from '../../model/han-forms.ts';
import { gluedFigures } from '../../model/lost-marks.ts';
import { placesNamedWithNumerals } from '../../model/places.ts';
import { scaleDecimal, thousandsSeparator, type FoundNumber } from './types.ts';

const digit: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const unit: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const big: Record<string, number> = { 万: 1e4, 亿: 1e8 };

const arabic = /((?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|\d+(?:,\d{3})*)(?:\.\d+)?)(多|余)?(万亿|万|亿|千(?![米克瓦]))?(多|余)?\s*(个百分点|百分点|[%％])?/g;
const hanNumeral = /[〇零一二两三四五六七八九十百千万亿]+/g;
/**
 * A circle (○ ◯) or a letter O standing for 〇 in a number in Chinese numerals: after a digit, before another or 年
 * (二○一九年, 二O二O年; a bullet ○ before a line, "ISO" and a circle after a word are none).
 */
const circledZero = /(?<=[〇零一二三四五六七八九][○◯O]*)[○◯O](?=[○◯O]*[〇零一二三四五六七八九年])/gu;
const idioms = ['十分', '十足', '万一', '千方百计', '百姓', '万众', '千家万户', '四面八方', '五湖四海', '三番五次', '七上八下', '三令五申', '四通八达', '百花', '万物', '九州', '三农', '两岸', '一五一十', '百般', '千万', '万万', '千里', '百年大计', '十全十美', '九牛', '百分之', '千亿', '二氧化', '一氧化', '三角'];

/**
 * Before a multiple that is growth (增长1.5倍, 扩大两倍: grew BY 1.5 times its size): the English may say
 * 150% (more), 2.5 times (the level) or, as often written, 1.5 times. Not 是…的1.5倍 (1.5 times the level).
 */
const growthBefore = /(?:增长|增加|提高|扩大|上升|增幅达|增)了?(?:近|约|超过)?$/;
/** 成 after a numeral is tenths (三成 = 30%), but not in 成员, 成本, 成果, 成功, 成立 … (三成员单位 = three member units). */
const tenthAfter = /^成(?![本员果功立为就效交绩熟长型品份])/;

/** The other values of a multiple of growth (N倍 after 增长): N × 100 percent more, N + 1 times. */
function growthMultiple(text: string, start: number, end: number, value: number, digits?: string): FoundNumber['also'] {
  if (text[end] !== '倍' || !growthBefore.test(text.slice(0, start))) return undefined;
  return [
    { value: digits ? scaleDecimal(digits, 2) : value * 100, kind: 'percent' },
    { value: digits ? scaleDecimal(String(scaleDecimal(digits, 1) + 10), -1) : value + 1, kind: 'cardinal' },
  ];
}

/**
 * After the numeral of a Central Committee's plenary session: 中全会, or 中 in a list ending in 全会 (二中、三中全会, or run
 * together: 二中三中四中五中全会).
 */
const plenary = /^中(?:[、，,和及与]?[〇一二三四五六七八九十]+中)*全会/;
/** After the numeral of a quarter of the year: 季度, or a list ending in 季度 (一、二季度, 三至四季度). */
const quarter = /^(?:[、，,和及与至到][一二三四])*季度/;
/**
 * After the numeral of a court's instance: 一审, 二审 (first and second instance; also listed: 一、二审), or of a
 * bill's reading: 三审稿 (the draft for its third reading). Not 两审终审 (two instances: a count) nor 三审三校 (three
 * rounds of review).
 */
const instance = /^(?:(?:[、，,和及与]二)?审(?!三校)|审稿)/;
/** 十一届二次会议, 十四届全国人大一次会议: a term's session numbered without 第 — 届, then at most a body's name, before it. */
const sessionTerm = /届(?:全国|[省市区县州])?(?:人大|政协|人民代表大会|委员会)?$/;
const session = /^次(?:全体)?会议/;
/**
 * (new user round 32) Before a session's numeral with no term, what names a session rather than counting sittings: the text's
 * or a clause's start, 关于 / 在 / 于 / 自 / 从, or the body whose session it is (大会, 人大, 政协, 委员会, 常委会).
 */
const sessionNamed = /(?:^|[，,。；;：:“”‘’（(《〈、\s]|关于|在|于|自|从|大会|人大|政协|委员会|常委会)$/u;
/**
 * A quoted abbreviation whose numeral counts the one or two characters after it (“两新”, “两化”, “三保”, “六稳”): its English
 * names the items as often as the count (the digital and green transformation), so the numeral is allowed, not required. Not
 * with a measure word after the numeral (“两个确立”, “十项重大工程”: the count is the name), nor unquoted (三城一区).
 */
const quoteOpen = /[“「『‘"]$/;
const quotedAbbreviation = /^(?![个项大条种类张件批名位])\p{Script=Han}{1,2}[”」』’"]/u;
/** Before the unit of a table's unit line: 单位：, 金额单位： (new user, round 14). */
const unitLabel = /单位\s*[：:]\s*$/;
/**
 * After the numeral of one of the three sectors of the economy: 第一产业, 第二产业, 第三产业 (also listed: 第二、三产业,
 * 一二三产业) are the primary, secondary and tertiary industries, and 三次产业 the three of them — names, whose English says
 * "primary", "secondary", "tertiary" as often as "first" or "three": the numeral is allowed, not required (new user round
 * 28: a county's statistical communiqué was refused at import for "Missing number first" in "the primary industry").
 */
const sector = /^(?:(?:[、，,和及与]?第?[一二三])*产业|次产业)/;

/**
 * (new user round 35, sjj.ningbo.gov.cn) 两 right after the two names it counts, joined by 、 (or 和, 与, 及) in one clause —
 * "市委、市政府两办印发的《意见》" (the general offices of the municipal Party committee and the municipal government), "省法院、省检察院
 * 两院", "市、县两级": the English that names both needs no "two" ("both" or nothing), so the numeral is allowed, not required
 * (was: "Missing number 两", the import of OmegaT's target refused). A clause listing three names or more, or none, keeps it.
 */
function namesItsPair(before: string): boolean {
  const clause = before.split(/[，,。；;：:！？!?（(《“「]/u).at(-1) ?? '';
  const pair = /^(?:\p{Script=Han}{1,10})([、和与及])(\p{Script=Han}{1,8})$/u.exec(clause);
  if (!pair) return false;
  return clause.split(/[、]/u).length <= 2 && !/[〇零一二两三四五六七八九十百千万\d]/u.test(pair[2]);
}

export function findZhNumbers(original: string): FoundNumber[] {
  // Traditional forms of the words the grammar reads (萬 億 兩, 全會 屆 個百分點 餘 …) as simplified, full-width digits and the full-width point between
  // them (６８．９) as ASCII; one char for one, so indices hold.
  // (new user round 27) A year's zero typed as a circle among the numerals, as Macao's and Hong Kong's government documents
  // type it — 二○一九年 (U+25CB), 二◯二◯, or a letter O (二O二O年) — is 〇: 2019, not "two" and a mark (one char for one).
  const text = toHalfWidth(toSimplified(original)).replace(circledZero, '〇');
  const found: FoundNumber[] = [];
  let masked = text;
  const mask = (start: number, end: number) => {
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  };

  // 百分之五 → 5%; 三分之一 and other fractions are masked (not compared).
  for (const m of text.matchAll(/百分之([〇零一二两三四五六七八九十百]+)(?:点([〇零一二三四五六七八九]+))?/g)) {
    const whole = parseHan(m[1]);
    const decimals = m[2] ? Number(`0.${[...m[2]].map((c) => digit[c]).join('')}`) : 0;
    if (whole !== undefined) found.push({ value: whole + decimals, kind: 'percent', raw: m[0], index: m.index, words: true });
    mask(m.index, m.index + m[0].length);
  }
  for (const m of masked.matchAll(/[〇零一二两三四五六七八九十百千]+分之[〇零一二两三四五六七八九十百千]+/g)) mask(m.index, m.index + m[0].length);
  // 十等分, 五等分: a division into equal parts (deciles, quintiles), no count of ten or five — “the lowest three income
  // decile groups” for 收入最低3個十等分 (round 16); the count before it (3個) stays a figure.
  for (const m of masked.matchAll(/[〇零一二两三四五六七八九十百]+等分/g)) mask(m.index, m.index + m[0].length - 2);
  // 一刻钟 = a quarter of an hour: “15-minute” in English.
  for (const m of masked.matchAll(/一刻钟/g)) {
    found.push({ value: 15, kind: 'cardinal', raw: m[0], index: m.index, words: true });
    mask(m.index, m.index + m[0].length);
  }
  // 十四五 = the 14th Five-Year Plan (period).
  for (const m of masked.matchAll(/十([一二三四五六七八九])五/g)) {
    found.push({ value: 10 + digit[m[1]], kind: 'ordinal', raw: m[0], index: m.index, words: true });
    found.push({ value: 5, kind: 'cardinal', raw: m[0], index: m.index, words: true });
    mask(m.index, m.index + m[0].length);
  }

  // (new user, round 31) Figures a copy ran together by losing the mark between them (model/lost-marks.ts): "20221-12月" is 2022
  // and the month 1 (年 lost), "GB 30952012" the standard 3095 of 2012 (the dash lost) — read as meant, so "January to December
  // 2022" and "GB 3095-2012" are the figures the report gives (was: "Missing number 20,221", "Missing number 30.952012 million").
  for (const glued of gluedFigures(masked)) {
    for (const figure of glued.figures) {
      const value = Number(figure.digits);
      found.push({ value, kind: figure.kind === 'month' ? 'month' : 'cardinal', raw: figure.digits, index: figure.index });
      mask(figure.index, figure.index + figure.digits.length);
    }
  }
  const arabicFound: Array<FoundNumber & { end: number; scaled: boolean; shared?: string }> = [];
  for (const m of masked.matchAll(arabic)) {
    const [raw, digits, approxBefore, scale, approxAfter, percent] = m;
    const start = m.index;
    const end = start + raw.length;
    if (isOutlineMarker(text, start, end, raw)) continue;
    // (new user, round 31) Digits glued to a Latin letter are part of a name, as the English reads them (en.ts: no figure after a
    // letter): a pollutant's PM10, PM2.5, SO2, NO2, O3, a model's or a summit's G20 — "fine particulate matter (PM2.5)" holds no
    // figure 2.5 (was: "Missing number 2.5", the import of an environment bulletin refused for every formula it names)
    if (/[A-Za-z]/.test(text[start - 1] ?? '')) continue;
    const plain = digits.replace(thousandsSeparator, '');
    const value = scale ? scaleDecimal(plain, zerosOf(scale)) : Number(plain);
    const number: FoundNumber & { end: number; scaled: boolean } = {
      value,
      kind: percent ? 'percent' : 'cardinal',
      ...(percent?.endsWith('百分点') ? { points: true } : {}),
      raw: raw.trim(),
      index: start,
      end,
      scaled: Boolean(scale),
    };
    if (approxBefore || approxAfter) number.approx = 'more';
    else if (nearly(text, start, end)) {
      number.approx = 'nearly';
      number.raw = `近${number.raw}`;
    }
    const multiple = !scale && !percent ? growthMultiple(text, start, end, value, plain) : undefined;
    if (multiple) number.also = multiple;
    if (text[start - 1] === '第' || text[end] === '届') {
      number.kind = 'ordinal';
      if (text[start - 1] === '第') number.raw = `第${number.raw}`;
    }
    if (!percent && text[end] === '月' && text[start - 1] !== '/' && Number.isInteger(value) && value >= 1 && value <= 12) number.kind = 'month';
    arabicFound.push(number);
    mask(start, end);
  }
  // Ranges share a trailing scale or percent sign: 10-20万, 5-10%.
  for (let i = 0; i + 1 < arabicFound.length; i++) {
    const [left, right] = [arabicFound[i], arabicFound[i + 1]];
    if (!/^\s*[-–—~～至到]\s*$/.test(text.slice(left.end, right.index))) continue;
    const rightScale = /(万亿|万|亿|千)/.exec(right.raw)?.[1];
    if (!left.scaled && rightScale) left.value = scaleDecimal(String(left.value), zerosOf(rightScale));
    if (left.kind === 'cardinal' && right.kind === 'percent') Object.assign(left, { kind: 'percent', points: right.points });
    if (left.kind === 'cardinal' && right.kind === 'month' && Number.isInteger(left.value) && left.value >= 1 && left.value <= 12) left.kind = 'month';
  }
  // (new user round 33) A list of figures shares the scale or the percent sign its last one writes: "品牌价值分别达13.28、12.31、
  // 11.47亿元" is 1.328, 1.231 and 1.147 billion yuan (was: "Missing number 13.28" and "Unexpected number 1.328 billion"),
  // "增长10.5、14.8%" is 10.5% and 14.8%. Only bare figures joined by 、 (or 和, 与, 及 before the last): a figure with its own
  // unit ("11万吨、2.6万吨") keeps it. Both readings held (the figure as written is still allowed), as a list may end in a
  // figure of another kind.
  for (let i = arabicFound.length - 2; i >= 0; i--) {
    const [left, right] = [arabicFound[i], arabicFound[i + 1]];
    if (left.scaled || left.kind !== 'cardinal' || left.also || !/^[、和与及]$/.test(text.slice(left.end, right.index))) continue;
    const rightScale = /(万亿|万|亿)/.exec(right.raw)?.[1] ?? (right.kind === 'cardinal' ? right.shared : undefined);
    if (rightScale) {
      left.also = [{ value: scaleDecimal(String(left.value), zerosOf(rightScale)), kind: 'cardinal' }];
      left.shared = rightScale;
    } else if (right.kind === 'percent' && !right.points) left.also = [{ value: left.value, kind: 'percent' }];
  }
  found.push(...arabicFound.map(({ end: _end, scaled: _scaled, shared: _shared, ...rest }) => rest));

  // 双 is “two” in 双向 (two-way) but not in 双碳, 双创: allowed in the English, not required.
  for (const m of masked.matchAll(/双/g)) found.push({ value: 2, kind: 'cardinal', raw: m[0], index: m.index, words: true, optional: true });
  // (new user, round 24) 上半/下半 (前半/后半) of a year, a match, an essay — 下半篇文章, “the second half” of the work: the first and
  // second half in English (was: “second” an unexpected number), allowed, not required (下半年 is also “the latter half of the year”).
  for (const m of masked.matchAll(/([上前下后])半(?=[年场篇段程期部月天])/gu)) {
    found.push({ value: m[1] === '上' || m[1] === '前' ? 1 : 2, kind: 'ordinal', raw: m[0], index: m.index, words: true, optional: true });
  }
  // (new user, round 26) A place whose name begins with a numeral — 三明, 四川, 十堰, 六盘水, 九江, 五指山 — is a name, not a count:
  // Sanming has no figure in English (was: “Missing number three” for the 三明市 of a title). The names are those of ingest's
  // gazetteer (places.ts: China's provinces, prefectures and counties, full names and the short names that are no common
  // word — 四平市 is one, 四平 alone is not), read only when a numeral stands before another Han character.
  if (/[二两三四五六七八九十]\p{Script=Han}/u.test(masked)) {
    for (const m of masked.matchAll(placesNamedWithNumerals())) mask(m.index, m.index + m[0].length);
  }
  for (const m of masked.matchAll(hanNumeral)) {
    const start = m.index;
    const run = m[0];
    const rest = text.slice(start);
    if (idioms.some((idiom) => rest.startsWith(idiom))) continue;
    if (/[数几上成]$/.test(text.slice(0, start)) || /^[几]/.test(text.slice(start + run.length))) continue;
    if (isHanOutlineMarker(text, start, run)) continue;
    // 百度, 万达, 百年: a bare unit is rarely a figure — but 百余家 (100+), 万元GDP (per 10,000 yuan) and
    // 每万人口 / 每千人口 (per 10,000 / 1,000 people) are;
    // a bare 亿元 is the unit of a table or header, “(100 million yuan)”: allowed in the English, not required
    if (/^[百千万亿]$/.test(run) && !/^[余多]/.test(text.slice(start + run.length)) && !(/^[万亿]$/.test(run) && text[start + 1] === '元') && text[start - 1] !== '每') continue;
    // 万亿 / 亿万 with no numeral is a scale word, not a figure: a table's unit cell 万亿元 (trillion yuan), 亿万人民
    if (/^[万亿]{2,}$/.test(run)) continue;
    const value = parseHan(run);
    if (value === undefined) {
      // A run of numerals that is no number names its digits: a slogan's “奋战一三五” (the 1-3-5 targets), a range's 三四年
      // (three or four years) — each allowed in the English, none required.
      if (/^[一二两三四五六七八九]{2,}$/.test(run)) {
        for (const c of new Set(run)) found.push({ value: digit[c], kind: 'cardinal', raw: run, index: start, words: true, optional: true });
      }
      continue;
    }
    const afterRun = text.slice(start + run.length);
    // 三成, 七成以上: tenths — 30%, more than 70%
    if (value >= 1 && value <= 10 && run.length === 1 && tenthAfter.test(afterRun)) {
      const tenth: FoundNumber = { value: value * 10, kind: 'percent', raw: `${run}成`, index: start, words: true };
      if (/^成(?:多|余|以上)/.test(afterRun)) tenth.approx = 'more';
      else if (nearly(text, start, start + run.length)) tenth.approx = 'nearly';
      found.push(tenth);
      continue;
    }
    // 第七次, 十七届 (the 17th congress), 六中全会 (the Sixth Plenary Session; also listed: 二中、三中全会) and
    // 三季度 (the third quarter; also listed: 一、二季度) are ordinals; 前三季度 counts them (the first three quarters)
    const after = text.slice(start + run.length);
    // (new user round 30, xuwen.gov.cn) An enumeration's "一是…，二是…，三是…" opening a sentence or clause (or its bold lead) counts
    // its points: "Second, …", "Third, …" — an ordinal (was: "Missing number two" for a paragraph opening "**二是…**" → "**Second, …**").
    const enumerator = run !== '两' && after[0] === '是' && /(?:^|[。；;：:，,！？!?\s*])$/u.test(text.slice(0, start));
    const ordinal = enumerator || text[start - 1] === '第' || after[0] === '届' || (session.test(after) && sessionTerm.test(text.slice(0, start))) || plenary.test(after) || (value <= 4 && quarter.test(after) && !/[前后近]/.test(text[start - 1] ?? '')) || (run !== '两' && (value <= 2 || /^审稿/.test(after)) && instance.test(after));
    if (value === 1 && !ordinal) continue;
    if (value === 0) continue;
    const number: FoundNumber = { value, kind: ordinal ? 'ordinal' : 'cardinal', raw: text[start - 1] === '第' ? `第${run}` : run, index: start, words: true };
    const multiple = growthMultiple(text, start, start + run.length, value);
    if (multiple) number.also = multiple;
    // (new user round 32, jszx.gov.cn) A session named by its number with no term before it, where no verb counts sittings —
    // "关于二次会议提案审查情况的报告", "大会二次会议以来", "在二次会议上": the second session (a term's "十三届二次会议" is read so above)
    // or, for all the words say, sittings counted: either reading holds (was: "Missing number two" for "… During the Second
    // Session"). After a verb, "召开三次会议", they are counted, as before.
    else if (!ordinal && run !== '两' && session.test(after) && sessionNamed.test(text.slice(0, start))) number.also = [{ value, kind: 'ordinal' }];
    if (run === '亿' && text[start + 1] === '元') number.optional = true;
    if (run === '两' && namesItsPair(text.slice(0, start))) number.optional = true;
    if (value <= 3 && sector.test(afterRun)) number.optional = true;
    if (run.length === 1 && villageNamed.test(afterRun)) number.optional = true;
    if (quoteOpen.test(text.slice(0, start)) && quotedAbbreviation.test(afterRun)) number.optional = true;
    // 单位：万元 over a table is its unit, which the English may give as million yuan (its cells then converted): allowed, not required
    if (run === '万' && text[start + 1] === '元' && unitLabel.test(text.slice(0, start))) number.optional = true;
    if (/^[多余]/.test(text.slice(start + run.length))) number.approx = 'more';
    else if (nearly(text, start, start + run.length)) number.approx = 'nearly';
    found.push(number);
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * (New user round 39, hsrdw.gov.cn) A village's, hamlet's or community's name that opens with a numeral — 四棵村 (Sike
 * Village), 三里屯, 八里庄, 五里店村, 二道沟社区 — is a name, below the gazetteer's counties (places.ts): what follows the
 * numeral, one or two Han characters and then 村, 屯, 庄, 社区 or 街道. Allowed in the English, not required (was: "Missing
 * number 四", the import of the translation refused for "Sike Village"). Not after a classifier or a counted thing
 * (三个村, 56个乡镇, 五大社区, 三年村…), not 农村 or 乡村 (四好农村路, the "four good" rural roads, still counts), nor 一村一品.
 */
const villageNamed = /^(?![个家座所名位人项条次起件处类批户支只张台辆头亩万千百亿余多年月日天周岁届期种级大小好])\p{Script=Han}(?:(?![农乡城])\p{Script=Han})?(?:村|屯|庄|社区|街道)/u;

/** 近600万 = nearly 6 million; but 近两年 / 近5年 = the past two / five years (recent, not approximate). */
function nearly(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  if (!/近$/.test(before) || /附近$|最近$|临近$/.test(before)) return false;
  return !/^(?:个)?(?:年|月|天|日|周|届|期)/.test(text.slice(end));
}

function zerosOf(scale: string): number {
  return scale === '万亿' ? 12 : scale === '万' ? 4 : scale === '亿' ? 8 : 3;
}

/** （1）, (1), or a leading 1. / 1、 — outline numbering, not a figure. */
function isOutlineMarker(text: string, start: number, end: number, raw: string): boolean {
  if (!/^\d{1,2}$/.test(raw.trim())) return false;
  if (/[（(]$/.test(text.slice(0, start)) && /^[）)]/.test(text.slice(end))) return true;
  return /^\s*$/.test(text.slice(0, start)) && /^[.．、]/.test(text.slice(end));
}

function isHanOutlineMarker(text: string, start: number, run: string): boolean {
  const end = start + run.length;
  if (/[（(]$/.test(text.slice(0, start)) && /^[）)]/.test(text.slice(end))) return true;
  return /(^|[。；：\s])$/.test(text.slice(0, start)) && text[end] === '、';
}

/** 二十九 → 29, 一百零五 → 105, 两千 → 2000, 五万 → 50000, 二〇二一 → 2021. */
function parseHan(run: string): number | undefined {
  const chars = [...run];
  if (chars.every((c) => c in digit) && chars.length > 1) {
    // Digit by digit (years: 二〇二一); a plain sequence like 三四 is a range, not a number.
    if (!chars.some((c) => c === '〇' || c === '零')) return undefined;
    return Number(chars.map((c) => digit[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let current = 0;
  for (const c of chars) {
    if (c in digit) current = digit[c];
    else if (c in unit) {
      section += (current || 1) * unit[c];
      current = 0;
    } else if (c === '亿') {
      // 亿 scales everything before it: 一万亿 = 10^12, 三亿五千万 = 3.5 × 10^8
      total = (total + section + current || 1) * big[c];
      section = 0;
      current = 0;
    } else if (c in big) {
      total += (section + current || 1) * big[c];
      section = 0;
      current = 0;
    } else return undefined;
  }
  return total + section + current;
}
