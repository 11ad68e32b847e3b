/**
 * A glossary's Chinese notes in an edition of a report in traditional characters (new user round 27: Macao's 結語 in 繁體,
 * its six notes printed in 简体 — "香港、澳门作为中国的特别行政区…" under a text writing 澳門; round 16 had left them so).
 * The term base writes its notes in simplified characters; such an edition prints them converted (OpenCC, as its UI strings:
 * templates/i18n.ts), tagged zh-Hant. An edition in simplified characters prints them as written.
 */
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { annotate, createMatcher, parseGlossary } from '../pipeline/glossary/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { glossaryAppendix } from '../templates/components/glossary-appendix.ts';
import { noteBody } from '../templates/components/note.ts';
import { createTranslators } from '../templates/i18n.ts';

const { glossary } = parseGlossary(`
- id: yi-guo-liang-zhi
  zh: 一国两制
  pinyin: yī guó liǎng zhì
  en: "one country, two systems"
  note_en: The principle under which Hong Kong and Macao keep their previous systems.
  note_zh: 香港、澳门作为中国的特别行政区，保持原有的资本主义制度和生活方式，由基本法规定。
  source: translator's rendering
`);
const entry = glossary.byId.get('yi-guo-liang-zhi')!;

async function printed(zhTag: 'zh-Hant' | 'zh-Hans', zh: string) {
  const pub = buildPublication('t', new VFile({ path: 'zh.md', value: `---\ntitle: 測試\n---\n\n${zh} {#p-000001}\n` })).publication;
  annotate(pub, glossary, createMatcher(glossary));
  const options = { edition: 'html', draft: true, t: await createTranslators(zhTag), glossary, zhTag } as const;
  return { note: toHtml({ type: 'root', children: noteBody(entry, 'zh', options) }), list: toHtml(glossaryAppendix(pub, options)!) };
}

describe('a glossary’s Chinese notes in a traditional-character edition', () => {
  it('are printed in traditional characters, tagged zh-Hant (was: 简体, zh-Hans, under a 繁體 text)', async () => {
    const { note, list } = await printed('zh-Hant', '推進“一國兩制”實踐。');
    expect(note).toContain('<span class="note-text" lang="zh-Hant">香港、澳門作為中國的特別行政區，保持原有的資本主義制度和生活方式，由基本法規定。</span>');
    expect(list).toContain('<p class="gloss-note" lang="zh-Hant">香港、澳門作為中國的特別行政區，保持原有的資本主義制度和生活方式，由基本法規定。</p>');
  });

  it('guard: in a simplified-character edition, as written, tagged zh-Hans', async () => {
    const { note, list } = await printed('zh-Hans', '推进“一国两制”实践。');
    expect(note).toContain('<span class="note-text" lang="zh-Hans">香港、澳门作为中国的特别行政区，保持原有的资本主义制度和生活方式，由基本法规定。</span>');
    expect(list).toContain('<p class="gloss-note" lang="zh-Hans">香港、澳门作为中国的特别行政区，保持原有的资本主义制度和生活方式，由基本法规定。</p>');
  });
});
