/**
 * What front matter the head of a page left unset, filled from the rest once the head is read: the title printed
 * again inside the text removed, the title from a cover notice or the disclosure fields, the dates of the disclosure
 * fields, the issuer from the speaker and the text (issuer.ts) or the disclosure's office. Used by metadata.ts.
 */
import { findDate } from './dates.ts';
import { toSimplified } from '../model/han-forms.ts';
import { issuerOf, type IssuerNote } from './issuer.ts';
import { setDate } from './date-priority.ts';
import { adoptionDay, isDayAlone, isTitleShaped, namesDocument, organisation } from './head-lines.ts';
import { documentWord, parseTitle, probe } from './document-title.ts';
import type { FromText, MetadataResult } from './metadata.ts';
import { speakerOfLede, titleOfOpening } from './opening-fields.ts';
import type { RemovedLine, ReportMeta, SourceLine } from './types.ts';

/** A session's name opening a title: [中华人民共和国]第十四届全国人民代表大会第一次会议 (the session, group 2, as the occasion names it). */
const sessionPrefix = /^(中华人民共和国)?(第[一二三四五六七八九十]+届\p{Script=Han}{0,12}?人民代表大会第[一二三四五六七八九十]+次会议)/u;

/** A document's name ending in its kind, then its number: "…方案的通知 常政发〔2023〕1号" (group 1 the name). */
const numberAfterName = /^(.{4,}(?:通知|决定|意见|办法|方案|规定|批复|函|公告|通报|通告|决议))\s*\p{Script=Han}{1,10}[〔［\[]\s*[0-9]{4}\s*[〕］\]]\s*[0-9]{1,4}\s*号$/u;

