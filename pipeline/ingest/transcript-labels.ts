/**
 * (stop 48, mends48; blind47b's m.ericfola.com "張軍:" under a news lede and "以下為文字實錄:", 0809ok.com's "[吳邦國]認真貫徹…")
 * A transcript's speaker label in the text, not only right over the salutation under the title (metadata.ts reads that one):
 * a name alone on its line in brackets or before a colon ("張軍：", "[俞正聲]"), or in brackets glued before the words it
 * introduces ("[吳邦國]認真貫徹實施代表法，…"). The label names who speaks, not the report's words: it is the speaker (when the
 * page gave none), and leaves the text, said as moved to the front matter (was: a paragraph "張軍：", or the paragraph's first
 * words "[吳邦國]"). Only when every such label on the page names one person, and that person is named elsewhere on the page
 * (after a role, as the lede's "檢察長張軍", "委員長吳邦國作…") or is the speaker already — a dialogue's labels (two names) stay as printed, and so
 * does a bracketed word that names no one ("[图片]", "【摘要】").
 */
import { toSimplified } from '../model/han-forms.ts';
import { greetingLine, organisation } from './head-lines.ts';
import { labelWord, transcriptLabel } from './metadata.ts';
import { ROLE_WORDS } from './speaker.ts';
import type { SourceLine } from './types.ts';

/** A name in brackets opening a line, glued to the words after it: "[吳邦國]認真貫徹…". Group 1 the name. */
const gluedLabel = /^([\[［【])([\p{Script=Han}·]{2,4})[\]］】](?=\p{Script=Han})/u;

export interface TranscriptLabels {
  body: SourceLine[];
  /** The name the labels give, when the page named no speaker before. */
  speaker?: string;
  /** The labels taken out, where they stood. */
  taken: Array<{ line: number; column: number; text: string }>;
}

/** (not the salutation, "各位代表：", "代表们：", "同志们：", nor an organ's name: a label naming no one) */
const nobody = (simple: string) => labelWord.test(simple) || greetingLine.test(simple) || /们$|代表|委员|同志|各位|朋友/u.test(simple) || organisation.test(simple);

/**
 * What may stand right before the person's name elsewhere on the page: a role of speaker.ts's list (the one list of roles
 * ingest keeps), or any office ending in 长, a party 书记, a 委员, 同志 — the lede's "检察长张军", "委员长吴邦国作…".
 */
const ROLE_BEFORE_NAME = `(?:${ROLE_WORDS}|长|书记|委员|同志)`;

export function takeTranscriptLabels(body: readonly SourceLine[], speaker: string | undefined): TranscriptLabels {
  /** Each label, by the index of its line: the name (as printed and simplified), the label's text, glued or alone. */
  const found = new Map<number, { name: string; simple: string; label: string; glued: boolean }>();
  for (const [index, line] of body.entries()) {
    const text = line.text.trim();
    if (text === '') continue;
    const alone = transcriptLabel.exec(text);
    const glued = alone ? null : gluedLabel.exec(text);
    const name = alone ? (alone[1] ?? alone[2]) : glued?.[2];
    if (!name) continue;
    const simple = toSimplified(name);
    if (nobody(simple)) continue;
    found.set(index, { name, simple, label: alone ? text : glued![0], glued: !alone });
  }
  const none: TranscriptLabels = { body: [...body], taken: [] };
  const labels = [...found.values()];
  if (labels.length === 0) return none;
  const { name, simple } = labels[0];
  if (labels.some((f) => f.name !== name)) return { body: turns(body, found), taken: [] };
  // (the person named elsewhere on the page after a role, outside the labels, as a lede names the speaker: "检察长张军"; or the
  // speaker already)
  const own = speaker !== undefined && speaker.replace(/\s+/gu, '').endsWith(name);
  const rest = body.map((l, i) => { const f = found.get(i); return f ? l.text.trim().slice(f.label.length) : l.text; }).join('\n');
  const named = new RegExp(`${ROLE_BEFORE_NAME}${simple}`, 'u').test(toSimplified(rest));
  // (or the words after a label are the speaker's own, "[萬鋼]我受…常务委员会委托，向大会报告…", "張軍：" over "各位代表，…")
  const after = (index: number, f: { label: string; glued: boolean }) => (f.glued ? body[index].text.trim().slice(f.label.length) : (body.slice(index + 1).find((l) => l.text.trim() !== '')?.text.trim() ?? ''));
  const voiced = [...found].some(([index, f]) => /^(?:我受|我代表|现在[，,]?我代表|各位(?:代表|委员))/u.test(toSimplified(after(index, f))));
  if (!own && !named && !voiced) return none;
  const out: SourceLine[] = [...body];
  const taken: TranscriptLabels['taken'] = [];
  for (const [index, f] of found) {
    const line = out[index];
    const at = line.text.indexOf(f.label);
    taken.push({ line: line.line, column: line.column + at, text: f.label });
    out[index] = f.glued ? { ...line, text: line.text.slice(at + f.label.length), column: line.column + at + f.label.length } : { ...line, text: '' };
  }
  return { body: out, speaker: speaker === undefined ? name : undefined, taken };
}

/**
 * (stop 55, mends55; blind54a's dlnp.com.cn, a press conference's transcript: "主持人華清:" / "下面請江澤林先生介紹情況。" / "江澤林:" /
 * "下面我簡要通報…") A dialogue — labels alone on their lines naming two people or more — keeps its labels as printed, each on
 * the words it introduces: the line of words under a label (blank lines between at most) is marked to go on it (paragraphs.ts),
 * so each turn is one paragraph, "江澤林：下面我簡要通報…" (was: the label a paragraph of its own, its words another). Only
 * where every label alone has words under it that are no label, heading or salutation.
 */
function turns(body: readonly SourceLine[], found: ReadonlyMap<number, { glued: boolean }>): SourceLine[] {
  const out = [...body];
  const marks: number[] = [];
  for (const [index, f] of found) {
    if (f.glued) continue;
    let next = index + 1;
    while (next < body.length && body[next].text.trim() === '') next++;
    const words = body[next]?.text.trim();
    if (words === undefined || found.has(next) || transcriptLabel.test(words) || /[:：]$/u.test(words) || /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分])/u.test(words)) return out;
    marks.push(next);
  }
  for (const k of marks) out[k] = { ...out[k], afterLabel: true };
  return out;
}
