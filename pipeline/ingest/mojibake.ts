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

/** Repairs the garbled lines that read back whole, takes out the others; returns both, for the report. */
export function repairMojibake(lines: readonly SourceLine[]): { lines: SourceLine[]; garbled: Garbled[] } {
  const garbled: Garbled[] = [];
  const out: SourceLine[] = [];
  for (const line of lines) {
    const trimmed = line.text.trim();
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
