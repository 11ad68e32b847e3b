import type { Parent, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineText, wrapRanges } from '../pipeline/glossary/wrap.ts';
import { annotate, createMatcher, findTermMismatches, parseGlossary } from '../pipeline/glossary/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import type { Publication, TermRef } from '../pipeline/model/index.ts';

const { glossary } = parseGlossary(`
- id: fang-guan-fu
  zh: 放管服
  pinyin: fàng guǎn fú
  en: streamline administration, delegate power, strengthen regulation and improve services
  variants: [streamlining administration, streamline administration]
  note_en: A reform of government functions.
  source: translator's rendering
- id: ying-shang-huan-jing
  zh: 营商环境
  pinyin: yíng shāng huán jìng
  en: business environment
  note_en: The ease of doing business.
  source: translator's rendering
- id: ye-wei-hui
  zh: 业委会（物管会）
  pinyin: yè wěi huì (wù guǎn huì)
  en: homeowners' committees
  note_en: Owners' bodies.
  source: translator's rendering
  aliases: [业委会]
- id: shuang-jian
  zh: 双减
  pinyin: shuāng jiǎn
  en: the "double reduction" policy
  variants: [double reduction]
  note_en: A 2021 policy.
  source: translator's rendering
- id: di-bao
  zh: 低保
  pinyin: dī bǎo
  en: subsistence allowances
  note_en: Minimum income support.
  source: translator's rendering
`);
const matcher = createMatcher(glossary);

// Two top-level sections (一、 and 二、), a heading with a term, a lead
// sentence (strong) holding a term, a block without English, and a block
// whose English lacks the rendering.
const zh = `---
title: 测试
---

## 一、深化“放管服”改革 {#h-000001}

**营商环境持续优化。**深化“放管服”，营商环境综合考评第一，“双减”落地。 {#p-000001}

发挥业委会（物管会）作用，业委会组建率98%。 {#p-000002}

再谈营商环境和放管服。 {#p-000003}

## 二、民生 {#h-000002}

城乡低保标准提高，营商环境改善。 {#p-000004}

放管服继续深化。 {#p-000005}
`;
const en = `---
title: Test
---

## I. Deepening the reform to streamline administration {#h-000001 src=x}

**The business environment kept improving.** We deepened the reform to *streamline administration, delegate power, strengthen regulation and improve services*; the business environment ranked first, and the “double reduction” policy took effect. {#p-000001 src=x}

Homeowners’ committees played their role; 98% of compounds have homeowners' committees. {#p-000002 src=x}

Again the business environment, and the reform (streamlining administration). {#p-000003 src=x}

## II. Livelihoods {#h-000002 src=x}

Subsistence allowance standards rose, and the business climate improved. {#p-000004 src=x}
`;

function load(): Publication {
  const pub = buildPublication('test', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en })).publication;
  annotate(pub, glossary, matcher);
  return pub;
}

function refs(node: Parent): TermRef[] {
  const out: TermRef[] = [];
  const walk = (parent: Parent) => {
    for (const child of parent.children as PhrasingContent[]) {
      if (child.type === 'termRef') out.push(child);
      if ('children' in child) walk(child);
    }
  };
  walk(node);
  return out;
}

const summary = (list: TermRef[]) => list.map((r) => `${r.termId}:${r.noteId}:${r.first ? 'note' : 'link'}:${toString(r)}`);
const block = (pub: Publication, id: string) => pub.blocks.find((b) => b.id === id)!;

/** One paragraph (p-000001) in Chinese and English, annotated with `terms`: the publication. */
function annotateParagraph(terms: ReturnType<typeof parseGlossary>['glossary']) {
  const matcher = createMatcher(terms);
  return (zhText: string, enText: string): Publication => {
    const pub = buildPublication(
      'test',
      new VFile({ path: 'zh.md', value: `---\ntitle: 测试\n---\n\n${zhText} {#p-000001}\n` }),
      new VFile({ path: 'en.md', value: `---\ntitle: Test\n---\n\n${enText} {#p-000001 src=x}\n` }),
    ).publication;
    annotate(pub, terms, matcher);
    return pub;
  };
}

