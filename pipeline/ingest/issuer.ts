/**
 * The issuer (the government the report speaks for) when the title does not
 * name it: from the speaker's role (北京市市长 → 北京市人民政府, 国务院总理 →
 * 国务院, 县人民政府县长 …), else from the body's 我代表…人民政府; a bare
 * unit (市/县/区/自治区人民政府) is completed with the place of the occasion
 * (在广州市第十五届… → 广州市), of the title or a page heading, else with the
 * one place of its level the text names unambiguously (places.ts; placeOfText).
 */
import { committeeName, committeeTerm, headlineVerb } from './document-title.ts';
import { toSimplified } from '../model/han-forms.ts';
import { distinctName } from '../model/places.ts';
import { occasionPlace } from './occasion.ts';
import { partyCommitteeOf } from './party-congress.ts';
import { placeOfText } from './issuer-place.ts';
import { publisherStamp } from './stamp-row.ts';

/** (A deputy who gives the report speaks for the government too: "静宁县常务副县长" → 静宁县人民政府.) */
const offices = /(?:常务副|副|代理|代)?(?:区长|市长|省长|县长|州长|旗长|镇长|乡长|盟长|主席|总理)$/;
/** The head of an institution that reports in its own name: 最高人民检察院检察长, 珠海市审计局局长 → the institution. */
/** (A party post may come first: 县财政局党组书记、局长.) */
/** (A deputy speaks for the institution too: 省人民代表大会常务委员会副主任.) */
const institution = /^(.+?(?:检察院|法院|审计局|局|厅|署|委员会|行署|公署))(?:\p{Script=Han}{2,6}、)?(?:代理|代|副)?(?:检察长|院长|局长|厅长|署长|主任|专员)$/u;
/** (A forestry district is a unit too: "林区人民政府区长" under "2012年神农架林区政府工作报告" — held-out round 32.) */
// (A template's "我代表省市政府", "市县政府": two levels' words together name no place either — stop 37, a writing site's
// generic "2024省市级工作报告".)
const bareUnit = /^(省|市|县|区|州|旗|盟|镇|乡|自治区|自治州|自治县|自治旗|林区|[省市县区乡镇]{2})?$/;

/**
 * `head`: the page's head removed above the report; `headings`: every line of the head moved or removed (the title's
 * line as printed among them), read only for the place a heading naming the report gives.
 */
