/**
 * A page's HTML printed as its text: a forum's archive page that escaped a post pasted as HTML ("<p style="box-sizing:
 * …">1月27日上午，…</span></p><p style=…>长江云新闻…", bbs.whcdrm.com, stop 41), a text saved from such a page. The tags
 * are no words of the report — their styles read as English to the twin reader and broke the paragraphs. In a text input,
 * a line holding two tags or more of HTML's common elements is cut at its block tags (p, div, br, li, h1–h6, …: each piece
 * its own line, at its own column) and loses its inline tags (span, strong, font, a, …: their columns kept for later
 * messages, as pinyin.ts does); the count and the first is said. A lone "<" or a tag-like word in a sentence is left.
 */
import { takeOut, type ColumnShift } from './pinyin.ts';
import type { SourceLine } from './types.ts';

const BLOCK = 'p|div|br|hr|li|ul|ol|h[1-6]|section|article|blockquote|table|thead|tbody|tr|td|th|center';
const INLINE = 'span|strong|b|em|i|u|font|a|img|sup|sub|small|big|label';
/** An opening, closing or empty tag of those elements, its attributes with it. */
const tag = (names: string) => new RegExp(`</?(?:${names})(?:\\s+[^<>]*)?\\s*/?>`, 'giu');
const anyTag = tag(`${BLOCK}|${INLINE}`);
const blockTag = tag(BLOCK);
const inlineTag = tag(INLINE);
/** A closing block tag ending a line, its "<" there or lost (not after a letter or figure: "a/p>"), the line's words before it. */
const lineEndTag = new RegExp(`(?<=[^\\sA-Za-z0-9])(?:<)?/(?:${BLOCK}|span|font)>\\s*$`, 'u');
/** Tags on a line before it is read as printed markup. */
const TAGS_ON_A_LINE = 2;
/**
 * (stop 51, blind: m.changxiang.cc, bangbanw.com) A spam mirror's decoy tags, any element's name and the same random id on each,
 * empty and nested, printed on lines of their own above the text: "<td id="cmuwy"><samp id="cmuwy"><big id="cmuwy"></big></samp>
 * </td>", "<legend id="h4sia"></legend><samp id="h4sia"></samp>", "• <input id="h4sia"><address id="h4sia"></address>",
 * "1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>", "<wbr id="h4sia">" — HTML's names and made-up ones ("<delect>").
 * A tag of any lower-case name with an attribute, or the closing tag of such a name on a line where one opened, counts on a line
 * that holds nothing but tags (a list's mark before them aside): such a line goes whole, one tag on it or twenty (was: the
 * names outside the common list stayed as paragraphs, "<samp id="cmuwy"></samp>", and the page's list of them was read as
 * English with no Chinese twin). A tag-like word in a sentence is left.
 */
