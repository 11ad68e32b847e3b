/**
 * A real report (Sichuan 2026, the round-16 whole text of the ingest corpus) as
 * the files government sites publish: a .docx (minimal OOXML as Word writes it:
 * direct formatting, a table, footnotes) and the HTML a PDF is printed from
 * (the 党政机关公文 look: 仿宋-like body, 黑体-like headings, "- N -" footers).
 * Shared by test/ingest-files.test.ts and test/ingest-files-pdf.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

const input = path.join(import.meta.dirname, 'fixtures/ingest-corpus/sc-sichuan-2026-portal-notes-heldout16/input.txt');

export interface Report {
  title: string;
  occasion: string;
  speaker: string;
  /** Body paragraphs from 各位代表： to the closing one, as the page prints them. */
  paragraphs: string[];
  /** The 名词解释 entries, "1.“两重”：是指…". */
  glossary: string[];
}

export function sichuan(): Report {
  const lines = readFileSync(input, 'utf8').split('\n');
  const at = (text: string) => lines.findIndex((l) => l.startsWith(text));
  const first = at('各位代表：');
  const notes = at('名词解释');
  return {
    title: lines[0].trim(),
    occasion: lines[at('2026年2月3日在')].trim(),
    speaker: lines[at('四川省人民政府省长')].trim(),
    paragraphs: lines.slice(first, notes).map((l) => l.trim()).filter(Boolean),
    glossary: lines.slice(notes + 1, at('责任编辑')).map((l) => l.trim()).filter(Boolean),
  };
}

/** The table both files insert after the first paragraph of part 一 (the report's own figures of 2025). */
/** The title block ingest reads from the report's portal page (the corpus golden, sc-sichuan-2026-portal-notes-heldout16): the .docx and the PDF must give the same. */
export const portalTitleBlock = {
  title: '2026年四川省人民政府工作报告',
  issuer: '四川省人民政府',
  date: '2026-02-03',
  occasion: '2026年2月3日在四川省第十四届人民代表大会第五次会议上',
  speaker: '四川省人民政府省长 施小琳',
};

export const table = {
  caption: '表1　2025年全省主要经济指标',
  rows: [
    ['指标', '数值', '增长'],
    ['地区生产总值', '67665亿元', '5.5%'],
    ['地方一般公共预算收入', '5853.9亿元', '3.9%'],
  ],
};