export function issuerOf(found: PageText, notes?: IssuerNote[]): string | undefined {
  // The place: from the occasion, else from a title such as "2023年西安市政府工作报告", else from the
  // congress a printed cover (or the title) names ("武汉市硚口区第十四届人民代表大会"), else from a page heading above the
  // title that names the report ("2018年新巴尔虎左旗人民政府工作报告(全文)", "(河北省)2023年政府工作报告").
  // ("在区第十四届…" names no place: "区" is no more than the unit.)
  const places = [
    found.occasion ? occasionPlace(found.occasion) : undefined,
    placeInTitle(found.title),
    placeOfCongress([...(found.head ?? []), ...(found.title ? [found.title] : [])]),
    ...(found.headings ?? found.head ?? []).flatMap(placesInHeading),
  ].filter((p): p is string => p !== undefined && !bareUnit.test(toSimplified(p)));
  const place = places[0];
  const scanned = new Map<string, ReturnType<typeof placeOfText>>();
  const said = new Set<string>();
  const complete = (name: string, unit: string): string => {
    const simple = toSimplified(unit);
    if (!bareUnit.test(simple)) return name;
    if (place === '全国') return '国务院';
    // The first place of the unit's level: "我代表省人民政府" under "(湖南省)2016年桂阳县…" is 湖南省's, not 桂阳县's.
    const own = simple === '' ? place : places.find((p) => toSimplified(p).endsWith(simple));
    if (own) return `${own}${name.slice(unit.length)}`;
    // The place only the text's words give ("我代表市政府" over "…殷切嘱托大连要勇当…，激发了全市上下…"): the one place of
    // the unit's level the text names (places.ts), else the unit stays bare and the candidates are said.
    // (Once a page for each unit, however many ways reach it: the text is scanned once, and said once.)
    if (simple !== '' && !scanned.has(simple)) scanned.set(simple, placeOfText(simple, found) ?? townOfText(simple, found.body));
    const told = said.has(simple);
    said.add(simple);
    const named = scanned.get(simple);
    if (named?.place || named?.printed) {
      // (As the page prints it: 信陽市 on a page in traditional characters, its unit 縣 or 區 as the page writes the unit;
      // 武汉市汉阳区 where the text names it after its city, else 汉阳区 — a homonym or a generic name always so: 福州市鼓楼区.)
      const distinct = named.printed ? `${named.printed.slice(0, -1)}${toSimplified(unit.slice(-1)) === named.printed.slice(-1) ? unit.slice(-1) : named.printed.slice(-1)}` : distinctName(named.place!);
      if (!told) notes?.push({ taken: distinct, reason: named.reason });
      return `${distinct}${name.slice(unit.length)}`;
    }
    if (named && !told) notes?.push({ reason: named.reason });
    return name;
  };
  // A standing committee (人大常委会, 政协常委会) reports in its own name: "我受xx区第二届人民代表大会常务委员会委托".
  const committee = standingCommittee(found.body, complete);
  if (committee) return committee;
  // (A role a site masked, "****审计局局长 熊武": its place and body are gone, so it names no issuer — held-out round 30.)
  if (found.speaker && !/[*＊]/.test(found.speaker.split(' ')[0])) {
    const role = found.speaker.split(' ')[0];
    const simple = toSimplified(role);
    if (simple.startsWith('国务院')) return role.slice(0, 3);
    // A special administrative region's Chief Executive ("行政長官 林鄭月娥"): the region's government, as the text names the
    // region ("本屆香港特別行政區(特區)政府…"); the one region named, else none.
    if (simple.endsWith('行政长官') && found.body) {
      const regions = new Set([...found.body.matchAll(/(香港|澳[门門])特[别別]行政[区區]/gu)].map((m) => m[0]));
      const simplified = new Set([...regions].map((r) => toSimplified(r)));
      if (simplified.size === 1) return `${[...regions][0]}政府`;
      if (simplified.size > 1) return undefined;
    }
    const head = institution.exec(simple);
    if (head) {
      const name = role.slice(0, head[1].length);
      // "市中级人民法院院长": the city's court, completed with the place of the occasion when there is one.
      const unit = /^(?:自治区|自治州|自治县|[省市县区州旗盟镇乡])(?=中级|高级|人民|审计|财政)/u.exec(simple)?.[0];
      if (!unit) return name;
      const completed = complete(name, unit);
      if (completed !== name) return completed;
    }
    // A party post before the government office ("县委副书记、县长", "市委副书记、代市长"): the office after the last 、.
    const post = role.lastIndexOf('、') + 1;
    const office = role.slice(post);
    const officeSimple = simple.slice(post);
    const government = /^(.*?)人民政府/.exec(officeSimple);
    if (government) return complete(office.slice(0, government[0].length), office.slice(0, government[1].length));
    const held = offices.exec(officeSimple);
    // (A 主席 of a political consultative conference or a congress, "全國政協主席", "县人大常委会主任", heads no government.)
    if (held && !/政协|人大|委员会|常委会/u.test(officeSimple.slice(0, held.index))) {
      const unit = office.slice(0, held.index);
      // A bare role ("区长") and a government the report names itself ("我代表海珠区人民政府"): its own name.
      const own = bareUnit.test(toSimplified(unit)) && found.body ? namedInBody(found.body) : undefined;
      if (own) return own;
      // 北京市市长 → 北京市; 市长 → the place of the occasion
      const name = `${unit}人民政府`;
      const completed = complete(name, unit);
      if (completed !== name || !bareUnit.test(toSimplified(unit))) return completed;
    }
  }
  if (found.body) {
    // ("我谨代表澳门特别行政区政府": a special administrative region's government, named whole.)
    // ("我代表xx镇人民政府": an anonymised place is a place.)
    // (held-out round 47, taowenge.com) and a blank a document site left for it, "我代表_镇第六届人民政府", as occasion.ts reads a
    // blank day ("2021年_月_日"): the blank as printed — a blank with no unit after it, "我代表_人民政府", names none
    // ("我代表省政府", "我代表市政府": the government by its short name, 人民政府 in full.)
    const match = /我谨?代表\s*((?:[Xx×＊*]{2,4}|[_＿]{1,4}(?!人民政府|政府))?[\p{Script=Han}]{0,15}?)(人民政府|國務院|国务院|行署|行政公署|特别行政区政府|特別行政區政府|政府(?![办辦部机機工]))/u.exec(found.body.slice(0, 2000)) ??
      // ("我受市人民政府的委托，向大会作政府工作报告": the government by its unit alone, its place from the page or the text;
      // "我受径山镇人民政府委托向大会作…的报告": by its name, a town's too.)
      /我受\s*((?:\p{Script=Han}{1,12}?)?(?:自治区|自治州|自治县|[省市县縣区區州旗盟镇鎮乡鄉]))(人民政府|政府)的?委[托託]/u.exec(found.body.slice(0, 2000)) ??
      // (held-out round 44) "受区人民政府委托，现将…的报告提请大会审查", a paragraph opening so with no 我, read only when
      // nothing names a reporter (`behalf`: no speaker, no bureau of the disclosure fields — they report "受…委托" themselves),
      // and the sentence names none either ("受区人民政府委托,区审计局局长于慧敏向…会议作《…》": the bureau reports).
      (found.behalf ? /(?:^|\n)[ \t\u3000]*(?:现在[，,]\s*)?受\s*((?:\p{Script=Han}{1,12}?)?(?:自治区|自治州|自治县|[省市县縣区區州旗盟镇鎮乡鄉]))(人民政府|政府)的?委[托託][，,]?\s*(?=现|向|我|特|将|就)/u.exec(found.body.slice(0, 2000)) : null);
    // (Only a place's government by its short name: "我謹代表特區政府" is no 特區人民政府.)
    const short = match?.[2] === '政府' ? match[1].replace(/^本[届屆]?/u, '') : '';
    if (match && !(match[2] === '政府' && (!/(?:^|[省市县縣区區州旗盟镇鎮乡鄉])$/u.test(short) || /特[区區]$/u.test(short)))) {
      if (match[2] === '国务院' || match[2] === '國務院') return match[2];
      if (match[2] === '政府') match[2] = '人民政府';
      // ("我代表本届省政府": this term's government; "本镇政府" names no place.)
      // ("我代表旗十四届人民政府": the unit and its term; the term is no part of the name.)
      // (stop 49, blind: zgqingyang.gov.cn) "我谨代表新当选的市政府领导班子": a clause describing the government ends on 的 — no
      // government's name holds 的, the name is what follows it (was: issuer "新当选的市人民政府").
      match[1] = match[1].replace(/^\p{Script=Han}*的/u, '').replace(/^(?:本[届屆]|本)/u, '').replace(/第?[一二三四五六七八九十百零〇0-9]+[届屆]$/u, '');
      const name = complete(`${match[1]}${match[2]}`, match[1]);
      // "我代表区人民政府" with no place anywhere on the page: no name to give (ingest warns instead).
      return bareUnit.test(toSimplified(name.slice(0, -match[2].length))) ? undefined : name;
    }
    // (stop 43) A Party congress's report, "我代表中共天津市滨海新区第三届委员会向大会作报告": the committee, without its term.
    const party = partyCommitteeOf(found.body);
    if (party) return party;
    const area = managementCommittee(found.body, found.title);
    if (area) return area;
    // (stop 55, blind: xxgk.guangshan.gov.cn, ahhyzk.com — disclosure annual reports of 光山县 and 伊宁县, their titles lost) the
    // format's opening naming who compiled the report, "本报告是根据《…条例》要求,由光山县人民政府办公室编制", "根据《…条例》…要求,
    // 由伊宁县人民政府办公室编制": that body issues it (was: no issuer). A body the text names by its unit alone ("由县政府办公室编制")
    // is no name to give.
    const compiled = compilerOf(found.body);
    if (compiled) return compiled;
    // (held-out round 32) No 我代表: the government the review names as the one at work, a clause opening with it ("面對疫情…
    // 任務,縣政府緊緊圍繞黨中央…,團結和帶領全縣…"): its unit, placed only by the text's own words (placeOfText: a place of
    // that level named twice, or once where only the report's own place stands — "是柳林發展史上極不平凡…的一年").
    const subject = /(?:^|[，,。；;\n])\s*(自治区|自治州|自治县|[省市县縣区區州旗盟])(?:人民)?政府(?=紧紧|緊緊|坚持|堅持|团结|團結|始终|始終|认真|認真|全面|深入|积极|積極)/u.exec(found.body.slice(0, 600));
    if (subject) {
      const name = complete(`${subject[1]}人民政府`, subject[1]);
      if (!bareUnit.test(toSimplified(name.slice(0, -4)))) return name;
    }
    // "过去的一年，街道办事处在…": a subdistrict's office without its name, the subdistrict named by the title ("甘泉路街道2016年工作总结").
    const subdistrict = /^(?:[0-9]{4}年度?)?([\p{Script=Han}]{2,10}?街道)(?:办事处)?[0-9]{4}年/u.exec(toSimplified(found.title ?? ''));
    if (subdistrict && /(?:^|[，,。；\s])街道办事处/u.test(found.body.slice(0, 2000))) {
      const start = subdistrict[0].indexOf(subdistrict[1]);
      return `${found.title!.slice(start, start + subdistrict[1].length)}办事处`;
    }
    // (held-out round 32) "长桥街道人大工委2023阶段性工作报告" over "今年以来,长桥街道人大工委在区人大常委会的…下": the district
    // congress's working committee in a sub-district, named by the title before its year and by the text as the one reporting.
    const committeeTitle = /^(?:[0-9]{4}年度?)?([\p{Script=Han}]{2,10}?街道人大(?:工委|工作委员会))(?=[0-9]{4}|\p{Script=Han}{0,6}?工作报告)/u.exec(toSimplified(found.title ?? ''));
    if (committeeTitle && toSimplified(found.body.slice(0, 600)).includes(`${committeeTitle[1]}在`)) {
      const start = committeeTitle[0].indexOf(committeeTitle[1]);
      return found.title!.slice(start, start + committeeTitle[1].length);
    }
    // "2008年街道办工作总结" over "一年来,振兴街道办事处在区党工委…的正确领导下": the office the title leaves unnamed, named by the text's opening.
    if (/^(?:[0-9]{4}年度?)?街道办(?:事处)?\p{Script=Han}{0,6}?(?:工作总结|工作报告)/u.test(toSimplified(found.title ?? ''))) {
      const office = /(?:^|[，,。；\s])(\p{Script=Han}{2,6}?街道办事处)在/u.exec(found.body.slice(0, 300));
      if (office && !/^(?:本|我|全|该)/u.test(office[1])) return office[1];
    }
    // "我代表最高人民法院向大会报告工作", "我代表市人民检察院": a court or procuratorate (a bare unit completed with the place).
    // ("我代表xx市中级人民法院": an anonymised place is a place, as for a government.)
    // (held-out round 40) Or the report named as the speaker presents it, with no 代表: "我向大会作武汉市中级人民法院工作报告".
    const court =
      /我代表\s*((?:[Xx×＊*]{2,4})?\p{Script=Han}{0,20}?(?:人民法院|人民检察院|人民檢察院))/u.exec(found.body.slice(0, 2000)) ??
      /我向(?:大会|大會|会议|會議)[作做]\s*((?:[Xx×＊*]{2,4})?\p{Script=Han}{0,20}?(?:人民法院|人民检察院|人民檢察院))工作(?:报告|報告)/u.exec(found.body.slice(0, 2000));
    if (court) {
      const unit = /^(?:自治区|自治州|自治县|[省市县縣区區州旗盟])(?=中级|中級|高级|高級|人民)/u.exec(court[1])?.[0];
      const name = unit ? complete(court[1], unit) : court[1];
      if (!unit || name !== court[1]) return name;
    }
    // (held-out round 36) An audit report in the 审计法's words: "…的规定,浮梁县审计局派出审计组,自…对…进行了审计" — the audit
    // office that sent the team, the subject of its clause (not "县财政局配合市审计局派出审计组": another office's clause).
    const auditor = /(?:^|[，,。；;：:\s])((?:(?![局厅署])\p{Script=Han}){1,14}?(?:审计局|审计厅|审计署))派出审计组/u.exec(toSimplified(found.body.slice(0, 1000)));
    if (auditor) {
      const start = auditor.index + auditor[0].indexOf(auditor[1]);
      const printed = found.body.slice(start, start + auditor[1].length);
      const unit = /^(?:自治区|自治州|自治县|[省市县区州旗盟])(?=审计)/u.exec(auditor[1])?.[0];
      const name = unit ? complete(printed, printed.slice(0, unit.length)) : printed;
      if (!bareUnit.test(toSimplified(name.slice(0, -3)))) return name;
    }
    const own = subjectUnit(found.body, found.title);
    if (own) return own;
    // (held-out round 42) A bureau the opening sentence names as its subject ("今年以来,市人社局坚决贯彻市委、市政府决策部署,…
    // 为中山现代化建设贡献了人社力量"): the bureau as the page writes it, a bare unit placed by the page or the text (none, no issuer).
    const bureau = new RegExp(`^${OPENING}((?:自治区|自治州|自治县|[省市县区州旗盟])(?:(?![局，,。、])\\p{Script=Han}){1,10}局)(?=坚决|坚定|深入|全面|认真|始终|坚持|紧紧|积极|紧扣|聚焦)`, 'u').exec(toSimplified(found.body.trimStart().slice(0, 300)));
    if (bureau) {
      const start = bureau[0].length - bureau[1].length;
      const printed = found.body.trimStart().slice(start, start + bureau[1].length);
      const unit = /^(?:自治区|自治州|自治县|[省市县区州旗盟])/u.exec(bureau[1])![0];
      const name = complete(printed, printed.slice(0, unit.length));
      if (name !== printed) return name;
    }
  }
  // A news lede above the text or among its opening paragraphs ("國務院總理李強代表國務院，向十四屆全國人大四次會議作政府工作報告",
  // "區長連天浪代表章貢區人民政府向大會報告工作"), or a source note ("(摘自…楊維俊同志代表市人民政府在天水市七屆人大一次會議上向大會作的工作報告。)":
  // a bare unit completed with the place of the congress it names, else with the page's).
  for (const line of [...(found.head ?? []), found.body?.slice(0, 2000) ?? '']) {
    const lede = /代表\s*([\p{Script=Han}]{0,15}?)(人民政府|國務院|国务院)\s*[，,]?\s*(在[^。；]{0,40}?上)?\s*向[^。；]{0,40}?(?:[作做][^。；]{0,6}?工作(?:报告|報告)|(?:报告|報告)工作)/u.exec(line);
    if (!lede) continue;
    if (lede[2] !== '人民政府') return lede[2];
    // (held-out round 36) Or the congress the lede names opening ("1月27日上午,山東省第十四屆人民代表大會第四次會議…開幕。周乃翔代表
    // 省人民政府向大會作…"): a place of the unit's level.
    const there = bareUnit.test(toSimplified(lede[1])) ? (lede[3] ? occasionPlace(lede[3]) : congressNamed(line, lede[1])) : undefined;
    const name = there && !bareUnit.test(toSimplified(there)) ? `${there}${lede[2]}` : complete(`${lede[1]}${lede[2]}`, lede[1]);
    return bareUnit.test(toSimplified(name.slice(0, -lede[2].length))) ? undefined : name;
  }
  // A government work report that names no unit at all (an abridged or continued copy: "政府工作报告(摘登)"): its level is
  // the last party committee it works under ("在省委、省政府和市委的坚强领导下" → 市), its place the text's (湖州 …), taken only
  // when the text names one ("过去的2022年…也是湖州发展进程中…", "系统谋划推进“六个新湖州”建设").
  // (Not "…和镇党委的领导下", "…和开发区党工委…": a township's or an area's; "党中央…领导下": the State Council's.)
  // (round 29) Or a headline above the text names it for a government's report ("儋州政府工作报告2022主要工作任务", no title).
  if (found.body && [found.title ?? '', ...(found.title ? [] : (found.head ?? []))].some((t) => /政府工作(?:报告|報告)/u.test(t))) {
    const opening = toSimplified(found.body.slice(0, 5000));
    // (A page in traditional characters: toSimplified converts some of them only — "堅強領导".)
    const under = /在([^。；]{0,40}?)的?(?:[坚堅][强強]|正[确確]|有力)?[领領][导導]下/u.exec(opening);
    // (No leadership phrase in the excerpt, a continued copy's page: the one unit its 全… words speak of — "完成全州风能规划
    // 编制" → 州 — when they speak of one only; "全县…居全市第一" names two, and no level.)
    // (Not 全市场, 全区域: words, no unit.)
    const whole = new Set([...opening.matchAll(/全(省|市|县|区|州|旗|盟)(?![场域])/gu)].map((m) => m[1]));
    const last = under
      ? [...under[1].matchAll(/(省|市|县|区|州|旗|盟|镇|乡|街道|党工|开发区|新区|园区)(?:党工委|党委|委)(?![员会])/gu)].at(-1)?.[1]
      : whole.size === 1
        ? [...whole][0]
        : undefined;
    if (last && /^[省市县区州旗盟]$/u.test(last)) {
      const before = notes?.length ?? 0;
      const name = complete(`${last}人民政府`, last);
      if (name !== `${last}人民政府`) {
        for (const note of notes?.slice(before) ?? []) note.reason = `its level from ${under ? `“在${under[1]}…领导下”` : `“全${last}”`}, ${note.reason}`;
        return name;
      }
      // (Only a place the text names: a level alone is no issuer, and no unit the page printed to warn about.)
      notes?.splice(before);
    }
  }
  // (stop 42, blind: sjzzhfy.hebeicourt.gov.cn, "赞皇县人民法院2023年度工作报告" over a lede, "…院长张大为向赞皇县第十七届人民代表大会
  // 第五次会议报告法院工作") A court's or procuratorate's report titled by its whole name, with a place: that court.
  const courtTitle = /^(?:[0-9]{4}年度?)?((?:\p{Script=Han}{1,16}?(?:省|市|县|区|州|旗|盟|自治区|自治州|自治县))(?:中级|高级)?(?:人民法院|人民检察院|人民檢察院))(?:[0-9]{4}年度?)?(?:\p{Script=Han}{0,6}?)工作(?:报告|報告)$/u.exec(found.title ?? '');
  // (stop 47, blind: www.zyswzfw.gov.cn) — not a headline's clause before it: "张掖市五届人大三次会议决定批准市人民检察院工作报告" named
  // "张掖市五届人大三次会议决定批准市人民检察院" (a place's name holds no session, no act)
  if (courtTitle && !/会议|[届次]|决定|批准|审议|通过|表决|听取/u.test(courtTitle[1])) return courtTitle[1];
  // (stop 61, blind: big5.taiwan.cn, zhonghuashu.com) A national institution's report titled by its name, which needs no place:
  // "最高人民檢察院工作報告（摘要）", "国务院关于今年以来预算执行情况的报告" (delivered by a minister 受国务院委托) — that institution
  // (was: no issuer, "…人民检察院" and "…人民政府" asked for)
  const national = /^(最高人民法院|最高人民检察院|最高人民檢察院|国务院|國務院)(?:工作(?:报告|報告)|关于|關於|关於)/u.exec(found.title ?? '');
  if (national) return national[1];
  return undefined;
}

