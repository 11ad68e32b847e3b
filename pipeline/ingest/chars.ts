/** Character classes shared by the ingest modules, and a text's escaping for a pattern made of it. */

/** Han ideographs by code point range (a per-character regex is too slow on megabytes). */
export function isHan(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.codePointAt(0)!;
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3134f) ||
    code === 0x3007 ||
    (code >= 0x2e80 && code <= 0x2fdf)
  );
}

/** Full-width / CJK punctuation (、。，：；！？（）“”‘’《》〔〕【】…—·). */
export function isCjkPunct(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.codePointAt(0)!;
  return (
    (code >= 0x3000 && code <= 0x303f && code !== 0x3000) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x2026 ||
    code === 0x2014 ||
    code === 0x00b7
  );
}

/** Spaces that PDF extraction and letter-spaced titles put between characters. */
export function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\u3000' || char === '\u00a0' || char === '\t' || char === '\u2002' || char === '\u2003';
}

/** Count Han characters (for summaries and the nothing-lost check). */
export function hanOf(text: string): string {
  return text.replace(/\P{Script=Han}+/gu, '');
}

/** A text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
