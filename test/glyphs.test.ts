/**
 * A character no font of the editions draws is told before rendering (`no-glyph`, pipeline/core/glyphs.ts), at its
 * first place, whichever file holds it: the faces (render/fonts.ts charactersWithoutGlyph) lack ㊀ (a circled ideograph),
 * 镩 (a Han character the SC faces' files do not carry) and emoji. (Ⅲ, lacked by every Noto CJK face, is drawn by the
 * symbols face since stop 59: test/symbols-face.test.ts.)
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCharactersWithoutGlyph } from '../pipeline/core/glyphs.ts';
import { charactersWithoutGlyph } from '../pipeline/render/fonts.ts';

describe('characters no font of the editions draws', () => {
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'dz-glyphs-'));
  });
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('a report’s everyday text, punctuation and figures: every character drawn', async () => {
    const text = '“十四五”规划开局良好，地区生产总值增长8.5%（约1.2万亿元）；《政府工作报告》——海淀区·2021年…… ①②③ ％ ℃ — “quoted” café 5 km²';
    expect(await charactersWithoutGlyph(text, 'zh-Hans')).toEqual([]);
  });

  it('a circled ideograph, a rare Han character and an emoji are found; each once, in text order', async () => {
    expect(await charactersWithoutGlyph('第㊀期工程，冰镩作业，镩冰😀，再次㊀', 'zh-Hans')).toEqual(['㊀', '镩', '😀']);
  });

  it('Roman numerals and circled numbers past ⑱, which no Noto CJK face has, are drawn (the symbols face), in both scripts', async () => {
    const text = '地表水达到或好于Ⅲ类水体比例，Ⅰ—Ⅻ，ⅰ、ⅱ、ⅲ，⑲⑳';
    expect(await charactersWithoutGlyph(text, 'zh-Hans')).toEqual([]);
    expect(await charactersWithoutGlyph(text, 'zh-Hant')).toEqual([]);
  });

  it('a report in traditional characters: a simplified-only character in it is drawn by the SC faces (base.css lists them after the TC ones)', async () => {
    expect(await charactersWithoutGlyph('澳門特別行政區政府施政報告 标题', 'zh-Hant')).toEqual([]);
  });

  it('told at the first place, in zh.md or en.md, with the count; kept, and the kept answer is what a later build reads', async () => {
    const zh = new VFile({ path: 'zh.md', value: '---\ntitle: 报告\n---\n\n# 一、工作回顾 {#s1}\n\n第㊀期工程完成。再建㊀号楼。 {#p1}\n' });
    const en = new VFile({ path: 'en.md', value: '---\ntitle: Report\n---\n\n# I. Review {#s1}\n\nPhase ㊀ was completed 😀. {#p1}\n' });
    expect(await reportCharactersWithoutGlyph([zh, en], 'zh-Hans', cacheDir)).toBe(2);
    expect(zh.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal])).toEqual([['no-glyph', 7, 2, false]]);
    expect(zh.messages[0].reason).toContain('“㊀” (U+3280, 3 times)');
    expect(en.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['no-glyph', 7, 23]]);
    expect(en.messages[0].reason).toContain('(U+1F600)');
    expect(zh.messages[0].reason).toContain('write it otherwise if it has another form');
    const han = new VFile({ path: 'zh.md', value: '冰镩作业。\n' });
    await reportCharactersWithoutGlyph([han], 'zh-Hans');
    expect(han.messages.map((m) => m.reason)).toEqual([expect.stringContaining('“镩” (U+9569) that no font of the editions draws')]);
    expect(han.messages[0].reason).toContain('a Han character their files do not carry');

    // The answer is kept under the cache's glyphs/; a build with the same characters reads it (a planted answer shows it is read).
    const kept = await readdir(path.join(cacheDir, 'glyphs'));
    expect(kept).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(cacheDir, 'glyphs', kept[0]), 'utf8'))).toEqual(['㊀', '😀']);
    await writeFile(path.join(cacheDir, 'glyphs', kept[0]), JSON.stringify(['期']));
    const again = new VFile({ path: 'zh.md', value: String(zh.value) });
    expect(await reportCharactersWithoutGlyph([again, new VFile({ path: 'en.md', value: String(en.value) })], 'zh-Hans', cacheDir)).toBe(1);
    expect(again.messages[0].reason).toContain('“期”');
  });
});