/**
 * (Ingest gaps, stop 24) A name before 镇 or 乡 that is a word, not a town's name: a clause's words before the unit (是全镇,
 * 我们赴梅山镇, 推进乡镇 — a function word, 全/我/本/各 …, or the other unit inside), or a kind of town (小城镇, 特色小镇, 重点镇,
 * 中心镇, 建制镇, 示范镇, 名镇 …).
 */
const notTownName = /[全我本各该該是在和与與对對为為把从從向到赴的了等乡鄉镇鎮县縣市区區村]|(?:小城|^城|集|重点|重點|中心|示范|示範|建制|特色小?|美丽|美麗|文明|卫生|衛生|生态|生態|旅游|旅遊|名|强|強|古|商贸|商貿|边境|邊境)$/u;

/**
 * (Ingest gaps, stop 24) The place of a bare 镇 or 乡 (places.ts knows divisions down to the county): the one town of that
 * unit the text names at the start of a clause, as its subject ("…的五年,寺家莊鎮正沿著科學發展的大道闊步前進" → 寺家莊): two to
 * four Han characters from the clause's start to the unit, the clause going on after it (not a slogan that is the whole
 * clause: "…紧扣中心,实干兴乡,以…"); none when it names two or more, or none.
 */
function townOfText(unit: string, body: string | undefined): ReturnType<typeof placeOfText> {
  if ((unit !== '镇' && unit !== '乡') || !body) return undefined;
  const mark = unit === '镇' ? '[镇鎮]' : '[乡鄉]';
  // (stop 48, mends48; held-out round 49's "提升镇区档次") not the unit's character opening a word of its own — 镇区 (a town's
  // built-up area), 镇域, 镇村, 镇级, 镇容, 镇街; 乡村, 乡镇, 乡土, 乡亲, 乡情, 乡愁, 乡贤 — where the words before it are a verb's
  // ("提升镇区档次", "推进乡村振兴"), no town's name
  const compound = unit === '镇' ? '[区區域村级級容街貌]' : '[村镇鎮土亲親情愁贤賢]';
  const names = new Map<string, string>();
  for (const m of body.slice(0, 5000).matchAll(new RegExp(`(?:^|[，,。；;：:！？!?\\n])\\s*(\\p{Script=Han}{2,4})(${mark})(?=\\p{Script=Han})(?!${compound})`, 'gu'))) {
    if (notTownName.test(m[1])) continue;
    names.set(toSimplified(m[1]), `${m[1]}${m[2]}`);
  }
  if (names.size !== 1) return names.size > 1 ? { reason: `the text names several towns at the start of a clause: ${[...names.values()].join(', ')}` } : undefined;
  const [printed] = names.values();
  return { printed, reason: `the one town the text names at the start of a clause: “${printed}”` };
}

