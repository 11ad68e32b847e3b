/**
 * What a document without an occasion line prints right under its title:
 * - the issuing offices' byline, one or more names apart ("宜春市统计局  国家统计局宜春调查队":
 *   a statistical communiqué's two issuers);
 * - its date in brackets, to the day or to the month only ("（2023年4月12日）", "（2023年5月）");
 * - a bracketed note giving the day, the speaker and the body it spoke for
 *   ("（2023年3月5日国务院总理李克强代表国务院向十四届全国人大一次会议作的政府工作报告）", a reprint's subtitle).
 * Used by metadata.ts for the lines between the title and the text.
 */
import { findDate } from './dates.ts';
import { speakerOf } from './speaker.ts';
import { toSimplified } from '../model/han-forms.ts';
import { occasionPlace } from './occasion.ts';

/**
 * One issuing office: a government, a bureau, a survey team, a committee, a court or procuratorate; (stop 54, blind: kpfans.com) or a
 * ministry, "中华人民共和国水利部" under "2006年中国水资源公报" (it was a heading) — a name of two characters or more before its 部, not
 * a region's or a part's word (西部, 全部, 内部, 干部 …).
 */
const office = /^(?![0-9])\p{Script=Han}{2,24}?(?:人民政府|政府|办公厅|办公室|委员会|调查总队|调查队|[^\s]局|[^\s]厅|[^\s]署|检察院|法院|(?<=\p{Script=Han}{2})(?<![干全内外局总本底顶头东西南北中])部)$/u;
const monthOnly = /^[（(]\s*[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[）)]$/u;
/** "（2023年3月5日国务院总理李克强代表国务院向十四届全国人大一次会议作的政府工作报告）": day, speaker, 代表 whom, 向/在 which session. */
/** (Also an excerpt's source note: "(摘自2016年11月1日上午楊維俊同志代表市人民政府在天水市七屆人大一次會議上向大會作的工作報告。)".) */
const note =
  /^[（(]\s*(?:摘自|选自|選自|节选自|節選自)?\s*(.{8,14}?日)(?:[上下]午|晚上)?\s*(\p{Script=Han}{2,24}?)(?:同志)?代表(\p{Script=Han}{2,20}?)(?:向|在)(.{4,40}?(?:会议|會議))上?(?:向(?:大会|大會))?(?:所)?作的.{0,12}?(?:报告|報告)[。.]?\s*[）)]$/u;
/** A bare unit the note's body is named by ("市人民政府"): completed with the session's place, else not given. */
const bareUnit = /^(?:自治区|自治州|自治县|[省市县縣区區州旗盟镇鎮乡鄉])(?:人民政府|政府)$/u;

export interface Byline {
  issuer?: string;
  date?: string;
  /** Where the date came from: beside the title (alone in brackets) or from the note naming the session. */
  dateSource?: 'title' | 'occasion';
  speaker?: string;
}

/** The byline, bracketed date or note a line under the title is, or undefined for any other line. */
export function bylineOf(text: string): Byline | undefined {
  const line = text.trim();
  const names = line.split(/[\s\u3000、]+/u).filter(Boolean);
  if (names.length <= 4 && names.every((n) => office.test(toSimplified(n)))) return { issuer: names.join(' ') };
  // (stop 52, blind: newspaper.kxzc.cn) the byline and its day on one line, glued or apart: "重庆市开州区统计局 国家统计局开州
  // 调查队2024年4月29日", "某县统计局 (2024年3月20日)" — a communiqué's issuers, then the day it was issued; both read
  const dated = /^(.+?)[\s\u3000]*[（(]?\s*((?:[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[0-9〇○零一二三四五六七八九十]{1,3}\s*月\s*[0-9〇○零一二三四五六七八九十]{1,3}\s*日)\s*[）)]?$/u.exec(line);
  const issued = dated ? findDate(dated[2]) : undefined;
  if (dated && issued && issued.length === dated[2].length && issued.index === 0) {
    const offices = dated[1].split(/[\s\u3000、]+/u).filter(Boolean);
    if (offices.length <= 4 && offices.every((n) => office.test(toSimplified(n)))) return { issuer: offices.join(' '), date: issued.iso, dateSource: 'title' };
  }
  if (monthOnly.test(line)) return {};
  const noted = note.exec(line);
  const day = noted ? findDate(noted[1]) : undefined;
  if (noted && day && day.index === 0) {
    const place = bareUnit.test(toSimplified(noted[3])) ? occasionPlace(`在${noted[4]}`) : undefined;
    const issuer = !bareUnit.test(toSimplified(noted[3])) ? noted[3] : place && !/^(?:自治区|自治州|自治县|[省市县縣区區州旗盟镇鎮乡鄉])?$/u.test(place) ? `${place}人民政府` : undefined;
    // (A name alone, "楊維俊同志": the speaker without a role.)
    const speaker = speakerOf(noted[2]) ?? (/^\p{Script=Han}{2,4}$/u.test(noted[2]) ? noted[2] : undefined);
    return { date: day.iso, dateSource: 'occasion', ...(speaker ? { speaker } : {}), ...(issuer ? { issuer } : {}) };
  }
  return undefined;
}