/** Fallbacks once the head is read: title, issuer and date from the disclosure fields, the speaker or the body. */
export function finishMetadata(meta: ReportMeta, moved: RemovedLine[], lines: SourceLine[], used: Set<number>): MetadataResult {
  // (stop 51, blind: loyalmeds.com, a copy of 常州's notice) A notice's name with its document number after it on one line, "關于印發
  // 2023年《政府工作報告》重點任務分解落實方案的通知 常政發〔2023〕1號": the number is the notice's 文号, not its name's (was: in the title).
  const numbered = meta.title ? numberAfterName.exec(toSimplified(meta.title)) : null;
  if (meta.title && numbered) {
    const number = meta.title.slice(numbered.index + numbered[1].length).trim();
    meta.title = meta.title.slice(0, numbered.index + numbered[1].length).trim();
    meta.disclosure ??= {};
    meta.disclosure['文号'] ??= number;
  }
  // (stop 59, blind: fx168cj.com, a copy of the national statistical communiqué) a note's call closing the title, "中华人民共和国2022年
  // 国民经济和社会发展统计公报[1]" (its note on the figures under the text): a call, not the name's words (it was in the title; the line
  // moved to front matter is quoted whole)
  // (new user round 41: flodiffusion.com, a prefecture's census communiqué) or before the communiqué's number, "阿坝州第七次全国人口
  // 普查公报[1]第二号", "…公报[1](第二号)": the call out, the number kept as printed (was: "[1]" in the title, and the title's kind
  // unread, occasion and speaker asked of a communiqué)
  const called = meta.title ? /^(.{4,}?\p{Script=Han})\s*(?:\[[0-9]{1,2}\]|［[0-9０-９]{1,2}］|[①-⑳])(\s*(?:[（(]\s*第\s*[一二三四五六七八九十百0-9]{1,4}\s*[号號]\s*[）)]|第\s*[一二三四五六七八九十百0-9]{1,4}\s*[号號]))?$/u.exec(meta.title.trim()) : null;
  if (meta.title && called) meta.title = called[1] + (called[2] ?? '');
  // (stop 61, blind: tjgb.hongheiku.com, a communiqué aggregator) the year an aggregator files the page under, after the name a space
  // apart, "泾源县2018年国民经济和社会发展统计公报 2018": the site's tag, the year the name already gives (it was "…统计公报2018"; the
  // line moved to front matter is quoted whole)
  const tagged = meta.title ? /^(.*?((?:19|20)[0-9]{2})年.*?(?:公报|公報|报告|報告|年报|年報|白皮书|白皮書))[\s\u3000]*((?:19|20)[0-9]{2})$/u.exec(meta.title.trim()) : null;
  if (meta.title && tagged && tagged[2] === tagged[3]) meta.title = tagged[1];
  // (stop 56, blind: czybx.com, a news mirror) the day the page was posted glued before its headline, a space between them, "2023-03-05
  // 政府工作报告背后:曾邀张译等提建议": the day is the page's publication date, not the title's words (it was "2023-03-05政府工作报告背后…")
  const posted = meta.title ? /^((?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2})[\s\u3000]+(?=\p{Script=Han})/u.exec(meta.title.trim()) : null;
  if (meta.title && posted) {
    meta.title = meta.title.trim().slice(posted[0].length);
    const day = findDate(posted[1]);
    if (day) setDate(meta, day.iso, 'published');
  }
  // (stop 53, blind: www.hnr.cn, 678bjl.com) a news page's headline printed again over the story, after its stamp and kicker — with
  // its deck, "河南省十二届人大一次会议开幕 郭庚茂作《政府工作报告》" (twice), or alone, "河北省十三屆人大五次會議開幕": the page's head,
  // not the story's words (they were paragraphs). A headline names no document, so only above the story's first sentence.
  const unspaced = (text: string) => probe(text).replace(/\s+/gu, '');
  const headline = meta.title ? unspaced(meta.title) : '';
  const withDeck = meta.title && meta.subtitle ? unspaced(`${meta.title}${meta.subtitle}`) : '';
  if (headline.length >= 8 && !documentWord.test(headline)) {
    const body = lines.findIndex((line, i) => !used.has(i) && /[。！？]/u.test(line.text) && probe(line.text).length >= 30);
    lines.forEach((line, i) => {
      if (used.has(i) || (body !== -1 && i > body)) return;
      const copy = unspaced(line.text);
      if (copy === headline || (withDeck !== '' && copy === withDeck)) {
        used.add(i);
        moved.push({ line: line.line, text: line.text.trim(), rule: 'page-head' });
      }
    });
  }
  // (stop 54, mends54; blind53b's cuiru123.com, bbs.timesauto.com, www.gilin.com.cn) a flash's headline in 【】 glued to its first
  // sentence, "【人社部:城镇就业规模持续扩大…】8月25日上午10时,中宣部举行…": the page's headline, not the story's words — under the
  // same headline printed as the title, the copy goes (page-head); with no title read, it is the title (was: kept on the
  // paragraph, the page untitled). Only on the text's first line, a sentence of twenty characters or more after it.
  const first = lines.findIndex((line, i) => !used.has(i) && line.text.trim() !== '');
  const flash = first === -1 ? null : /^(\s*)【([^【】]{6,60})】(?=\S)/u.exec(lines[first].text);
  const after = flash ? lines[first].text.slice(flash[0].length) : '';
  if (flash && isTitleShaped(flash[2]) && (flash[2].match(/\p{Script=Han}/gu)?.length ?? 0) >= 6 && /[。！？]/u.test(after) && probe(after).length >= 20) {
    const same = meta.title !== undefined && meta.title !== '' && unspaced(meta.title) === unspaced(flash[2]);
    if (same || !meta.title) {
      if (!same) meta.title = flash[2].trim();
      moved.push({ line: lines[first].line, text: `【${flash[2]}】`, rule: same ? 'page-head' : 'metadata' });
      lines[first] = { ...lines[first], text: after, column: lines[first].column + flash[0].length };
    }
  }
  // The title printed again inside the text (an essay site's insert between paragraphs): not the report's words.
  const name = meta.title ? probe(meta.title) : '';
  if (name.length >= 6 && documentWord.test(name)) {
    lines.forEach((line, i) => {
      if (!used.has(i) && probe(line.text) === name) {
        used.add(i);
        moved.push({ line: line.line, text: line.text.trim(), rule: 'page-head' });
      }
    });
    // (stop 61, blind: rongchang.gov.cn, a town's disclosure report) or printed again without its year over the text, before its first
    // sentence: "河包镇政府信息公开工作年度报告" under the title "河包镇2020年政府信息公开工作年度报告" (was: a heading over the text)
    const unyeared = name.replace(/(?:19|20)[0-9]{2}年度?/u, '');
    const firstSentence = lines.findIndex((l) => /。/u.test(l.text) && l.text.trim().length >= 20);
    if (unyeared !== name && unyeared.length >= 6 && documentWord.test(unyeared)) {
      lines.forEach((line, i) => {
        if (!used.has(i) && (firstSentence < 0 || i < firstSentence) && probe(line.text) === unyeared) {
          used.add(i);
          moved.push({ line: line.line, text: line.text.trim(), rule: 'page-head' });
        }
      });
    }
    // (stop 50, mends50; blind49b's lixin.gov.cn) or printed again over two lines, maybe with a blank line between them and
    // maybe with the 年 after its year lost at the break: "利辛县望疃镇2023" / "政府信息公开工作年度报告" under the title
    // "利辛县望疃镇2023年政府信息公开工作年度报告" (was: the first half a paragraph, the second a heading)
    const yearless = name.replace(/([0-9]{4})年/u, '$1');
    lines.forEach((line, i) => {
      const first = probe(line.text);
      if (used.has(i) || first.length < 2 || !name.startsWith(first.slice(0, 2))) return;
      let j = i + 1;
      while (j < lines.length && j <= i + 2 && lines[j].text.trim() === '') j++;
      if (j >= lines.length || used.has(j)) return;
      const joined = first + probe(lines[j].text);
      if (probe(lines[j].text).length >= 2 && (joined === name || (yearless !== name && joined === yearless))) {
        for (const k of [i, j]) {
          used.add(k);
          moved.push({ line: lines[k].line, text: lines[k].text.trim(), rule: 'page-head' });
        }
      }
    });
  }
  // (held-out round 34) The line the title was read from, printed again as a whole line ("施政報告:結語" twice on a TV
  // news page, the title "施政報告"), or the name alone with its 《》 ("2017《施政報告》" under "2017《施政報告》(一)引言"):
  // the page's headline, as its first copy.
  const printed = new Set(moved.filter((m) => m.rule === 'metadata' && name && probe(m.text).replace(/[《》]/gu, '').startsWith(name)).map((m) => probe(m.text)));
  if (name.length >= 4 && printed.size > 0) {
    let reprint = -1;
    lines.forEach((line, i) => {
      const text = probe(line.text);
      if (!used.has(i) && text.length >= 6 && (printed.has(text) || text.replace(/[《》]/gu, '') === name)) {
        used.add(i);
        moved.push({ line: line.line, text: line.text.trim(), rule: 'page-head' });
        if (reprint < 0) reprint = i;
      }
    });
    // (round 16) A word of two to four characters alone between the headline and its first copy — the channel's tag under
    // the stamp ("港澳" on a TV news page) — is the page's too.
    const headline = lines.findIndex((line) => printed.has(probe(line.text)));
    for (let i = headline + 1; headline >= 0 && i < reprint; i++) {
      const text = lines[i].text.trim();
      if (!used.has(i) && /^\p{Script=Han}{2,4}$/u.test(text) && !organisation.test(toSimplified(text))) {
        used.add(i);
        moved.push({ line: lines[i].line, text, rule: 'page-head' });
      }
    }
  }
  // (A sentence is no headline: a clipper's excerpt of the opening, "现在，我代表…，并请…提出意见。", ends in a document's word.)
  const sentence = /[，,。；;！？!?]/u;
  // (Ingest gaps, stop 24) The page's headline printed again inside the report (a video site's "《政府工作报告》全文发布" over
  // the page, removed as its head, and again between the speaker and the salutation): the site's words, as the first copy.
  // (A headline naming the document, six characters or more, the whole line the same: not a sentence quoting it.)
  const headlines = new Set(moved.filter((m) => m.rule === 'page-head').map((m) => probe(m.text)).filter((t) => t.length >= 6 && t !== name && namesDocument.test(t) && !sentence.test(t)));
  if (headlines.size > 0) {
    lines.forEach((line, i) => {
      if (!used.has(i) && headlines.has(probe(line.text))) {
        used.add(i);
        moved.push({ line: line.line, text: line.text.trim(), rule: 'page-head' });
      }
    });
  }
  // (round 27) A database's record title glues the session before the report's name ("中华人民共和国第十四届全国人民代表大会
  // 第一次会议最高人民检察院工作报告") and the occasion under it names that session: the report's name is the title.
  const session = meta.title && meta.occasion ? sessionPrefix.exec(toSimplified(meta.title)) : null;
  if (session && toSimplified(meta.occasion!).includes(session[2]) && documentWord.test(toSimplified(meta.title!).slice(session[0].length)) && /^\p{Script=Han}{2,}?(?:院|委员会|政府|国务院)/u.test(toSimplified(meta.title!).slice(session[0].length))) {
    meta.title = meta.title!.slice(session[0].length);
  }
  const body = lines.filter((_, i) => !used.has(i));
  // Only the notice names the report: "关于印发《2021年海淀区政府工作报告》的通知" → its title.
  const noticed = meta.cover_notice ? /关于印发[《]?(.+?)[》]?的通知$/u.exec(toSimplified(meta.cover_notice)) : undefined;
  if (!meta.title && noticed && meta.cover_notice) {
    const at = toSimplified(meta.cover_notice).indexOf(noticed[1]);
    meta.title = meta.cover_notice.slice(at, at + noticed[1].length);
  }
  // (stop 50, mends50; blind49b's admin.yzcity.gov.cn) A department's name alone taken as the title — the site's header,
  // "双牌县发展和改革局", over a disclosure table whose 名称 names a document ("双牌县2022年度年政府决算公开"): the table's name is
  // the title, the header the page's (was: the department's name the title).
  const disclosed = meta.disclosure ? (meta.disclosure['标题'] ?? meta.disclosure['文件名称'] ?? meta.disclosure['信息名称'] ?? meta.disclosure['名称']) : undefined;
  const headerTitle = meta.title !== undefined && /^\p{Script=Han}{2,20}?(?:局|厅|委员会|人民政府|政府|办公室|办事处)$/u.test(toSimplified(meta.title.trim()));
  if (headerTitle && disclosed && probe(disclosed) !== probe(meta.title!) && (documentWord.test(probe(disclosed)) || /(?:公开|公报|公告|年报)$/u.test(probe(disclosed)))) {
    const header = moved.find((m) => m.rule === 'metadata' && m.text.trim() === meta.title!.trim());
    if (header) header.rule = 'page-head';
    meta.title = undefined;
  }
  if (!meta.title && meta.disclosure) {
    const named = meta.disclosure['标题'] ?? meta.disclosure['文件名称'] ?? meta.disclosure['信息名称'] ?? meta.disclosure['名称'];
    if (named) Object.assign(meta, { ...parseTitle(named), date: meta.date });
  }
  // (stop 43) No title printed: the one the speaker's opening sentence names ("我受区政府委托,向大会作关于…的报告"); no speaker:
  // the one a lede over the text names in the third person ("1月24日,…人民法院院长张大为向…会议报告法院工作") — said where taken.
  const fromText: FromText[] = [];
  const named = meta.title ? undefined : titleOfOpening(body);
  if (named) {
    meta.title = parseTitle(named.value).title ?? named.value;
    // (stop 55, blind: www.jiedong.gov.cn) and the body the name opens with, as from a title line ("揭东区公路局2015年度政府信息公开…")
    meta.issuer ??= parseTitle(named.value).issuer;
    fromText.push({ ...named, field: 'title' });
  }
  const lede = meta.speaker ? undefined : speakerOfLede(body);
  if (lede) {
    meta.speaker = lede.value;
    fromText.push({ ...lede, field: 'speaker' });
    if (lede.iso) setDate(meta, lede.iso, 'occasion');
  }
  // The speaker's government (or 我代表…) names the issuer better than the publishing office
  // ("泾县人民政府(办公室)") or the meeting that published it ("深圳市第五届人民代表大会第一次会议").
  const head = moved.filter((m) => m.rule === 'page-head').map((m) => m.text);
  // (stop 57, mends: 8835w.com, stop 56's gap) a disclosure table naming another document than the page's title — a portal's
  // table of the notice it printed before, "名稱: 宿州市人民政府辦公室關于印發…若干舉措的通知", over "王啟榮市長解讀2023年政府工作報告":
  // its dates are that document's, not this one's (was: dated by its 成文日期, 2022-09-29, for a 2023 解读)
  const tableNames = meta.disclosure ? meta.disclosure['标题'] ?? meta.disclosure['文件名称'] ?? meta.disclosure['信息名称'] ?? meta.disclosure['名称'] : undefined;
  if (meta.disclosure && !(tableNames && meta.title && otherDocumentNamed(tableNames, meta.title))) {
    // 生成日期 of the disclosure catalogue and the platform's 发文日期 date the document itself, as 成文日期 does.
    for (const key of ['成文日期', '发文日期', '生成日期']) setDate(meta, isoOf(meta.disclosure[key]), 'written');
    for (const key of ['发布日期', '公开日期', '发布时间']) setDate(meta, isoOf(meta.disclosure[key]), 'published');
  }
  // (PDF dumps, round 2) A 公文's 落款 closing the text — the issuer's name, then the day alone ("丰都县人民政府" /
  // "2022年9月28日") — is its 成文日期 (`written`); both lines stay text.
  const tail = body.map((l) => l.text.trim()).filter(Boolean).slice(-2);
  // (stop 44: 浙江's financial committee's 审查结果报告, zjrb.zjol.com.cn) A document adopted at a session, its adoption note
  // the text's first line — "（2026年1月16日浙江省…会议主席团第四次会议通过）": the day it was adopted, the document's own
  // date (`written`); the note stays text.
  // (one reading with metadata.ts's dashed note under a title: head-lines.ts adoptionDay)
  // (stop 48, blind: djtrjvjv.cn) or its second, under the publishing body's name alone ("江西省萍鄉市人大常委會" / "（2016年10月21日…
  // 會議通過）", a congress site's page of its resolution)
  const [firstLine, secondLine] = body.filter((l) => l.text.trim() !== '');
  const underBody = firstLine !== undefined && secondLine !== undefined && organisation.test(toSimplified(firstLine.text.trim())) && toSimplified(firstLine.text.trim()).length <= 30;
  setDate(meta, adoptionDay((underBody ? secondLine : firstLine)?.text ?? ''), 'written');
  if (tail.length === 2 && meta.issuer && probe(tail[0]) === probe(meta.issuer) && isDayAlone(tail[1])) setDate(meta, findDate(tail[1])?.iso, 'written');
  const issuerNotes: IssuerNote[] = [];
  // (The report's year names its places as they were then: 开县 in 2015, 开州区 since 2016.)
  const year = /^[0-9]{4}/u.test(meta.date ?? '') ? Number(meta.date!.slice(0, 4)) : undefined;
  // (held-out round 48, hd.smeqh.com) The title's whole printed line when it holds more than the title — a motto before it, "坚决打赢
  // …为加快建设城乡统筹新海东而努力奋斗——政府工作报告摘登": the report's own words in the title's place (issuer-place.ts reads them so).
  const titleLines = meta.title ? moved.filter((m) => m.rule === 'metadata' && probe(m.text).length > probe(meta.title!).length && probe(m.text).includes(probe(meta.title!))).map((m) => m.text) : [];
  const found = { speaker: meta.speaker, occasion: meta.occasion, title: meta.title, titleLines, body: body.slice(0, 40).map((l) => l.text).join('\n'), head, headings: moved.map((m) => m.text), year };
  if (!meta.issuer) meta.issuer = issuerOf(found, issuerNotes);
  if (!meta.issuer && meta.disclosure) {
    const office = meta.disclosure['发文机关'] ?? meta.disclosure['发布机构'] ?? meta.disclosure['发文单位'] ?? meta.disclosure['发布单位'];
    // (Not a bare office with no place, "区办公室", "县政府": it names no one.)
    if (office && !/(会议|會議)$/.test(office) && !/^(?:省|市|县|縣|区|區|州|旗|盟|镇|鎮|乡|鄉)?(?:人民政府|政府)?(?:办公室|辦公室|办公厅|辦公廳|人民政府|政府)$/u.test(office)) {
      meta.issuer = governmentOf(office);
      // (stop 47, blind: hsdz.gov.cn) the table names the issuer with its place: the text's failure to place its unit is no news
      issuerNotes.splice(0, issuerNotes.length, ...issuerNotes.filter((n) => n.taken));
    }
  }
  // (held-out round 44) Still no one: a report "受区人民政府委托" with no reporter named is made for that government
  // (沙坪坝区's 2026 budget report: "受区人民政府委托，现将重庆市沙坪坝区…的报告提请大会审查", the district from the title).
  if (!meta.issuer && !meta.speaker) {
    const notes: IssuerNote[] = [];
    meta.issuer = issuerOf({ ...found, behalf: true }, notes);
    if (meta.issuer) issuerNotes.push(...notes.filter((n) => !issuerNotes.some((o) => o.reason === n.reason)));
  }
  // (stop 48, blind: m.news.shi-fen.com) Still no one, and the title is a resolution's or a decision's whole name, the body that
  // made it first ("全国人民代表大会常务委员会关于批准2021年中央决算的决议"): that body is the issuer (the title kept whole).
  const maker = !meta.issuer && meta.title ? actMaker.exec(toSimplified(meta.title)) : null;
  if (maker) meta.issuer = meta.title!.slice(0, maker[1].length);
  // (stop 48, blind: qingxin.gov.cn, yunxi.cjyun.org) Still no one, and the text closes with a 落款 — a unit's name, then the day
  // alone ("清远市生态环境局清新分局" / "2020年9月8日", "郧西县人民代表大会常务委员会" / "2022年12月16日"): the unit issued it, on
  // that day (`written`, when nothing dated it before); both lines stay text.
  if (!meta.issuer && tail.length === 2 && isDayAlone(tail[1]) && closingUnit.test(probe(tail[0]))) {
    meta.issuer = tail[0].replace(/\s+/gu, '');
    setDate(meta, findDate(tail[1])?.iso, 'written');
  }
  // (stop 54, mends54; blind53b's htgfsre.cn, a copy of 上海's 印发 notice of its 政务诚信 opinion) Still no one, and the title is a
  // notice issuing (印发, 转发) what follows: its 落款 under its sentence that issues it, over the document it issues — "现将《…》印发
  // 给你们,…" / "上海市人民政府" / "2017年12月20日" / "关于…的实施意见" — names the issuer and the day (`written`); the lines stay
  // text (was: no issuer, no date).
  const notice = !meta.issuer && meta.title !== undefined && /(?:印发|转发)[^。]{2,80}的通知$/u.test(toSimplified(meta.title));
  if (notice) {
    const lines = body.map((l) => l.text.trim()).filter(Boolean).slice(0, 10);
    const issued = lines.findIndex((t) => /(?:印发|转发)给你们/u.test(toSimplified(t)));
    for (let k = issued + 1; issued >= 0 && k + 1 < lines.length && k <= issued + 3; k++) {
      if (/^\p{Script=Han}{2,30}(?:人民政府|人民政府办公室|人民政府办公厅|委员会|人大常委会|局|厅|办公室|办公厅)$/u.test(probe(lines[k]).replace(/\s+/gu, '')) && isDayAlone(lines[k + 1])) {
        meta.issuer = lines[k].replace(/\s+/gu, '');
        setDate(meta, findDate(lines[k + 1])?.iso, 'written');
        break;
      }
    }
  }
  // (the lede's day with no year: not the report's date — the missing date and occasion quote it)
  const dayOnly = lede?.day && !lede.iso ? { words: lede.words, line: lede.line } : undefined;
  return { meta, moved, body, ...(issuerNotes.length > 0 ? { issuerNotes } : {}), ...(fromText.length > 0 ? { fromText } : {}), ...(dayOnly ? { bodyLede: dayOnly } : {}) };
}

