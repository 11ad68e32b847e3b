/**
 * A front-matter value's English made from an earlier Chinese (stop 54's gap): a reviewed title whose Chinese changed in
 * zh.md kept its review, and nothing said the English was behind. en.md now records, as a block's `src=`, the hash of the
 * Chinese each value was made from (`front_matter_src`), and `check` says a value whose Chinese changed since `stale`, at its
 * line, naming the unit (`meta-<key>`) and the fix. Guards: an unchanged round trip writes nothing; en.md written before the
 * record (no `front_matter_src`) is not checked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication } from '../pipeline/check/index.ts';
import { sourceHash } from '../pipeline/model/hash.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { readMetaSources, readReviewedMeta, writeMetaSources } from '../pipeline/translate/front-matter.ts';
import { markReviewed, markTranslated } from '../pipeline/translate/review.ts';
import { memoryUnits } from '../pipeline/translate/tmx.ts';
import { translatableUnits } from '../pipeline/translate/units.ts';
import { exportXliff } from '../pipeline/translate/xliff-export.ts';
import { importXliff } from '../pipeline/translate/xliff-import.ts';
import { sourceHashes, withSourceHashes } from './source-hashes.ts';

const dir = path.join(import.meta.dirname, 'fixtures/xliff/basic');
const zh = readFileSync(path.join(dir, 'zh.md'), 'utf8');
const en = withSourceHashes(readFileSync(path.join(dir, 'en.md'), 'utf8'), sourceHashes(zh));
const zhTitle = '测试区人民政府工作报告';
/** zh.md with its title changed after the English was made (the editor corrected it). */
const zhRetitled = zh.replace(`title: ${zhTitle}`, 'title: 测试区2021年人民政府工作报告');