/**
 * The period a work report's opening sentence starts with, before its subject: "2022年,", "2022年度,", and (held-out round 42)
 * "今年以来,", "一年来,", "2025年上半年,", maybe with the leadership it worked under ("今年以来,在县委、县政府的坚强领导下,中都街道…").
 * (new user round 30, xuwen.gov.cn) And "2023年以来," — the year's own "since": "2023年以来,下洋镇坚持以…为指导,…现将下洋镇人民政府
 * 2023年法治政府建设工作汇报如下" (was: no issuer, and a warning asking for one).
 */
const OPENING = String.raw`(?:(?:[0-9]{4}年(?:度|上半年|以来|以來)?|今年以来|今年以來|一年来|一年來|上半年)[，,]\s*)(?:在[^，,。；]{2,40}?(?:领导|領導|指导|指導)下[，,]\s*)?`;

/**
 * (Ingest gaps, stop 24) A text opening with its year and a named sub-district, town or township as its first sentence's subject
 * ("2022年,東曉街道堅持以…為指導,…現將全年工作情況總結匯報如下:") speaks for it: the sub-district's office (街道办事处, 辦事處 on a
 * page in traditional characters), the town's or township's government. Not its party committee, congress or another body
 * named after it (东晓街道党工委, …镇人大); a county's report names no town first.
 */
