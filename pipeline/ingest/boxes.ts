/**
 * Boxed sections (专栏) in a page's text: a short line `专栏1　…主要指标` (no
 * sentence end) opens a box holding what follows — its table, its list, its
 * short lines — up to the next heading, the next box, the notes section, or
 * the first long paragraph of running text (the report resumes). A table whose
 * HTML caption made a box already (structures.ts) is left as it is.
 *
 * A table titled on the line above it, as budget and statistical reports print one — `表1　…`
 * (or 附表2、表3：…), then its unit (单位：亿元), the table, its notes (注：…, 资料来源：…) — is a
 * box titled by that line holding the unit, the table and the notes (new user, round 6: was three
 * loose paragraphs round an untitled table, the unit cut off from the figures it states). Also over the table's column
 * heads read as a line of their own (a dump's header row with an empty first cell: the table printed a generic caption
 * 表 / "Table" under a `表1　…` paragraph, stop 36's sweep), and in Chinese numerals (表一　…).
 */
import { tableNoteLine, tableUnitLine } from '../model/table-lines.ts';
import { salutationStart } from './salutation.ts';
import type { DraftBlock } from './types.ts';

const TITLE = /^专栏\s*[0-9０-９一二三四五六七八九十]+/;
/** A paragraph this long that ends a sentence is the report's running text again. */
const RUNNING_TEXT = 60;
/** A table's number alone on its line (a word processor's caption sets it apart from its title): 表1, 附表2, 表3-1, 表一. */
export const TABLE_NUMBER = /^附?表\s*(?:[0-9]+(?:[-－.．][0-9]+)?|[一二三四五六七八九十]{1,3})$/u;
/**
 * A table's number opening its title line: 表1　…, 附表2　…, 表3：…, 表1-2 …, 表4（not 表示, 表明); in Chinese numerals with a
 * separator after it, 表一　…, 表二：… (not 表一致…).
 */
