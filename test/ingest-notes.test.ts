/**
 * The report's own notes at ingest (pipeline/ingest/notes.ts): a term-keyed
 * section (名词解释 whose entries name the term they explain, `1.术语：解释`, and
 * no markers in the text) is linked the way the printed reports read — the call
 * right after the term's first occurrence in the text; a section with an entry
 * nothing calls is kept as the page has it (its heading and a numbered list),
 * each such entry warned about with its line; nothing is ever lost.
 */
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { hanOf } from '../pipeline/ingest/chars.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { buildPublication } from '../pipeline/model/load.ts';

const head = ['政府工作报告', '——2023年1月10日在某市第十六届人民代表大会第二次会议上', '市长　张三', '各位代表：'];
const glossary = [
  '《政府工作报告》名词解释',
  '1.地区生产总值（GDP）：指本地区所有常住单位在一定时期内生产活动的最终成果。',
  '2.“放管服”改革：指“简政放权、放管结合、优化服务”。',
  '3.规上工业企业：规模以上工业企业的简称。',
];

function run(lines: string[], fileName = 'input.txt') {
  const result = ingest(Buffer.from(lines.join('\n')), { fileName, slug: 'notes' });
  const loaded = buildPublication('notes', new VFile({ path: 'zh.md', value: result.markdown }));
  return { result, publication: loaded.publication, body: result.markdown.slice(result.markdown.indexOf('\n---\n', 4) + 5) };
}

