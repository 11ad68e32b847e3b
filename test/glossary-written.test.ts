/**
 * The glossary's terms as a report in traditional characters writes them (pipeline/glossary/written.ts): the form
 * printed where the term was matched, else the term converted with OpenCC; nothing for a simplified report.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { annotate, createMatcher, parseGlossary, termsAsWritten } from '../pipeline/glossary/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { simplifiedToTraditional } from '../pipeline/model/opencc.ts';

const { glossary } = parseGlossary(`
- id: re-xian
  zh: 热线
  pinyin: rè xiàn
  en: hotline
  note_en: A telephone line for enquiries.
  source: translator's rendering
- id: yi-guo-liang-zhi
  zh: 一国两制
  pinyin: yī guó liǎng zhì
  en: One Country, Two Systems
  note_en: The principle under which Hong Kong keeps its own system.
  source: translator's rendering
  aliases: [一国]
- id: ji-ben-fa
  zh: 基本法
  pinyin: Jīběnfǎ
  en: Basic Law
  note_en: Hong Kong's constitutional document.
  source: translator's rendering
`);

function annotated(zh: string) {
  const value = `---\ntitle: 施政報告\n---\n\n${zh} {#p-000001}\n`;
  const pub = buildPublication('test', new VFile({ path: 'zh.md', value }), new VFile({ path: 'en.md', value: '---\ntitle: Policy Address\n---\n' })).publication;
  annotate(pub, glossary, createMatcher(glossary));
  return pub;
}

describe('termsAsWritten', () => {
  it('a report in traditional characters: the form the text prints where the term is matched, else the converted term', () => {
    // 熱綫 is how Hong Kong prints it; OpenCC's standard form is 熱線. 一國兩制 is written nowhere: converted.
    const pub = annotated('市民可致電熱綫查詢。每一個香港人都有義務遵守《基本法》，貫徹一國兩制，這是憲制責任。');
    expect(simplifiedToTraditional('热线')).toBe('熱線');
    expect(Object.fromEntries(termsAsWritten(pub, glossary)!)).toEqual({ 're-xian': '熱綫', 'yi-guo-liang-zhi': '一國兩制', 'ji-ben-fa': '基本法' });
  });

  it('a term written only in an alias\'s form: the alias as printed, in either script (new user round 19: 经营主体)', () => {
    // 一國 is an alias: the text says 「一國」 and never 一國兩制 (was: 一國兩制, the term converted)
    const pub = annotated('市民可致電熱綫查詢。在「一國」之下，每一個香港人都有義務遵守《基本法》，這是憲制責任。');
    expect(termsAsWritten(pub, glossary)?.get('yi-guo-liang-zhi')).toBe('一國');
    expect(Object.fromEntries(termsAsWritten(annotated('在“一国”之下，每一个香港人都有义务遵守《基本法》。'), glossary)!)).toEqual({ 'yi-guo-liang-zhi': '一国' });
  });

  it('a report in simplified characters writing its terms themselves: none (shown as the term base writes them) (guard)', () => {
    expect(termsAsWritten(annotated('市民可致电热线查询。坚持一国两制，每一个香港人都有义务遵守《基本法》。'), glossary)).toBeUndefined();
  });
});