/** (stop 48) A resolution's or decision's name with the body that made it first: a congress, its standing committee, a government. */
const actMaker = /^((?![0-9])\p{Script=Han}{2,24}?(?:人民代表大会常务委员会|人大常委会|人民代表大会|人民政府))关于[^。，；]{2,60}的(?:决议|决定)$/u;

/** (stop 48) A unit's name as a 落款 prints it: a government, a congress or its committee, a bureau, a court, a sub-district's office. */
const closingUnit = /^[\p{Script=Han}（）()]{4,30}(?:人民政府|委员会|人大常委会|人民代表大会|局|分局|厅|人民法院|人民检察院|办事处)$/u;

/**
 * (held-out round 33) A town or a sub-district named alone as the office ("发布单位: 章镇镇", a district portal's page of the
 * town's budget report): its government reports, 章镇镇人民政府 (白杨街道 → 白杨街道办事处); an institution as printed.
 */
function governmentOf(office: string): string {
  if (/^\p{Script=Han}{1,8}(?:镇|鎮|乡|鄉)$/u.test(office)) return `${office}人民政府`;
  if (/^\p{Script=Han}{1,8}街道$/u.test(office)) return `${office}办事处`;
  return office;
}

function isoOf(value: string | undefined): string | undefined {
  return value ? findDate(value)?.iso : undefined;
}

/**
 * (stop 57) Two names of different documents: neither holds the other, and they share no run of eight characters (read simplified,
 * spaces and marks out) — "…关于印发…若干举措的通知" and "…市长解读2023年政府工作报告" (a name shortened or set with its 文号 shares one).
 */
function otherDocumentNamed(a: string, b: string): boolean {
  const x = probe(a).replace(/[\s\u3000《》〈〉“”"'（）()]/gu, '');
  const y = probe(b).replace(/[\s\u3000《》〈〉“”"'（）()]/gu, '');
  if (x.length < 8 || y.length < 8 || x.includes(y) || y.includes(x)) return false;
  for (let i = 0; i + 8 <= y.length; i++) if (x.includes(y.slice(i, i + 8))) return false;
  return true;
}
