/**
 * Chinese punctuation by where it may stand in a line: the one list of the marks that open (never end a line),
 * close (never start one) and stop a clause. The PDF's punctuation compression (pipeline/render/pdf/typography.ts)
 * and the word-aware breaks of headings (chinese-word-breaks.ts) read them.
 */

/** Opening quotation marks and brackets, 〔〕 (a 公文's document number) and ［］ among them. */
export const OPENING_MARKS = '“‘（《〈「『【〔［｛';
/** Their closing twins. */
export const CLOSING_MARKS = '”’）》〉」』】〕］｝';
/** Clause and sentence stops. */
export const STOP_MARKS = '，、。：；！？';