describe('annotate', () => {
  it('numbers notes in reading order: first use per top-level section, English order inside a block', () => {
    const pub = load();
    expect(pub.notes.map((n) => [n.noteId, n.noteNumber, n.termId, n.blockId, n.sectionId])).toEqual([
      ['n-1', 1, 'ying-shang-huan-jing', 'p-000001', 'h-000001'],
      ['n-2', 2, 'fang-guan-fu', 'p-000001', 'h-000001'],
      ['n-3', 3, 'shuang-jian', 'p-000001', 'h-000001'],
      ['n-4', 4, 'ye-wei-hui', 'p-000002', 'h-000001'],
      ['n-5', 5, 'di-bao', 'p-000004', 'h-000002'],
      ['n-6', 6, 'ying-shang-huan-jing', 'p-000004', 'h-000002'],
      ['n-7', 7, 'fang-guan-fu', 'p-000005', 'h-000002'],
    ]);
  });

  it('puts the note on the first English occurrence; later ones and the Chinese twins link to it', () => {
    const pub = load();
    const p1 = block(pub, 'p-000001');
    expect(summary(refs(p1.en!))).toEqual([
      'ying-shang-huan-jing:n-1:note:business environment',
      'fang-guan-fu:n-2:note:streamline administration, delegate power, strengthen regulation and improve services',
      'ying-shang-huan-jing:n-1:link:business environment',
      // the quote inside the match pulls in its partner
      'shuang-jian:n-3:note:“double reduction” policy',
    ]);
    expect(summary(refs(p1.zh))).toEqual([
      'ying-shang-huan-jing:n-1:link:营商环境',
      'fang-guan-fu:n-2:link:放管服',
      'ying-shang-huan-jing:n-1:link:营商环境',
      'shuang-jian:n-3:link:双减',
    ]);
    // later blocks of the same section link to the section's note
    expect(summary(refs(block(pub, 'p-000003').en!))).toEqual([
      'ying-shang-huan-jing:n-1:link:business environment',
      'fang-guan-fu:n-2:link:streamlining administration',
    ]);
    expect(summary(refs(block(pub, 'p-000002').en!))).toEqual([
      'ye-wei-hui:n-4:note:Homeowners’ committees',
      "ye-wei-hui:n-4:link:homeowners' committees",
    ]);
    expect(summary(refs(block(pub, 'p-000002').zh))).toEqual(['ye-wei-hui:n-4:link:业委会（物管会）', 'ye-wei-hui:n-4:link:业委会']);
  });

  it('wraps terms inside strong and emphasis, keeping the markup', () => {
    const p1 = block(load(), 'p-000001');
    const lead = p1.zh.children[0];
    expect(lead.type).toBe('strong');
    expect(summary(refs(lead as Parent))).toEqual(['ying-shang-huan-jing:n-1:link:营商环境']);
    const emphasis = p1.en!.children.find((c) => c.type === 'emphasis' || (c.type === 'termRef' && c.children[0]?.type === 'emphasis'));
    expect(emphasis).toBeDefined();
    expect(toString(p1.zh)).toBe(p1.zhText);
  });

  it('puts the note on the Chinese when the block has no English or its English lacks the rendering', () => {
    const pub = load();
    expect(block(pub, 'p-000005').en).toBeUndefined();
    expect(summary(refs(block(pub, 'p-000005').zh))).toEqual(['fang-guan-fu:n-7:note:放管服']);
    // p-000004: "business climate" is not a form of 营商环境 → its note sits on the Chinese
    const p4 = block(pub, 'p-000004');
    expect(summary(refs(p4.en!))).toEqual(['di-bao:n-5:note:Subsistence allowance']);
    expect(summary(refs(p4.zh))).toEqual(['di-bao:n-5:link:低保', 'ying-shang-huan-jing:n-6:note:营商环境']);
    expect(findTermMismatches(p4.zhText, p4.enText!, glossary, matcher).map((m) => m.entry.id)).toEqual(['ying-shang-huan-jing']);
  });

  it('leaves headings unwrapped by default but records their uses; wraps them on request', () => {
    const pub = load();
    expect(refs(block(pub, 'h-000001').zh)).toEqual([]);
    expect(pub.termUses.get('fang-guan-fu')).toEqual(['h-000001', 'p-000001', 'p-000003', 'p-000005']);
    expect(pub.termUses.get('di-bao')).toEqual(['p-000004']);
    const withHeadings = buildPublication('t', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en })).publication;
    annotate(withHeadings, glossary, matcher, { headings: true });
    expect(summary(refs(block(withHeadings, 'h-000001').en!))).toEqual(['fang-guan-fu:n-1:note:streamline administration']);
  });

  it('is idempotent and reports unused entries', () => {
    const pub = load();
    const once = JSON.stringify(pub.blocks.map((b) => [b.zh, b.en]));
    const result = annotate(pub, glossary, matcher);
    expect(JSON.stringify(pub.blocks.map((b) => [b.zh, b.en]))).toBe(once);
    expect(pub.notes).toHaveLength(7);
    expect(result.unused).toEqual([]);
    const more = parseGlossary(`- {id: extra, zh: 三城一区, en: three science cities, pinyin: sān chéng yī qū, note_en: x, source: "translator's rendering"}\n`).glossary;
    expect(annotate(pub, more, createMatcher(more)).unused.map((e) => e.id)).toEqual(['extra']);
    expect(pub.notes).toEqual([]);
  });
});