export const TABLE_TITLE = /^附?表\s*(?:[0-9０-９]+(?:[-－.．][0-9０-９]+)?(?:[\s　：:、．.]|(?=[\p{Script=Han}“（(]))|[一二三四五六七八九十]{1,3}[\s　：:．.])/u;

/**
 * (stop 39) A table's title with no number, named as a table: "2024年全区一般公共预算收支执行表", "主要经济指标完成情况表" (开州's budget
 * report, whose table came flattened with pipes: it printed a generic caption 表 under its title) — over a table (and its
 * unit lines) only; not "各位代表".
 */
const UNNUMBERED_TABLE_TITLE = /^[^，。！？；：:]{2,40}?(?<!代)表$/u;

/** What a table's title names at its end — the state, the figures, the plan of something: 完成情况, 主要指标, 收支预算, 统计数据, 一览. */
const TABLE_TITLE_END = /\p{Script=Han}(?:情况|指标|统计|一览|明细|汇总|构成|分布|对比|目标|计划|安排|清单|数据|进度|结构|预算|决算|收支|概况)$/u;

/**
 * (stop 61, mends61) A table's title with neither a number nor 表 — "2022年主要经济指标完成情况" on its own line right above a
 * PDF text dump's rows (or a page's table): four to forty characters ending as a table's title names its content (…情况,
 * …指标, …预算, …一览: TABLE_TITLE_END), no clause or sentence mark, not a lead-in (…如下), the salutation, a unit or note
 * line, nor a figure; not under a 表1 line, not the column heads over rows of figures. Only over a table (its unit lines
 * between allowed): was a loose paragraph, the table untitled. A sentence or a lead-in over a table stays a paragraph.
 */
function plainTableTitle(text: string): boolean {
  const t = text.trim();
  const n = [...t].length;
  return n >= 4 && n <= 40 && TABLE_TITLE_END.test(t) && !/\p{Script=Han}\s+\p{Script=Han}/u.test(t) && !/[，,。！？!?；;：:]/u.test(t) && !/(?:如下|如表|下表|附表|的|了)$/u.test(t) &&
    !salutationStart.test(t) && !tableUnitLine.test(t) && !/^(?:注|说明|备注|资料来源|数据来源)/u.test(t) && !/^[-+−]?[0-9０-９]/u.test(t.replace(/^[0-9０-９]{4}年/u, ''));
}

/** A short paragraph: a title, a unit or a note line, not running text. */
const short = (draft: DraftBlock | undefined, max: number) => draft?.kind === 'paragraph' && draft.text.length <= max;

/**
 * A table's column heads read as a line of text, between its title and its rows: a dump's header row whose first cell is
 * empty ("绝对额（亿元） 比上年同期增长（%）", tables-chromium) — short, no clause, sentence or colon in it, no table title, over
 * a table whose first row is figures past its first cell (GDP | 568845 | 7.7: a body row, the table's heads lost).
 */
const COLUMN_HEADS = 40;
const FIGURE = /^[-+−]?[0-9０-９][0-9０-９.,．，]*\s*[%％]?$/u;
function headsOver(line: DraftBlock | undefined, table: DraftBlock | undefined): boolean {
  if (!short(line, COLUMN_HEADS) || /[，,。！？；;：:]/u.test(line!.text) || TABLE_TITLE.test(line!.text) || table?.kind !== 'table') return false;
  const cells = (table.rows?.[0] ?? []).slice(1).flatMap((c) => ('text' in c ? [c.text.trim()] : []));
  return cells.length > 0 && cells.every((c) => FIGURE.test(c));
}

/**
 * The blocks of a table titled on the line above it, starting at `at`: the title line (no clause or
 * sentence mark in it), unit lines, the table, the notes under it — or 0 when `at` opens none.
 */
function titledTable(drafts: readonly DraftBlock[], at: number): number {
  const title = drafts[at];
  if (!short(title, 60) || /[，。！？；]/.test(title.text)) return 0;
  const named = TABLE_TITLE.test(title.text) || UNNUMBERED_TABLE_TITLE.test(title.text);
  // (a plain title: not under a named one — "表1　…" over "收支预计执行情况" over the table ties neither)
  const plain = !named && plainTableTitle(title.text) && !(at > 0 && short(drafts[at - 1], 60) && TABLE_TITLE.test(drafts[at - 1].text));
  if (!named && !plain) return 0;
  let next = at + 1;
  while (short(drafts[next], 40) && tableUnitLine.test(drafts[next].text)) next++;
  // (the column heads a dump read as a line, right above the rows: the title still the table's caption — a named title's
  // only: a plain line over heads read as a line and figures may be the heads' upper row, "GDP环比增长速度GDP同比增长速度")
  if (named && headsOver(drafts[next], drafts[next + 1])) next++;
  if (drafts[next]?.kind !== 'table') return 0;
  // (a plain line right over a table whose first row is figures is its column heads, not its title)
  if (plain && headsOver(title, drafts[next])) return 0;
  next++;
  while (short(drafts[next], 200) && tableNoteLine.test(drafts[next].text)) next++;
  return next - at;
}

export function findBoxes(drafts: readonly DraftBlock[]): { drafts: DraftBlock[]; boxes: number } {
  const out: DraftBlock[] = [];
  let open = false;
  let boxes = 0;
  let depth = 0; // a box made from a caption (box … box-end) inside the text
  const close = (at: DraftBlock) => {
    if (open) out.push({ kind: 'box-end', text: '', line: at.line, column: at.column });
    open = false;
  };
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i];
    const titled = open || depth > 0 ? 0 : titledTable(drafts, i);
    if (titled > 0) {
      out.push({ ...draft, kind: 'box', lead: undefined }, ...drafts.slice(i + 1, i + titled));
      out.push({ kind: 'box-end', text: '', line: drafts[i + titled - 1].line, column: drafts[i + titled - 1].column });
      boxes++;
      i += titled - 1;
      continue;
    }
    if (draft.kind === 'box') depth++;
    if (draft.kind === 'box-end') depth--;
    const title = draft.kind === 'paragraph' && depth === 0 && TITLE.test(draft.text) && draft.text.length <= 60 && !/[。！？；]$/.test(draft.text);
    const ends = draft.kind === 'heading' || draft.kind === 'notes-heading' || draft.kind === 'note' || draft.kind === 'box' || title ||
      (draft.kind === 'paragraph' && draft.text.length > RUNNING_TEXT && /[。！？]$/.test(draft.text));
    if (open && ends) close(draft);
    if (title) {
      out.push({ ...draft, kind: 'box', lead: undefined });
      open = true;
      boxes++;
      continue;
    }
    out.push(draft);
  }
  if (open) close(out[out.length - 1]);
  return { drafts: out, boxes };
}
