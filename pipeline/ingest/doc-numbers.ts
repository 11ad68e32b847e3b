/**
 * A .doc's automatic numbering and heading styles, read from its binary tables
 * (MS-DOC): word-extractor gives the text, in which a paragraph numbered by a
 * list (一、 from a Chinese-counting level "\x00、", （一） from "（\x01）") holds
 * no number. Each body paragraph's properties (the PAPX in the FKP pages of
 * PlcBtePapx: its style, its list ilfo and level ilvl) and its style's (the
 * STSH, through istdBase) name its list instance (PlfLfo, start overrides) and
 * list (PlfLst, each level's number format nfc, start and number text); the
 * label is counted per list as Word prints it (deeper levels restarting) and
 * written by docx-numbers.ts's `formatNumber`, as for a .docx. A paragraph in
 * a heading style (heading 1–9) is that heading level.
 */
import { countListItem, formatNumber } from './docx-numbers.ts';

export interface DocParagraph {
  /** The paragraph mark's character position in the body. */
  mark: number;
}

export interface DocNumbering {
  /** Per paragraph (same order): the automatic number as printed, and the heading level of its style. */
  paragraphs: Array<{ label?: string; heading?: number }>;
}

/** MS-DOC nfc (MSONFC) → ECMA-376 ST_NumberFormat, in the same order. */
const NFC = [
  'decimal', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'ordinal', 'cardinalText', 'ordinalText', 'hex', 'chicago',
  'ideographDigital', 'japaneseCounting', 'aiueo', 'iroha', 'decimalFullWidth', 'decimalHalfWidth', 'japaneseLegal', 'japaneseDigitalTenThousand',
  'decimalEnclosedCircle', 'decimalFullWidth2', 'aiueoFullWidth', 'irohaFullWidth', 'decimalZero', 'bullet', 'ganada', 'chosung',
  'decimalEnclosedFullstop', 'decimalEnclosedParen', 'decimalEnclosedCircleChinese', 'ideographEnclosedCircle', 'ideographTraditional',
  'ideographZodiac', 'ideographZodiacTraditional', 'taiwaneseCounting', 'ideographLegalTraditional', 'taiwaneseCountingThousand',
  'taiwaneseDigital', 'chineseCounting', 'chineseLegalSimplified', 'chineseCountingThousand',
];

const sprmPIlvl = 0x260a;
const sprmPIlfo = 0x460b;
const sprmTDefTable = 0xd608;

interface Props {
  istd?: number;
  ilfo?: number;
  ilvl?: number;
}

interface Level {
  start: number;
  format: string;
  /** The number text, a level's placeholder as the character of its index (0–8). */
  text: string;
}

export function readNumbering(word: Buffer, table: Buffer, paragraphs: readonly DocParagraph[], filePos: (cp: number) => number | undefined): DocNumbering {
  const fib = (index: number): [number, number] => [word.readUInt32LE(0x9a + index * 8), word.readUInt32LE(0x9a + index * 8 + 4)];
  const runs = readPapx(word, table, fib(13));
  const styles = readStyles(table, fib(1));
  const lists = readLists(table, fib(73));
  const overrides = readOverrides(table, fib(74));
  const counters = new Map<number, number[]>();
  const out: DocNumbering['paragraphs'] = [];
  let r = 0;
  for (const p of paragraphs) {
    const fc = filePos(p.mark);
    let props: Props | undefined;
    if (fc !== undefined) {
      // Runs are in file order, and so (mostly) are paragraphs: search on from the last match, else from the start.
      const find = (from: number) => {
        for (let i = from; i < runs.length; i++) if (runs[i].start <= fc && fc < runs[i].end) return i;
        return -1;
      };
      let i = find(r);
      if (i < 0) i = find(0);
      if (i >= 0) [r, props] = [i, runs[i].props];
    }
    const style = props?.istd !== undefined ? styles.get(props.istd) : undefined;
    const heading = style?.heading;
    const ilfo = props?.ilfo ?? style?.ilfo;
    const ilvl = props?.ilvl ?? style?.ilvl ?? 0;
    const entry: { label?: string; heading?: number } = heading ? { heading } : {};
    const lfo = ilfo && ilfo > 0 && ilfo <= overrides.length ? overrides[ilfo - 1] : undefined;
    const levels = lfo && lists.get(lfo.lsid);
    const level = levels?.[ilvl];
    if (lfo && levels && level && level.format !== 'bullet' && level.format !== 'none') {
      const startOf = (k: number) => lfo.starts.get(k) ?? levels[k]?.start ?? 1;
      const counter = countListItem(counters, lfo.lsid, ilvl, startOf(ilvl));
      let label = '';
      for (const c of level.text) {
        const k = c.charCodeAt(0);
        label += k <= 8 ? (levels[k] ? formatNumber(counter[k] ?? startOf(k), levels[k].format) : '') : c;
      }
      if (label.trim()) entry.label = label;
    }
    out.push(entry);
  }
  return { paragraphs: out };
}