describe('annotate: a term inside the name of a document the report cites (new user round 19)', () => {
  const { glossary: terms } = parseGlossary(`
- id: fa-lv-jian-du
  zh: 法律监督
  pinyin: fǎ lǜ jiān dū
  en: legal supervision
  note_en: The procuratorates' function.
  source: translator's rendering
- id: xin-shi-dai
  zh: 新时代
  pinyin: xīn shí dài
  en: the new era
  variants: [new era]
  note_en: The stage dated from 2012.
  source: translator's rendering
`);
  const matcher = createMatcher(terms);
  const annotated = (zhText: string, enText?: string) => {
    const zhDoc = `---\ntitle: 测试\n---\n\n${zhText} {#p-000001}\n`;
    const enDoc = enText === undefined ? undefined : `---\ntitle: Test\n---\n\n${enText} {#p-000001 src=x}\n`;
    const pub = buildPublication('test', new VFile({ path: 'zh.md', value: zhDoc }), enDoc === undefined ? undefined : new VFile({ path: 'en.md', value: enDoc })).publication;
    annotate(pub, terms, matcher);
    return pub;
  };
  // Wuhan's procuratorate, 2024 (test/fixtures/newuser-round19), shortened
  const zh = '深化落实《中共中央关于加强新时代检察机关法律监督工作的意见》，依法全面履行法律监督职责。';
  const en = 'We went further in implementing the Opinions of the CPC Central Committee on Strengthening the Legal Supervision Work of Procuratorial Organs in the New Era, and performed our duty of legal supervision fully.';

  it('puts the note on the English use outside the name, and on none of a term used only inside the name', () => {
    const pub = annotated(zh, en);
    const p = pub.blocks[0];
    expect(summary(refs(p.en!))).toEqual(['fa-lv-jian-du:n-1:link:Legal Supervision', 'fa-lv-jian-du:n-1:note:legal supervision']);
    expect(summary(refs(p.zh))).toEqual(['fa-lv-jian-du:n-1:link:法律监督', 'fa-lv-jian-du:n-1:link:法律监督']);
    expect(pub.notes.map((n) => n.termId)).toEqual(['fa-lv-jian-du']);
    // the use inside the name is still a use (glossary check does not call the entry unused)
    expect([...pub.termUses.keys()].sort()).toEqual(['fa-lv-jian-du', 'xin-shi-dai']);
  });

  it('without English, the note goes to the Chinese use outside the name', () => {
    const p = annotated(zh).blocks[0];
    expect(summary(refs(p.zh))).toEqual(['fa-lv-jian-du:n-1:link:法律监督', 'fa-lv-jian-du:n-1:note:法律监督']);
  });

  it('a term the text uses outside any name keeps its note on the first English use, capitalized or not', () => {
    const p = annotated('新时代法律监督工作。', 'Legal Supervision in the new era.').blocks[0];
    expect(summary(refs(p.en!))).toEqual(['fa-lv-jian-du:n-1:note:Legal Supervision', 'xin-shi-dai:n-2:note:new era']);
  });
});

describe('annotate: a term that is the whole name of a document the report cites (new user round 27)', () => {
  const { glossary: terms } = parseGlossary(`
- id: ao-men-ji-ben-fa
  zh: 澳门基本法
  pinyin: ào mén jī běn fǎ
  en: the Macao Basic Law
  note_en: The region's constitutional document.
  source: translator's rendering
- id: xian-fa
  zh: 基本法
  pinyin: jī běn fǎ
  en: the Basic Law
  note_en: A special administrative region's constitutional document.
  source: translator's rendering
`);
  const annotated = annotateParagraph(terms);

  it('《澳門基本法》: the term is the name itself, and its note is given (was: no note, the glossary listing it as used)', () => {
    const pub = annotated('我們嚴格按照《憲法》和《澳門基本法》辦事。', 'We have acted in strict accordance with the Constitution and the Macao Basic Law.');
    expect(summary(refs(pub.blocks[0].en!))).toEqual(['ao-men-ji-ben-fa:n-1:note:Macao Basic Law']);
    expect(pub.notes.map((n) => n.termId)).toEqual(['ao-men-ji-ben-fa']);
  });

  it('guard: a term inside a longer name is still that name’s word (《中華人民共和國澳門特別行政區基本法》: no note for 基本法)', () => {
    const pub = annotated('按照《中华人民共和国澳门特别行政区基本法》办事。', 'in accordance with the Basic Law of the Macao Special Administrative Region of the People’s Republic of China.');
    expect(pub.notes).toEqual([]);
  });
});