/** Footnotes of the .docx: the first three 名词解释 entries, called after their term's first occurrence. */
export function footnotes(report: Report): Array<{ term: string; text: string }> {
  return report.glossary.slice(0, 3).map((entry) => {
    const [, term, text] = /^\d+\.(.+?)：(.*)$/.exec(entry)!;
    return { term, text: `${term}：${text}` };
  });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

interface RunSpec {
  text?: string;
  bold?: boolean;
  font?: string;
  footnote?: number;
}

function run(r: RunSpec): string {
  if (r.footnote !== undefined) return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${r.footnote}"/></w:r>`;
  const props = `${r.font ? `<w:rFonts w:ascii="${r.font}" w:eastAsia="${r.font}" w:hAnsi="${r.font}"/>` : ''}${r.bold ? '<w:b/>' : ''}<w:sz w:val="32"/>`;
  return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${esc(r.text ?? '')}</w:t></w:r>`;
}

function paragraph(runs: RunSpec[], options: { center?: boolean; indent?: boolean; style?: string; level?: number } = {}): string {
  const pPr = `${options.style ? `<w:pStyle w:val="${options.style}"/>` : ''}${options.level !== undefined ? `<w:numPr><w:ilvl w:val="${options.level}"/><w:numId w:val="1"/></w:numPr>` : ''}${options.center ? '<w:jc w:val="center"/>' : ''}${options.indent ? '<w:ind w:firstLineChars="200" w:firstLine="640"/>' : ''}`;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs.map(run).join('')}</w:p>`;
}

function tableXml(rows: string[][]): string {
  const cell = (text: string, bold: boolean) => `<w:tc><w:tcPr><w:tcW w:w="2800" w:type="dxa"/></w:tcPr>${paragraph([{ text, bold }], { center: true })}</w:tc>`;
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${rows[0].map(() => '<w:gridCol w:w="2800"/>').join('')}</w:tblGrid>${rows
    .map((r, i) => `<w:tr>${r.map((c) => cell(c, i === 0)).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
}

/** A paragraph's runs with a footnote call after the first occurrence of each term it holds that is not yet called. */
function withCalls(text: string, notes: Array<{ term: string }>, called: Set<number>): RunSpec[] {
  const runs: RunSpec[] = [];
  let rest = text;
  for (;;) {
    let best: { at: number; n: number; term: string } | undefined;
    notes.forEach((note, n) => {
      if (called.has(n)) return;
      const at = rest.indexOf(note.term);
      if (at >= 0 && (!best || at < best.at)) best = { at, n, term: note.term };
    });
    if (!best) break;
    called.add(best.n);
    runs.push({ text: rest.slice(0, best.at + best.term.length) }, { footnote: best.n + 1 });
    rest = rest.slice(best.at + best.term.length);
  }
  if (rest) runs.push({ text: rest });
  return runs;
}

/**
 * What a document's run of direct formatting looks like: 一、 in 黑体, body in 仿宋. `numbered`: the
 * 一、 and （一） numbers not typed but made by Word's automatic numbering (a list: "%1、" in
 * chineseCounting at level 0, "（%2）" at level 1), as many documents have them.
 */
function bodyParagraph(text: string, notes: Array<{ term: string }>, called: Set<number>, numbered: boolean): string {
  const top = /^[一二三四五六七八九十]+、/.exec(text);
  const second = /^（[一二三四五六七八九十]+）/.exec(text);
  const label = numbered ? (top ?? second)?.[0] : undefined;
  const level = label ? (top ? 0 : 1) : undefined;
  const rest = label ? text.slice(label.length) : text;
  if (top) return paragraph([{ text: rest, font: '黑体' }], { indent: true, level });
  return paragraph(withCalls(rest, notes, called).map((r) => ({ ...r, font: r.footnote ? undefined : '仿宋_GB2312' })), { indent: true, level });
}

const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

/** The report as a .docx: title block centred, body with first-line indents, the table after part 一's first paragraph, three footnotes. */
export async function reportDocx(report: Report, extra: { body?: string; parts?: Record<string, string>; numbered?: boolean } = {}): Promise<Buffer> {
  const notes = footnotes(report);
  const called = new Set<number>();
  const body: string[] = [
    paragraph([{ text: report.title, font: '方正小标宋简体' }], { center: true }),
    paragraph([{ text: `——${report.occasion}`, font: '楷体_GB2312' }], { center: true }),
    paragraph([{ text: report.speaker, font: '楷体_GB2312' }], { center: true }),
    paragraph([]),
  ];
  let tableDone = false;
  for (const [i, text] of report.paragraphs.entries()) {
    body.push(i === 0 ? paragraph([{ text, font: '仿宋_GB2312' }]) : bodyParagraph(text, notes, called, extra.numbered === true));
    if (!tableDone && text.startsWith('一、')) continue;
    if (!tableDone && report.paragraphs.slice(0, i).some((p) => p.startsWith('一、'))) {
      body.push(paragraph([{ text: table.caption, font: '黑体' }], { center: true }), tableXml(table.rows), paragraph([]));
      tableDone = true;
    }
  }
  if (extra.body) body.push(extra.body);
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const footnotesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes
    .map((n, i) => `<w:footnote w:id="${i + 1}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${esc(n.text)}</w:t></w:r></w:p></w:footnote>`)
    .join('')}</w:footnotes>`;
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>${extra.numbered ? '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : ''}${extra.parts?.['word/media/image1.png'] !== undefined ? '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>' : ''}</Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`,
  );
  zip.file('word/document.xml', document);
  zip.file('word/footnotes.xml', footnotesXml);
  if (extra.numbered) zip.file('word/numbering.xml', numberingXml);
  for (const [name, content] of Object.entries(extra.parts ?? {})) zip.file(name, Buffer.from(content, 'base64'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Han characters of a text, counted. */
export function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

/**
 * The report as a 党政机关公文-styled page to print to PDF: A4, 37/35/28/26 mm margins, title 22 pt
 * centred (a 小标宋 face stands in: Noto Serif SC bold), body 16 pt (三号) serif with a two-character
 * indent, 一、 headings in the sans face (黑体), the table after part 一's first paragraph, the 名词解释
 * section at the end as printed reports carry it. Fonts from @fontsource by file URL.
 */
export function reportHtml(report: Report, fontsDir: string): string {
  const css = (pkg: string, weight: number) => `<link rel="stylesheet" href="${new URL(`file://${path.join(fontsDir, '@fontsource', pkg, `${weight}.css`)}`).href}">`;
  const p = (text: string) => (/^[一二三四五六七八九十]+、/.test(text) ? `<p class="h1">${esc(text)}</p>` : `<p>${esc(text)}</p>`);
  const body: string[] = [];
  let tableDone = false;
  for (const [i, text] of report.paragraphs.entries()) {
    body.push(i === 0 ? `<p class="salutation">${esc(text)}</p>` : p(text));
    if (!tableDone && !text.startsWith('一、') && report.paragraphs.slice(0, i).some((q) => q.startsWith('一、'))) {
      body.push(`<p class="caption">${esc(table.caption)}</p><table>${table.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`);
      tableDone = true;
    }
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${css('noto-serif-sc', 400)}${css('noto-serif-sc', 700)}${css('noto-sans-sc', 400)}
<style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { margin: 0; font: 16pt/28pt 'Noto Serif SC', serif; text-align: justify; }
p { margin: 0; text-indent: 2em; }
.title { font-weight: 700; font-size: 22pt; line-height: 36pt; text-align: center; text-indent: 0; margin-bottom: 18pt; }
.occasion, .speaker { text-align: center; text-indent: 0; }
.speaker { margin-bottom: 18pt; }
.salutation { text-indent: 0; }
.h1 { font-family: 'Noto Sans SC', sans-serif; }
.caption { font-family: 'Noto Sans SC', sans-serif; text-align: center; text-indent: 0; margin-top: 8pt; }
table { border-collapse: collapse; margin: 6pt auto 12pt; font-size: 14pt; }
td { border: 1px solid #000; padding: 2pt 10pt; }
.notes { font-family: 'Noto Sans SC', sans-serif; text-align: center; text-indent: 0; margin-top: 24pt; }
</style></head><body>
<p class="title">${esc(report.title)}</p>
<p class="occasion">——${esc(report.occasion)}</p>
<p class="speaker">${esc(report.speaker)}</p>
${body.join('\n')}
<p class="notes">名词解释</p>
${report.glossary.map(p).join('\n')}
</body></html>`;
}

/** Chromium's footer for the page numbers 公文 print: "- 3 -", centred. */
export const footerTemplate = '<div style="width:100%;text-align:center;font-size:14pt;font-family:serif">- <span class="pageNumber"></span> -</div>';
