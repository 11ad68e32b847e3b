/** A number found in a block's text (Chinese or English). */
export interface FoundNumber {
  value: number;
  /** cardinal; percent (also 个百分点 / percentage points); ordinal (第九 / ninth); month (12月 / December) */
  kind: 'cardinal' | 'percent' | 'ordinal' | 'month';
  /**
   * A percent that is a difference of percentages: 个百分点 / percentage points. Never the same figure as a
   * percent (“2.3 percentage points above the target” and “2.3% above the target” say different things).
   */
  points?: boolean;
  /** 多/余 → more than; 近 → nearly */
  approx?: 'more' | 'nearly';
  /** the text as written, e.g. `2400多`, `1.38万`, `six million` */
  raw: string;
  /** UTF-16 index into the block's plain text */
  index: number;
  /** written in words (English) or Chinese numerals */
  words?: boolean;
  /** may appear in the English but need not (双 → two-way / dual / double) */
  optional?: boolean;
  /**
   * Other ways the English may give the same figure: 增长1.5倍 (grew by 1.5 times its size) is also
   * 150% (more) or 2.5 (times the level).
   */
  also?: Array<{ value: number; kind: FoundNumber['kind'] }>;
}

/**
 * What groups a figure's digits in threes: a comma (13,800), or a space — plain, no-break or thin — as the HKSAR
 * Government, SI and ISO 80000 write them (160 000, 3 500): only between groups of exactly three digits after one to
 * three, so “in 2017 100 people” stays two figures.
 */
export const thousandsSeparator = /[,\u0020\u00a0\u2009\u202f]/g;

/**
 * `text` (digits with an optional decimal part, no grouping) × 10^zeros,
 * exact for integers below 2^53: 1.38 × 10^4 → 138 × 10^2 = 13800, where
 * float multiplication would give 13799.999999999998.
 */
export function scaleDecimal(text: string, zeros: number): number {
  const [whole, fraction = ''] = text.split('.');
  const mantissa = Number(`${whole}${fraction}`);
  const exponent = zeros - fraction.length;
  return exponent >= 0 ? mantissa * 10 ** exponent : mantissa / 10 ** -exponent;
}