describe('annotate: a common noun inside a name the English spells out (new user round 23)', () => {
  const { glossary: terms } = parseGlossary(`
- id: ren-da
  zh: 人大
  pinyin: rén dà
  en: people's congress
  variants: [people's congresses, NPC deputies]
  note_en: Short for 人民代表大会.
  source: translator's rendering
- id: wei-yuan-zhang-hui-yi
  zh: 委员长会议
  pinyin: wěi yuán zhǎng huì yì
  en: Council of Chairpersons
  note_en: The chairman, vice chairpersons and secretary-general.
  source: translator's rendering
`);
  const annotate1 = annotateParagraph(terms);
  const annotated = (zhText: string, enText: string) => annotate1(zhText, enText).blocks[0];
  // the NPC Standing Committee's 2026 report (test/fixtures/newuser-round23), shortened: 代表法 spelt out in English
  const zh = '全面贯彻实施新修改的代表法，为做好人大工作建言献策。';
  const en = "We fully implemented the newly revised Law on Deputies to the National People's Congress and Local People's Congresses at All Levels, and deputies offered advice on the work of people's congresses.";

  it("puts the note on the term's own use, not inside the law's name (was: on \"National People's Congress\")", () => {
    const p = annotated(zh, en);
    expect(summary(refs(p.en!))).toEqual(["ren-da:n-1:link:People's Congress", "ren-da:n-1:link:People's Congresses", "ren-da:n-1:note:people's congresses"]);
  });

  it('guards: a rendering in Title Case keeps its note on its first use; a use alone in a name keeps the note there', () => {
    expect(summary(refs(annotated('委员长会议组成人员带队。', 'Led by members of the Council of Chairpersons, and the council of chairpersons met.').en!))).toEqual([
      'wei-yuan-zhang-hui-yi:n-1:note:Council of Chairpersons',
      'wei-yuan-zhang-hui-yi:n-1:link:council of chairpersons',
    ]);
    expect(summary(refs(annotated('人大代表参加。', "Deputies to the National People's Congress took part.").en!))).toEqual(["ren-da:n-1:note:People's Congress"]);
    // a Title Case form the term base lists is the term's own use (Haidian: 区人大 "the District People's Congress")
    const listed = parseGlossary(`
- id: ren-da
  zh: 人大
  pinyin: rén dà
  en: people's congress
  variants: [people's congresses, District People's Congress]
  note_en: Short for 人民代表大会.
  source: translator's rendering
`).glossary;
    const pub = buildPublication(
      'test',
      new VFile({ path: 'zh.md', value: '---\ntitle: 测试\n---\n\n执行区人大的决议，办理各级人大代表建议。 {#p-000001}\n' }),
      new VFile({ path: 'en.md', value: "---\ntitle: Test\n---\n\nWe carried out the resolutions of the District People's Congress and handled suggestions from deputies to people's congresses at all levels. {#p-000001 src=x}\n" }),
    ).publication;
    annotate(pub, listed, createMatcher(listed));
    expect(summary(refs(pub.blocks[0].en!))).toEqual(["ren-da:n-1:note:District People's Congress", "ren-da:n-1:link:people's congresses"]);
  });
});

