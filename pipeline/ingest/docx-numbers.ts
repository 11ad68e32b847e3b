/**
 * Word's automatic numbering written into the text, as Word prints it. A
 * document whose headings are numbered by a list (一、 from a chineseCounting
 * level "%1、", （一） from "（%2）") holds no "一、" in its text: mammoth makes
 * such paragraphs list items and the numbers, which the outline is read from,
 * are gone. So before mammoth reads the document, each numbered paragraph gets
 * its label as a run of text (counted per list, deeper levels restarting) and
 * its numbering off; bullets are left as they are (a list stays a list).
 */
import type JSZip from 'jszip';
import type { Element as XmlElement, Root as XmlRoot } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { toXml } from 'xast-util-to-xml';
import { child, descendants } from '../translate/xml.ts';

interface Level {
  format: string;
  text: string;
  start: number;
}

/** Writes the labels into word/document.xml in `zip` (in place); returns how many paragraphs were numbered. */
export async function writeNumbers(zip: JSZip): Promise<number> {
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (numberingXml === undefined || documentXml === undefined) return 0;
  const { nums, abstracts } = readNumbering(fromXml(numberingXml));
  const styles = readStyles(await zip.file('word/styles.xml')?.async('string'));
  const tree = fromXml(documentXml);
  const counters = new Map<string, number[]>();
  let numbered = 0;
  for (const p of descendants(tree, 'w:p')) {
    const pPr = child(p, 'w:pPr');
    const own = pPr && child(pPr, 'w:numPr');
    const style = pPr && child(pPr, 'w:pStyle')?.attributes['w:val'];
    const numId = (own && child(own, 'w:numId')?.attributes['w:val']) ?? (style ? styles.get(String(style))?.numId : undefined);
    if (numId === undefined || numId === '0') continue;
    const ilvl = Number((own && child(own, 'w:ilvl')?.attributes['w:val']) ?? (style ? styles.get(String(style))?.ilvl : undefined) ?? 0);
    const num = nums.get(String(numId));
    const levels = num && abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || level.format === 'bullet' || level.format === 'none') continue;
    const counter = countListItem(counters, num.abstract, ilvl, num.starts.get(ilvl) ?? level.start);
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      const l = levels.get(at);
      return l ? formatNumber(counter[at] ?? l.start, l.format) : '';
    });
    // The label as the paragraph's first run; the numbering off (numId 0), so mammoth reads a paragraph.
    const run: XmlElement = { type: 'element', name: 'w:r', attributes: {}, children: [{ type: 'element', name: 'w:t', attributes: { 'xml:space': 'preserve' }, children: [{ type: 'text', value: label }] }] };
    const off: XmlElement = { type: 'element', name: 'w:numPr', attributes: {}, children: [{ type: 'element', name: 'w:numId', attributes: { 'w:val': '0' }, children: [] }] };
    if (pPr) {
      pPr.children = [...pPr.children.filter((c) => !(c.type === 'element' && c.name === 'w:numPr')), off];
      p.children.splice(p.children.indexOf(pPr) + 1, 0, run);
    } else p.children.unshift({ type: 'element', name: 'w:pPr', attributes: {}, children: [off] }, run);
    numbered++;
  }
  if (numbered > 0) zip.file('word/document.xml', toXml(tree));
  return numbered;
}

function readNumbering(root: XmlRoot): { nums: Map<string, { abstract: string; starts: Map<number, number> }>; abstracts: Map<string, Map<number, Level>> } {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of descendants(root, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of descendants(a, 'w:lvl')) {
      levels.set(Number(lvl.attributes['w:ilvl'] ?? 0), {
        format: String(child(lvl, 'w:numFmt')?.attributes['w:val'] ?? 'decimal'),
        text: String(child(lvl, 'w:lvlText')?.attributes['w:val'] ?? ''),
        start: Number(child(lvl, 'w:start')?.attributes['w:val'] ?? 1),
      });
    }
    abstracts.set(String(a.attributes['w:abstractNumId']), levels);
  }
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  for (const n of descendants(root, 'w:num')) {
    const starts = new Map<number, number>();
    for (const o of descendants(n, 'w:lvlOverride')) {
      const start = child(o, 'w:startOverride')?.attributes['w:val'];
      if (start !== undefined) starts.set(Number(o.attributes['w:ilvl'] ?? 0), Number(start));
    }
    nums.set(String(n.attributes['w:numId']), { abstract: String(child(n, 'w:abstractNumId')?.attributes['w:val'] ?? ''), starts });
  }
  return { nums, abstracts };
}

/** Paragraph styles that number their paragraphs (a heading style tied to a list), with what they inherit. */
function readStyles(xml: string | undefined): Map<string, { numId?: string; ilvl?: string }> {
  const out = new Map<string, { numId?: string; ilvl?: string }>();
  if (xml === undefined) return out;
  const raw = new Map<string, { numId?: string; ilvl?: string; basedOn?: string }>();
  for (const s of descendants(fromXml(xml), 'w:style')) {
    const numPr = child(s, 'w:pPr') && child(child(s, 'w:pPr')!, 'w:numPr');
    const value = (node: XmlElement | undefined, name: string) => {
      const v = node && child(node, name)?.attributes['w:val'];
      return v === undefined || v === null ? undefined : String(v);
    };
    raw.set(String(s.attributes['w:styleId']), { numId: value(numPr, 'w:numId'), ilvl: value(numPr, 'w:ilvl'), basedOn: value(s, 'w:basedOn') });
  }
  for (const id of raw.keys()) {
    let style = raw.get(id);
    for (let depth = 0; style && style.numId === undefined && style.basedOn && depth < 10; depth++) style = raw.get(style.basedOn);
    if (style?.numId !== undefined) out.set(id, { numId: style.numId, ilvl: raw.get(id)?.ilvl ?? style.ilvl });
  }
  return out;
}

const CHINESE = '〇一二三四五六七八九';

/**
 * Word's list counting, for the .docx and the .doc reader (doc-numbers.ts): a paragraph of `list` at level `ilvl`
 * counts that level on from `start` (its first number), and the deeper levels restart. Returns the list's counters.
 */
export function countListItem<K>(counters: Map<K, number[]>, list: K, ilvl: number, start: number): number[] {
  const counter = counters.get(list) ?? [];
  counters.set(list, counter);
  counter[ilvl] = (counter[ilvl] ?? start - 1) + 1;
  counter.length = ilvl + 1; // deeper levels restart
  return counter;
}

/** A counter in Word's number formats (ECMA-376 ST_NumberFormat); an unknown one as decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand': // what LibreOffice writes for its 一, 二, 三 numbering (round 9)
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return format === 'ideographDigital' || format === 'taiwaneseDigital' ? [...String(n)].map((d) => CHINESE[Number(d)]).join('') : chineseCount(n);
    case 'chineseLegalSimplified':
      return chineseCount(n).replace(/[一二三四五六七八九十百]/g, (c) => '壹贰叁肆伍陆柒捌玖拾佰'['一二三四五六七八九十百'.indexOf(c)]);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10];
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const roman = toRoman(n);
      return format === 'lowerRoman' ? roman.toLowerCase() : roman;
    }
    default:
      return String(n);
  }
}

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一. */
function chineseCount(n: number): string {
  if (n <= 0 || n >= 1000) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${CHINESE[hundreds]}百` : '';
  if (tens) out += `${tens === 1 && !hundreds ? '' : CHINESE[tens]}十`;
  else if (hundreds && ones) out += '零';
  if (ones) out += CHINESE[ones];
  return out;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) for (; n >= value; n -= value) out += letters;
  return out;
}

