/**
 * Property: for any English text (XML-special characters, entities, Markdown
 * punctuation, Han, line breaks inside a paragraph), export → import without
 * changes leaves en.md byte-identical, and an edited target comes back as written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportXliff, importXliff } from '../pipeline/translate/index.ts';

const piece = fc.constantFrom('a', 'Z', ' ', '&', '&amp;', '&lt;', '&#39;', '&nbsp;', '<', '>', '"', "'", ';', '*', '_', '`x`', '[', ']', '(', ')', '中文', '9', '%', '\\', '—', '“', '”', ']]>', '\nW');
const text = fc.array(piece, { minLength: 0, maxLength: 30 }).map((parts) => `W${parts.join('')}W`.replace(/\s+W$/, 'W'));

describe('xliff round trip (property)', () => {
  it('is byte-identical for any block text, and imports any edited target verbatim', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 4 }), text, async (texts, edit) => {
        const zh = texts.map((_, i) => `第${i}段 {#p-${i}}`).join('\n\n') + '\n';
        const en = '---\ntitle: T\n---\n\n' + texts.map((t, i) => `${t} {#p-${i} src=0000000${i}}`).join('\n\n') + '\n';
        const xml = await exportXliff({ slug: 's', zh, en });
        const same = await importXliff({ xliff: xml, zh, en });
        expect(same.value).toBe(en);
        const at = xml.indexOf('<target>', xml.indexOf('<unit id="p-0">'));
        const escaped = edit.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const edited = xml.slice(0, at) + `<target>${escaped}</target>` + xml.slice(xml.indexOf('</target>', at) + '</target>'.length);
        const result = await importXliff({ xliff: edited, zh, en });
        if (edit === texts[0]) {
          expect(result.value).toBe(en);
          return;
        }
        const block = `${texts[0]} {#p-0 src=00000000}`;
        const at0 = en.indexOf(block);
        // only block p-0 changes: its text as edited, its src= now the current Chinese hash
        expect(result.value).toMatch(/ \{#p-0 src=[0-9a-f]{8}\}/);
        expect(result.value).toBe(en.slice(0, at0) + `${edit} {#p-0 src=${/\{#p-0 src=([0-9a-f]{8})\}/.exec(result.value)![1]}}` + en.slice(at0 + block.length));
      }),
      { numRuns: 150 },
    );
  });
});