describe('a term-keyed notes section (名词解释, entries 1.术语：…)', () => {
  test('each entry is a note, called right after the first occurrence of its term in the text', () => {
    const { result, publication, body } = run([
      ...head,
      '过去一年，全市地区生产总值增长5%，规上工业企业新增20家。',
      '深化“放管服”改革，优化营商环境。地区生产总值再创新高。',
      ...glossary,
    ]);
    expect(publication.files.zh.messages.map(String)).toEqual([]);
    expect(body).toContain('全市地区生产总值[^1]增长5%，规上工业企业[^3]新增20家。');
    // only the first occurrence is called; the bracketed gloss （GDP） is not needed in the text
    expect(body).toContain('深化“放管服”改革[^2]，优化营商环境。地区生产总值再创新高。');
    expect(body).toContain('[^1]: 地区生产总值（GDP）：指本地区所有常住单位在一定时期内生产活动的最终成果。');
    expect(result.frontMatter.notes_heading).toBe('《政府工作报告》名词解释');
    expect(result.frontMatter.title).toBe('政府工作报告');
    expect(publication.reportNotes.map((n) => n.calledFrom.length)).toEqual([1, 1, 1]);
    const info = result.file.messages.find((m) => m.ruleId === 'notes');
    expect(info?.reason).toBe('Read the notes section (《政府工作报告》名词解释): 3 note(s), 0 called by their markers, 3 after the first occurrence of their term');
    expect(result.file.messages.filter((m) => m.ruleId === 'note-unlinked')).toEqual([]);
  });

  test('a term in a table cell, a list item or a quotation is called there; a heading is not a place for a call', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><div class="article">
<p>政府工作报告</p><p>各位代表：</p>
<h2>一、地区生产总值稳步增长</h2>
<table><tr><th>指标</th><th>2022年</th></tr><tr><td>地区生产总值（亿元）</td><td>2458.8</td></tr></table>
<ul><li>深化“放管服”改革。</li></ul>
<blockquote><p>规上工业企业是工业的主体。</p></blockquote>
<p>名词解释：</p>
<p>1.地区生产总值（GDP）：指本地区所有常住单位在一定时期内生产活动的最终成果。</p>
<p>2.“放管服”改革：指“简政放权、放管结合、优化服务”。</p>
<p>3.规上工业企业：规模以上工业企业的简称。</p>
</div></body></html>`;
    const result = ingest(Buffer.from(html), { fileName: 'input.html', slug: 'notes' });
    const { publication } = buildPublication('notes', new VFile({ path: 'zh.md', value: result.markdown }));
    expect(publication.files.zh.messages.filter((m) => m.ruleId !== 'missing-title').map(String)).toEqual([]);
    expect(result.markdown).toContain('## 一、地区生产总值稳步增长 {#');
    expect(result.markdown).toContain('| 地区生产总值[^1]（亿元） {#');
    expect(result.markdown).toContain('- 深化“放管服”改革[^2]。 {#');
    expect(result.markdown).toContain('> 规上工业企业[^3]是工业的主体。 {#');
    expect(publication.reportNotes).toHaveLength(3);
  });

  test('markers and terms together: a note its marker calls keeps that call, one without a marker is called after its term', () => {
    const { body, publication } = run([
      ...head,
      '全市地区生产总值增长5%[1]，深化“放管服”改革。',
      '注释：',
      '[1]按可比价格计算。',
      '[2]“放管服”改革：指“简政放权、放管结合、优化服务”。',
    ]);
    expect(body).toContain('全市地区生产总值增长5%[^1]，深化“放管服”改革[^2]。');
    expect(publication.reportNotes.map((n) => n.calledFrom.length)).toEqual([1, 1]);
  });
});

describe('a notes section with an entry nothing calls', () => {
  test('the notes page alone (no report text): kept as its heading and a numbered list, every entry warned about with its line', () => {
    const { result, publication, body } = run(glossary);
    expect(publication.files.zh.messages.filter((m) => m.ruleId !== 'missing-title').map(String)).toEqual([]);
    // the notes heading is not taken for the report's title
    expect(result.frontMatter.title).toBeUndefined();
    expect(result.frontMatter.notes_heading).toBeUndefined();
    expect(body.trimStart()).toMatch(/^## 《政府工作报告》名词解释 \{#h-[0-9a-f]+\}\n\n1\. 地区生产总值（GDP）：指本地区/);
    expect(publication.reportNotes).toEqual([]);
    expect(publication.blocks.filter((b) => b.kind === 'item').map((b) => b.zhText)).toEqual(glossary.slice(1).map((line) => line.replace(/^\d\./, '')));
    const warnings = result.file.messages.filter((m) => m.ruleId === 'note-unlinked');
    expect(warnings.map((w) => [w.line, w.fatal])).toEqual([[2, false], [3, false], [4, false]]);
    expect(warnings[2].reason).toBe(
      'Unexpected note 3 that nothing calls: no marker [3] and its term “规上工业企业” does not occur in the text; the notes section (《政府工作报告》名词解释) is kept as a titled list, its notes not linked — add the calls ([^n]) by hand, or ingest the page that holds the report\'s text',
    );
  });

  test('one entry whose term is not in the text: the whole section stays a list and the text keeps its wording (no call anywhere)', () => {
    const { result, publication, body } = run([...head, '过去一年，全市地区生产总值增长5%，深化“放管服”改革。', ...glossary]);
    expect(publication.reportNotes).toEqual([]);
    expect(body).toContain('过去一年，全市地区生产总值增长5%，深化“放管服”改革。');
    expect(body).not.toContain('[^');
    expect(result.file.messages.filter((m) => m.ruleId === 'note-unlinked').map((m) => m.line)).toEqual([9]);
  });

  test('a marker-keyed section with an uncalled entry is kept as a list too: EPUB and PDF print a note only at its call', () => {
    const { result, publication, body } = run([...head, '全市地区生产总值增长5%[1]。', '注释：', '[1]按可比价格计算。', '[2]带*的为2019年数据。']);
    expect(publication.reportNotes).toEqual([]);
    expect(body).toContain('全市地区生产总值增长5%\\[1\\]。');
    expect(body).toContain('## 注释 {#');
    expect(result.file.messages.filter((m) => m.ruleId === 'note-unlinked').map((m) => m.reason)).toEqual([
      expect.stringContaining('Unexpected note 2 that nothing calls: no marker [2] and it names no term (术语：…)'),
    ]);
  });
});

const pool = [...'经济发展改革开放创新协调绿色共享城乡区域产业科技教育文化卫生体育交通水利能源粮食生态环境质量效益居民收入消费投资外贸财政金融'];
const han = (min: number, max: number) => fc.array(fc.constantFrom(...pool), { minLength: min, maxLength: max }).map((a) => a.join(''));

describe('properties', () => {
  test('a term-keyed section keeps every Han character in order; linked iff every term is in the text, each call right after its term', () => {
    fc.assert(
      fc.property(
        fc.array(han(4, 20), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.tuple(han(2, 5), han(2, 20), fc.boolean()), { minLength: 1, maxLength: 4, selector: (e) => e[0] }),
        (sentences, entries) => {
          // a term placed in the text is appended to a sentence
          const paragraphs = sentences.map((s, i) => s + entries.filter((e, k) => e[2] && k % sentences.length === i).map((e) => e[0]).join('') + '。');
          const lines = [...head, ...paragraphs, '名词解释', ...entries.map(([term, text], k) => `${k + 1}.${term}：${text}。`)];
          const { result, publication, body } = run(lines);
          expect(publication.files.zh.messages.map(String)).toEqual([]);
          const notesHeading = String(publication.meta.zh.notes_heading ?? '');
          const notesAt = publication.blocks.findIndex((b) => b.kind === 'note');
          const kept = publication.blocks.map((b, i) => (i === notesAt ? hanOf(notesHeading) : '') + hanOf(b.zhText)).join('');
          expect(kept).toBe(hanOf(lines.slice(3).join('')));
          const text = publication.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.zhText).join('\n');
          const missing = entries.map(([term], k) => ({ term, label: k + 1 })).filter(({ term }) => !text.includes(term));
          const unlinked = result.file.messages.filter((m) => m.ruleId === 'note-unlinked');
          if (missing.length === 0) {
            expect(publication.reportNotes).toHaveLength(entries.length);
            // (other notes' calls may stand between: a term that ends another term)
            entries.forEach(([term], k) => expect(body.slice(0, body.indexOf(`[^${k + 1}]`)).replace(/\[\^\d+\]/g, '')).toMatch(new RegExp(`${term}$`)));
            expect(unlinked).toEqual([]);
          } else {
            expect(publication.reportNotes).toEqual([]);
            expect(body).not.toContain('[^');
            expect(unlinked.map((m) => m.reason.match(/^Unexpected note (\d+)/)![1])).toEqual(missing.map((m) => String(m.label)));
          }
          // a term put in the text is always found
          entries.forEach(([, , placed], k) => {
            if (placed) expect(missing.map((m) => m.label)).not.toContain(k + 1);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
