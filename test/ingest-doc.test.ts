/**
 * New user round 9: the report as a Word attachment (附件：XX县2023年政府工作报告.doc).
 * Two real texts of the ingest corpus — Guangdong 2026 (whole, with its 名词解释
 * as endnotes) and Sanjiang county's 2023 budget report (excerpt, 一、 （一） 1.
 * headings, a table, a 落款) — saved by LibreOffice as Word 97–2003 (.doc, and
 * the same bytes as WPS's .wps) and as .docx, with the headings numbered
 * automatically, a page header and footer, a comment and tracked changes
 * (test/word-attachments.ts, test/fixtures/newuser-round9/make.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { countListItem } from '../pipeline/ingest/docx-numbers.ts';
import { ingestFile } from '../pipeline/ingest/files.ts';
import { ingest, type IngestResult } from '../pipeline/ingest/index.ts';
import { refused } from './ingest-helpers.ts';
import { hanCount } from './report-files.ts';
import { guangdong, printed, sanjiang, sichuanOpening, threeComments } from './word-attachments.ts';

const dir = path.join(import.meta.dirname, 'fixtures/newuser-round9');
const golden = (slug: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/ingest-corpus', slug, 'zh.md'), 'utf8');

function parts(markdown: string): { body: string; front: string } {
  const end = markdown.indexOf('\n---\n', 4);
  return { front: markdown.slice(0, end), body: markdown.slice(end + 5) };
}

/** Headings as `depth text`, ids off. */
function headings(markdown: string): string[] {
  return [...markdown.matchAll(/^(#+) (.*?) \{#h-[0-9a-f]+\}$/gm)].map((m) => `${m[1].length} ${m[2]}`);
}

async function read(file: string, slug: string): Promise<IngestResult> {
  return ingestFile(readFileSync(path.join(dir, file)), { fileName: file, slug });
}

const titleBlock = {
  guangdong: { title: '政府工作报告', issuer: '广东省人民政府', date: '2026-01-26', date_source: 'occasion', occasion: '2026年1月26日在广东省第十四届人民代表大会第五次会议上', speaker: '广东省省长 孟凡利' },
  sanjiang: {
    title: '三江侗族自治县2022年财政预算执行情况和2023年财政预算（草案）的报告',
    issuer: '三江侗族自治县财政局',
    date: '2023-01-08',
    date_source: 'occasion',
    occasion: '2023年1月8日在自治县第十七届人民代表大会第三次会议上',
    speaker: '县财政局局长 陈远熙',
  },
};

for (const ext of ['docx', 'doc'] as const) {
  const gdFile = `guangdong-2026.${ext}`;
  const sjFile = ext === 'doc' ? 'sanjiang-2023.wps' : 'sanjiang-2023.docx';
  describe(`a Word attachment as .${ext} (${gdFile}, ${sjFile})`, () => {
    const gd = printed(guangdong());
    const sj = printed(sanjiang());
    let g: IngestResult;
    let s: IngestResult;
    beforeAll(async () => {
      g = await read(gdFile, 'guangdong-2026');
      s = await read(sjFile, 'sanjiang-2023');
    });

    test('nothing lost: every Han character Word prints (numbers, text, table, notes) is in zh.md, body or title block', () => {
      for (const [result, doc] of [
        [g, gd],
        [s, sj],
      ] as const) {
        const { body } = parts(result.markdown);
        const meta = result.frontMatter;
        expect(hanCount(body) + hanCount(`${meta.title}${meta.occasion}${meta.speaker}`)).toBe(hanCount([...doc.paragraphs, ...doc.notes].join('')));
      }
    });

    test('title, issuer, date, occasion and speaker as from the portal page', () => {
      expect(g.frontMatter).toMatchObject(titleBlock.guangdong);
      expect(s.frontMatter).toMatchObject(titleBlock.sanjiang);
    });

    test('headings numbered automatically (一、 （一） 1. from the outline) read with their numbers, at their levels', () => {
      expect(headings(s.markdown)).toEqual(['2 一、关于2022年财政预算执行情况', '3 （一）公共财政预算收支执行情况', '4 1.公共财政预算收入执行情况']);
      // Guangdong: the same outline as from the portal page (corpus golden), the annex's automatically numbered list included.
      expect(headings(g.markdown)).toEqual(headings(golden('gd-guangdong-2026-portal-annexes-heldout16')));
    });

    test('the endnotes (名词解释) are the report’s notes, called where the document calls them', () => {
      const defined = [...g.markdown.matchAll(/^\[\^(\d+)\]: (.*?) \{#fn-[0-9a-f]+\}$/gm)].map((m) => m[2]);
      expect(defined).toEqual(gd.notes);
      expect(g.markdown).toContain('“四上”企业[^1]');
      expect(g.frontMatter.notes_heading).toBe('注释');
    });

    test('the table as a box titled by its 表1 line, one row per row', () => {
      expect(s.markdown).toMatch(/:::box\[表1　2022年公共财政预算收入执行情况\]\{#b-[0-9a-f]+\}\n\n\| 项目 \{#c-[0-9a-f]+\} \| 金额（万元） \{#c-[0-9a-f]+\} \| 同比 \{#c-[0-9a-f]+\} \|/);
      expect(s.markdown).toMatch(/\| 上级补助收入 \{#c-[0-9a-f]+\} \| 298905 \{#c-[0-9a-f]+\} \| 下降2\.72% \{#c-[0-9a-f]+\} \|/);
    });

    test('the page header and footer are not in the text, and are reported', () => {
      for (const [result, doc] of [
        [g, gd],
        [s, sj],
      ] as const) {
        expect(result.markdown).not.toContain(doc.header);
        expect(result.markdown).not.toMatch(/— ?\d+ ?—|- \d+ -/);
        expect(result.file.messages.find((m) => m.ruleId === `${ext}-header-footer`)?.reason).toContain(doc.header);
      }
    });

    test('tracked changes read as accepted, the comment left out and said', () => {
      expect(g.markdown).toContain('在实际工作中全力争取更好结果');
      expect(g.markdown).not.toContain('力争全力');
      expect(g.markdown).not.toContain('请与统计局核对数据口径');
      expect(g.file.messages.some((m) => m.ruleId === `${ext}-comments`)).toBe(true);
      expect(g.file.messages.some((m) => m.ruleId === `${ext}-tracked-changes`)).toBe(true);
    });

    test('the 落款 and its date close the text, as printed', () => {
      expect(s.markdown.trimEnd()).toMatch(/三江侗族自治县财政局 \{#p-[0-9a-f]+\}\n\n2023年1月8日 \{#p-[0-9a-f]+\}$/);
    });
  });
}

describe("a Word document's comments: counted where the document keeps them, and quoted (stop 24)", () => {
  // Was: a .doc counted the comment marks in its body's paragraphs and, finding none while its comments story had
  // text, said "1 comment(s)" whatever the number; neither reader said what the comments say.
  const commentsOf = (r: IngestResult, ext: string) => r.file.messages.filter((m) => m.ruleId === `${ext}-comments`).map((m) => m.reason);
  for (const ext of ['doc', 'docx'] as const) {
    test(`.${ext}: three comments, two in one paragraph — three, each quoted; Guangdong's one; none in Sanjiang and Sichuan (guards)`, async () => {
      const quoted = threeComments().comments.map((c) => `“${c}”`).join(', ');
      expect(commentsOf(await read(`three-comments.${ext}`, 'c'), ext)).toEqual([`Left out 3 comment(s) in the document, a reviewer's notes, not the report's text: ${quoted}`]);
      expect(commentsOf(await read(`guangdong-2026.${ext}`, 'g'), ext)).toEqual(["Left out 1 comment(s) in the document, a reviewer's notes, not the report's text: “请与统计局核对数据口径。”"]);
      expect(commentsOf(await read(ext === 'doc' ? 'sanjiang-2023.wps' : 'sanjiang-2023.docx', 's'), ext)).toEqual([]);
      expect(commentsOf(await read(`sichuan-2026-opening.${ext}`, 'o'), ext)).toEqual([]);
    });
  }
  test('the comments are not in the text', async () => {
    for (const file of ['three-comments.doc', 'three-comments.docx']) {
      const { markdown } = await read(file, 'c');
      for (const c of threeComments().comments) expect(markdown).not.toContain(c);
    }
  });
});

describe('a .doc as the same document: the same zh.md as its .docx', () => {
  test('Guangdong and Sanjiang: .doc/.wps and .docx give byte-identical zh.md (text, outline, notes, table, ids)', async () => {
    expect((await read('guangdong-2026.doc', 'g')).markdown).toBe((await read('guangdong-2026.docx', 'g')).markdown);
    expect((await read('sanjiang-2023.wps', 's')).markdown).toBe((await read('sanjiang-2023.docx', 's')).markdown);
  });

  test('told by its bytes, not its name: a .doc saved as "report.docx" is read as a .doc', async () => {
    const result = await ingestFile(readFileSync(path.join(dir, 'sanjiang-2023.wps')), { fileName: 'report.docx', slug: 's' });
    expect(result.summary.from).toBe('doc');
    expect(headings(result.markdown)).toHaveLength(3);
  });
});

describe('guards: a .doc ingest cannot read is refused, with what to do', () => {
  const wps = readFileSync(path.join(dir, 'sanjiang-2023.wps'));

  test('a download cut short: damaged, download it again or save it as .docx or PDF', async () => {
    const error = await refused(wps.subarray(0, 2048), 'cut.doc');
    expect(error.ruleId).toBe('doc-damaged');
    expect(error.reason).toMatch(/^Unexpected damaged \.doc: .*save it as \.docx or PDF/);
  });

  test('a password-protected .doc (the FIB says fEncrypted)', async () => {
    const locked = Buffer.from(wps);
    let fib = -1;
    for (let at = 512; at < locked.length && fib < 0; at += 512) if (locked.readUInt16LE(at) === 0xa5ec) fib = at;
    locked.writeUInt16LE(locked.readUInt16LE(fib + 0x0a) | 0x0100, fib + 0x0a);
    const error = await refused(locked, 'locked.wps');
    expect(error.ruleId).toBe('doc-encrypted');
    expect(error.reason).toMatch(/password-protected \.doc.*save it without one/);
  });

  test('the pure `ingest` (text and HTML only) sends a .doc to ingestFile', () => {
    expect(() => ingest(wps, { fileName: 'x.doc', slug: 'x' })).toThrow(/old Word or WPS document \(\.doc, \.wps\); read it with ingestFile/);
  });
});

describe('footnotes and endnotes together, and a text box (Sichuan 2026’s opening, sichuan-2026-opening.doc/.docx)', () => {
  const doc = sichuanOpening();
  const shown = printed(doc);
  const notesOf = (markdown: string) => [...markdown.matchAll(/^\[\^(\d+)\]: (.*?) \{#fn-[0-9a-f]+\}$/gm)].map((m) => m[2]);
  let d: IngestResult;
  let x: IngestResult;
  beforeAll(async () => {
    d = await read('sichuan-2026-opening.doc', 'sichuan-2026');
    x = await read('sichuan-2026-opening.docx', 'sichuan-2026');
  });

  test('nothing lost: the text, the four notes and the text box’s sentence', () => {
    for (const result of [d, x]) {
      const { body } = parts(result.markdown);
      const meta = result.frontMatter;
      expect(hanCount(body) + hanCount(`${meta.title}${meta.occasion}${meta.speaker}`)).toBe(hanCount([...shown.paragraphs, ...shown.notes, doc.boxed].join('')));
    }
  });

  test('a .doc calling footnote, endnote, footnote, endnote: each call linked to its own note (by the calls’ positions), as from the .docx', () => {
    expect(notesOf(d.markdown)).toEqual(doc.notes.map((n) => n.text));
    expect(notesOf(d.markdown)).toEqual(notesOf(x.markdown));
    expect(d.markdown).toContain('“两新”[^2]');
    expect(d.file.messages.some((m) => m.ruleId === 'doc-notes')).toBe(false);
  });

  test('a .doc’s text box: its text kept after the body and said (doc-text-box); a .docx’s after its paragraph', () => {
    // (The last paragraph's own copy of the sentence carries a note call, [^4]: the box's is the one verbatim.)
    expect(d.markdown.indexOf(doc.boxed)).toBeGreaterThan(d.markdown.indexOf('稳增长“21”条[^4]'));
    expect(d.file.messages.find((m) => m.ruleId === 'doc-text-box')?.reason).toMatch(/^Unexpected 1 paragraph\(s\) in text boxes: kept after the body's last paragraph/);
    expect(x.markdown.indexOf(doc.boxed)).toBeLessThan(x.markdown.indexOf('各位代表') + 400);
  });
});

describe('Word\'s list counting (countListItem, shared by the .docx and the .doc reader)', () => {
  test('a level counts on from its start, and a deeper level restarts under each new item: 一、（一）（二）二、（一）', () => {
    const counters = new Map<string, number[]>();
    const seen = [0, 1, 1, 0, 1].map((ilvl) => [...countListItem(counters, 'outline', ilvl, 1)]);
    expect(seen).toEqual([[1], [1, 1], [1, 2], [2], [2, 1]]);
  });

  test('each list counts apart, from its own start', () => {
    const counters = new Map<string, number[]>();
    countListItem(counters, 'a', 0, 1);
    expect(countListItem(counters, 'b', 0, 5)).toEqual([5]);
    expect(countListItem(counters, 'a', 0, 1)).toEqual([2]);
  });
});