const anyNamedTag = /<\/?[a-z][a-z0-9]{0,11}(?:\s+[a-z-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s<>"']+))*\s*\/?>/gu;
const tagsOnly = /^\s*(?:[•·●▪-]\s*|[0-9]{1,3}[.、]\s*)?(?:<\/?[a-z][a-z0-9]{0,11}(?:\s+[a-z-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s<>"']+))*\s*\/?>\s*)+$/u;
/** An attribute on an opening tag: a decoy tag always carries one, "<samp id="cmuwy">"; "<br>" alone in a sentence is no line of tags. */
const withAttribute = /<[a-z][a-z0-9]{0,11}\s+[a-z-]+\s*=/u;

export interface PrintedMarkup {
  first?: { line: number; column: number };
  count: number;
  /** (stop 47) The first tags taken as printed (up to two, each once): the message quotes them. */
  quoted?: string[];
  /** (stop 51) Lines of decoy tags that began with a list's mark ("• ", "1. "), the mark gone with them. */
  marks?: number;
}

export function takePrintedMarkup(lines: readonly SourceLine[], shifts: ColumnShift[]): { lines: SourceLine[]; taken: PrintedMarkup } {
  const out: SourceLine[] = [];
  const taken: PrintedMarkup = { count: 0 };
  for (const line of lines) {
    if (tagsOnly.test(line.text) && withAttribute.test(line.text)) {
      const all = line.text.match(anyNamedTag) ?? [];
      taken.first ??= { line: line.line, column: line.column + line.text.search(anyNamedTag) };
      taken.count += all.length;
      for (const m of all) {
        const shown = m.length > 16 ? `${m.slice(0, 14)}…>` : m;
        taken.quoted ??= [];
        if (taken.quoted.length < 2 && !taken.quoted.includes(shown)) taken.quoted.push(shown);
      }
      // (a list's mark before the tags, "• ", "1. ": the list the tags were printed in, no word of the report)
      if (/^\s*(?:[•·●▪-]|[0-9]{1,3}[.、])/u.test(line.text)) taken.marks = (taken.marks ?? 0) + 1;
      continue;
    }
    const tags = line.text.match(anyTag)?.length ?? 0;
    if (tags < TAGS_ON_A_LINE) {
      // (stop 51, mends51; blind50b's sanfernandovalleyhealth.com) one closing tag left at a line's end, its "<" there or lost with
      // the character before it — "…完了?!?/p>", a copy cut out of the page's HTML at its paragraph's end — taken out, said (was:
      // kept in the paragraph, unsaid); "/p>" after a letter or figure ("a/p>") is no tag's tail
      const tail = lineEndTag.exec(line.text);
      if (tail) {
        taken.first ??= { line: line.line, column: line.column + tail.index };
        taken.count++;
        taken.quoted ??= [];
        if (taken.quoted.length < 2 && !taken.quoted.includes(tail[0].trim())) taken.quoted.push(tail[0].trim());
        takeOut(line, lineEndTag, shifts);
      }
      out.push(line);
      continue;
    }
    const at = line.text.search(anyTag);
    taken.first ??= { line: line.line, column: line.column + at };
    taken.count += tags;
    for (const m of line.text.match(anyTag) ?? []) {
      const shown = m.length > 16 ? `${m.slice(0, 14)}…>` : m;
      taken.quoted ??= [];
      if (taken.quoted.length < 2 && !taken.quoted.includes(shown)) taken.quoted.push(shown);
    }
    // Cut at the block tags: each piece keeps its own column; the first piece keeps the line's break before it.
    let from = 0;
    const pieces: SourceLine[] = [];
    for (const m of line.text.matchAll(blockTag)) {
      pieces.push({ ...line, text: line.text.slice(from, m.index), column: line.column + from, ...(from > 0 ? { hardBreak: true } : {}) });
      from = m.index + m[0].length;
    }
    pieces.push({ ...line, text: line.text.slice(from), column: line.column + from, ...(from > 0 ? { hardBreak: true } : {}) });
    for (const piece of pieces) {
      takeOut(piece, inlineTag, shifts);
      if (piece.text.trim() !== '') out.push(piece);
    }
  }
  return { lines: out, taken };
}

/**
 * (stop 50, blind: chinaidr.com) A style sheet's rules printed in the text: a CMS's editor styles copied with the page's summary,
 * "核心提示：.TRS_Editor P{line-height:1;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{line-height2023年上半年，全国…" — a class
 * selector (an element's name after it or not), its braces holding property: value pairs; the last rule cut off where the site
 * cut the summary, its property's name glued to the text's first words. Each run of such rules is taken out (the words around
 * it kept, at their columns); a brace in a sentence, or a class name alone, is left.
 */
const styleRules = /(?:\.[A-Za-z_][\w-]*(?:\s+[A-Za-z][\w-]*)?\s*\{\s*(?:[a-z-]+\s*:[^;{}]*;?\s*)+\}\s*)+(?:\.[A-Za-z_][\w-]*(?:\s+[A-Za-z][\w-]*)?\s*\{\s*(?:[a-z-]+\s*:[^;{}\p{Script=Han}]*;\s*)*[a-z-]*(?::[^;{}\p{Script=Han}]*)?)?/gu;

export function takePrintedStyles(lines: readonly SourceLine[], shifts: ColumnShift[]): { first?: { line: number; column: number }; count: number } {
  const taken: { first?: { line: number; column: number }; count: number } = { count: 0 };
  for (const line of lines) {
    styleRules.lastIndex = 0;
    const at = line.text.search(styleRules);
    if (at === -1) continue;
    taken.first ??= { line: line.line, column: line.column + at };
    taken.count += takeOut(line, styleRules, shifts);
  }
  return taken;
}

/**
 * (stop 51, blind: www.lzszyyy.com) A word processor's field codes printed in the text: a table of contents pasted from Word with
 * its fields shown, "第一部分 单位概况 PAGEREF _Toc25831 h 3" — the page-reference field, its bookmark's name (_Toc and a number),
 * its switch ("\h", the backslash often lost) and the page number it had computed; "HYPERLINK \l "_Toc…"" the same way. The
 * field is no word of the text (it was read into the headings, "第一部分单位概况PAGEREF _Toc25831 h 3"): each is taken out where
 * it stands, the words around it kept at their columns. "PAGEREF" or "_Toc" in a sentence without the other is left.
 */
const fieldCodes = /\s*(?:PAGEREF\s+_Toc[0-9]+(?:\s+\\?[hp])*(?:\s+[0-9]{1,4})?|HYPERLINK\s+\\l\s+["“]?_Toc[0-9]+["”]?)/gu;

export function takePrintedFieldCodes(lines: readonly SourceLine[], shifts: ColumnShift[]): { first?: { line: number; column: number }; count: number } {
  const taken: { first?: { line: number; column: number }; count: number } = { count: 0 };
  for (const line of lines) {
    fieldCodes.lastIndex = 0;
    const at = line.text.search(fieldCodes);
    if (at === -1) continue;
    taken.first ??= { line: line.line, column: line.column + at };
    taken.count += takeOut(line, fieldCodes, shifts);
  }
  return taken;
}

/**
 * (stop 60, mends60; blind59a's bsmz.net, a writing site's copy of a gazetteer note: "三、北屯(市)(兵团农十师所在地):[/color]汉语,…")
 * A forum editor's BBCode printed in the text: a closing tag of its styling elements, "[/color]", "[/size]", "[/font]", "[/b]",
 * or an opening one with its value, "[color=#ff0000]", "[size=4]", "[font=宋体]" — no words of the report (was: kept, "\\[/color\\]"
 * in zh.md, unsaid). Taken out at their columns, the count and the first said. A bracket with a figure or a Han word in it
 * ("[1]", "[注]") is no such tag; "[b]" with no value is left (a list's letter).
 */
const bbCode = /\[\/(?:color|size|font|b|i|u|s|url|img|quote|align|backcolor|bgcolor|center|left|right|indent|list|table|tr|td|p)\]|\[(?:color|size|font|url|align|backcolor|bgcolor|img|list)=[^\[\]\s]{1,40}\]/giu;
export function takePrintedBBCode(lines: SourceLine[], shifts: ColumnShift[]): { first?: { line: number; column: number }; count: number; quoted?: string[] } {
  let first: { line: number; column: number } | undefined;
  let count = 0;
  const quoted: string[] = [];
  for (const line of lines) {
    const found = line.text.match(bbCode);
    if (!found) continue;
    first ??= { line: line.line, column: line.column + line.text.search(bbCode) };
    for (const m of found) if (quoted.length < 2 && !quoted.includes(m)) quoted.push(m);
    count += takeOut(line, bbCode, shifts);
  }
  return { first, count, quoted };
}