function subjectUnit(body: string, title?: string): string | undefined {
  // (new user round 30, xuwen.gov.cn) The text's first line as the page sets it — after a blank line, indented ("  2023年以来,下洋镇…"):
  // its opening all the same (was: read only when the body's first character opened the sentence).
  const opening = new RegExp(`^${OPENING}(\\p{Script=Han}{2,6}?)(街道|镇|鎮|乡|鄉)(?![党黨人纪紀政办辦的和与與、，,])(?=\\p{Script=Han})`, 'u').exec(body.trimStart().slice(0, 200));
  if (!opening || notTownName.test(opening[1])) return undefined;
  // (A title naming another body of the place reports for it: "白杨街道党工委2022年工作总结" over "今年以来,白杨街道在…" — the
  // Party's committee, no office; held-out round 27's guard.)
  if (title && new RegExp(`${toSimplified(opening[1])}${toSimplified(opening[2])}(?:党工委|党委|人大|纪工委|政协)`, 'u').test(toSimplified(title))) return undefined;
  const traditional = body.slice(0, 300) !== toSimplified(body.slice(0, 300));
  if (opening[2] === '街道') return `${opening[1]}街道${traditional ? '辦事處' : '办事处'}`;
  return `${opening[1]}${opening[2]}人民政府`;
}

