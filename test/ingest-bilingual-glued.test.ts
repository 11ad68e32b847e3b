/**
 * English glued inside a Chinese line (a flattened bilingual page, its line breaks lost): the line is
 * split into its Chinese and English segments where the boundary is clear, and the segments are paired
 * as paragraphs are (twins.ts `segments`). Where it is not clear, nothing is guessed: the English stays in
 * zh.md with a warning (inside a Chinese sentence), or is taken out and reported at its line and column
 * (cut, a fragment, out of step, figures disagreeing, damaged). Shapes reduced from the corpus pages
 * cn-state-council-2013-bilingual-doc-chunks-heldout14 (a sentence, its English, glued with no space),
 * cn-state-council-2011-bilingual-pdf-heldout7 (a paragraph, then its English on the same line; the page
 * cut mid-word), cn-state-council-2019-bilingual-flattened (the heading's English over two lines, the
 * second glued before the next Chinese; a possessive broken at its apostrophe; English skipping its start)
 * and cn-state-council-2016-bilingual-mislabelled (c, o, w, m stripped from the English).
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';
import { en1, en2, en3, english, head, page, zh1, zh2, zh3 } from './bilingual-page.ts';

const salutation = '各位代表：';
const salutationEn = 'Fellow Deputies,';
const opening = '现在，我代表北京市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。';
const openingEn = 'On behalf of the Beijing Municipal People’s Government, I will now report to you on the work of the government for your deliberation and approval, and I also invite comments from members of the Municipal Committee of the CPPCC.';

/** The page's English in en.md, read back as the build reads it: each block's English (null: none). */
function englishOf(result: ReturnType<typeof readIngested>['result']): (string | null)[] {
  return english(result.markdown, result.english?.markdown ?? '---\n---\n').blocks.map((b) => b.enText ?? null);
}

const warnings = (result: ReturnType<typeof readIngested>['result']) => result.file.messages.filter((m) => m.ruleId === 'english-twin' && m.fatal === false);

