/**
 * Code points and unicode-range values for the @font-face rules of render/fonts.ts: exact ranges
 * (the EPUB, the print page), ranges spanning the gaps between a page's characters, and a face's
 * characters cut at the page's first screen (the HTML page: SubsetOptions compactRanges, firstScreen).
 */

/** Compact `unicode-range` for a sorted list of code points. */
export function unicodeRange(codePoints: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codePoints.length; i++) {
    let j = i;
    while (j + 1 < codePoints.length && codePoints[j + 1] === codePoints[j] + 1) j++;
    const hex = (cp: number) => cp.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(codePoints[i])}` : `U+${hex(codePoints[i])}-${hex(codePoints[j])}`);
    i = j;
  }
  return parts.join(',');
}

/**
 * Whether a code point is in a `unicode-range` value (`U+0-FF,U+131,U+2000-206F`, as a font package's CSS
 * lists a chunk's). The ranges sorted and merged, a code point is looked up by bisection: subsetting asks
 * every chunk of a face about each character not yet placed (a CJK face has ~100 chunks of ~100 ranges
 * each), and trying every range in turn was ~70 ms of a cold EPUB of the long report.
 */
export function rangePredicate(list: string): (cp: number) => boolean {
  let predicate = predicates.get(list);
  if (!predicate) predicates.set(list, (predicate = parseRange(list)));
  return predicate;
}

/**
 * Each `unicode-range` value parsed once per process: the faces of a family list the same chunks (Haidian's
 * 11 print faces: 449 chunks, 105 distinct values; 36,737 ranges to parse, 9,098 distinct), and parsing them
 * all was ~0.13 s of CPU in a fresh process, on the PDFs' path before the first tab (the font plan).
 */
const predicates = new Map<string, (cp: number) => boolean>();

function parseRange(list: string): (cp: number) => boolean {
  const ranges = list
    .split(',')
    .map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
    })
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [from, to] of ranges) {
    if (starts.length > 0 && from <= ends[ends.length - 1] + 1) ends[ends.length - 1] = Math.max(ends[ends.length - 1], to);
    else {
      starts.push(from);
      ends.push(to);
    }
  }
  return (cp) => {
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (cp < starts[mid]) high = mid - 1;
      else if (cp > ends[mid]) low = mid + 1;
      else return true;
    }
    return false;
  };
}

/**
 * The distinct code points of `text` that a font can set (no controls), sorted. A face's text is
 * often a whole report's (the EPUB's and the page's requests, ~100,000 characters for the long
 * report): read by UTF-16 unit with the BMP's seen ones marked in a byte table, it takes ~4 ms
 * where a `for…of` into a Set took ~20 (each call; a book asks several). Astral characters and
 * short texts go through a Set; a lone surrogate is kept as itself, as `for…of` gives it.
 */
export function codePointsOf(text: string): number[] {
  const length = text.length;
  const seen = length > 256 ? new Uint8Array(0x10000) : undefined;
  let others: Set<number> | undefined;
  const found: number[] = [];
  for (let i = 0; i < length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (seen && cp < 0x10000) {
      if (seen[cp] === 0) {
        seen[cp] = 1;
        found.push(cp);
      }
    } else if (!(others ??= new Set()).has(cp)) {
      others.add(cp);
      found.push(cp);
    }
  }
  return found.sort((a, b) => a - b);
}

/** `used` (sorted code points) cut in two: those in `first` (the first screen's text of the face), then the others; one part when either would be empty. */
export function firstScreenParts(used: readonly number[], firstText: string): number[][] {
  const early = new Set(codePointsOf(firstText));
  const first = used.filter((cp) => early.has(cp));
  const rest = used.filter((cp) => !early.has(cp));
  return first.length > 0 && rest.length > 0 ? [first, rest] : [[...used]];
}

/**
 * A unicode-range for `part` (sorted) that also spans the code points between consecutive characters of
 * `shown` (sorted, holding `part`) when both are in `part`: no character the page shows is added, so the
 * face is chosen for exactly the same characters as with unicodeRange(part).
 */
export function spanningRange(part: readonly number[], shown: readonly number[]): string {
  const inPart = new Set(part);
  const hex = (cp: number) => cp.toString(16).toUpperCase();
  const ranges: string[] = [];
  for (let i = 0; i < shown.length; i++) {
    if (!inPart.has(shown[i])) continue;
    let j = i;
    while (j + 1 < shown.length && inPart.has(shown[j + 1])) j++;
    ranges.push(i === j ? `U+${hex(shown[i])}` : `U+${hex(shown[i])}-${hex(shown[j])}`);
    i = j;
  }
  return ranges.join(',');
}

/** A code point nothing is drawn for: controls, spaces, joiners, variation selectors, the byte-order mark. */
const invisible = (cp: number) =>
  cp <= 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) || (cp >= 0x2060 && cp <= 0x206f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || (cp >= 0xe0100 && cp <= 0xe01ef);

/** The code points of `text` a face must draw, other than printable ASCII (every face of the editions draws it), each once. */
export function glyphCandidates(text: string): number[] {
  return codePointsOf(text).filter((cp) => cp > 0x7e && !invisible(cp));
}
