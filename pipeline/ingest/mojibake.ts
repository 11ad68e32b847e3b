/**
 * Mojibake: a line of UTF-8 Chinese that some server or widget read as GBK
 * ("对不起，可能是网络原因…" printed "瀵逛笉璧凤紝鍙兘鏄綉缁滃師鍥…"). The page
 * itself decoded fine; only that line is garbled. Its characters, encoded back
 * to GBK, are the original UTF-8 bytes — less those the wrong reading dropped
 * (a byte left over at an odd place): a line is mojibake when those bytes read
 * as UTF-8 mostly cleanly, and as common Chinese where the garbled line was
 * made of rare characters. A line that reads back whole is repaired in place;
 * one that lost bytes cannot be (its words are gone from the page) and is
 * taken out, reported as damage with what can still be read of it.
 */
import iconv from 'iconv-lite';
import { COMMON_HAN } from './common-han.ts';
import type { SourceLine } from './types.ts';

const MIN_HAN = 6;
/** At most this share of the read-back characters may be lost bytes (U+FFFD). */
const MAX_LOST = 0.25;

export interface Garbled {
  line: number;
  column: number;
  garbled: string;
  /** What the line reads as, lost characters shown as U+FFFD. */
  text: string;
  /** The line read back whole (a last character cut short at most): repaired in place, else taken out. */
  repaired: boolean;
  /** (stop 58) The encoding the replacement marks were read in, when the line is nothing but them (嚙踝蕭: Big5, 锟斤拷: GBK). */
  replaced?: 'Big5' | 'GBK';
}

const hanOf = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c));
const commonShare = (s: string) => {
  const han = hanOf(s);
  return han.filter((c) => COMMON_HAN.has(c)).length / Math.max(1, han.length);
};

/** What a garbled line reads as, else undefined (the line is no mojibake). */
export function unscramble(text: string): { text: string; repaired: boolean } | undefined {
  if (hanOf(text).length < MIN_HAN) return undefined;
  const bytes = iconv.encode(text, 'gbk');
  // A character GBK cannot hold is no mojibake of it.
  if (iconv.decode(bytes, 'gbk') !== text) return undefined;
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const chars = [...decoded];
  const lost = chars.filter((c) => c === '\uFFFD').length;
  if (lost / chars.length > MAX_LOST || hanOf(decoded).length < 4) return undefined;
  // The reading is prose (mostly common characters); the garbled line was not.
  if (commonShare(decoded) < 0.6 || commonShare(text) >= 0.3) return undefined;
  const whole = lost === 0 || (lost === 1 && decoded.endsWith('\uFFFD'));
  return { text: whole ? decoded.replace(/\uFFFD$/u, '') : decoded, repaired: whole };
}

/**
 * (stop 58, blind: e-go.org.tw, "嚙踝蕭嚙緬嚙踝蕭嚙踝蕭" alone on its line under a Taiwan site's menu — it was a heading) Characters
 * a page lost before it was read again in a double-byte encoding: a UTF-8 page's undecodable bytes became replacement marks
 * (U+FFFD, bytes EF BF BD), and the marks, read as Big5, print 嚙踝蕭 (嚙 = EF BF), or read as GBK the well-known 锟斤拷
 * (锟 = EF BF). A run of them is two such marks or more (each opens with 嚙 or 锟), the run's characters encoded back giving
 * nothing but the marks' bytes and an ASCII byte or two between them. Nothing of the words is left.
 */
const replacementRun = /(?:[锟嚙][^锟嚙\s，。,.;；:：!！?？、“”"'（）()]{0,2}){2,}/gu;

export function replacementEncoding(run: string): 'Big5' | 'GBK' | undefined {
  const encoding = run.startsWith('嚙') ? 'big5' : 'gbk';
  const bytes = iconv.encode(run, encoding);
  if (iconv.decode(bytes, encoding) !== run) return undefined;
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const marks = [...decoded].filter((c) => c === '\uFFFD').length;
  const rest = decoded.replace(/\uFFFD/gu, '');
  if (marks < 2 || !/^[\x20-\x7e]{0,2}$/u.test(rest)) return undefined;
  return encoding === 'big5' ? 'Big5' : 'GBK';
}

/** Each run of replacement marks read as Big5 or GBK in a text: where it starts, what it is, the encoding. */
export function replacementRuns(text: string): Array<{ index: number; run: string; encoding: 'Big5' | 'GBK' }> {
  const found: Array<{ index: number; run: string; encoding: 'Big5' | 'GBK' }> = [];
  for (const m of text.matchAll(replacementRun)) {
    // the last mark's two characters may have taken a word's first character after it: give back what does not read as marks
    let run = m[0];
    let encoding = replacementEncoding(run);
    while (!encoding && run.length > 2) {
      run = run.slice(0, -1);
      encoding = replacementEncoding(run);
    }
    if (encoding) found.push({ index: m.index!, run, encoding });
  }
  return found;
}

/** Repairs the garbled lines that read back whole, takes out the others; returns both, for the report. */
export function repairMojibake(lines: readonly SourceLine[]): { lines: SourceLine[]; garbled: Garbled[] } {
  const garbled: Garbled[] = [];
  const out: SourceLine[] = [];
  for (const line of lines) {
    const trimmed = line.text.trim();
    const runs = trimmed === '' ? [] : replacementRuns(trimmed);
    if (runs.length === 1 && runs[0].run === trimmed) {
      // a line of nothing but replacement marks: its words are gone, the line taken out and said
      const lead = line.text.length - line.text.trimStart().length;
      garbled.push({ line: line.line, column: line.column + lead, garbled: trimmed, text: '', repaired: false, replaced: runs[0].encoding });
      continue;
    }
    const reading = trimmed === '' ? undefined : unscramble(trimmed);
    if (!reading) {
      out.push(line);
      continue;
    }
    const lead = line.text.length - line.text.trimStart().length;
    garbled.push({ line: line.line, column: line.column + lead, garbled: trimmed, ...reading });
    if (reading.repaired) out.push({ ...line, text: line.text.slice(0, lead) + reading.text });
  }
  return { lines: out, garbled };
}
