/**
 * Numbers in English text: digits (13,800; 2.757 million; 98.1%; 9th),
 * number words (six million, twenty-nine, ninth), and month names for
 * Chinese month numbers. Outline markers ((1), a leading `1.`) and fixed
 * names (COVID-19) are not figures.
 */
import { scaleDecimal, thousandsSeparator, type FoundNumber } from './types.ts';

const ones: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const tens: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ordinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};
/**
 * The denominator of a fraction: “two thirds”, “three quarters”, “nine tenths” — an ordinal's plural (not “seconds”),
 * never any word ending in -ths (“nine months”, “two youths” are counts).
 */
const fractionDenominator = new RegExp(
  `^[\\s-]+(?:halves|quarters|${Object.keys(ordinals).filter((o) => o !== 'first' && o !== 'second').map((o) => `${o}s`).join('|')}|thousandths|millionths)\\b`,
  'i',
);
const scales: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
export { months } from '../../model/date-style.ts';

/** The percent suffix that makes a figure percentage points (a difference of percentages), not percent. */
const percentagePoints = /percentage[\s-]points?/i;
const digits = /(?<![\w.,]|\d[.,])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|\d+)(\.\d+)?(st|nd|rd|th)?(?:[\s-]+(hundred|thousand|million|billion|trillion)\b|\s?(bn|mn)\b)?((?:\s*|-)(?:%|percent\b|per cent\b|percentage[\s-]points?\b))?/gi;
const fixedNames = /\b(?:COVID|Covid|covid)-19\b|\b[A-Z]\d+\b/g;
/** A currency code glued to its figure, as financial English writes it: RMB3.91 billion, US$5 million. */
const currencyPrefix = /\b(?:RMB|CNY|USD|HKD|US\$|HK\$)(?=\d)/g;
const abbreviated: Record<string, string> = { bn: 'billion', mn: 'million' };
/** A clock time on the hour, "9:00 a.m.", "at 15:00": its ":00" is no figure (上午9时 says no minutes); "9:30" keeps its 30 (9时30分). */
const onTheHour = /(?<=\b\d{1,2}):00\b(?![:.,]?\d)/g;

export function findEnNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  const masked = text.replace(fixedNames, (m) => ' '.repeat(m.length)).replace(currencyPrefix, (m) => ' '.repeat(m.length)).replace(onTheHour, (m) => ' '.repeat(m.length));
  for (const m of masked.matchAll(digits)) {
    const [raw, whole, fraction = '', suffix, word, abbreviation, percent] = m;
    const scale = word ?? (abbreviation ? abbreviated[abbreviation] : undefined);
    const start = m.index;
    if (isOutlineMarker(masked, start, start + whole.length + fraction.length, whole)) continue;
    const plain = whole.replace(thousandsSeparator, '') + fraction;
    const value = scale ? scaleDecimal(plain, Math.log10(scales[scale.toLowerCase()])) : Number(plain);
    found.push({
      value,
      kind: percent ? 'percent' : suffix ? 'ordinal' : 'cardinal',
      ...(percent && percentagePoints.test(percent) ? { points: true } : {}),
      raw: raw.trim(),
      index: start,
    });
  }
  found.push(...findNumberWords(masked));
  found.sort((a, b) => a.index - b.index);
  shareRangeUnits(found, masked);
  return found;
}

/**
 * “10 to 20 percent”, “5-10 million”: the left end takes the right end's unit
 * — when that keeps the range rising: in “590.8 billion yuan in 2016 to 950
 * billion” the 2016 is a year, not 2,016 billion.
 */
function shareRangeUnits(found: FoundNumber[], text: string): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const [left, right] = [found[i], found[i + 1]];
    if (!/^\s*(?:-|–|—|to|and)\s*$/i.test(text.slice(left.index + left.raw.length, right.index))) continue;
    // (a left end with a unit of its own is no bare end of a range: "grew by 5 percent to 140.19 trillion yuan" is growth to a total)
    if (left.kind !== 'cardinal') continue;
    if (right.kind === 'percent') Object.assign(left, { kind: 'percent', points: right.points });
    const scale = /\b(thousand|million|billion|trillion)\b/i.exec(right.raw)?.[1]?.toLowerCase();
    if (!scale || /thousand|million|billion|trillion/i.test(left.raw)) continue;
    const scaled = scaleDecimal(String(left.value), Math.log10(scales[scale]));
    if (scaled <= right.value) left.value = scaled;
  }
}

/** Runs of number words: “six million”, “twenty-nine”, “one hundred and five”, “ninth”. */
function findNumberWords(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  const words = [...text.matchAll(/[A-Za-z]+/g)];
  let i = 0;
  while (i < words.length) {
    const first = words[i][0].toLowerCase();
    if (!(first in ones || first in tens || first in ordinals)) {
      i++;
      continue;
    }
    let total = 0;
    let current = 0;
    let ordinal = false;
    let fraction = false;
    let j = i;
    for (; j < words.length; j++) {
      const word = words[j][0].toLowerCase();
      if (j > i) {
        const gap = text.slice(words[j - 1].index + words[j - 1][0].length, words[j].index);
        if (!/^[\s-]+$/.test(gap)) break;
        if (word === 'and' && j + 1 < words.length && (words[j + 1][0].toLowerCase() in ones || words[j + 1][0].toLowerCase() in tens)) continue;
        if (ordinal) break;
      }
      if (word in ones) current += ones[word];
      else if (word in tens) current += tens[word];
      else if (word in ordinals) {
        // “one third”: a fraction (not compared), unlike “twenty-first”
        if (j > i && !/-/.test(text.slice(words[j - 1].index + words[j - 1][0].length, words[j].index))) {
          fraction = true;
          j++;
          break;
        }
        current += ordinals[word];
        ordinal = true;
      } else if (word in scales && j > i) {
        if (scales[word] === 100) current *= 100;
        else {
          total += current * scales[word];
          current = 0;
        }
      } else break;
    }
    const end = words[j - 1].index + words[j - 1][0].length;
    const after = text.slice(end);
    // “three quarters” is a fraction; “the first and second quarters” (of a year) are not: a fraction's count is a cardinal;
    // nor are “the first three quarters”, “the past two quarters” (a count of quarters, 前三季度)
    const counted = /^[\s-]+quarters\b/i.test(after) && /\b(?:first|last|past|next|previous|final|coming)[\s-]+$/i.test(text.slice(0, words[i].index));
    if (fraction || (!ordinal && !counted && fractionDenominator.test(after))) {
      i = j;
      continue;
    }
    const percent = /^(?:\s*|-)(?:percent\b|per cent\b|%|percentage[\s-]points?\b)/i.exec(after)?.[0];
    found.push({
      value: total + current,
      kind: percent ? 'percent' : ordinal ? 'ordinal' : 'cardinal',
      ...(percent && percentagePoints.test(percent) ? { points: true } : {}),
      raw: text.slice(words[i].index, end),
      index: words[i].index,
      words: true,
    });
    i = j;
  }
  return found;
}

function isOutlineMarker(text: string, start: number, end: number, whole: string): boolean {
  if (!/^\d{1,2}$/.test(whole)) return false;
  if (text[start - 1] === '(' && text[end] === ')') return true;
  return /^\s*$/.test(text.slice(0, start)) && /^\.\s/.test(text.slice(end));
}
