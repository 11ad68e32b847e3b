import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import type { Parent, PhrasingContent } from 'mdast';
import { annotate, createMatcher, findTermMismatches, loadGlossary, unusedEntries } from '../pipeline/glossary/index.ts';
import type { TermRef } from '../pipeline/model/index.ts';
import { zhPatternKey } from '../pipeline/glossary/fold.ts';
import { loadPublication } from '../pipeline/model/index.ts';

const root = path.join(import.meta.dirname, '..');
const reportDir = path.join(root, 'content/reports/haidian-2021');
const { glossary, file } = await loadGlossary(path.join(root, 'content/glossary.yaml'));
const matcher = createMatcher(glossary);
const { publication: pub } = await loadPublication({ dir: reportDir });
const zhText = pub.blocks.map((b) => b.zhText).join('\n');

/** Forms in glossary.yaml that do not occur in the Haidian excerpt, and why they are there. */
const justified: Record<string, string> = {
  一网一窗一门一次: 'the unpunctuated spelling of the slogan in other Beijing documents',
  双随机一公开: 'the unpunctuated spelling used in State Council documents',
  // the vocabulary of the reports themselves (stop 46): Haidian writes the short or the other form
  人民代表大会: 'the full name of 人大, in every report\'s occasion line (Haidian\'s is in its front matter, not a block)',
  人大常委会: 'the standing committee named with its congress; Haidian writes 区人大及其常委会',
  人民代表大会常务委员会: 'the standing committee\'s full name, as in the NPC Standing Committee\'s reports',
  代表建议: 'the deputies\' suggestions as the people\'s congresses name them; Haidian writes 人大建议',
  人大代表建议: 'the deputies\' suggestions with the congress named in full',
  中共中央: 'the CPC Central Committee\'s formal short name (Haidian writes 党中央)',
  政协常委会: 'the CPPCC committee\'s standing committee, which would otherwise read as 政协 + the congress\'s 常委会',
};

/** Hand corrections of pinyin-pro on polyphones (and its tone sandhi), compared without tones. */
const pinyinCorrections: Record<string, string> = {
  流调溯源: 'liú diào sù yuán', // 调 diào (investigate), not tiáo
  稳中求进工作总基调: 'wěn zhōng qiú jìn gōng zuò zǒng jī diào', // 基调 jīdiào (keynote), not tiáo
  河长制: 'hé zhǎng zhì', // 长 zhǎng (chief), not cháng
  以习近平同志为核心的党中央: 'yǐ Xí Jìnpíng tóng zhì wéi hé xīn de dǎng zhōng yāng', // 以…为 wéi (as), not wèi
};

/**
 * National vocabulary: terms of the next reports (any province, city or county,
 * 2015–2026) that the Haidian excerpt does not use. Each must occur in a report
 * page of the ingest corpus (test/fixtures/ingest-corpus/*\/input.*), or be
 * listed here with the reason it is in the term base although the corpus
 * sample (mostly pages before 2021) lacks it.
 */
const nationalNotInCorpus: Record<string, string> = {
  '碳达峰、碳中和': 'the punctuated spelling of 碳达峰碳中和 in provincial reports',
  长江三角洲区域一体化: 'the full name of 长三角一体化, as in the national outline plan of 2019 (长江三角洲区域一体化发展规划纲要)',
  // (new user, round 31) an environment bulletin's pollutant, PM10: the corpus's reports name PM2.5 (细颗粒物) only
  可吸入颗粒物: 'PM10, one of the six pollutants of the Ambient Air Quality Standards, in every environment bulletin (test/fixtures/newuser-round31)',
};
/**
 * National terms whose Chinese Haidian has only inside a longer term of the base
 * (longest match wins, so Haidian does not use them): they count as national vocabulary.
 */
