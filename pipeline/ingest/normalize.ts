/**
 * Typographic normalization of one paragraph's text: NFC, half-width
 * punctuation in Chinese context made full-width, spurious spaces inside
 * Chinese (PDF extraction, letter-spaced titles) removed. Half-width stays
 * inside numbers and Latin text (28.9万, 2.63, 5A, 1,000, 10:30) and URLs.
 */
import { isCjk, isCjkPunct, isDigit, isHan, isSpace } from './chars.ts';
import type { NormalizeCounts } from './types.ts';

export function emptyCounts(): NormalizeCounts {
  return { punctuation: 0, spaces: 0, nfc: 0, joinedLines: 0 };
}

const fullWidth: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

/** URLs and e-mail addresses keep their ASCII punctuation. */
const protectedSpan = /(?:https?|ftp):\/\/[\x21-\x7e]+|www\.[\w-]+\.[\x21-\x7e]+|[\w.+-]+@[\w-]+\.[\w.-]+/g;

export function normalizeText(input: string, counts: NormalizeCounts): string {
  let text = input.normalize('NFC');
  if (text !== input) counts.nfc += Math.max(1, Math.abs(input.length - text.length));
  const chars = [...text];
  const keep = protectedMask(text, chars.length);
  convertPunctuation(chars, keep, counts);
  text = removeSpaces(chars, keep, counts);
  return text;
}

function protectedMask(text: string, length: number): Uint8Array {
  const mask = new Uint8Array(length);
  if (!/[:@.]/.test(text)) return mask;
  // Map UTF-16 offsets of matches onto code-point indexes.
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    offsets.push(offset);
    offset += char.length;
  }
  let i = 0; // matches come in order: one pass over the text
  for (const match of text.matchAll(protectedSpan)) {
    const start = match.index!;
    const end = start + match[0].length;
    while (i < length && offsets[i] < start) i++;
    while (i < length && offsets[i] < end) mask[i++] = 1;
  }
  return mask;
}

function neighbour(chars: string[], from: number, step: 1 | -1): string | undefined {
  for (let i = from + step; i >= 0 && i < chars.length; i += step) if (!isSpace(chars[i])) return chars[i];
  return undefined;
}

function convertPunctuation(chars: string[], keep: Uint8Array, counts: NormalizeCounts): void {
  const open: number[] = [];
  const pairs = new Map<number, number>();
  for (let i = 0; i < chars.length; i++) {
    if (keep[i]) continue;
    if (chars[i] === '(') open.push(i);
    else if (chars[i] === ')' && open.length > 0) pairs.set(open.pop()!, i);
  }
  const decided = new Map<number, boolean>();
  for (const [start, end] of pairs) {
    let chinese = isCjk(neighbour(chars, start, -1)) || isCjk(neighbour(chars, end, 1));
    for (let i = start + 1; !chinese && i < end; i++) chinese = isHan(chars[i]) || isCjkPunct(chars[i]);
    decided.set(start, chinese);
    decided.set(end, chinese);
  }
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    const wide = fullWidth[char];
    if (!wide || keep[i]) continue;
    const before = neighbour(chars, i, -1);
    const after = neighbour(chars, i, 1);
    let convert: boolean;
    if (decided.has(i)) convert = decided.get(i)!;
    else if (char === '(' || char === ')') convert = isCjk(before) || isCjk(after);
    // 1,000 / 10:30 / 1:1 stay half-width between digits.
    else if (isDigit(before) && isDigit(after) && !isSpace(chars[i + 1])) convert = false;
    else convert = isCjk(before) || (isHan(after) && before !== undefined && !/[A-Za-z]/.test(before)) || (before === undefined && isHan(after));
    if (convert) {
      chars[i] = wide;
      counts.punctuation++;
    }
  }
}

/**
 * A space between two Chinese characters (or between Chinese and a digit, or
 * next to full-width punctuation) is an artefact: Chinese is written without
 * spaces. Spaces between Chinese and Latin words are left alone.
 */
function removeSpaces(chars: string[], keep: Uint8Array, counts: NormalizeCounts): string {
  let out = '';
  let i = 0;
  while (i < chars.length) {
    if (!isSpace(chars[i]) || keep[i]) {
      out += chars[i++];
      continue;
    }
    let j = i;
    while (j < chars.length && isSpace(chars[j])) j++;
    const left = chars[i - 1];
    const right = chars[j];
    const drop =
      left === undefined ||
      right === undefined ||
      (isCjk(left) && (isCjk(right) || isDigit(right))) ||
      (isDigit(left) && isCjk(right)) ||
      isCjkPunct(left) ||
      isCjkPunct(right);
    if (drop) counts.spaces += j - i;
    else {
      out += ' ';
      counts.spaces += j - i - 1;
    }
    i = j;
  }
  return out;
}
