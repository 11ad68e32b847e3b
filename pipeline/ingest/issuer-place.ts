/**
 * The place of a bare unit (市, 县, 区 …) read from the report's own words, when the title block and the page do not
 * give it (issuer.ts): the one place of that level the text names unambiguously, with the reason, or the candidates.
 */
import { toSimplified } from '../model/han-forms.ts';
import { mentionsIn, within, type Place } from '../model/places.ts';
import type { PageText } from './issuer.ts';

/** The places of a unit's level: 市 → 大连市, 义乌市, 北京市; 区 → 海淀区 (not 塔城地区, whose government is a 行署); 州 → 延边朝鲜族自治州. */
function ofUnit(place: Place, unit: string): boolean {
  const { name } = place;
  if (unit === '省' || unit === '自治区') return place.level === 'province' && name.endsWith(unit);
  if (unit === '区') return place.level !== 'province' && name.endsWith('区') && !name.endsWith('地区');
  if (unit === '州') return name.endsWith('自治州');
  return /^(?:市|县|旗|盟|自治州|自治县|自治旗)$/u.test(unit) && name.endsWith(unit);
}

/**
 * A clause naming a place in passing, not the report's own: a visit or lessons elsewhere (赴深圳考察, 学习借鉴杭州经验),
 * partners (对口支援新疆, 与广州合作, 友好城市), links to other places (宜春至遂川高速公路, 昌九高铁).
 */
const passing = /考察|学习|借鉴|经验|对口|支援|援建|援助|援疆|援藏|帮扶|协作|结对|友好|姊妹|兄弟|赴|前往|交流|合作|签约|推介|招商|对接|参观|接壤|毗邻|相邻|至|高速|铁路|高铁|航线|城际/u;

/**
 * The place of a bare unit (市, 县, 区 …) that the text names, when it names one unambiguously: the one place of that level
 * named at least twice, or once in a strong position (the title, the occasion, an occasion printed in the text, a sentence
 * about the whole unit: 全市/我市/本市 …; its history, 定西发展历程中; its party committee in the leadership, 在中共海珠区委…领导下;
 * the plan submitted with the report, 连同《包头市…规划纲要》; the General Secretary's words to it, 总书记对广东、深圳…重要讲话; its
 * share in a national cause, 贡献了“北京力量”, 海口担当). Names in passing do not count (`passing`); a short name is no common word (places.ts); a place
 * named under several divisions (鼓楼区) is the one whose city or province the text names; a place whose province or
 * prefecture the text does not name while it names others firmly is not taken. Else `reason` lists the candidates.
 */
