/**
 * A live text of the session (文字直播: a portal's, or a mirror of it): each turn a label naming who speaks, alone on its
 * line ("石泰峰:", "王滬寧:", the site's own "中國網:"), then what was said, the time it was posted glued to its end
 * ("…符合規定人數。2026-03-04 15:02:28"). The report is the turns of the one who delivers it — the turn that opens in the
 * speaker's voice ("我代表…向大会报告工作") and every later turn of the same label; the chair's turns before it (calling
 * the meeting to order, the agenda, "請…作工作報告"), the site's notes and anyone's after it are the session's, not the
 * report's. Before, all of it was read as the report's text: the labels as paragraphs, the dates glued on ("…開幕！
 * 2026-03-04石泰峰："), a heading "一、2025年主要工作2026-03-04" (a live text of the CPPCC's 2026 opening, phjcn.cn).
 * Every label, time and turn taken out is returned with its place, to be reported.
 */
import { toSimplified } from '../model/han-forms.ts';
import { salutationStart } from './salutation.ts';
import type { SourceLine } from './types.ts';

/** A turn's label alone on its line: a person's name, or a site's ("中國網"). */
// (stop 59, mends59; mends58's news.wenweipo.com, a live text of the NPC's closing meeting — "[張德江]現在進行第三項議程,表決…。[03-17 09:08]"
// / "[工作人員]…(草案)[03-17 09:09]") or the name in square brackets, the time in square brackets at the line's end, the year left out
const LABEL = /^\s*(?:([\p{Script=Han}·]{2,6})\s*[:：]|\[([\p{Script=Han}·]{2,6})\])\s*$/u;
/** A turn's label: not the salutation alone on its line ("各位委员：" opening the speaker's turn is the report's). */
const labelOf = (text: string): [string, string] | null => {
  if (salutationStart.test(toSimplified(text.trim()))) return null;
  const m = LABEL.exec(text);
  return m ? [m[0], m[1] ?? m[2]] : null;
};
/** The time a turn was posted, at its line's end: "2026-03-04 15:02:28". */
const POSTED = /\s*(?:(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|\[(?:(?:19|20)[0-9]{2}-)?[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\])\s*$/u;
/**
 * A turn's label and words on one line ("石泰峰:各位委员,…2026-03-04 15:02:40", "主持人:现在开会2026-03-04 15:02:28"): a
 * label as above, then the words, the line ending at its time. A report's own sentence after a name or a topic and a
 * colon ("总书记强调:…", "主要做法:…") is none: a label saying or stating something (指出, 强调, 做法 …) never, and any
 * other only when it opens two such lines or more, or its words are the speaker's taking the floor (VOICE).
 */
const INLINE = /^(\s*)(?:([\p{Script=Han}·]{2,6})\s*[:：]|\[([\p{Script=Han}·]{2,6})\])\s*(?=\S)/u;
/** The name an INLINE match read (before a colon, or in square brackets). */
const inlineName = (m: RegExpExecArray) => m[2] ?? m[3];
/** What a sentence's subject says or a topic names, never who speaks: "…指出", "…强调", "主要做法", "工作目标". */
const STATED = /(?:指出|强调|表示|认为|要求|提出|宣布|说|做法|目标|任务|措施|成效|举措|情况|经验|重点|思路|原则)$/u;
/** Turns (a label over a line ending at its time) before a page is read as a live text. */
const TURNS = 2;
/**
 * The report's speaker taking the floor: "我代表…向大会报告工作". (Not the salutation alone: the chair opens with one too,
 * "各位委员、各位朋友、各位同志：…应出席委员2125人".)
 */
const VOICE = /我(?:谨)?代表[^。]{0,60}报告/u;

export interface LiveTextRemoval {
  line: number;
  column: number;
  text: string;
  label: string;
}

export interface LiveText {
  lines: SourceLine[];
  taken: LiveTextRemoval[];
  /** The label of the turns that are the report: who delivered it. */
  speaker?: string;
  /** The day the first of them was posted (ISO): the day the report was delivered, live. */
  day?: string;
  /** (stop 59) A live text in which no turn opens in a speaker's voice: the session's record (votes, the chair's words), no report; its turns. */
  noReport?: number;
}

/**
 * The page's lines with each turn whose label and words share a line (INLINE) as two: the label at the line's start,
 * then the words at their column — the shape takeLiveText reads.
 */
function splitInlineTurns(lines: readonly SourceLine[]): SourceLine[] {
  const inline = lines.map((l) => {
    const label = POSTED.test(l.text) ? INLINE.exec(l.text) : null;
    return label && !salutationStart.test(toSimplified(inlineName(label))) && !STATED.test(toSimplified(inlineName(label))) ? label : null;
  });
  const bracketTurns = inline.filter((label) => label?.[3] !== undefined).length;
  const opened = new Map<string, number>();
  for (const label of inline) if (label) opened.set(inlineName(label), (opened.get(inlineName(label)) ?? 0) + 1);
  // (Before the speaker takes the floor, a label opening one line is a turn too — the host's "主持人:现在开会"; from
  // there on, only a label that opens two lines or more: the report's own "…：" sentences are the speaker's words.)
  const floor = inline.findIndex((label, i) => label && VOICE.test(toSimplified(lines[i].text.slice(label[0].length))));
  return lines.flatMap((l, i) => {
    const label = inline[i];
    const rest = label ? l.text.slice(label[0].length) : '';
    // (a name in square brackets before words ending at a bracketed time is a turn's shape, whoever speaks once: the chair's
    // "[張德江]現在進行第三項議程…[03-17 09:08]" among the staff's turns, two such lines or more on the page)
    const bracketed = label?.[3] !== undefined && bracketTurns >= TURNS;
    if (!label || ((opened.get(inlineName(label)) ?? 0) < TURNS && !bracketed && !(floor >= 0 && i <= floor))) return [l];
    return [
      { ...l, text: l.text.slice(0, label[0].length).trimEnd(), column: l.column },
      { ...l, text: rest, column: l.column + label[0].length },
    ];
  });
}

export function takeLiveText(page: readonly SourceLine[]): LiveText {
  const lines = splitInlineTurns(page);
  const nextText = (i: number) => lines.slice(i + 1).find((l) => l.text.trim() !== '');
  const labelled = lines.filter((l, i) => labelOf(l.text) && POSTED.test(nextText(i)?.text ?? ''));
  if (labelled.length < TURNS) return { lines: [...page], taken: [] };
  // Turns: each label and the lines under it, to the next label.
  const turns: Array<{ label: SourceLine; name: string; body: SourceLine[] }> = [];
  const before: SourceLine[] = [];
  for (const line of lines) {
    const label = labelOf(line.text);
    if (label) turns.push({ label: line, name: label[1], body: [] });
    else if (turns.length > 0) turns.at(-1)!.body.push(line);
    else before.push(line);
  }
  const opening = turns.findIndex((t) => t.body.some((l) => VOICE.test(toSimplified(l.text.trim()))));
  const speaker = opening >= 0 ? turns[opening].name : undefined;
  const posted = opening >= 0 ? turns[opening].body.map((l) => POSTED.exec(l.text)?.[0].trim()).find(Boolean) : undefined;
  const day = posted ? /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})/u.exec(posted) : null;
  const taken: LiveTextRemoval[] = [];
  const kept: SourceLine[] = [...before];
  for (const [n, turn] of turns.entries()) {
    taken.push({ line: turn.label.line, column: turn.label.column, text: turn.label.text.trim(), label: 'live text: who speaks' });
    // (the label's line left blank: each turn its own paragraph, the lines in their order)
    kept.push({ ...turn.label, text: '' });
    const ours = speaker === undefined || (n >= opening && turn.name === speaker);
    for (const line of turn.body) {
      if (line.text.trim() === '') {
        kept.push(line);
        continue;
      }
      if (!ours) {
        taken.push({ line: line.line, column: line.column, text: line.text.trim(), label: `live text: ${turn.name}'s turn, not the report's` });
        continue;
      }
      const posted = POSTED.exec(line.text);
      if (posted) {
        const at = posted.index + posted[0].length - posted[0].trimStart().length;
        taken.push({ line: line.line, column: line.column + at, text: posted[0].trim(), label: 'live text: the time of a turn' });
        kept.push({ ...line, text: line.text.slice(0, posted.index) });
      } else kept.push(line);
    }
  }
  return { lines: kept, taken, ...(speaker && { speaker }), ...(day && { day: `${day[1]}-${day[2].padStart(2, '0')}-${day[3].padStart(2, '0')}` }), ...(opening < 0 && { noReport: turns.length }) };
}
