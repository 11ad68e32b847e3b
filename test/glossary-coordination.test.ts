/**
 * Terms inside a coordination (pipeline/glossary/coordination.ts) and a term written in an alias's form: one fact
 * from the matcher (findZh) for the notes, `glossary check`'s unused entries and the XLIFF hints — new user round 19
 * (test/fixtures/newuser-round19): 二十届二中、三中全会 did not find 二十届三中全会, and the note and the XLIFF hint of
 * 经营主体 were headed 市场主体.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { annotate, createMatcher, parseGlossary, termsAsWritten, unusedEntries } from '../pipeline/glossary/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import type { TermRef } from '../pipeline/model/types.ts';
import { exportXliff } from '../pipeline/translate/xliff-export.ts';
import { noteBody } from '../templates/components/note.ts';
import { glossaryAppendix } from '../templates/components/glossary-appendix.ts';
import { createTranslators } from '../templates/i18n.ts';
import { toHtml } from 'hast-util-to-html';
import { entry } from './glossary-helpers.ts';

const root = path.join(import.meta.dirname, '..');
const repoGlossary = parseGlossary(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8')).glossary;
const wuhan = path.join(root, 'test/fixtures/newuser-round19/content/reports/wuhan-procuratorate-2024');
const wuhanZh = readFileSync(path.join(wuhan, 'zh.md'), 'utf8');
/** The report's sentence (Wuhan procuratorate, 2024; the same words in nearly every report of 2024–2026). */
const sentence = wuhanZh.split('\n').find((line) => line.includes('二十届二中、三中全会'))!.replace(/ \{#[^}]*\}$/, '');

const sessions = createMatcher({
  entries: [
    entry('er-shi-jie-san-zhong', '二十届三中全会', undefined, { aliases: ['党的二十届三中全会'] }),
    entry('shi-jiu-jie-si-zhong', '十九届四中全会'),
    entry('shi-jiu-jie-wu-zhong', '十九届五中全会'),
    entry('ren-da-er-ci', '十四届全国人大二次会议'),
  ],
});
const found = (text: string) => sessions.findZh(text).map((o) => ({ termId: o.termId, text: o.text, form: o.form }));

function publication(zh: string, en?: string) {
  const value = `---\ntitle: 工作报告\n---\n\n${zh} {#p-000001}\n`;
  const enValue = `---\ntitle: Work Report\n---\n${en === undefined ? '' : `\n${en} {#p-000001}\n`}`;
  return buildPublication('test', new VFile({ path: 'zh.md', value }), new VFile({ path: 'en.md', value: enValue })).publication;
}

describe('a term inside a coordination: shared head, members joined by 、 or 和, shared tail', () => {
  it('the report sentence: 二十届二中、三中全会 finds the term base\'s 二十届三中全会, over the whole coordination', () => {
    const hits = createMatcher(repoGlossary).findZh(sentence).filter((o) => o.termId === 'er-shi-jie-san-zhong-quan-hui');
    expect(hits.map((o) => ({ text: o.text, form: o.form }))).toEqual([{ text: '二十届二中、三中全会', form: '二十届三中全会' }]);
    expect(sentence.slice(hits[0].end, hits[0].end + 2)).toBe('精神');
  });

  it('any head, member and tail: a middle member, 和, quotes, a congress session', () => {
    expect(found('深入学习贯彻党的十九大和十九届二中、三中、四中、五中全会精神')).toEqual([
      { termId: 'shi-jiu-jie-si-zhong', text: '十九届二中、三中、四中、五中全会', form: '十九届四中全会' },
      { termId: 'shi-jiu-jie-wu-zhong', text: '十九届二中、三中、四中、五中全会', form: '十九届五中全会' },
    ]);
    expect(found('贯彻二十届二中和三中全会精神')).toEqual([{ termId: 'er-shi-jie-san-zhong', text: '二十届二中和三中全会', form: '二十届三中全会' }]);
    expect(found('认真落实十四届全国人大一次、二次会议决议')).toEqual([{ termId: 'ren-da-er-ci', text: '十四届全国人大一次、二次会议', form: '十四届全国人大二次会议' }]);
    // the alias with the longer head wins where the text has it
    expect(found('党的二十届二中、三中全会')).toEqual([{ termId: 'er-shi-jie-san-zhong', text: '党的二十届二中、三中全会', form: '党的二十届三中全会' }]);
  });

  it('guards: no head, no tail, another head, a list of words — nothing the text does not say', () => {
    expect(found('会议传达了二中、三中全会精神')).toEqual([]);
    expect(found('学习二十届二中、三中和四中')).toEqual([]);
    expect(found('十九届二中、三中全会')).toEqual([]);
    expect(found('二十届三中、四中全会')).toEqual([{ termId: 'er-shi-jie-san-zhong', text: '二十届三中、四中全会', form: '二十届三中全会' }]);
    expect(found('加强党的建设和全面从严治党，二十届、三中全会')).toEqual([]);
    // the term written out is found as before
    expect(found('二十届三中全会')).toEqual([{ termId: 'er-shi-jie-san-zhong', text: '二十届三中全会', form: '二十届三中全会' }]);
  });

  it('the note sits after the whole coordination; glossary check counts the term used', () => {
    const pub = publication(sentence);
    const unannotated = publication(sentence);
    expect(unusedEntries(repoGlossary, [unannotated], createMatcher(repoGlossary)).map((e) => e.id)).not.toContain('er-shi-jie-san-zhong-quan-hui');
    const { unused } = annotate(pub, repoGlossary, createMatcher(repoGlossary));
    expect(unused.map((e) => e.id)).not.toContain('er-shi-jie-san-zhong-quan-hui');
    const refs: TermRef[] = [];
    visit(pub.blocks[0].zh, 'termRef', (node) => void refs.push(node));
    const ref = refs.find((r) => r.termId === 'er-shi-jie-san-zhong-quan-hui')!;
    expect(toString(ref)).toBe('二十届二中、三中全会');
    expect(ref.first).toBe(true);
  });

  it('two terms of one coordination: both used, one marked there, no note without its mark', () => {
    const glossary = { entries: [entry('shi-jiu-jie-si-zhong', '十九届四中全会'), entry('shi-jiu-jie-wu-zhong', '十九届五中全会')] };
    const full = { ...glossary, byId: new Map(glossary.entries.map((e) => [e.id, e])) };
    const pub = publication('贯彻十九届四中、五中全会精神。');
    annotate(pub, full, createMatcher(full));
    expect([...pub.termUses.keys()].sort()).toEqual(['shi-jiu-jie-si-zhong', 'shi-jiu-jie-wu-zhong']);
    const marked = new Set<string>();
    visit(pub.blocks[0].zh, 'termRef', (node) => void (node.first && marked.add(node.noteId)));
    expect(pub.notes.map((n) => n.noteId).every((id) => marked.has(id))).toBe(true);
  });

  it('the XLIFF hint names the member\'s term (the one matcher)', async () => {
    const x12 = await exportXliff({ slug: 'test', zh: `---\ntitle: 工作报告\n---\n\n${sentence} {#p-000001}\n`, en: '---\ntitle: Work Report\n---\n', glossary: repoGlossary, matcher: createMatcher(repoGlossary), version: '1.2' });
    expect(x12).toContain('<note from="developer" annotates="source">二十届三中全会 (èr shí jiè sān zhōng quán huì) → the Third Plenary Session of the 20th CPC Central Committee');
  });
});

describe('coordination properties', () => {
  it('every occurrence is of a term: its form one of the forms, and a coordinated one begins with its head and ends with its tail', () => {
    const han = fc.constantFrom('一', '二', '中', '届', '全', '会');
    fc.assert(
      fc.property(fc.uniqueArray(fc.array(han, { minLength: 2, maxLength: 5 }).map((cs) => cs.join('')), { minLength: 1, maxLength: 5 }), fc.array(fc.oneof(han, fc.constantFrom('、', '和', '，')), { maxLength: 30 }), (terms, chars) => {
        const text = chars.join('');
        const m = createMatcher({ entries: terms.map((zh, i) => entry(`t${i}`, zh)) });
        for (const o of m.findZh(text)) {
          expect(terms).toContain(o.form);
          expect(o.form).toBe(terms[Number(o.termId.slice(1))]);
          if (o.text === o.form) continue;
          expect(o.text).toMatch(/[、和]/);
          expect(o.text.startsWith(o.form!.slice(0, 1)) && o.text.endsWith(o.form!.slice(-1))).toBe(true);
          expect(o.form!.length).toBeLessThan(o.text.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('a term the text writes in an alias\'s form (经营主体 for 市场主体)', () => {
  const text = '持续优化法治化营商环境，依法平等保护各类经营主体合法权益。';

  it('the note and the glossary list show 经营主体 with its own pinyin (alias_pinyin), not 市场主体\'s', () => {
    const pub = publication(text);
    annotate(pub, repoGlossary, createMatcher(repoGlossary));
    const written = termsAsWritten(pub, repoGlossary);
    expect(written?.get('shi-chang-zhu-ti')).toBe('经营主体');
    const options = { edition: 'html', draft: false, t: {} as never, termsWritten: written } as const;
    const html = toHtml({ type: 'root', children: noteBody(repoGlossary.byId.get('shi-chang-zhu-ti')!, 'en', options) });
    expect(html).toContain('<span class="note-zh" lang="zh-Hans">经营主体</span> <span class="pinyin" lang="zh-Latn-pinyin">jīng yíng zhǔ tǐ</span>');
    expect(html).not.toContain('shì chǎng zhǔ tǐ');
  });

  it('an alias without pinyin of its own: the note, the glossary list and the XLIFF hint name the headword with its pinyin (was: no pinyin)', async () => {
    const entry = repoGlossary.byId.get('shi-chang-zhu-ti')!;
    const bare = { ...entry, alias_pinyin: undefined };
    const glossary = { entries: [bare], byId: new Map([[bare.id, bare]]) };
    const pub = publication(text);
    annotate(pub, glossary, createMatcher(glossary));
    const options = { edition: 'html', draft: false, t: await createTranslators(), termsWritten: termsAsWritten(pub, glossary), glossary } as const;
    const note = toHtml({ type: 'root', children: noteBody(bare, 'en', options) });
    expect(note).toContain('<span class="note-zh" lang="zh-Hans">经营主体 = 市场主体</span> <span class="pinyin" lang="zh-Latn-pinyin">shì chǎng zhǔ tǐ</span>');
    const list = toHtml(glossaryAppendix(pub, options)!);
    expect(list).toContain('<span class="gloss-zh" lang="zh-Hans">经营主体 = 市场主体</span> <span class="pinyin" lang="zh-Latn-pinyin">shì chǎng zhǔ tǐ</span>');
    const zh = `---\ntitle: 工作报告\n---\n\n${text} {#p-000001}\n`;
    const x20 = await exportXliff({ slug: 'test', zh, en: '---\ntitle: Work Report\n---\n', glossary, matcher: createMatcher(glossary) });
    expect(x20).toContain('<gls:term source="content/glossary.yaml">经营主体 = 市场主体 (shì chǎng zhǔ tǐ)</gls:term>');
  });

  it('guard: a text writing the term itself somewhere shows the term, with its pinyin', () => {
    const pub = publication(`${text}市场主体活力进一步激发。`);
    annotate(pub, repoGlossary, createMatcher(repoGlossary));
    expect(termsAsWritten(pub, repoGlossary)?.get('shi-chang-zhu-ti')).toBeUndefined();
  });

  it('the XLIFF hint: the form the source writes with its pinyin, then the term base\'s term', async () => {
    const zh = `---\ntitle: 工作报告\n---\n\n${text} {#p-000001}\n`;
    const x12 = await exportXliff({ slug: 'test', zh, en: '---\ntitle: Work Report\n---\n', glossary: repoGlossary, matcher: createMatcher(repoGlossary), version: '1.2' });
    expect(x12).toContain('<note from="developer" annotates="source">经营主体 (jīng yíng zhǔ tǐ) = 市场主体 → market entities');
    const x20 = await exportXliff({ slug: 'test', zh, en: '---\ntitle: Work Report\n---\n', glossary: repoGlossary, matcher: createMatcher(repoGlossary) });
    expect(x20).toContain('<gls:term source="content/glossary.yaml">经营主体 (jīng yíng zhǔ tǐ) = 市场主体</gls:term>');
  });
});