/** Each paragraph run of the FKP pages: its file positions, style and list. */
function readPapx(word: Buffer, table: Buffer, [fc, lcb]: [number, number]): Array<{ start: number; end: number; props: Props }> {
  const runs: Array<{ start: number; end: number; props: Props }> = [];
  if (lcb < 4) return runs;
  const n = (lcb - 4) / 8;
  for (let i = 0; i < n; i++) {
    const page = (table.readUInt32LE(fc + (n + 1) * 4 + i * 4) & 0x3fffff) * 512;
    const fkp = word.subarray(page, page + 512);
    const crun = fkp.readUInt8(511);
    for (let j = 0; j < crun; j++) {
      const offset = fkp.readUInt8((crun + 1) * 4 + j * 13) * 2;
      if (offset === 0) continue;
      const cb = fkp.readUInt8(offset);
      const grpprl = cb !== 0 ? fkp.subarray(offset + 1, offset + 2 * cb) : fkp.subarray(offset + 2, offset + 2 + 2 * fkp.readUInt8(offset + 1));
      if (grpprl.length < 2) continue;
      runs.push({ start: fkp.readUInt32LE(j * 4), end: fkp.readUInt32LE((j + 1) * 4), props: { istd: grpprl.readUInt16LE(0), ...listProps(grpprl, 2) } });
    }
  }
  return runs;
}

/** sprmPIlfo and sprmPIlvl among a grpprl's sprms. */
function listProps(grpprl: Buffer, from: number): Props {
  const props: Props = {};
  let at = from;
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    if (sprm === sprmPIlfo && at + 2 <= grpprl.length) props.ilfo = grpprl.readInt16LE(at);
    if (sprm === sprmPIlvl && at + 1 <= grpprl.length) props.ilvl = grpprl.readUInt8(at);
    const spra = sprm >> 13;
    if (spra === 0 || spra === 1) at += 1;
    else if (spra === 2 || spra === 4 || spra === 5) at += 2;
    else if (spra === 3) at += 4;
    else if (spra === 7) at += 3;
    else if (sprm === sprmTDefTable) at += at + 2 <= grpprl.length ? 2 + grpprl.readUInt16LE(at) - 1 : grpprl.length;
    else at += at < grpprl.length ? 1 + grpprl.readUInt8(at) : 1;
  }
  return props;
}

