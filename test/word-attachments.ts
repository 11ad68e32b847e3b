/**
 * This round's Word attachments (test/fixtures/newuser-round9): two real texts of
 * the ingest corpus as an office types them into a word processor — a title in
 * 方正小标宋简体, the body in 仿宋_GB2312, headings numbered automatically (一、
 * （一） 1. from the outline numbering, not typed), a list numbered automatically,
 * endnotes (the report's own 名词解释), a table, a page header and a footer with
 * the page number, a 落款 and date, a comment and tracked changes — written as a
 * flat OpenDocument file (.fodt) that LibreOffice saves as .doc and .docx
 * (test/fixtures/newuser-round9/make.ts). The tests read the same model for
 * what the files must give back (test/ingest-doc.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const corpus = path.join(import.meta.dirname, 'fixtures/ingest-corpus');

export type Run = string | { text?: string; bold?: boolean; sub?: boolean; note?: string; footnote?: boolean; insert?: boolean; delete?: string; comment?: string; frame?: string };
export type Block =
  | { kind: 'title' | 'occasion' | 'speaker' | 'p' | 'h1' | 'h2' | 'h3' | 'item' | 'signature' | 'date' | 'annex' | 'annex-title'; runs: string | Run[] }
  | { kind: 'table'; name: string; rows: string[][] };
export interface WordDocument {
  metaTitle: string;
  author: string;
  header: string;
  blocks: Block[];
}
interface State {
  frames: number;
  notes: number;
  changes: number;
  comments: number;
  regions: string[];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------------------------------------------------------------- the document model
// A block is { kind: 'title'|'occasion'|'speaker'|'p'|'h1'|'h2'|'h3'|'item'|'signature'|'date'|'annex'|'annex-title'|'table', runs|rows }
// A run is a string, or { text, bold?, sub?, note?, insert?, delete?, comment? }.

function runsXml(runs: string | Run[], state: State): string {
  let out = '';
  for (const r of typeof runs === 'string' ? [runs] : runs) {
    if (typeof r === 'string') {
      out += esc(r);
      continue;
    }
    let inner = esc(r.text ?? '');
    if (r.bold) inner = `<text:span text:style-name="Bold">${inner}</text:span>`;
    if (r.sub) inner = `<text:span text:style-name="Sub">${inner}</text:span>`;
    if (r.note) {
      const id = `ftn${++state.notes}`;
      inner += `<text:note text:id="${id}" text:note-class="${r.footnote ? 'footnote' : 'endnote'}"><text:note-citation>${state.notes}</text:note-citation><text:note-body><text:p text:style-name="Endnote">${esc(r.note)}</text:p></text:note-body></text:note>`;
    }
    if (r.frame) {
      // A text box anchored in the paragraph (LibreOffice's frame: a Word text box in .doc and .docx).
      inner += `<draw:frame draw:name="Box${++state.frames}" text:anchor-type="paragraph" svg:width="12cm" svg:height="2cm" svg:x="1cm" svg:y="0cm" draw:z-index="0"><draw:text-box><text:p text:style-name="Body">${esc(r.frame)}</text:p></draw:text-box></draw:frame>`;
    }
    if (r.insert) {
      const id = `ct${++state.changes}`;
      state.regions.push(`<text:changed-region xml:id="${id}" text:id="${id}"><text:insertion><office:change-info><dc:creator>县政府办公室</dc:creator><dc:date>2026-01-20T10:15:00</dc:date></office:change-info></text:insertion></text:changed-region>`);
      inner = `<text:change-start text:change-id="${id}"/>${inner}<text:change-end text:change-id="${id}"/>`;
    }
    if (r.delete) {
      const id = `ct${++state.changes}`;
      state.regions.push(`<text:changed-region xml:id="${id}" text:id="${id}"><text:deletion><office:change-info><dc:creator>县政府办公室</dc:creator><dc:date>2026-01-20T10:16:00</dc:date></office:change-info><text:p>${esc(r.delete)}</text:p></text:deletion></text:changed-region>`);
      inner += `<text:change text:change-id="${id}"/>`;
    }
    if (r.comment) {
      const name = `c${++state.comments}`;
      inner = `<office:annotation office:name="${name}"><dc:creator>审核人</dc:creator><dc:date>2026-01-20T09:00:00</dc:date><text:p>${esc(r.comment)}</text:p></office:annotation>${inner}<office:annotation-end office:name="${name}"/>`;
    }
    out += inner;
  }
  return out;
}

function bodyXml(blocks: Block[], state: State): string {
  const out: string[] = [];
  let list: boolean | null = null; // the open automatic list of items
  let lists = 0; // lists of items so far: the second and later go on counting (items with paragraphs between them, one list as in Word)
  const closeList = () => {
    if (list) out.push('</text:list>');
    list = null;
  };
  for (const b of blocks) {
    if (b.kind !== 'item') closeList();
    switch (b.kind) {
      case 'h1':
      case 'h2':
      case 'h3': {
        const level = Number(b.kind[1]);
        out.push(`<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${runsXml(b.runs, state)}</text:h>`);
        break;
      }
      case 'item':
        if (!list) {
          out.push(lists++ === 0 ? '<text:list xml:id="items" text:style-name="Items">' : '<text:list text:style-name="Items" text:continue-list="items">');
          list = true;
        }
        out.push(`<text:list-item><text:p text:style-name="Item">${runsXml(b.runs, state)}</text:p></text:list-item>`);
        break;
      case 'table': {
        const cols = b.rows[0].length;
        out.push(`<table:table table:name="${esc(b.name)}" table:style-name="Table">${'<table:table-column table:style-name="Column"/>'.repeat(cols)}`);
        b.rows.forEach((row, i) => {
          out.push('<table:table-row>');
          for (const cell of row) out.push(`<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="${i === 0 ? 'TableHead' : 'TableText'}">${esc(cell)}</text:p></table:table-cell>`);
          out.push('</table:table-row>');
        });
        out.push('</table:table>');
        break;
      }
      default: {
        const style = { title: 'Title', occasion: 'Occasion', speaker: 'Speaker', p: 'Body', signature: 'Signature', date: 'Signature', annex: 'Annex', 'annex-title': 'AnnexTitle' }[b.kind];
        out.push(`<text:p text:style-name="${style}">${runsXml(b.runs, state)}</text:p>`);
      }
    }
  }
  closeList();
  return out.join('\n');
}

const numbering = (level: number, prefix: string, suffix: string, format: string): string =>
  `<text:outline-level-style text:level="${level}"${prefix ? ` style:num-prefix="${prefix}"` : ''} style:num-suffix="${suffix}" style:num-format="${format}"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style>`;

export function fodt(doc: WordDocument): string {
  const state: State = { frames: 0, notes: 0, changes: 0, comments: 0, regions: [] };
  const body = bodyXml(doc.blocks, state);
  const font = (name: string, generic: string): string => `<style:font-face style:name="${name}" svg:font-family="${name}" style:font-family-generic="${generic}" style:font-pitch="variable"/>`;
  const pStyle = (name: string, fontName: string, size: string, extra = '', paragraph = ''): string =>
    `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"${extra}><style:paragraph-properties fo:line-height="28.9pt"${paragraph}/><style:text-properties style:font-name-asian="${fontName}" style:font-name="${fontName}" fo:font-size="${size}" style:font-size-asian="${size}"/></style:style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${esc(doc.metaTitle)}</dc:title><meta:initial-creator>${esc(doc.author)}</meta:initial-creator><dc:creator>${esc(doc.author)}</dc:creator></office:meta>
<office:font-face-decls>${font('方正小标宋简体', 'roman')}${font('仿宋_GB2312', 'roman')}${font('黑体', 'swiss')}${font('楷体_GB2312', 'roman')}</office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties style:font-name-asian="仿宋_GB2312" style:font-name="仿宋_GB2312" fo:font-size="16pt" style:font-size-asian="16pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:style>
${pStyle('Title', '方正小标宋简体', '22pt', ' style:display-name="Title"', ' fo:text-align="center" fo:margin-bottom="12pt"')}
${pStyle('Occasion', '楷体_GB2312', '16pt', '', ' fo:text-align="center"')}
${pStyle('Speaker', '楷体_GB2312', '16pt', '', ' fo:text-align="center" fo:margin-bottom="12pt"')}
${pStyle('Body', '仿宋_GB2312', '16pt', '', ' fo:text-indent="32pt"')}
${pStyle('Item', '仿宋_GB2312', '16pt', '', ' fo:text-indent="32pt"')}
${pStyle('Annex', '黑体', '16pt')}
${pStyle('AnnexTitle', '方正小标宋简体', '22pt', '', ' fo:text-align="center"')}
${pStyle('Signature', '仿宋_GB2312', '16pt', '', ' fo:text-align="end" fo:margin-right="64pt"')}
${pStyle('TableHead', '黑体', '12pt', '', ' fo:text-align="center"')}
${pStyle('TableText', '仿宋_GB2312', '12pt', '', ' fo:text-align="center"')}
${pStyle('Endnote', '仿宋_GB2312', '12pt')}
${pStyle('Header', '仿宋_GB2312', '10.5pt', '', ' fo:text-align="center"')}
${pStyle('Footer', '仿宋_GB2312', '14pt', '', ' fo:text-align="center"')}
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:paragraph-properties fo:text-indent="32pt" fo:line-height="28.9pt"/><style:text-properties style:font-name-asian="黑体" style:font-name="黑体" fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="normal"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"><style:paragraph-properties fo:text-indent="32pt" fo:line-height="28.9pt"/><style:text-properties style:font-name-asian="楷体_GB2312" style:font-name="楷体_GB2312" fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="normal"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3"><style:paragraph-properties fo:text-indent="32pt" fo:line-height="28.9pt"/><style:text-properties style:font-name-asian="仿宋_GB2312" style:font-name="仿宋_GB2312" fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Sub" style:family="text"><style:text-properties style:text-position="sub 58%"/></style:style>
<text:outline-style style:name="Outline">${numbering(1, '', '、', '一, 二, 三, ...')}${numbering(2, '（', '）', '一, 二, 三, ...')}${numbering(3, '', '.', '1')}</text:outline-style>
<text:list-style style:name="Items"><text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="32pt" fo:margin-left="0cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
<text:notes-configuration text:note-class="endnote" style:num-format="1" text:start-value="0"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="Table" style:family="table"><style:table-properties style:width="15cm" table:align="center"/></style:style>
<style:style style:name="Column" style:family="table-column"/>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:header><text:p text:style-name="Header">${esc(doc.header)}</text:p></style:header><style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${state.regions.length ? `<text:tracked-changes text:track-changes="false">${state.regions.join('')}</text:tracked-changes>` : ''}
${body}
</office:text></office:body></office:document>
`;
}

// ---------------------------------------------------------------- 广东省2026年政府工作报告 (whole text)
export function guangdong(): WordDocument & { notes: Array<{ term: string; text: string }> } {
  const lines = readFileSync(path.join(corpus, 'gd-guangdong-2026-portal-annexes-heldout16/input.txt'), 'utf8').split('\n').map((l) => l.trim());
  const blocks: Block[] = [
    { kind: 'title', runs: lines[0] },
    { kind: 'occasion', runs: `${lines[1]}${lines[2]}` }, // printed over two lines on the page, one paragraph
    { kind: 'speaker', runs: lines[3] },
  ];
  const annex2 = lines.indexOf('附件2');
  // 名词解释: "1.“四上”企业：" then its explanation; each becomes an endnote called at the term's first use.
  const notes: Array<{ term: string; text: string }> = [];
  for (let i = annex2 + 2; i < lines.length; i += 2) {
    if (!lines[i]) break;
    const term = lines[i].replace(/^\d+\./, '').replace(/：$/, '');
    notes.push({ term, text: `${term}：${lines[i + 1]}` });
  }
  const pending = [...notes];
  const withNotes = (text: string): Run[] => {
    // Calls the notes whose term this paragraph uses first (a note is called once, at its first use).
    const runs: Run[] = [];
    let rest = text;
    for (;;) {
      let best: { n: { term: string; text: string }; at: number } | undefined;
      for (const n of pending) {
        const at = rest.indexOf(n.term);
        if (at >= 0 && (!best || at < best.at)) best = { n, at };
      }
      if (!best) break;
      const end = best.at + best.n.term.length;
      runs.push({ text: rest.slice(0, end), note: best.n.text });
      pending.splice(pending.indexOf(best.n), 1);
      rest = rest.slice(end);
    }
    runs.push(rest);
    return runs;
  };
  let annex = false;
  for (let i = 4; i < annex2; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line === '附件1') {
      annex = true;
      blocks.push({ kind: 'annex', runs: line }, { kind: 'annex-title', runs: lines[++i] });
      continue;
    }
    // PM₂.₅: the page printed the subscript on a line of its own; in the document it is one paragraph.
    if (lines[i + 1] === '2.5' && line.endsWith('PM')) {
      blocks.push({ kind: 'p', runs: [...withNotes(line), { text: '2.5', sub: true }, ...withNotes(lines[i + 2])] });
      i += 2;
      continue;
    }
    // "…今年经济社会发展的" / "主要预期目标" (bold on the page, so a line of its own) / "是：…": one paragraph with a bold phrase.
    if (/^主要(预期)?目标$/.test(lines[i + 1] ?? '') && lines[i + 2]?.startsWith('是：')) {
      blocks.push({ kind: 'p', runs: [...withNotes(line), { text: lines[i + 1], bold: true }, ...withNotes(lines[i + 2])] });
      i += 2;
      continue;
    }
    const h1 = /^[一二三四五六七八九十]+、(.*)$/.exec(line);
    const h2 = /^（[一二三四五六七八九十]+）(.*)$/.exec(line);
    if (annex && h1) blocks.push({ kind: 'item', runs: withNotes(h1[1]) });
    else if (h1) blocks.push({ kind: 'h1', runs: withNotes(h1[1]) });
    else if (h2) blocks.push({ kind: 'h2', runs: withNotes(h2[1]) });
    else blocks.push({ kind: 'p', runs: withNotes(line) });
  }
  if (pending.length) throw new Error(`terms never used in the text: ${pending.map((n) => n.term).join(', ')}`);
  // A reviewer's comment, a tracked insertion (the page's own words, accepted) and a tracked deletion (words not in the report).
  const paragraphs = blocks.filter((b): b is { kind: 'p'; runs: Run[] } => b.kind === 'p' && typeof b.runs !== 'string');
  const target = paragraphs.find((b) => b.runs.some((r) => typeof r === 'string' && r.includes('在实际工作中全力争取更好结果')));
  if (!target) throw new Error('no paragraph with 在实际工作中全力争取更好结果');
  target.runs = target.runs.flatMap((r) => {
    if (typeof r !== 'string' || !r.includes('在实际工作中全力争取更好结果')) return [r];
    const [before, after] = r.split('在实际工作中全力争取更好结果');
    return [before, { text: '在实际工作中' }, { text: '全力争取更好结果', insert: true, delete: '力争' }, after];
  });
  const commented = paragraphs.find((b) => b.runs.length === 1 && b.runs[0] === '这是人民生活品质不断提高的五年。');
  if (!commented) throw new Error('no paragraph 这是人民生活品质不断提高的五年。');
  commented.runs = [{ text: '这是人民生活品质不断提高的五年。', comment: '请与统计局核对数据口径。' }];
  return { metaTitle: '广东省2026年政府工作报告', author: '广东省人民政府办公厅', header: '广东省第十四届人民代表大会第五次会议文件', blocks, notes };
}

// ---------------------------------------------------------------- 三江侗族自治县2022年财政预算执行情况和2023年财政预算(草案)的报告 (excerpt)
export function sanjiang(): WordDocument {
  const lines = readFileSync(path.join(corpus, 'gx-sanjiang-county-2023-budget-disclosure-heldout15/input.txt'), 'utf8').split('\n').map((l) => l.trim());
  const blocks: Block[] = [{ kind: 'title', runs: lines[0] }];
  const from = lines.findIndex((l) => l.startsWith('2023年1月8日在'));
  for (const line of lines.slice(from)) {
    if (!line) continue;
    if (line.startsWith('三是专项转移支付收入')) break; // the excerpt is cut inside this sentence: the document ends before it
    if (line.startsWith('2023年1月8日在')) blocks.push({ kind: 'occasion', runs: line });
    else if (line.startsWith('县财政局局长')) blocks.push({ kind: 'speaker', runs: line });
    else if (/^[一二三四五六七八九十]+、/.test(line)) blocks.push({ kind: 'h1', runs: line.replace(/^[一二三四五六七八九十]+、/, '') });
    else if (/^\([一二三四五六七八九十]+\)/.test(line)) blocks.push({ kind: 'h2', runs: line.replace(/^\([一二三四五六七八九十]+\)/, '') });
    else if (/^\d+\./.test(line)) blocks.push({ kind: 'h3', runs: line.replace(/^\d+\./, '') });
    else blocks.push({ kind: 'p', runs: line });
  }
  // A table of the excerpt's own figures, titled as reports title theirs, after the paragraphs it sums up; then the 落款.
  blocks.push(
    { kind: 'p', runs: '表1　2022年公共财政预算收入执行情况' },
    {
      kind: 'table',
      name: '表1',
      rows: [
        ['项目', '金额（万元）', '同比'],
        ['一般公共财政收入', '19617', '下降32.89%'],
        ['其中：税收收入', '9987', ''],
        ['非税收入', '9630', ''],
        ['上级补助收入', '298905', '下降2.72%'],
        ['一般性转移支付收入', '266266', '增长13.29%'],
      ],
    },
    { kind: 'signature', runs: '三江侗族自治县财政局' },
    { kind: 'date', runs: '2023年1月8日' },
  );
  return { metaTitle: lines[0], author: '三江县财政局', header: '三江侗族自治县第十七届人民代表大会第三次会议文件', blocks };
}


// ---------------------------------------------------------------- three comments (stop 24)
/**
 * Sanjiang's first paragraphs with three reviewer's comments, two in one paragraph: what a .doc's and a .docx's
 * comments notice counts and quotes (test/ingest-doc.test.ts).
 */
