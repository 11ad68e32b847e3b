/**
 * fonts-css.ts printFonts: the characters a plan holds — every code point of its documents (character references
 * decoded, controls and astral characters as any other) and the ones always kept — and `covers`, which says whether
 * another document of the report needs a plan of the union (render/pdf/index.ts). Read by byte of the seen-bits and
 * with printable ASCII (always kept) not looked up one by one since issue 16's stop 37.
 */
import { describe, expect, it } from 'vitest';
import { printFonts } from '../pipeline/render/pdf/fonts-css.ts';

describe('printFonts', () => {
  it('plans the documents’ characters and says which other documents it covers', async () => {
    const fonts = await printFonts(['<p lang="zh-Hans">中关村&#x5E02;&#21306;</p><p lang="en">report é\u0085 😀</p>']);
    // the CJK face's subset names its characters in its unicode-range (市 and 区 given as references)
    for (const char of ['中', '关', '村', '市', '区']) expect(fonts.css, char).toContain(char.codePointAt(0)!.toString(16).toUpperCase());
    expect(fonts.covers('<p>report, any ASCII: ~{}|</p>')).toBe(true);
    expect(fonts.covers('中关村市区 é ÿ \u0085 😀 “”')).toBe(true);
    expect(fonts.covers('中关村的')).toBe(false);
    expect(fonts.covers('&#x7684;')).toBe(false); // 的, as a reference
    expect(fonts.covers('\u0086')).toBe(false); // a control neither document has
    expect(fonts.covers('😁')).toBe(false);
  });
});