const onlyInsideLongerTerms: Record<string, string> = {
  'xin-shi-dai': 'inside 习近平新时代中国特色社会主义思想 and 新时代文明实践中心',
  'zhong-guo-te-se-she-hui-zhu-yi': 'inside 习近平新时代中国特色社会主义思想',
  'zheng-wu-gong-kai': 'inside 基层政务公开标准化规范化试点',
  // (new user round 30) the town's report's subject; Haidian names it only in its title of a demonstration area
  'fa-zhi-zheng-fu': 'inside 法治政府建设示范区',
};
const corpusDir = path.join(import.meta.dirname, 'fixtures/ingest-corpus');
const corpusPages = readdirSync(corpusDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(path.join(corpusDir, d.name))
      .filter((f) => f.startsWith('input.'))
      .map((f) => zhPatternKey(readFileSync(path.join(corpusDir, d.name, f), 'utf8'))),
  );

describe('content/glossary.yaml', () => {
  it('validates without any message and has at least 45 entries', () => {
    expect(file.messages.map(String)).toEqual([]);
    expect(glossary.entries.length).toBeGreaterThanOrEqual(45);
  });

  it('has stable ASCII ids, notes of one to three sentences and a source for every entry', () => {
    for (const entry of glossary.entries) {
      expect(entry.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      const sentences = entry.note_en.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/).filter(Boolean);
      expect(sentences.length, `${entry.id}: ${entry.note_en}`).toBeGreaterThanOrEqual(1);
      expect(sentences.length, `${entry.id}: ${entry.note_en}`).toBeLessThanOrEqual(3);
      expect(entry.source, entry.id).toMatch(/https?:\/\/|translator's rendering/);
      // a note for a national report: as many sentences, in both languages, and not the local note again
      if (entry.note_en_national || entry.note_zh_national) {
        const national = entry.note_en_national!.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/).filter(Boolean);
        expect(national.length, `${entry.id}: ${entry.note_en_national}`).toBeLessThanOrEqual(3);
        expect(entry.note_en_national, entry.id).not.toBe(entry.note_en);
        expect(entry.note_zh_national, `${entry.id}: both languages`).toBeTruthy();
        expect(entry.note_zh_national, entry.id).not.toBe(entry.note_zh);
      }
    }
    // terms.md: 三防 is not expanded and its rendering is unsourced
    const sanFang = glossary.byId.get('san-fang')!;
    expect(sanFang.source).toBe("translator's rendering");
    expect(sanFang.note_en).toMatch(/not spell out/);
  });

  it('has tone-marked pinyin that agrees with pinyin-pro except for hand-corrected polyphones', () => {
    for (const entry of glossary.entries) {
      const generated = pinyinCorrections[entry.zh] ?? pinyin(entry.zh, { toneType: 'symbol', nonZh: 'consecutive', toneSandhi: false });
      const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      expect(squash(entry.pinyin), entry.zh).toBe(squash(generated));
    }
    expect(glossary.byId.get('liu-diao-su-yuan')!.pinyin).toBe('liú diào sù yuán');
  });

  it('every term and alias occurs in the Haidian zh.md, in a page of the ingest corpus (national vocabulary), or is justified', () => {
    const folded = zhPatternKey(zhText);
    const national = new Set<string>();
    for (const entry of glossary.entries) {
      const forms = [entry.zh, ...entry.aliases];
      const inside = entry.id in onlyInsideLongerTerms;
      const inHaidian = inside ? [] : forms.filter((form) => folded.includes(zhPatternKey(form)));
      if (inHaidian.length === 0) national.add(entry.id);
      for (const form of forms) {
        if (justified[form] || (!inside && folded.includes(zhPatternKey(form)))) continue;
        // a form of a Haidian term that Haidian does not use must be justified like the others
        expect(inHaidian, `${entry.id}: ${form} (Haidian uses ${inHaidian.join(', ')}; justify the other form)`).toEqual([]);
        if (nationalNotInCorpus[form]) continue;
        expect(corpusPages.some((page) => page.includes(zhPatternKey(form))), `${entry.id}: ${form} occurs in no corpus page`).toBe(true);
      }
    }
    for (const form of Object.keys(justified)) expect(folded.includes(zhPatternKey(form))).toBe(false);
    // guard: a reason here must not hide a form the corpus does have (or Haidian)
    for (const form of Object.keys(nationalNotInCorpus)) {
      expect(folded.includes(zhPatternKey(form)), form).toBe(false);
      expect(corpusPages.some((page) => page.includes(zhPatternKey(form))), form).toBe(false);
    }
    // guard: a term listed as only inside longer ones does occur in Haidian (else it needs no listing)
    for (const id of Object.keys(onlyInsideLongerTerms)) expect(folded.includes(zhPatternKey(glossary.byId.get(id)!.zh)), id).toBe(true);
    // the matcher agrees: the entries Haidian does not use are exactly the national ones
    expect(unusedEntries(glossary, [pub], matcher).map((e) => e.id).sort()).toEqual([...national].sort());
    expect(national.size).toBeGreaterThanOrEqual(25);
  });

  it('covers every term of the reference list where it occurs in the report', () => {
    const lines = readFileSync(path.join(import.meta.dirname, 'fixtures/glossary/reference-terms.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(lines.length).toBeGreaterThanOrEqual(65);
    for (const block of pub.blocks) {
      const occurrences = matcher.findZh(block.zhText);
      for (const line of lines) {
        const term = line.replace(/^!/, '');
        for (let at = block.zhText.indexOf(term); at !== -1; at = block.zhText.indexOf(term, at + 1)) {
          expect(line.startsWith('!'), `${term} occurs in ${block.id} but is marked absent`).toBe(false);
          const covered = occurrences.some((o) => o.start < at + term.length && o.end > at);
          expect(covered, `${term} in ${block.id} has no glossary occurrence`).toBe(true);
        }
      }
    }
  });

  it.runIf(existsSync(path.join(reportDir, 'en.md')))('finds the approved English or a variant in every English block where the Chinese term occurs', () => {
    const missing = pub.blocks
      .filter((b) => b.enText)
      .flatMap((b) => findTermMismatches(b.zhText, b.enText!, glossary, matcher).map((m) => `${b.id}: ${m.entry.zh} → ${m.entry.en}`));
    expect(missing).toEqual([]);
  });

  it.runIf(existsSync(path.join(reportDir, 'en.md')))('annotates the report: every occurrence wrapped, one anchor per note, on the English', async () => {
    const { publication } = await loadPublication({ dir: reportDir });
    const { notes, unused } = annotate(publication, glossary, matcher);
    // every entry Haidian uses gets its notes; the unused ones are the national vocabulary (see above)
    expect(unused.map((e) => e.id).sort()).toEqual(unusedEntries(glossary, [publication], matcher).map((e) => e.id).sort());
    const refs: Array<TermRef & { lang: string }> = [];
    const walk = (parent: Parent, lang: string) => {
      for (const child of parent.children as PhrasingContent[]) {
        if (child.type === 'termRef') refs.push({ ...child, lang });
        if ('children' in child) walk(child, lang);
      }
    };
    let expected = 0;
    for (const block of publication.blocks) {
      if (block.kind === 'heading') continue;
      expected += matcher.findZh(block.zhText).length;
      walk(block.zh, 'zh');
      if (block.en) walk(block.en, 'en');
    }
    expect(refs.filter((r) => r.lang === 'zh')).toHaveLength(expected);
    expect(notes.map((n) => n.noteNumber)).toEqual(notes.map((_, i) => i + 1));
    for (const note of notes) {
      const anchors = refs.filter((r) => r.noteId === note.noteId && r.first);
      expect(anchors.map((r) => r.lang), note.termId).toEqual(['en']);
    }
    // one note per term and top-level section
    expect(new Set(notes.map((n) => `${n.sectionId} ${n.termId}`)).size).toBe(notes.length);
  });
});