export function threeComments(): WordDocument & { comments: string[] } {
  const doc = sanjiang();
  const comments = ['请核对数据口径。', '数据待更新。', '补充资料来源。'];
  const paragraphs = doc.blocks.filter((b): b is { kind: 'p'; runs: string } => b.kind === 'p' && typeof b.runs === 'string').slice(0, 2);
  const [first, second] = paragraphs;
  const cut = second.runs.indexOf('。') + 1;
  (first as { runs: string | Run[] }).runs = [{ text: first.runs, comment: comments[0] }];
  (second as { runs: string | Run[] }).runs = [{ text: second.runs.slice(0, cut), comment: comments[1] }, { text: second.runs.slice(cut), comment: comments[2] }];
  return { ...doc, blocks: doc.blocks.slice(0, doc.blocks.indexOf(second) + 1), comments };
}

// ---------------------------------------------------------------- 2026年四川省人民政府工作报告 (the opening)
/**
 * Sichuan 2026's opening, from 各位代表 to the paragraph that uses the fourth
 * 名词解释 term: the first and third entries as footnotes, the second and
 * fourth as endnotes (called in the order 1 2 3 4 in the text), and the
 * paragraph after the title block's speaker also in a text box beside it.
 */
export function sichuanOpening(): WordDocument & { notes: Array<{ term: string; text: string; footnote: boolean }>; boxed: string } {
  const lines = readFileSync(path.join(corpus, 'sc-sichuan-2026-portal-notes-heldout16/input.txt'), 'utf8').split('\n').map((l) => l.trim());
  const at = (start: string) => lines.findIndex((l) => l.startsWith(start));
  const glossary = lines.slice(at('名词解释') + 1, at('名词解释') + 5).map((entry, i) => {
    const [, term, text] = /^\d+\.(.+?)：(.*)$/.exec(entry)!;
    return { term, text: `${term}：${text}`, footnote: i % 2 === 0 };
  });
  const blocks: Block[] = [
    { kind: 'title', runs: lines[0] },
    { kind: 'occasion', runs: lines[at('2026年2月3日在')] },
    { kind: 'speaker', runs: lines[at('四川省人民政府省长')] },
  ];
  const pending = [...glossary];
  let boxed = '';
  for (const line of lines.slice(at('各位代表：'))) {
    if (!line) continue;
    const runs: Run[] = [];
    let rest = line;
    for (;;) {
      const n = pending[0];
      const i = n ? rest.indexOf(n.term) : -1;
      if (!n || i < 0) break;
      runs.push({ text: rest.slice(0, i + n.term.length), note: n.text, footnote: n.footnote });
      rest = rest.slice(i + n.term.length);
      pending.shift();
    }
    runs.push(rest);
    const h1 = /^[一二三四五六七八九十]+、(.*)$/.exec(line);
    if (h1) blocks.push({ kind: 'h1', runs: h1[1] });
    else blocks.push({ kind: 'p', runs });
    if (pending.length === 0) break;
  }
  if (pending.length) throw new Error(`terms never used: ${pending.map((n) => n.term).join(', ')}`);
  // A text box beside the salutation holding a sentence of the report's own (its last paragraph's first sentence).
  const last = blocks.at(-1)!;
  const lastRuns = 'runs' in last ? last.runs : '';
  const lastText = typeof lastRuns === 'string' ? lastRuns : lastRuns.map((r) => (typeof r === 'string' ? r : (r.text ?? ''))).join('');
  boxed = lastText.slice(0, lastText.indexOf('。') + 1);
  const salutation = blocks.findIndex((b) => b.kind === 'p');
  const first = blocks[salutation] as { kind: 'p'; runs: Run[] };
  first.runs = [...first.runs, { frame: boxed }];
  return { metaTitle: lines[0], author: '四川省人民政府办公厅', header: '四川省第十四届人民代表大会第五次会议文件', blocks, notes: glossary, boxed };
}