describe("annotate: a term the report's own note explains (new user round 21)", () => {
  const { glossary: terms } = parseGlossary(`
- id: zheng-fu-xing-ji-jin-yu-suan
  zh: 政府性基金预算
  pinyin: zhèng fǔ xìng jī jīn yù suàn
  en: government-managed funds budget
  variants: [government-managed funds]
  note_en: The budget of funds levied for specific purposes.
  source: translator's rendering
- id: shi-ben-ji
  zh: 市本级
  pinyin: shì běn jí
  en: municipal government proper
  note_en: The city government's own budget.
  source: translator's rendering
`);
  const matcher = createMatcher(terms);
  // 潍坊's 2023 budget report (test/fixtures/newuser-round21), shortened: its 名词解释 entry 政府性基金预算 is called after the term's first use
  const annotated = (blocks: Array<[string, string]>, sections = false) => {
    const zhDoc = ['---', 'title: 测试', '---', '', ...blocks.flatMap(([z], i) => [...(sections && i > 0 ? [`## ${'一二三'[i]}、二 {#h-00000${i}}`, ''] : []), `${z} {#p-00000${i}}`, '']), '[^1]: 政府性基金预算：专项用于特定公共事业发展的收支预算。 {#fn-000001}', ''].join('\n');
    const enDoc = ['---', 'title: Test', '---', '', ...blocks.flatMap(([, e], i) => [...(sections && i > 0 ? [`## ${['I', 'II', 'III'][i]}. Two {#h-00000${i}}`, ''] : []), `${e} {#p-00000${i} src=x}`, '']), '[^1]: Government-managed funds budget: the budget of funds used solely for specific public undertakings. {#fn-000001}', ''].join('\n');
    const pub = buildPublication('test', new VFile({ path: 'zh.md', value: zhDoc }), new VFile({ path: 'en.md', value: enDoc })).publication;
    annotate(pub, terms, matcher);
    return pub;
  };
  const first: [string, string] = ['全市政府性基金预算[^1]收入490.9亿元；市本级政府性基金预算收入7.2亿元。', 'Citywide, revenue from government-managed funds[^1] was 49.09 billion yuan; for the municipal government proper, revenue from government-managed funds was 720 million yuan.'];
  const later: [string, string] = ['政府性基金预算支出734.4亿元。', 'Expenditure of government-managed funds was 73.44 billion yuan.'];

  it('gives no edition note to a term where the report calls its own note on it, nor later in that section (was: "government-managed funds⁵[2]")', () => {
    const pub = annotated([first, later]);
    expect(pub.notes.map((n) => n.termId)).toEqual(['shi-ben-ji']);
    expect(summary(refs(pub.blocks[0].en!))).toEqual(['shi-ben-ji:n-1:note:municipal government proper']);
    expect(refs(pub.blocks[1].en!)).toEqual([]);
    // still a use: the glossary lists the entry and glossary check does not call it unused
    expect([...pub.termUses.keys()].sort()).toEqual(['shi-ben-ji', 'zheng-fu-xing-ji-jin-yu-suan']);
  });

  it('guards: a term noted before the report calls its note keeps that note; another section notes the term again', () => {
    const noted = annotated([later, first]);
    expect(noted.notes.map((n) => n.termId)).toEqual(['zheng-fu-xing-ji-jin-yu-suan', 'shi-ben-ji']);
    const sections = annotated([first, later], true);
    expect(sections.notes.map((n) => `${n.termId}:${n.blockId}`)).toEqual(['shi-ben-ji:p-000000', 'zheng-fu-xing-ji-jin-yu-suan:p-000001']);
  });
});

describe('annotate: a use followed by its abbreviation in brackets (new user round 20)', () => {
  const { glossary: terms } = parseGlossary(`
- id: zheng-xie
  zh: 政协
  pinyin: zhèng xié
  en: CPPCC
  variants: [Chinese People's Political Consultative Conference]
  note_en: The advisory body.
  source: translator's rendering
`);
  it('the call goes after the bracket: "…Consultative Conference (CPPCC)¹", not "…Conference¹ (CPPCC)"; a use without one is marked as before', () => {
    const doc = (zhText: string, enText: string) => {
      const pub = buildPublication('test', new VFile({ path: 'zh.md', value: `---\ntitle: 测试\n---\n\n${zhText} {#p-000001}\n` }), new VFile({ path: 'en.md', value: `---\ntitle: Test\n---\n\n${enText} {#p-000001 src=x}\n` })).publication;
      annotate(pub, terms, createMatcher(terms));
      return summary(refs(pub.blocks[0].en!));
    };
    // the Supreme People's Court's 2014 report (test/fixtures/newuser-round20)
    expect(doc('请全国政协各位委员提出意见。', "I welcome comments from the members of the National Committee of the Chinese People's Political Consultative Conference (CPPCC).")).toEqual([
      "zheng-xie:n-1:note:Chinese People's Political Consultative Conference (CPPCC)",
    ]);
    expect(doc('请全国政协各位委员提出意见。', "I welcome comments from the members of the Chinese People's Political Consultative Conference (as its members are called).")).toEqual([
      "zheng-xie:n-1:note:Chinese People's Political Consultative Conference",
    ]);
    // capitals that are not the initials of the words before the bracket are no abbreviation of them
    expect(doc('请全国政协各位委员提出意见。', "I welcome comments from the Chinese People's Political Consultative Conference (WTO).")).toEqual([
      "zheng-xie:n-1:note:Chinese People's Political Consultative Conference",
    ]);
    // initials read across the words before the term's own (National Committee of the …), skipping "of" and "the"
    expect(doc('请全国政协各位委员提出意见。', "Members of the National Committee of the Chinese People's Political Consultative Conference (NCCPPCC) came.")).toEqual([
      "zheng-xie:n-1:note:Chinese People's Political Consultative Conference (NCCPPCC)",
    ]);
  });
});