/** Paragraph styles (STSH): the heading level of heading 1–9 and the list a style numbers with, inherited through istdBase. */
function readStyles(table: Buffer, [fc, lcb]: [number, number]): Map<number, { heading?: number; ilfo?: number; ilvl?: number }> {
  const raw: Array<{ sti: number; base: number; props: Props } | undefined> = [];
  if (lcb >= 6) {
    const cbStshi = table.readUInt16LE(fc);
    const cstd = table.readUInt16LE(fc + 2);
    const cbBase = table.readUInt16LE(fc + 4);
    let at = fc + 2 + cbStshi;
    for (let i = 0; i < cstd && at + 2 <= fc + lcb; i++) {
      const cbStd = table.readUInt16LE(at);
      const std = at + 2;
      at = std + cbStd;
      if (cbStd === 0) {
        raw.push(undefined);
        continue;
      }
      const sti = table.readUInt16LE(std) & 0x0fff;
      const stk = table.readUInt16LE(std + 2) & 0x000f;
      const base = table.readUInt16LE(std + 2) >> 4;
      const cch = table.readUInt16LE(std + cbBase);
      let upx = std + cbBase + 2 + cch * 2 + 2;
      if ((upx - std) % 2) upx++;
      let props: Props = {};
      if (stk === 1 && upx + 4 <= at) {
        const cbUpx = table.readUInt16LE(upx);
        if (cbUpx >= 2) props = listProps(table.subarray(upx + 4, upx + 2 + cbUpx), 0);
      }
      raw.push({ sti, base, props });
    }
  }
  const out = new Map<number, { heading?: number; ilfo?: number; ilvl?: number }>();
  raw.forEach((style, istd) => {
    if (!style) return;
    let ilfo: number | undefined;
    let ilvl: number | undefined;
    let s: typeof style | undefined = style;
    for (let depth = 0; s && depth < 10; depth++) {
      ilfo ??= s.props.ilfo;
      ilvl ??= s.props.ilvl;
      s = s.base === 0x0fff ? undefined : raw[s.base];
    }
    out.set(istd, { ...(style.sti >= 1 && style.sti <= 9 ? { heading: style.sti } : {}), ilfo, ilvl });
  });
  return out;
}

/** PlfLst: each list (by lsid) and its levels (1, or 9 unless a simple list), the LVLs following the LSTF array. */
function readLists(table: Buffer, [fc, lcb]: [number, number]): Map<number, Level[]> {
  const lists = new Map<number, Level[]>();
  if (lcb < 2) return lists;
  const count = table.readInt16LE(fc);
  let at = fc + 2 + count * 28;
  for (let i = 0; i < count; i++) {
    const lstf = fc + 2 + i * 28;
    const lsid = table.readInt32LE(lstf);
    const simple = table.readUInt8(lstf + 26) & 1;
    const levels: Level[] = [];
    for (let k = 0; k < (simple ? 1 : 9); k++) {
      const [level, next] = readLevel(table, at);
      levels.push(level);
      at = next;
    }
    lists.set(lsid, levels);
  }
  return lists;
}

function readLevel(table: Buffer, at: number): [Level, number] {
  const start = table.readInt32LE(at);
  const nfc = table.readUInt8(at + 4);
  const cbChpx = table.readUInt8(at + 24);
  const cbPapx = table.readUInt8(at + 25);
  let next = at + 28 + cbPapx + cbChpx;
  const cch = table.readUInt16LE(next);
  const text = table.subarray(next + 2, next + 2 + cch * 2).toString('utf16le');
  next += 2 + cch * 2;
  return [{ start, format: nfc === 255 ? 'none' : (NFC[nfc] ?? 'decimal'), text }, next];
}

/** PlfLfo: each list instance (ilfo 1…) — its list's lsid, and the start values it overrides. */
function readOverrides(table: Buffer, [fc, lcb]: [number, number]): Array<{ lsid: number; starts: Map<number, number> }> {
  const out: Array<{ lsid: number; starts: Map<number, number> }> = [];
  if (lcb < 4) return out;
  const count = table.readUInt32LE(fc);
  const counts: number[] = [];
  for (let i = 0; i < count; i++) {
    const lfo = fc + 4 + i * 16;
    out.push({ lsid: table.readInt32LE(lfo), starts: new Map() });
    counts.push(table.readUInt8(lfo + 12));
  }
  let at = fc + 4 + count * 16;
  for (let i = 0; i < count; i++) {
    at += 4; // LFOData.cp
    for (let k = 0; k < counts[i]; k++) {
      const startAt = table.readInt32LE(at);
      const flags = table.readUInt32LE(at + 4);
      at += 8;
      if (flags & 0x10) out[i].starts.set(flags & 0x0f, startAt);
      if (flags & 0x20) at = readLevel(table, at)[1];
    }
  }
  return out;
}