// ---------------------------------------------------------------- what Word prints
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (n: number): string => (n <= 10 ? CN[n] : n < 20 ? `十${CN[n - 10]}` : `${CN[Math.floor(n / 10)]}十${CN[n % 10]}`);

/**
 * The document as Word prints it: each paragraph's automatic number before its
 * text (一、 （一） 1. for the outline, 一、 for the list), tracked changes
 * accepted, comments and notes out of the text; the notes; the headings.
 */
export function printed(doc: WordDocument): { paragraphs: string[]; notes: string[]; headings: string[]; header: string } {
  const paragraphs: string[] = [];
  const notes: string[] = [];
  const headings: string[] = [];
  const counter = [0, 0, 0];
  let items = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      for (const row of b.rows) paragraphs.push(...row.filter(Boolean));
      continue;
    }
    let text = '';
    for (const r of typeof b.runs === 'string' ? [b.runs] : b.runs) {
      if (typeof r === 'string') text += r;
      else {
        text += r.text ?? '';
        if (r.note) notes.push(r.note);
      }
    }
    let label = '';
    if (b.kind === 'h1' || b.kind === 'h2' || b.kind === 'h3') {
      const level = Number(b.kind[1]) - 1;
      counter[level]++;
      counter.fill(0, level + 1);
      label = [`${cn(counter[0])}、`, `（${cn(counter[1])}）`, `${counter[2]}.`][level];
      headings.push(`${label}${text}`);
    }
    if (b.kind === 'item') label = `${cn(++items)}、`;
    paragraphs.push(`${label}${text}`);
  }
  return { paragraphs, notes, headings, header: doc.header };
}