/** What issuerOf reads: the title block's fields, the page's head lines and the text's opening. */
export interface PageText {
  speaker?: string;
  occasion?: string;
  title?: string;
  /** (held-out round 48) The title's whole printed line(s) when they hold more than the title (a motto before it). */
  titleLines?: readonly string[];
  body?: string;
  head?: readonly string[];
  headings?: readonly string[];
  /** The report's year (its date's): places are named as they were then (开县 until 2016, 襄樊 until 2010). */
  year?: number;
  /**
   * (held-out round 44) Nothing names who reports (no speaker, no issuer, no office of the disclosure fields): a paragraph
   * opening "受区人民政府委托，现将…" without 我 names the government the report is made for.
   */
  behalf?: boolean;
}

/** Why the issuer's place was taken from the text (`taken`), or why it was not (the candidates), for the ingest report. */
export interface IssuerNote {
  taken?: string;
  reason: string;
}

/** The standing committee a report speaks for ("我代表…常务委员会", "我受…常务委员会委托"), without its term (第二届). */
function standingCommittee(body: string | undefined, complete: (name: string, unit: string) => string): string | undefined {
  // (Not "我代表市人民政府向市人民代表大会常务委员会报告": a government reporting TO a standing committee.)
  // ("受省人大常委会委托，我向大会报告工作": the committee by its short name, the sentence without 我.)
  // ("我受××县××乡镇第十五届人民代表大会主席团的委托": a township congress's presidium reports in its own name too.)
  const match = /(?:我(?:代表|受)|(?:^|[，,。；\s])受)\s*((?:(?![，,。；：:\s向]).){1,40}?(?:常务委员会|常務委員會|人大常委会|人大常委會|人民代表大会主席团|人民代表大會主席團))/u.exec(body?.slice(0, 2000) ?? '');
  if (!match) return undefined;
  // ("政协岳阳市第九届委员会常务委员会": the committee's name with 政协 written out, as its title prints it.)
  // ("我受区x届人大常委会的委托": a template's masked term, x届, is a term too.)
  const name = committeeName(match[1].replace(committeeTerm, ''));
  const unit = /^(?:自治区|自治州|自治县|[省市县縣区區州旗盟镇鎮乡鄉])(?=人民代表|人大|政协|政協)/u.exec(name)?.[0];
  // (stop 44) A CPPCC committee by its unit alone, the unit after 政协 ("我代表政协县委员会常务委员会" → "中国人民政治协商会议县委员会…"):
  // placed as a congress's committee is, else no issuer — the missing issuer says which body (issuer-kind.ts).
  const cppcc = unit ? undefined : /^(中国人民政治协商会议|中國人民政治協商會議)(自治区|自治州|自治县|[省市县縣区區州旗盟镇鎮乡鄉])(?=委员会|委員會)/u.exec(name);
  if (cppcc) {
    const rest = name.slice(cppcc[1].length);
    const completed = complete(rest, cppcc[2]);
    // (the occasion's place may carry the conference's short name: "在政协武隆县第十五届委员会…" → 政协武隆县)
    return completed !== rest ? `${cppcc[1]}${completed.replace(/^(?:政协|政協|中国人民政治协商会议|中國人民政治協商會議)/u, '')}` : undefined;
  }
  if (!unit) return name;
  const completed = complete(name, unit);
  return completed !== name ? completed : undefined;
}

/** "我代表海珠区人民政府": a government named with its place in the report's own words. */
function namedInBody(body: string): string | undefined {
  const match = /我代表\s*((?:[\p{Script=Han}]{1,10}?)(?:自治区|自治州|自治县|[省市县縣区區州旗盟镇鎮乡鄉]))(人民政府)/u.exec(body.slice(0, 2000));
  return match && !/[届屆]/.test(match[1]) && !bareUnit.test(toSimplified(match[1])) ? match[1] + match[2] : undefined;
}

/** An area's administrative committee: "我代表新区管委会", the area named in the title or the text ("光明新区管委会"). */
const areaUnit = '(?:新区|开发区|高新区|经开区|园区|试验区|保税区|新城|示范区)';

function managementCommittee(body: string, title: string | undefined): string | undefined {
  const match = new RegExp(`我代表\\s*([\\p{Script=Han}]{0,12}?)(管委会|管理委员会)`, 'u').exec(body.slice(0, 2000));
  if (!match) return undefined;
  if (!new RegExp(`^${areaUnit}$`, 'u').test(match[1])) return match[1] ? match[0].slice(match[0].indexOf(match[1])) : undefined;
  const named =
    new RegExp(`^(?:[0-9]{4}年度?)?([\\p{Script=Han}]{2,8}?${match[1]})`, 'u').exec(title ?? '')?.[1] ??
    // (Not the opening's own "，我代表新区管委会": a place names the area.)
    new RegExp(`(?:^|[，,。；\\s0-9年])(?!我|代表)([\\p{Script=Han}]{2,8}?${match[1]})(?:管委会|管理委员会)`, 'u').exec(body.slice(0, 2000))?.[1];
  return named ? `${named}${match[2]}` : undefined;
}

