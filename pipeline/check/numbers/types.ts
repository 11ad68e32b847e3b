/** A number found in a block's text (Chinese or English). */
export interface FoundNumber {
  value: number;
  /** cardinal; percent (also 个百分点 / percentage points); ordinal (第九 / ninth); month (12月 / December) */
  kind: 'cardinal' | 'percent' | 'ordinal' | 'month';
  /** 多/余 → more than; 近 → nearly */
  approx?: 'more' | 'nearly';
  /** the text as written, e.g. `2400多`, `1.38万`, `six million` */
  raw: string;
  /** UTF-16 index into the block's plain text */
  index: number;
  /** written in words (English) or Chinese numerals */
  words?: boolean;
}
