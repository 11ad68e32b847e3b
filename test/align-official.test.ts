/**
 * `duizhao align`: an official English translation published apart from the Chinese, put under the
 * report's block ids (translate/official.ts, translate/english-page.ts). New user, round 11: the
 * beginnings of the 2020 Report on the Work of the Government — the Chinese as Xinhua's text on
 * news.china.com, the official English as China Daily's language site printed it
 * (test/fixtures/newuser-round11/README.md) — and precision guards made from them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../pipeline/glossary/load.ts';
import { createMatcher } from '../pipeline/glossary/matcher.ts';
import type { TermMatcher } from '../pipeline/glossary/types.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { parseReportMarkdown } from '../pipeline/model/parse.ts';
import { readEnglishPage } from '../pipeline/translate/english-page.ts';
import { alignOfficial, type OfficialResult } from '../pipeline/translate/official.ts';
import { markTranslated } from '../pipeline/translate/review.ts';

const dir = path.join(import.meta.dirname, 'fixtures/newuser-round11');
const zhHtml = readFileSync(path.join(dir, 'zh.html'), 'utf8');
const enHtml = readFileSync(path.join(dir, 'en-chinadaily.html'), 'utf8');

/** The repository's term base, as a new user copies it into the project (round 10 did): `align` reads the project's. */
const matcher = createMatcher((await loadGlossary(path.join(import.meta.dirname, '../content/glossary.yaml'))).glossary);

function zhOf(html = zhHtml): string {
  return ingest(Buffer.from(html), { fileName: 'zh.html', slug: 'prc-gwr-2020' }).markdown;
}

function align(en: string, options: { zh?: string; name?: string; existing?: string; force?: boolean; matcher?: TermMatcher | null } = {}): OfficialResult & { zh: string } {
  const zh = options.zh ?? zhOf();
  const name = options.name ?? 'en.html';
  const page = readEnglishPage(Buffer.from(en), name);
  const terms = options.matcher === null ? undefined : (options.matcher ?? matcher);
  return { ...alignOfficial({ slug: 'prc-gwr-2020', zh, en: options.existing, force: options.force, page, pagePath: name, matcher: terms }), zh };
}

/** Block id → its English in the en.md written (plain text), in zh.md's order. */
function englishOf(value: string): Map<string, string> {
  return new Map(parseReportMarkdown(new VFile({ path: 'en.md', value })).blocks.map((b) => [b.attributes.id, b.text] as const));
}

const ids = (zh: string) => parseReportMarkdown(new VFile({ path: 'zh.md', value: zh })).blocks.map((b) => b.attributes.id);
const rules = (r: OfficialResult) => r.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);

/** The English paragraphs of the China Daily page, in order (the test's own reading of the fixture). */
const paragraphs = [...enHtml.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]).filter((t) => /^[A-Z]/.test(t));