/** A congress by its place and term: "山東省第十四屆人民代表大會" → 山東省. */
const congressPlace = String.raw`([\p{Script=Han}]{2,12}?(?:自治区|自治州|自治县|[省市县縣区區州旗盟]))第[一二三四五六七八九十]+[届屆]人民代表大[会會]`;

/** The body a disclosure annual report's opening says compiled it, "…要求,由光山县人民政府办公室编制", "本报告由…办公室按照…编制", or undefined. */
function compilerOf(body: string): string | undefined {
  const opening = body.slice(0, 600);
  const m = /(?:本(?:年度)?报告(?:是)?|要求[，,]\s*)由\s*(\p{Script=Han}{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|办事处|委员会|局|厅|中心))(?:按照|根据|依据|依照)?[^。]{0,80}?编制/u.exec(toSimplified(opening));
  if (!m || /^(?:本|我|该|各)|^(?:自治区|自治州|自治县|[省市县区州旗盟镇乡])(?:人民)?政府/u.test(m[1])) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return opening.slice(start, start + m[1].length);
}

function placeOfCongress(head: readonly string[]): string | undefined {
  for (const line of head) {
    const match = new RegExp(`^${congressPlace}`, 'u').exec(line.replace(/\s+/g, ''));
    if (match) return match[1];
  }
  return undefined;
}

/**
 * The place of a congress a line names after a comma or at its start ("…,山東省第十四屆人民代表大會…"), of `unit`'s level.
 * (stop 56, blind: www.8835w.com) or after 在 opening the clause ("20221230日,在宿州市第六屆人民代表大會第次會議上,市長…代表市人民政府,
 * 向大會報告工作"): 在 is the clause's preposition, no part of the place (it was "在宿州市人民政府").
 */
function congressNamed(line: string, unit: string): string | undefined {
  const match = new RegExp(`(?<!\\p{Script=Han})(?:在)?${congressPlace}`, 'u').exec(line.replace(/\s+/g, ''));
  return match && unit !== '' && toSimplified(match[1]).endsWith(toSimplified(unit)) ? match[1] : undefined;
}

function placeInTitle(title: string | undefined): string | undefined {
  // "2023年西安市政府工作报告", "2008两会内蒙古自治区政府工作报告", "河北省2023年政府工作报告" (the year after the place)
  // ("2023年区政府工作报告" names no place: the year's 年 is no part of one.)
  // ("关于福州市政府工作报告", an essay site's heading: the place after 关于, not with it.)
  // (held-out round 43) "XX镇2023年政府工作报告": a town's too, and a place a template masked ("XX镇", as "我代表xx镇人民政府"
  // is read) — not the generic "乡镇". (held-out round 49, hlgyp.cn: the year's 年 may be missing, "XX镇2022政府工作报告".)
  const match = /^(?:关于|關於)?(?:[0-9]{4}(?:年度?|两会|兩會)?)?(?![年度两兩])((?:[\p{Script=Han}]{1,10}?自治区)|(?!乡镇|鄉鎮)(?:[Xx×＊*]{2,4}|[\p{Script=Han}]{1,10}?)[省市县縣区區州旗镇鎮乡鄉])(?:[0-9]{4}年?度?)?(?:人民)?政府/u.exec(title ?? '');
  // "关于新邵县2023年财政决算草案的报告": the place the report is about, before its year.
  const about = /^(?:关于|關於)((?![全本我])\p{Script=Han}{1,10}?(?:自治区|自治州|自治县|[省市县縣区區州旗盟]))(?=[0-9]{4})/u.exec(title ?? '');
  // "三江侗族自治县2022年财政预算执行情况和…的报告": the place the title opens with, right before its year.
  const opens = /^((?![全本我年])\p{Script=Han}{1,10}?(?:自治区|自治州|自治县|[省市县縣区區州旗盟]))(?=[0-9]{4}年)/u.exec(title ?? '');
  // "关于2022年度宁波市级预算执行和…的审计工作报告": the level of government the report is about, after its year ("市本级" names none;
  // "关于2022年度县级…" names none either: 年度's 度 is no part of a place — it was "度县", held-out round 40).
  const level = /^(?:关于|關於)[0-9]{4}年度?((?![全本我度])\p{Script=Han}{1,10}?(?:自治区|自治州|自治县|[省市县縣区區州旗盟]))(?=级|級)/u.exec(title ?? '');
  // (round 27) "崔家橋鎮人大主席團工作報告": the place whose congress body (its presidium, its standing committee) the title names.
  const congress = /^((?![全本我年0-9])\p{Script=Han}{1,10}?(?:自治区|自治州|自治县|[省市县縣区區州旗盟镇鎮乡鄉]))(?=人大|人民代表|政协|政協)/u.exec(title ?? '');
  const place = match?.[1] ?? about?.[1] ?? opens?.[1] ?? level?.[1] ?? congress?.[1];
  // (a headline's "璧山代表团审议市政府工作报告" names no place 璧山代表团审议市)
  // (stop 57, blind: ynmzw.cn) nor a lede's "省长王予波代表省人民政府向大会作政府工作报告" one 省长王予波代表省: someone acting for the
  // government (代表, on its behalf) before the unit — no place holds the word (the issuer was "省长王予波代表省人民政府")
  return place && (headlineVerb.test(toSimplified(place)) || /代表/u.test(place)) ? undefined : place;
}


/**
 * The places a page heading above the title names, when it names the report itself ("…政府工作报告", "(全文)" off):
 * its own place ("2018年新巴尔虎左旗人民政府工作报告") and a category prefix's ("(湖南省)2016年桂阳县…" → 桂阳县, 湖南省).
 */