export function placeOfText(unit: string, found: PageText): { place?: Place; printed?: string; reason: string } | undefined {
  const mark = unit.slice(-1);
  const whole = new RegExp(`[全我本]${mark}`, 'u');
  const count = new Map<Place, number>();
  const strong = new Set<Place>();
  const where = new Map<Place, string>();
  const shown = new Map<Place, string>();
  const withParent = new Map<Place, string>();
  const named = new Map<Place, number>();
  /** Places named where only the report's own place stands: the title, the occasion, its history, its committee, its plan. */
  const ownPosition = new Set<Place>();
  const read = (printed: string, strongText: boolean) => {
    // (toSimplified keeps every character's place: what is quoted is cut from the text as printed.)
    const text = toSimplified(printed);
    for (const sentence of text.matchAll(/[^。！？；!?\n]+/gu)) {
      // A sentence on the whole unit (全市上下, 我市), or the occasion printed in the text (在湖北省第十一届人民代表大会第一次会议上).
      const own = strongText || whole.test(sentence[0]) || /在\p{Script=Han}{2,20}?第?[一二三四五六七八九十]+[届屆]人民代表大[会會]\p{Script=Han}{0,12}?会议上/u.test(sentence[0]);
      const ofLevel = new Set<string>();
      const seen: Place[] = [];
      for (const clause of sentence[0].matchAll(/[^，,：:]+/gu)) {
        if (passing.test(clause[0])) continue;
        // (stop 61, blind: bqfww.com, a county's proposal report) a list of the unit's towns or villages counted after it, "将九牧、管厝、
        // 忠信、水北街、石陂、永兴6个乡镇的教职工纳入医保": its names are the towns', never the unit's place (永兴 was read as 永兴县 of 郴州市)
        if (/、/u.test(clause[0]) && /[0-9一二三四五六七八九十两]+个(?:乡镇|乡|镇|村|行政村|街道|社区)/u.test(clause[0])) continue;
        const at = sentence.index! + clause.index!;
        const mentions = mentionsIn(clause[0], found.year);
        mentions.forEach((mention, k) => {
          // (A generic name, 城区 or 高县, only right after its parent's: 阳泉市城区.)
          const before = mentions[k - 1]?.end === mention.start ? mentions[k - 1].places : [];
          const places = mention.places.filter((p) => !p.generic || before.some((b) => b === p.parent));
          for (const p of places) named.set(p, (named.get(p) ?? 0) + 1);
          const here = places.filter((p) => ofUnit(p, unit));
          if (here.length === 0) return;
          // (held-out round 48, e.wenmi.ren) A place with its outskirts or a side after it names a neighbour the unit lies by, not
          // the unit: "实现杭州西郊现代化生态市建设" (a city west of 杭州), "成都近郊", "以东" (not 郊区, a district's name).
          if (/^(?:[东西南北]郊|近郊|远郊|周边|以[东西南北])/u.test(clause[0].slice(mention.end))) return;
          ofLevel.add(here[0].name);
          // A place in a position only the report's own place takes: its history (是定西发展历程中很不平凡的一年), its party
          // committee in the leadership it works under (在中共海珠区委的正确领导下), the plan submitted with the report
          // (请连同《包头市国民经济和社会发展第十三个五年规划纲要（草案）》一并审议, 请结合《镶黄旗…》).
          const after = clause[0].slice(mention.end);
          // Also (issuer-places round 2) the General Secretary's words to it (深入贯彻习近平总书记对广东、深圳系列重要讲话…, 对山东、
          // 对青岛工作的重要指示) and its own share in a national cause (贡献了“北京力量”, 扛起了海口担当, 中国式现代化尉犁实践).
          const self =
            /^(?:发展史上|发展进程中|发展历程中)/u.test(after) ||
            /^[”"]?(?:力量|担当|贡献|实践)/u.test(after) ||
            (/总书记对[^，。]{0,12}$/u.test(clause[0].slice(0, mention.start)) && /^[^，。]{0,12}?重要(?:讲话|指示|批示)/u.test(after)) ||
            (/^(?:自治[区州县旗]|[区县市州旗盟])?委(?!员)/u.test(after) && /领导下/u.test(sentence[0])) ||
            /(?:连同|结合)《$/u.test(clause[0].slice(0, mention.start));
          for (const p of here) {
            count.set(p, (count.get(p) ?? 0) + 1);
            if (self || strongText) {
              strong.add(p);
              ownPosition.add(p);
            }
            seen.push(p);
            if (!where.has(p)) where.set(p, printed.slice(at, at + clause[0].length).trim().slice(0, 30));
            // (The name as printed: the full one, or the short one and the rest of the full name, 信陽 → 信陽市.)
            const rest = mention.full ? '' : p.name.slice(mention.text.length);
            if (!shown.has(p)) shown.set(p, `${printed.slice(at + mention.start, at + mention.end)}${rest}`);
            // (Right after its city's full name, 武汉市汉阳区, 天津市宁河区: the page names it so, and so does the issuer.)
            const prev = mentions[k - 1];
            if (!withParent.has(p) && prev?.end === mention.start && prev.full && prev.places.includes(p.parent!)) {
              withParent.set(p, `${printed.slice(at + prev.start, at + mention.end)}${rest}`);
            }
          }
        });
      }
      // (A strong sentence naming two places of the level is strong for neither.)
      if (own && ofLevel.size === 1) for (const p of seen) strong.add(p);
    }
  };
  // (The page's head lines count as text, not as the title: a compilation's list of reports, a site's name.)
  // (held-out round 48: and the title's whole printed line, a motto before the name — "…为加快建设城乡统筹新海东而努力奋斗——政府
  // 工作报告摘登" — the report's own words where its title stands.)
  for (const text of [found.title, found.occasion, ...(found.titleLines ?? [])]) if (text) read(text, true);
  // (The text's opening: the first 40 lines, and of a page flattened onto one line its first 5,000 characters.)
  for (const text of [...(found.headings ?? found.head ?? []), found.body?.slice(0, 5000)]) if (text) read(text, false);
  if (count.size === 0) return undefined;
  const firm = (p: Place) => (named.get(p) ?? 0) >= 2 || strong.has(p);
  let candidates = [...count.keys()].filter((p) => count.get(p)! >= 2 || strong.has(p));
  // Homonyms (鼓楼区 of 南京, 徐州, 福州, 开封): the one under a city or province the text names.
  if (candidates.length > 1 && candidates.every((p) => p.name === candidates[0].name)) {
    const placed = candidates.filter((p) => [...named.keys()].some((n) => n !== p && within(p, n)));
    if (placed.length === 1) candidates = placed;
  }
  // A city and a city within it both firm (苏州 and 昆山): the one of the level the report's leadership phrase gives (在省委、
  // 省政府和市委…领导下: a city under the province, a prefecture; 在嘉兴市委…和市委…领导下: a city under a city).
  const level = cityLevel(found, unit);
  if (candidates.length === 2 && (within(candidates[0], candidates[1]) || within(candidates[1], candidates[0])) && level) {
    const fits = candidates.filter((p) => p.level === level);
    if (fits.length === 1) candidates = fits;
  }
  // (The place, then where it lies: "大连市 of 辽宁省", not "辽宁省大连市", a name the text may never print.)
  const list = [...count.keys()].map((p) => `${p.name}${p.parent ? ` of ${p.parent.name}` : ''} (${count.get(p)}×${strong.has(p) ? ', in a sentence on the whole ' + mark : ''}: “${where.get(p)}”)`).join('; ');
  if (candidates.length !== 1) {
    return { reason: `the text names ${candidates.length > 1 ? 'several places' : 'no place firmly (twice, or once in the title or a sentence on the whole ' + mark + ')'} of the unit's level: ${list}` };
  }
  const [place] = candidates;
  // (A city of the other level than the leadership phrase gives: 嘉兴 in 在嘉兴市委、市政府和市委的坚强领导下，全市… is the
  // superior of the report's county-level city, not its own.)
  if (level && place.level !== level && place.level !== 'province') {
    return { reason: `the text names ${place.name}, a ${place.level}-level city, but its leadership phrase a ${level}-level one's report: ${list}` };
  }
  // A city and a city within it (嘉兴市 and 平湖市, a county-level city; 金华 and 义乌): both are 市, and an excerpt may name
  // either one's own place less than the other's, so a text naming both gives neither — unless the report's leadership phrase
  // gives its level (cityLevel) and the place is of it, or the place stands where only the report's own does (在中共苏州市委
  // 的正确领导下) and the other is named once, in passing (昆山连续17年位居全国百强县第一).
  const nested = [...count.keys()].filter((p) => p !== place && (within(p, place) || within(place, p)));
  const settled = level === place.level || (ownPosition.has(place) && nested.every((p) => count.get(p) === 1 && !strong.has(p)));
  if (nested.length > 0 && !settled) return { reason: `the text names ${place.name} and ${nested.map((p) => p.name).join(', ')}, one within the other: ${list}` };
  // Its prefecture and province, when the text firmly names others of their level (a county of another city is no own county).
  for (let up = place.parent; up; up = up.parent) {
    const level = up.level;
    const firmly = [...named.keys()].filter((p) => p.level === level && firm(p));
    const others = firmly.filter((p) => !within(place, p));
    if (others.length > 0 && others.length === firmly.length) {
      return { reason: `the text names ${place.name} (in ${up.name}) but not its ${level}, and ${others.map((p) => p.name).join(', ')} firmly: ${list}` };
    }
  }
  return { place, printed: withParent.get(place) ?? (place.shared || place.generic ? undefined : shown.get(place)), reason: list };
}

/**
 * The level of a 市 the report's leadership phrase gives: the committee named before its own (在省委、省政府和市委的坚强领导下:
 * a city under the province, a prefecture-level city; 在嘉兴市委、市政府和市委的正确领导下: a city under a city, county-level).
 */
function cityLevel(found: PageText, unit: string): Place['level'] | undefined {
  if (unit !== '市' || !found.body) return undefined;
  const levels = new Set<Place['level']>();
  for (const phrase of toSimplified(found.body.slice(0, 5000)).matchAll(/在([^。；]{0,60}?)的?(?:坚强|正确|有力)?领导下/gu)) {
    const committees = [...phrase[1].matchAll(/(自治区|省|市|州|县|区|旗|盟)(?:党委|委)(?![员会])/gu)].map((m) => m[1]);
    if (committees.length < 2 || committees.at(-1) !== '市') continue;
    const above = committees.at(-2)!;
    if (above === '省' || above === '自治区') levels.add('prefecture');
    else if (above === '市') levels.add('county');
  }
  return levels.size === 1 ? [...levels][0] : undefined;
}