/** Line and column (1-based) of a text's first occurrence in the input. */
function placeOf(input: string, text: string): { line: number; column: number } {
  const at = input.indexOf(text);
  const before = input.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * Nothing lost: every English text of the page is in en.md, in zh.md (kept, with a warning), or in a
 * warning placed at its first character in the input; every Han character of the text is in zh.md.
 */
function expectAccounted(input: string, result: ReturnType<typeof readIngested>['result'], english: string[]) {
  expect(result.file.messages.filter((m) => m.ruleId === 'lost-text')).toEqual([]);
  for (const en of english) {
    if (result.english?.markdown.includes(en)) continue;
    if (result.markdown.includes(en)) continue;
    const at = placeOf(input, en);
    expect(
      warnings(result).some((m) => m.line === at.line && m.column === at.column),
      `“${en.slice(0, 30)}…” in en.md, in zh.md or reported at ${at.line}:${at.column}`,
    ).toBe(true);
  }
}

describe('a flattened line of Chinese and English segments is split and paired (was: kept in zh.md with a glued warning)', () => {
  test('sentence, its English, glued with no space (cn-2013 doc chunks): each Chinese sentence gets its English', () => {
    const input = page([...head, `${zh1}${en1}${zh2}${en2}${zh3}${en3}`]);
    const { result, blocks } = readIngested(input);
    // was: one block `${zh1}${en1}${zh2}${en2}…`, no en.md ("glued inside a Chinese line")
    expect(blocks).toEqual([zh1, zh2, zh3]);
    expect(englishOf(result)).toEqual([en1, en2, en3]);
    expect(warnings(result)).toEqual([]);
    expectAccounted(input, result, [en1, en2, en3]);
  });

  test('a salutation and its English after the colon, a paragraph and its English after the space, on one line (cn-2011)', () => {
    const input = page([...head, `${salutation}${salutationEn}${opening} ${openingEn}`, zh2, en2]);
    const { result, blocks } = readIngested(input);
    expect(blocks).toEqual([salutation, opening, zh2]);
    expect(englishOf(result)).toEqual([salutationEn, openingEn, en2]);
    expect(warnings(result)).toEqual([]);
  });

  test("a heading's English after the heading, with no mark between; a clause ending in a comma and its whole sentence", () => {
    const clause = '累计新增城镇就业5870万人，';
    const clauseEn = 'A total of 58.7 million urban jobs were created.';
    const input = page([...head, `${zh1}${en1}一、过去五年工作回顾I Review of Work in the Past Five Years${zh2}${en2}${clause}${clauseEn}`]);
    const { result, blocks } = readIngested(input);
    expect(blocks).toEqual([zh1, '## 一、过去五年工作回顾', zh2, clause]);
    expect(englishOf(result)).toEqual([en1, 'I Review of Work in the Past Five Years', en2, clauseEn]);
    expect(warnings(result)).toEqual([]);
  });

  test("English opening a line goes with the English before it (cn-2019: 'I.' / '2018 in Review 过去一年…'); a possessive broken at its apostrophe is mended", () => {
    // (the page: the heading, its English over two lines, the second glued before the paragraph; the English
    // of the paragraph broken at "Beijing'" / "s GDP", a blank line between)
    const lines = [...head, '', `${zh1}${en1}`, '', '一、过去五年工作回顾', '', 'I.', '', `Review of Work in the Past Five Years${zh2}Over the past five years, Beijing'`, '', 's GDP exceeded 4 trillion yuan, and per capita GDP reached 190,000 yuan, ranking first among all provincial-level regions.'];
    const { result, blocks } = readIngested(`${lines.join('\n')}\n`);
    expect(blocks).toEqual([zh1, '## 一、过去五年工作回顾', zh2]);
    expect(englishOf(result)).toEqual([en1, 'I. Review of Work in the Past Five Years', en2]);
    expect(warnings(result)).toEqual([]);
  });
});

describe("a numbered heading's English after an untranslated paragraph and the heading", () => {
  test('is the heading’s when numbered alike (cn-2013 doc: 一、过去五年工作回顾 / I. Review of Work in the Past Five Years; was: not alternating, no English)', () => {
    const input = page([...head, opening, '一、过去五年工作回顾', 'I. Review of Work in the Past Five Years', `${zh1}${en1}`, `${zh2}${en2}`]);
    const { result, blocks } = readIngested(input);
    expect(blocks).toEqual([opening, '## 一、过去五年工作回顾', zh1, zh2]);
    expect(englishOf(result)).toEqual([null, 'I. Review of Work in the Past Five Years', en1, en2]);
    expect(warnings(result)).toEqual([]);
  });

  test('guards: numbered otherwise (II. after 一、), or a sentence, is not alternating as before', () => {
    for (const en of ['II. Review of Work in the Past Five Years', 'I. Let me begin with a review of our work.']) {
      const { result } = readIngested(page([...head, opening, '一、过去五年工作回顾', en, `${zh1}${en1}`, `${zh2}${en2}`]));
      expect(englishOf(result), en).toEqual([null, null, en1, en2]);
      expect(warnings(result).map((m) => m.reason), en).toEqual([expect.stringContaining('two or more Chinese paragraphs')]);
    }
  });
});

describe("the page's English as the extraction left it", () => {
  test('a space lost after a comma between words and before an abbreviation in brackets is put back (cn-2011: “challenges,the Communist Party of China(CPC) united”)', () => {
    const zh = '面对国内外复杂形势和一系列重大风险挑战，中国共产党团结带领全国各族人民，全面推进改革开放和现代化建设，国家面貌发生了历史性变化。';
    const en = 'In the face of complex domestic and international situations and a series of major risks and challenges,the Communist Party of China(CPC) united with and led the people of all the country’s ethnic groups in comprehensively advancing reform,opening up and modernization,bringing about a historic change in China.';
    const { result } = readIngested(page([...head, `${zh1}${en1}`, `${zh} ${en}`]));
    // was: “challenges,the Communist Party of China(CPC)”, “reform,opening up and modernization,bringing”
    expect(englishOf(result)[1]).toBe(
      'In the face of complex domestic and international situations and a series of major risks and challenges, the Communist Party of China (CPC) united with and led the people of all the country’s ethnic groups in comprehensively advancing reform, opening up and modernization, bringing about a historic change in China.',
    );
  });

  test('guard: figures, an abbreviation in brackets already spaced and i.e. (no damage: its letters are no stripped words) stay as they are', () => {
    const zh = '全市地区生产总值达到4.4万亿元，增长5.2%，一般公共预算收入6181.1亿元。';
    const en = 'The city’s GDP reached 4.4 trillion yuan (RMB), up 5.2%, and general public budget revenue was 618.11 billion yuan, i.e. a record high.';
    const { result } = readIngested(page([...head, `${zh1}${en1}`, `${zh} ${en}`]));
    expect(englishOf(result)[1]).toBe(en);
  });
});

describe('not clear: nothing guessed, every segment kept or reported at its line and column', () => {
  test('English cut by the page’s end (cn-2011: “…warded off the impac”) is taken out and reported, not written', () => {
    const cut = en3.slice(0, 70);
    const input = page([...head, `${zh1}${en1}`, `${zh2}${en2}`, `${zh3} ${cut}`]);
    const { result, blocks } = readIngested(input, 'page.txt', { clean: false });
    expect(blocks).toEqual([zh1, zh2, zh3]);
    expect(englishOf(result)).toEqual([en1, en2, null]);
    const reported = warnings(result);
    expect(reported).toHaveLength(1);
    expect(reported[0].reason).toContain('stops mid-sentence');
    expect({ line: reported[0].line, column: reported[0].column }).toEqual(placeOf(input, cut));
    expectAccounted(input, result, [en1, en2, cut]);
  });

  test('English opening mid-sentence after a whole Chinese sentence (cn-2019: the page skipped its start) is no twin', () => {
    const fragment = 'environment rose significantly in international rankings. Opening up was expanded on all fronts.';
    const input = page([...head, `${zh1}${en1}`, `${zh2}${fragment}`, `${zh3}${en3}`]);
    const { result, blocks } = readIngested(input);
    expect(blocks).toEqual([zh1, zh2, zh3]);
    expect(englishOf(result)).toEqual([en1, null, en3]);
    expect(warnings(result).map((m) => m.reason)).toEqual([expect.stringContaining('starts or stops mid-sentence')]);
    expectAccounted(input, result, [en1, fragment, en3]);
  });

  test('English whose figures disagree with its Chinese segment is reported with the difference (the figure check applies unchanged)', () => {
    const wrong = en2.replace('4 trillion', '5 trillion');
    const input = page([...head, `${zh1}${en1}${zh2}${wrong}${zh3}${en3}`]);
    const { result, blocks } = readIngested(input);
    expect(blocks).toEqual([zh1, zh2, zh3]);
    expect(englishOf(result)).toEqual([en1, null, en3]);
    expect(warnings(result).map((m) => m.reason)).toEqual([expect.stringContaining('its figures do not match')]);
    expectAccounted(input, result, [en1, wrong, en3]);
  });

  test('a short English sentence after a long Chinese one is out of step (cn-2013: a chunk cut, “We made China more innovative.” after the wrong Chinese)', () => {
    const short = 'We made China more innovative.';
    const input = page([...head, `${zh1}${short}${zh2}${en2}`, `${zh3}${en3}`]);
    const { result, blocks } = readIngested(input);
    expect(blocks).toEqual([zh1, zh2, zh3]);
    expect(englishOf(result)).toEqual([null, en2, en3]);
    expect(warnings(result).map((m) => m.reason)).toEqual([expect.stringContaining('out of step')]);
    expectAccounted(input, result, [short, en2, en3]);
  });

  test('English with letters stripped out of its words (cn-2016: n behalf f the State unil) is damaged, not published', () => {
    const stripped = 'n behalf f the State unil, I ill n reprt t yu n the rk f the gvernent fr yur deliberatin and apprval.';
    const input = page([...head, `${opening}${stripped}`, `${zh1}${en1}`, `${zh2}${en2}`]);
    const { result } = readIngested(input);
    expect(englishOf(result)).toEqual([null, en1, en2]);
    expect(warnings(result).map((m) => m.reason)).toEqual([expect.stringContaining('broken by the extraction')]);
  });
});

describe('guards: English inside a Chinese sentence is no segment', () => {
  const terms = [
    '我们推动GDP增长5.2%，CPI涨幅0.2%，5G基站达到337.7万个。',
    '共建“一带一路”Belt and Road 倡议取得新进展。',
    '详见http://www.beijing.gov.cn/zhengce/gzbg/index.html。',
    '世界银行行长David Malpass一行来访。',
    '我们提出，Made in China，一个都不能少。',
  ];

  test('on a bilingual page, Latin terms, a URL, a name and a short English phrase stay in their Chinese sentence, no twin, no warning', () => {
    const input = page([...head, `${zh1}${en1}`, ...terms, `${zh2}${en2}`]);
    const { result, blocks } = readIngested(input);
    expect(blocks[0]).toBe(zh1);
    expect(blocks.at(-1)).toBe(zh2);
    expect(blocks).toHaveLength(terms.length + 2);
    for (const [n, b] of blocks.slice(1, -1).entries()) expect(b.replace(/\s/g, ''), terms[n]).toBe(terms[n].replace(/\s/g, ''));
    expect(englishOf(result)).toEqual([en1, ...terms.map(() => null), en2]);
    expect(warnings(result)).toEqual([]);
  });

  test('an English quotation inside a Chinese sentence stays in zh.md with the glued warning (where the Chinese ends is not clear)', () => {
    const quoted = '正如“Where there is a will, there is a way”所说，我们迎难而上。';
    const input = page([...head, `${zh1}${en1}`, quoted, `${zh2}${en2}`]);
    const { result, blocks } = readIngested(input);
    expect(blocks[1].replace(/\s/g, '')).toBe(quoted.replace(/\s/g, ''));
    expect(englishOf(result)).toEqual([en1, null, en2]);
    expect(warnings(result).map((m) => m.reason)).toEqual([expect.stringContaining('glued inside a Chinese line')]);
  });

  test('a Chinese page with a few English words (a term, a URL, a name, one English sentence after a full stop) is no bilingual edition: as it was', () => {
    const lines = [...head, ...terms, `${zh1}The Belt and Road Initiative is open to all.`, zh2];
    const { result, blocks } = readIngested(page(lines));
    expect(result.english).toBeUndefined();
    expect(blocks.map((b) => b.replace(/\s/g, ''))).toEqual([...terms, `${zh1}The Belt and Road Initiative is open to all.`, zh2].map((t) => t.replace(/\s/g, '')));
    expect(result.file.messages.filter((m) => m.ruleId === 'english-twin')).toEqual([]);
  });
});