describe('wrapRanges', () => {
  // Inline trees of text, strong and emphasis, and sorted non-overlapping ranges.
  const leaf = fc.string({ minLength: 1, maxLength: 6 }).map((value): PhrasingContent => ({ type: 'text', value }));
  const { inline } = fc.letrec((tie) => ({
    inline: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('inline'), { minLength: 1, maxLength: 3 }).map((children): PhrasingContent => ({ type: 'strong', children: children as PhrasingContent[] })),
      fc.array(tie('inline'), { minLength: 1, maxLength: 3 }).map((children): PhrasingContent => ({ type: 'emphasis', children: children as PhrasingContent[] })),
    ),
  }));

  it('keeps the text, wraps exactly the requested slices, and only refuses ranges that cut an element', () => {
    fc.assert(
      fc.property(fc.array(inline, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 10 }), (children, cuts) => {
        const original = inlineText({ type: 'paragraph', children: structuredClone(children) } as Parent);
        const root: Parent = { type: 'paragraph', children: children as Parent['children'] } as Parent;
        const before = inlineText(root).text;
        const points = [...new Set(cuts.map((c) => c % (before.length + 1)))].sort((a, b) => a - b);
        const ranges: Array<{ start: number; end: number; wrapper: Parent }> = [];
        for (let k = 0; k + 1 < points.length; k += 2) {
          if (points[k] < points[k + 1]) ranges.push({ start: points[k], end: points[k + 1], wrapper: { type: 'termRef', children: [] } as unknown as Parent });
        }
        const done = wrapRanges(root, ranges);
        expect(toString(root)).toBe(before);
        ranges.forEach((range, i) => {
          if (done[i]) expect(toString(range.wrapper)).toBe(before.slice(range.start, range.end));
        });
        // a range inside a single text node can always be wrapped
        ranges.forEach((range, i) => {
          const inOne = original.segments.some((s) => range.start >= s.start && range.end <= s.start + s.node.value.length);
          if (inOne) expect(done[i]).toBe(true);
        });
      }),
      { numRuns: 400 },
    );
  });
});

describe('annotate: a listed form before a form derived from one (new user round 33)', () => {
  const { glossary: terms } = parseGlossary(`
- id: ge-wei-dai-biao
  zh: 各位代表
  pinyin: gè wèi dài biǎo
  en: Fellow Deputies
  variants: [deputies]
  note_en: The salutation to the deputies of the people's congress.
  source: translator's rendering
- id: she-qu
  zh: 社区
  pinyin: shè qū
  en: communities
  note_en: Urban neighbourhoods.
  source: translator's rendering
`);
  const annotated = annotateParagraph(terms);

  it('"Director, Deputy Directors and Fellow Deputies": the note on "Fellow Deputies", "Deputy" not marked (was: "Deputy¹ Directors")', () => {
    const pub = annotated('主任、各位副主任、各位代表：', 'Director, Deputy Directors and Fellow Deputies,');
    expect(summary(refs(pub.blocks[0].en!))).toEqual(['ge-wei-dai-biao:n-1:note:Fellow Deputies']);
  });

  it('guard: as many inflected uses as the Chinese has uses stay marked (two 社区, "communities" and "community")', () => {
    const pub = annotated('社区服务和社区建设。', 'Services in communities and the building of every community.');
    expect(summary(refs(pub.blocks[0].en!))).toEqual(['she-qu:n-1:note:communities', 'she-qu:n-1:link:community']);
  });

  it('guard: a derived form alone in the block keeps the note (a community, the singular of "communities")', () => {
    const pub = annotated('加强社区建设。', 'We strengthened every community.');
    expect(summary(refs(pub.blocks[0].en!))).toEqual(['she-qu:n-1:note:community']);
  });
});