describe('align: the real pair (2020 Report on the Work of the Government, beginnings)', () => {
  const result = align(enHtml);
  const order = ids(result.zh);

  it('places each English paragraph under its Chinese block: 6 of 8 right, the two the English page lacks pending', () => {
    expect(order).toHaveLength(8);
    const english = englishOf(result.value!);
    // salutation, opening, the covid paragraph, Part I's heading, its first paragraph, the first bullet (cut)
    expect([...english.keys()]).toEqual(order.slice(0, 6));
    expect(english.get(order[0])).toBe('Fellow Deputies,');
    expect(english.get(order[1])).toMatch(/^On behalf of the State Council, I will now report/);
    expect(english.get(order[2])).toMatch(/^The covid-19 epidemic is the fastest spreading/);
    expect(english.get(order[3])).toBe('I. A review of our work in 2019 and the first few months of 2020');
    expect(english.get(order[4])).toMatch(/^In pursuing development last year/);
    expect(english.get(order[5])).toMatch(/^The economy remained stable overall\..*Around 13\.5$/);
    expect(result.stats).toMatchObject({ blocks: 8, placed: 6, missing: 2, unplaced: 0, paragraphs: 6 });
  });

  it('writes en.md as `translated` records it: state=translated, src= the Chinese hash, never reviewed', () => {
    const value = result.value!;
    expect(value).not.toContain('state=reviewed');
    expect(value.match(/state=translated/g)).toHaveLength(6);
    // `duizhao translated --all` finds nothing to change
    expect(markTranslated(result.zh, value, 'all').changed).toEqual([]);
    expect(value).toMatch(/^## I\. A review of our work/m);
  });

  it('sets the English of a bold lead sentence bold: the sentence the sentence aligner pairs with it', () => {
    expect(result.value).toContain('**The economy remained stable overall.** Gross domestic product (GDP) reached 99.1 trillion yuan');
  });

  it('reads the title block into the front matter and says which title the page lacks', () => {
    expect(result.value).toContain('occasion: Delivered at the Third Session of the 13th National People’s Congress of the People’s Republic of China on May 22, 2020');
    expect(result.value).toContain('speaker: Li Keqiang, Premier of the State Council');
    expect(result.value).toContain('translator_note: The English is the official translation published apart from the Chinese (https://language.chinadaily.com.cn/a/202006/01/WS5ed46379a310a8b241159ce5.html)');
    // the colophon's notice reads it (new user round 18: an official English was called "an unofficial translation")
    expect(result.value).toMatch(/^translation: official$/m);
    const lacking = result.file.messages.filter((m) => m.ruleId === 'align-title' && m.fatal === false).map((m) => m.reason);
    expect(lacking).toEqual([expect.stringMatching(/no English title for zh\.md's “政府工作报告”/), expect.stringMatching(/no English issuer for zh\.md's “国务院”/)]);
  });

  it('reports every line it leaves out at its line:column (Chinese furniture, site chrome)', () => {
    const left = result.file.messages.filter((m) => m.ruleId === 'align-left-out').map((m) => `${m.line}:${m.column} ${m.reason}`);
    expect(left).toEqual([
      expect.stringMatching(/^9:1 .*首页 \| 权威发布/),
      expect.stringMatching(/^11:19 .*新华网 2020-06-01 10:10/),
      expect.stringMatching(/^13:4 .*国务院总理 李克强/),
      expect.stringMatching(/^26:1 .*Copyright 1995 - 2020/),
    ]);
  });

  it('reports the two pages cut at different points: the English ends earlier, and mid-sentence', () => {
    const cut = result.file.messages.filter((m) => m.ruleId === 'align-cut');
    expect(cut.map((m) => `${m.line}:${m.column}`)).toEqual(['23:4', '23:4']);
    expect(cut[0].reason).toMatch(/The English ends before the Chinese: 2 block\(s\) of zh\.md from `p-95964c` \(zh\.md:23/);
    expect(cut[1].reason).toMatch(/stops mid-sentence \(“….*Around 13\.5”\)/);
    // The cut paragraph lacks figures of the Chinese (13520000, 5.3, 2.9): they were cut off, said by the message above,
    // not a second warning (align round 2; round 11 warned low confidence here). A figure it has that differs still is:
    // the 98.1 guard below.
    expect(result.file.messages.filter((m) => m.ruleId === 'align-low-confidence')).toEqual([]);
  });

  it('reads the same English saved as a text file the same way', () => {
    const text = ['Delivered at the Third Session of the 13th National People’s Congress of the', 'People’s Republic of China on May 22, 2020', 'Li Keqiang', 'Premier of the State Council', '', ...paragraphs].join('\n');
    const fromText = align(text, { name: 'en.txt' });
    expect(fromText.value!.replace(/\(en\.txt\)/, '')).toBe(result.value!.replace(/\(https:[^)]+\)/, ''));
  });
});

describe('align: precision guards', () => {
  it('guard: a missing English paragraph leaves its block pending, named, and the others placed right', () => {
    const en = enHtml.replace(/<p>In pursuing development last year[^<]*<\/p>\n/, '');
    const r = align(en);
    const order = ids(r.zh);
    const english = englishOf(r.value!);
    expect(english.has(order[4])).toBe(false);
    expect(english.get(order[3])).toMatch(/^I\. A review/);
    expect(english.get(order[5])).toMatch(/^The economy remained stable overall/);
    const missing = r.file.messages.filter((m) => m.ruleId === 'align-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0].reason).toMatch(/No English found for `p-dc3707` \(zh\.md:19 “去年，我国发展面临诸多困难挑战。…”\)/);
  });

  it('guard: two English paragraphs merged into one are split where the sentences pair, with a warning naming both sides', () => {
    const en = enHtml.replace(/(for their comments\.)<\/p>\n<p>(The covid-19 epidemic)/, '$1 $2');
    const r = align(en);
    const order = ids(r.zh);
    const english = englishOf(r.value!);
    expect(english.get(order[1])).toMatch(/^On behalf of the State Council.*for their comments\.$/);
    expect(english.get(order[2])).toMatch(/^The covid-19 epidemic.*this year\.$/);
    const low = r.file.messages.filter((m) => m.ruleId === 'align-low-confidence');
    // (the cut last paragraph's missing figures are no second warning since align round 2: the cut is said once)
    expect(low.map((m) => m.reason)).toEqual([expect.stringMatching(/^Split one English paragraph across 2 Chinese blocks \(`p-9c83ef` .* and `p-9c7930` .*\)/)]);
    expect(r.stats.split).toBe(1);
    // Without a term base the split rests on length alone and is wrong here (the salutation's English runs long: 6.8
    // letters a character against the report's 4.6): still said, as a warning naming both blocks, and no word lost.
    const blind = align(en, { matcher: null });
    expect(blind.file.messages.find((m) => m.ruleId === 'align-low-confidence')?.reason).toMatch(/^Split one English paragraph across 2 Chinese blocks/);
    const words = (t: string) => t.split(/\s+/).length;
    const all = [...englishOf(blind.value!).values()].join(' ');
    expect(words(all)).toBe(words([...englishOf(r.value!).values()].join(' ')));
  });

  it('guard: one Chinese paragraph printed as two English paragraphs is joined (info), not a block shifted', () => {
    const en = enHtml.replace(/(the Central Committee of the Communist Party of China with Comrade Xi Jinping at its core, and through the hard work and sacrifice of our entire nation, we have made major strategic achievements in our response to covid-19\.) /, '$1</p>\n<p>');
    const r = align(en);
    const order = ids(r.zh);
    expect(englishOf(r.value!).get(order[2])).toMatch(/^The covid-19 epidemic.*this year\.$/);
    expect(englishOf(r.value!).get(order[3])).toMatch(/^I\. A review/);
    expect(r.file.messages.filter((m) => m.ruleId === 'align-joined')).toHaveLength(1);
  });

  it('guard: figures that disagree make a low-confidence bead naming both sides, the block still placed', () => {
    const en = enHtml.replace('99.1 trillion yuan', '98.1 trillion yuan');
    const r = align(en);
    const low = r.file.messages.filter((m) => m.ruleId === 'align-low-confidence');
    expect(low).toHaveLength(1);
    expect(low[0].reason).toMatch(/`p-462d4e` \(zh\.md:21 “——经济运行总体平稳。国内生产总…”\), but figures of the Chinese are not in the English: 99100000000000.*\(the English has 98100000000000/);
    expect(`${low[0].line}:${low[0].column}`).toBe('23:4');
  });

  it('guard: an English text that goes on after the Chinese ends is reported paragraph by paragraph, not placed', () => {
    // the Chinese page cut after Part I's heading
    const zh = zhOf(zhHtml.replace(/<p>去年[\s\S]*?(?=<\/div>)/, ''));
    const r = align(enHtml, { zh });
    expect(ids(zh)).toHaveLength(4);
    expect(r.stats).toMatchObject({ placed: 4, missing: 0, unplaced: 2 });
    const cut = r.file.messages.find((m) => m.ruleId === 'align-cut' && /goes on after/.test(m.reason));
    expect(cut?.reason).toMatch(/2 paragraph\(s\) from “In pursuing development last year.*” on match no block of zh\.md and are not in en\.md .*: 22:4, 23:4/);
  });

  it('guard: a paragraph the Chinese lacks, in the middle, is reported at its line and not placed', () => {
    const en = enHtml.replace('<p>I. A review', '<p>This paragraph was added by the site editors and translates nothing in the Chinese report, so it must be reported rather than placed under a block.</p>\n<p>I. A review');
    const r = align(en);
    const order = ids(r.zh);
    expect(englishOf(r.value!).get(order[3])).toMatch(/^I\. A review/);
    const unplaced = r.file.messages.filter((m) => m.ruleId === 'align-unplaced');
    expect(unplaced.map((m) => `${m.line}:${m.column}`)).toEqual(['21:4']);
  });

  it('guard: an existing en.md is not overwritten without force', () => {
    const refused = align(enHtml, { existing: '---\ntitle: x\n---\n' });
    expect(refused.value).toBeUndefined();
    expect(refused.file.messages.find((m) => m.fatal)?.reason).toMatch(/has an en\.md already: not overwritten \(pass --force/);
    const forced = align(enHtml, { existing: '---\ntitle: x\n---\n', force: true });
    expect(forced.value).toContain('Fellow Deputies,');
  });

  it('--force replaces the blocks, not the front matter: the fields a user wrote in en.md are kept as written, the page\'s others added, a field the page reads otherwise named', () => {
    const order = ids(zhOf());
    const existing = [
      '---',
      '# checked against the State Council\'s PDF',
      'title: "Report on the Work of the Government (2020)"',
      'issuer: The State Council',
      'speaker: Li Keqiang, Premier',
      'scope_note: The opening of the report only.',
      'translator_note: The official English of China Daily, checked for this edition by the editors.',
      '索引号: 000014349/2020-00001',
      '---',
      '',
      `Old English. {#${order[0]} src=x state=reviewed}`,
      '',
    ].join('\n');
    const forced = align(enHtml, { existing, force: true });
    expect(forced.file.messages.filter((m) => m.fatal)).toEqual([]);
    const value = forced.value!;
    // the user's YAML as written (comment, quotes, order), then what the page gives that it lacks
    expect(value.startsWith(existing.slice(0, existing.indexOf('\n---\n') + 1))).toBe(true);
    const front = parseReportMarkdown(new VFile({ path: 'en.md', value })).frontMatter;
    expect(front).toMatchObject({ title: 'Report on the Work of the Government (2020)', speaker: 'Li Keqiang, Premier', issuer: 'The State Council', scope_note: 'The opening of the report only.', translation: 'official', 索引号: '000014349/2020-00001' });
    expect(front.translator_note).toBe('The official English of China Daily, checked for this edition by the editors.');
    expect(typeof front.occasion).toBe('string');
    // the blocks are the page's
    expect(englishOf(value).get(order[0])).toBe('Fellow Deputies,');
    expect(value).not.toContain('Old English.');
    // each kept field the page reads otherwise is said by name (the page prints no title: en.md's is kept, nothing to say)
    const kept = forced.file.messages.filter((m) => m.ruleId === 'align-front-matter').map((m) => m.reason.match(/^Kept en\.md's (\w+)/)?.[1]);
    expect(kept).toEqual(['speaker', 'translator_note']);
    // an en.md whose front matter does not parse is refused, not replaced by the page's
    const broken = align(enHtml, { existing: '---\ntitle: [unclosed\n---\n', force: true });
    expect(broken.value).toBeUndefined();
    expect(broken.file.messages.find((m) => m.fatal)?.ruleId).toBe('align-front-matter');
  });

  it('guard: a page without English is refused', () => {
    const r = align(zhHtml);
    expect(r.value).toBeUndefined();
    expect(r.file.messages.find((m) => m.fatal)?.ruleId).toBe('align-no-english');
  });
});

// (rules() is kept for debugging a failing case: console.log(rules(r)))
void rules;