function placesInHeading(line: string): string[] {
  const printed = line.replace(/[\s\u3000]+/g, '');
  // (toSimplified keeps every character's place: the printed name is cut at the same indices.)
  const text = toSimplified(printed).replace(/(?:[（(【](?:全文|摘要|摘登)[）)】]|全文)$/u, '');
  if (!/政府工作报告$/u.test(text)) return [];
  const prefix = /^[（(【]([\p{Script=Han}]{2,8}?(?:省|自治区|市))[）)】]/u.exec(text);
  const after = prefix ? prefix[0].length : 0;
  const own = placeInTitle(text.slice(after));
  const found: string[] = [];
  if (own) {
    const at = text.indexOf(own, after);
    found.push(printed.slice(at, at + own.length));
  }
  if (prefix) found.push(printed.slice(1, 1 + prefix[1].length));
  return found;
}

/**
 * The government a portal's publisher stamp names ("梨树县人民政府 2017-01-10 16:56:00", removed as page info) when
 * nothing else on the page names the issuer: taken only when the text speaks of a government of that level ("县政府团结
 * 和带领全县人民" under a 县人民政府) — a county portal posting its city's report names no issuer.
 */
/**
 * (held-out round 32) The government a news special's breadcrumb places, when the text speaks for a bare unit and nothing
 * else names the issuer: "首页 > 专题报道 > 2015年商洛市两会专题报道 > 直通两会" (removed as a breadcrumb) over "我谨代表市人民
 * 政府" → 商洛市人民政府 — the place whose 两会 the special covers, of the unit's level (全国两会 names none; a city's special
 * carrying a county's report names no county); one such place only.
 */
export function issuerOfSessionsSpecial(removed: readonly string[], body: string): string | undefined {
  const own = /我谨?代表\s*(自治区|自治州|自治县|[省市县縣区區州旗盟])(?:人民)?政府/u.exec(body.slice(0, 2000));
  if (!own) return undefined;
  const level = toSimplified(own[1]);
  const places = new Set(
    removed
      .map((line) => /(?:^|[\s>»＞\/|｜])(?:[0-9]{4}年)?(\p{Script=Han}{2,10}?(?:自治区|自治州|自治县|[省市县縣区區州旗盟]))(?:两会|兩會)/u.exec(line)?.[1])
      .filter((p): p is string => p !== undefined && toSimplified(p).endsWith(level)),
  );
  return places.size === 1 ? `${[...places][0]}人民政府` : undefined;
}

export function issuerOfPublisher(removed: readonly string[], body: string): string | undefined {
  const text = toSimplified(body.slice(0, 3000));
  for (const line of removed) {
    const name = publisherStamp.exec(line)?.[1];
    const unit = name ? /(自治区|自治州|自治县|自治旗|[省市县縣区區州旗盟镇鎮乡鄉])人民政府$/u.exec(name)?.[1] : undefined;
    if (!name || !unit) continue;
    const level = toSimplified(unit).slice(-1);
    if (new RegExp(`(?:全|我|本)${level}(?![场域])|${level}(?:人民)?政府`, 'u').test(text)) return name;
  }
  return undefined;
}

/**
 * (stop 50, mends50; blind49b's lixin.gov.cn) The portal's stamp naming a government as the page's source, "发布时间:2024-01-19
 * 11:04 来源:利辛县望疃镇人民政府", when the title opens with that government's place ("利辛县望疃镇2023年政府信息公开工作年度报告"):
 * the issuer, when nothing else names it (was: none, the site's name over the page removed). Only a government's full name (not
 * its office, …人民政府办公室), and only the place the title opens with: a county portal's source over a town's report names none.
 */
export function issuerOfSource(removed: readonly string[], title: string | undefined): string | undefined {
  if (!title) return undefined;
  const named = toSimplified(title).replace(/\s+/gu, '');
  for (const line of removed) {
    const m = /(?:^|\s)(?:信息|文章)?来源\s*[:：]\s*(\p{Script=Han}{2,20}?人民政府)(?!\p{Script=Han})/u.exec(toSimplified(line));
    if (!m) continue;
    const place = m[1].slice(0, -'人民政府'.length);
    // (the place the title opens with, its year or its document after it: not a county's before its town's, "利辛县" before "望疃镇2023年…")
    if (place.length >= 2 && named.startsWith(place) && /^(?:[0-9０-９]|[一二][〇○零一二三四五六七八九]{3}年|关于|人民政府|政府|年度)/u.test(named.slice(place.length))) return line.slice(m.index + m[0].length - m[1].length, m.index + m[0].length);
  }
  // (stop 55, blind: audit.sz.gov.cn) — or the bureau whose report the title names, "信息来源:福田区审计局" over "福田区2019年度本级预算执行和
  // 其他财政收支审计工作报告": an audit bureau's audit report, a finance bureau's budget or accounts, a statistics bureau's bulletin, the
  // title opening with the bureau's place and its year (was: no issuer)
  for (const line of removed) {
    const m = /(?:^|\s)(?:信息|文章)?来源\s*[:：]\s*(\p{Script=Han}{2,20}?(审计局|财政局|统计局))(?!\p{Script=Han})/u.exec(toSimplified(line));
    if (!m) continue;
    const place = m[1].slice(0, -m[2].length);
    const kind = m[2] === '审计局' ? /审计(?:工作)?报告$/u : m[2] === '财政局' ? /^(?!.*审计).*(?:预算|决算)[^。，]{0,40}报告$/u : /统计公报$/u;
    if (place.length >= 2 && named.startsWith(place) && /^(?:[0-9０-９]|年度|本级)/u.test(named.slice(place.length)) && kind.test(named)) return line.slice(m.index + m[0].length - m[1].length, m.index + m[0].length);
  }
  return undefined;
}