const load = (zhText: string, enText: string) => buildPublication('basic', new VFile({ path: 'zh.md', value: zhText }), new VFile({ path: 'en.md', value: enText }));
/** check's `stale` messages on front-matter values (the fixture's block p-000004 is stale on purpose: another test's). */
const stale = (zhText: string, enText: string) =>
  checkPublication(load(zhText, enText)).messages.filter((m) => m.ruleId === 'stale' && m.reason.includes('(`meta-')).map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.reason}`);

/** en.md after a reviser's XLIFF 2.0 file: the title's English revised and every unit reviewed. */
async function reviewedThroughXliff(): Promise<string> {
  let xml = await exportXliff({ slug: 'basic', zh, en });
  xml = xml.replace(/(<unit id="meta-title">[\s\S]*?<target>)[^<]*(<\/target>)/, '$1Report on the Work of the Government of Test District (revised)$2');
  xml = xml.replace(/<segment id="s1"( state="[^"]*")?>/g, '<segment id="s1" state="reviewed">');
  const result = await importXliff({ xliff: xml, zh, en });
  expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
  return result.value;
}

describe('front matter: the Chinese each English value is made from', () => {
  it('an import that writes or confirms a value records its Chinese (front_matter_src), and check is clean while zh.md keeps it', async () => {
    const value = await reviewedThroughXliff();
    expect(readMetaSources(value)).toEqual({ title: sourceHash(zhTitle) });
    expect(value).toMatch(/^front_matter_src: \{title: "[0-9a-f]{8}"\}\nfront_matter_reviewed: \[title, translator_note\]\n---$/m);
    expect(readReviewedMeta(value)).toEqual(['title', 'translator_note']);
    expect(stale(zh, value)).toEqual([]);
  });

  it('was: a reviewed title whose Chinese changed in zh.md kept its review and nothing was said — now `stale`, an error at en.md\'s title line, naming meta-title and the fix', async () => {
    const value = await reviewedThroughXliff();
    const line = value.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
    expect(stale(zhRetitled, value)).toEqual([
      `${line}:1 error Unexpected stale English for \`title\` (\`meta-title\`): translated from \`${sourceHash(zhTitle)}\` in front_matter_src, zh.md's title is now \`${sourceHash('测试区2021年人民政府工作报告')}\`; update it, then run \`duizhao review basic meta-title\``,
    ]);
    // the cause points at zh.md's title
    const message = checkPublication(load(zhRetitled, value)).messages.find((m) => m.ruleId === 'stale' && m.reason.includes('meta-title'))!;
    expect(String(message.cause)).toMatch(/The title at zh\.md:2:1: “测试区2021年人民政府工作报告”/);
  });

  it('the CAT file and the memory say it too: the unit\'s context names it stale, the TMX leaves it out', async () => {
    const value = await reviewedThroughXliff();
    const units = translatableUnits(load(zhRetitled, value).publication);
    expect(units.find((u) => u.id === 'meta-title')!.context.join('\n')).toMatch(/^stale: the English was made from an earlier Chinese \(front_matter_src [0-9a-f]{8}, now [0-9a-f]{8}\)$/m);
    const xml = await exportXliff({ slug: 'basic', zh: zhRetitled, en: value });
    expect(xml).toMatch(/<unit id="meta-title">[\s\S]*?<note category="context">stale: the English was made from an earlier Chinese/);
    expect(memoryUnits(load(zhRetitled, value).publication).map((u) => u.id)).not.toContain('basic/meta-title');
    // (guard) before the change it is a memory entry like any other
    expect(memoryUnits(load(zh, value).publication).map((u) => u.id)).toContain('basic/meta-title');
  });

  it('`duizhao review basic meta-title` after the English is updated records the new Chinese, and check is clean', async () => {
    const value = (await reviewedThroughXliff()).replace(/^title: .*$/m, 'title: Report on the Work of the Government of Test District for 2021');
    const result = markReviewed(zhRetitled, value, ['meta-title']);
    expect(result.changed).toEqual(['meta-title']);
    expect(readMetaSources(result.value)).toEqual({ title: sourceHash('测试区2021年人民政府工作报告') });
    expect(stale(zhRetitled, result.value)).toEqual([]);
  });

  it('`duizhao translated --all`: a stale value gets the new record and loses its review; one with no record yet gains it and keeps its review', async () => {
    const value = await reviewedThroughXliff();
    const retranslated = markTranslated(zhRetitled, value, 'all');
    expect(retranslated.changed).toContain('meta-title');
    expect(readMetaSources(retranslated.value).title).toBe(sourceHash('测试区2021年人民政府工作报告'));
    expect(readReviewedMeta(retranslated.value)).toEqual(['translator_note']);
    // an en.md written before the record (a reviewed title, no front_matter_src)
    const legacy = value.replace(/^front_matter_src: .*\n/m, '');
    const recorded = markTranslated(zh, legacy, 'all');
    expect(recorded.changed).toEqual(['meta-title']);
    expect(readMetaSources(recorded.value)).toEqual({ title: sourceHash(zhTitle) });
    expect(readReviewedMeta(recorded.value)).toEqual(['title', 'translator_note']);
  });

  it('guard: an unchanged round trip writes nothing (no record added to an en.md that had none), so a stale record stays stale', async () => {
    const xml = await exportXliff({ slug: 'basic', zh, en });
    const same = await importXliff({ xliff: xml, zh, en });
    expect(same.value).toBe(en);
    const value = await reviewedThroughXliff();
    const again = await importXliff({ xliff: await exportXliff({ slug: 'basic', zh, en: value }), zh, en: value });
    expect(again.value).toBe(value);
  });

  it('guard: an en.md with no front_matter_src is not checked (written before the record, or by hand)', () => {
    expect(en).not.toContain('front_matter_src');
    expect(stale(zhRetitled, en)).toEqual([]);
  });

  it('a hash YAML would read as a number is written quoted and read back as written', () => {
    const value = writeMetaSources('---\ntitle: T\n---\n\nBody\n', { title: '1e234567', issuer: '00123456' });
    expect(value).toBe('---\ntitle: T\nfront_matter_src: {title: "1e234567", issuer: "00123456"}\n---\n\nBody\n');
    expect(readMetaSources(value)).toEqual({ title: '1e234567', issuer: '00123456' });
    expect(load(zh, value.replace('title: T', 'title: Report')).publication.meta.en?.front_matter_src).toEqual({ title: '1e234567', issuer: '00123456' });
    // written by hand unquoted, a hash YAML reads as a number is no record: not read, on either side (no false stale)
    const unquoted = '---\ntitle: Report\nfront_matter_src: {title: 01234567}\n---\n\nBody\n';
    expect(readMetaSources(unquoted)).toEqual({});
    expect(load(zh, unquoted).publication.meta.en?.front_matter_src).toEqual({});
    // removed when empty
    expect(writeMetaSources(value, {})).toBe('---\ntitle: T\n---\n\nBody\n');
  });

  it('check\'s stats name the stale value beside the unreviewed ones (the summary\'s front-matter line, `--json`)', async () => {
    const value = await reviewedThroughXliff();
    expect(checkPublication(load(zh, value)).stats).toMatchObject({ frontMatter: 2, frontMatterUnreviewed: [], frontMatterStale: [] });
    expect(checkPublication(load(zhRetitled, value)).stats).toMatchObject({ frontMatter: 2, frontMatterUnreviewed: [], frontMatterStale: ['title'] });
  });
});
