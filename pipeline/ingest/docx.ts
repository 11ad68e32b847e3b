/**
 * A Word document (.docx) as downloaded → HTML for the HTML path: mammoth reads
 * the document (headings by style, bold, tables, lists, footnotes and endnotes)
 * into plain HTML; the notes it appends as a list become a 注释 section of
 * `[n]` entries and its note calls `<sup>[n]</sup>`, as a portal page prints
 * them (notes.ts links them). One line per paragraph, so a message's line is
 * the paragraph's number in the document.
 *
 * No silent loss: the document's own XML is read too (word/document.xml, the
 * footnotes and endnotes), and every paragraph's text must be found in
 * mammoth's HTML, else the file is refused naming the paragraph. What holds no
 * text of the report (images, charts, embedded objects, comments, page headers
 * and footers, tracked deletions) is counted and reported, as are mammoth's
 * own warnings.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Element as XmlElement, Nodes as XmlNodes } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { descendants, textOf } from '../translate/xml.ts';
import { writeNumbers } from './docx-numbers.ts';
import { clip } from './messages.ts';

/** Why a .docx cannot be read; `paragraph` is the 1-based paragraph of the document. */
export class DocxError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
    readonly paragraph?: number,
  ) {
    super(message);
    this.name = 'DocxError';
  }
}

export interface DocxNotice {
  /** 1-based paragraph of the document (the HTML's line), 1 when the whole document. */
  paragraph: number;
  reason: string;
  ruleId: string;
  severity: 'info' | 'warning';
}

export interface DocxHtml {
  html: string;
  notices: DocxNotice[];
}

/** Heading of the notes section made of the document's footnotes and endnotes (one of the headings notes.ts knows a notes section by; doc.ts's too). */
export const NOTES_HEADING = '注释';

interface Paragraph {
  /** 1-based, in document order (text boxes' paragraphs included). */
  index: number;
  text: string;
}

interface Inventory {
  paragraphs: Paragraph[];
  /** Notes (footnotes, then endnotes), their text. */
  notes: Array<{ kind: 'footnote' | 'endnote'; id: string; text: string }>;
  objects: Array<{ paragraph: number; kind: string }>;
  /** The comments' texts (word/comments.xml); without that part, one empty text per comment reference of the document. */
  comments: string[];
  deleted: number;
  /** The text of the page headers and footers (word/header*.xml, footer*.xml), each part's paragraphs joined. */
  furniture: string[];
}

export async function docxHtml(input: Uint8Array): Promise<DocxHtml> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(input);
  } catch (error) {
    throw new DocxError(`Unexpected damaged .docx: it is not a readable ZIP package (${(error as Error).message}); download it again, or open it in Word or WPS and save it again as .docx`, 'docx-damaged');
  }
  if (!zip.file('word/document.xml')) {
    if (zip.file('OFD.xml')) throw new DocxError(ofdAdvice, 'ofd');
    throw new DocxError('Unexpected ZIP package that is not a Word document (no word/document.xml): ingest takes a .docx, a PDF, or the report as text or HTML', 'binary');
  }
  let inventory: Inventory;
  let numbered: number;
  let bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  try {
    // Automatic numbering (一、 （一） from a list) written into the text first: the outline is read from it (docx-numbers.ts).
    numbered = await writeNumbers(zip);
    if (numbered > 0) bytes = await zip.generateAsync({ type: 'nodebuffer' });
    inventory = await readInventory(zip, (await zip.file('word/document.xml')!.async('string'))!);
  } catch (error) {
    throw new DocxError(`Unexpected damaged .docx: its XML cannot be read (${(error as Error).message}); open it in Word or WPS and save it again as .docx`, 'docx-damaged');
  }

  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: bytes },
      // Every paragraph kept (empty ones too), so the HTML's lines are the document's paragraphs; images as empty <img> (reported from the inventory).
      { ignoreEmptyParagraphs: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
  } catch (error) {
    throw new DocxError(`Unexpected damaged .docx: ${(error as Error).message}; open it in Word or WPS and save it again as .docx`, 'docx-damaged');
  }
  const tree = fromHtml(result.value, { fragment: true });
  const kept = comparable(tree);
  // Every paragraph of the document must have come through (in order, or anywhere: a text box follows its paragraph).
  let cursor = 0;
  for (const p of inventory.paragraphs) {
    const text = p.text.replace(/\s+/gu, '');
    if (text === '') continue;
    const at = kept.indexOf(text, cursor);
    if (at >= 0) cursor = at + text.length;
    else if (!kept.includes(text)) {
      throw new DocxError(
        `Unexpected text of the document that the conversion lost (paragraph ${p.index}: “${clip(p.text.trim())}”): it sits in an element the converter does not read; open the document in Word or WPS, save it as PDF, and ingest the PDF`,
        'docx-lost-text',
        p.index,
      );
    }
  }
  for (const note of inventory.notes) {
    const text = note.text.replace(/\s+/gu, '');
    if (text !== '' && !kept.includes(text)) {
      throw new DocxError(
        `Unexpected ${note.kind} ${note.id} that the conversion lost (“${clip(note.text.trim())}”): nothing in the text calls it, so it would not be printed; call it from the text in Word or WPS, or ingest a PDF of the document`,
        'docx-lost-note',
      );
    }
  }

  const notices: DocxNotice[] = [];
  const byKind = new Map<string, number[]>();
  for (const o of inventory.objects) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o.paragraph]);
  for (const [kind, where] of byKind) {
    notices.push({
      paragraph: where[0],
      reason: `Unexpected ${where.length} ${kind}(s) in the document (paragraph${where.length > 1 ? 's' : ''} ${where.join(', ')}): not carried over — zh.md holds the report's text; add what ${where.length > 1 ? 'they show' : 'it shows'} by hand if it is the report's (a chart's figures as a table)`,
      ruleId: 'docx-object',
      severity: 'warning',
    });
  }
  if (numbered > 0) {
    notices.push(numberingNotice(numbered, 'docx-numbering'));
  }
  const furniture = furnitureNotice(inventory.furniture, 'docx-header-footer');
  if (furniture) notices.push(furniture);
  if (inventory.comments.length > 0) {
    notices.push(commentsNotice(inventory.comments, 'docx-comments'));
  }
  if (inventory.deleted > 0) {
    notices.push({ paragraph: 1, reason: `Read the document with its tracked changes accepted: ${inventory.deleted} tracked deletion(s) left out, insertions kept`, ruleId: 'docx-tracked-changes', severity: 'info' });
  }
  // mammoth's own messages: styles it maps to a plain paragraph are harmless; anything else it dropped is said.
  const styles = result.messages.filter((m) => /^Unrecognised (paragraph|run|table) style/.test(m.message));
  if (styles.length > 0) {
    notices.push({ paragraph: 1, reason: `Read ${styles.length} paragraph or run style(s) the converter does not know as plain text (${[...new Set(styles.map((m) => /'([^']*)'/.exec(m.message)?.[1] ?? m.message))].slice(0, 5).join(', ')})`, ruleId: 'docx-styles', severity: 'info' });
  }
  for (const m of result.messages) {
    if (styles.includes(m)) continue;
    notices.push({ paragraph: 1, reason: `Unexpected ${m.type} from the .docx converter (mammoth): ${m.message}`, ruleId: 'docx-converter', severity: 'warning' });
  }

  reshape(tree);
  return { html: `<!doctype html><html><head><meta charset="utf-8"></head><body>${toHtml(tree)}</body></html>\n`, notices };
}

const ofdAdvice =
  'Unexpected OFD document (the Chinese fixed-layout format): ingest cannot read it; open it in an OFD reader (e.g. 数科OFD阅读器) and save or print it as PDF, then ingest the PDF';

/** The HTML's text without mammoth's own additions (note calls [n], the notes' ↑ back links), spaces out: what the document's text is compared with. */
function comparable(tree: HastRoot): string {
  let text = '';
  const walk = (node: HastRoot | HastRoot['children'][number]): void => {
    if (node.type === 'text') text += node.value;
    if (node.type === 'element' && isNoteLink(node)) return;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return text.replace(/\s+/gu, '');
}

/** mammoth's note call (<a href="#footnote-1" id="footnote-ref-1">) or a note's back link (<a href="#footnote-ref-1">↑</a>). */
function isNoteLink(node: Element): boolean {
  return node.tagName === 'a' && /^#(footnote|endnote)-(ref-)?/.test(String(node.properties.href ?? ''));
}

/**
 * mammoth's HTML → the shape of a portal page: note calls as <sup>[n]</sup>, the
 * notes list as a 注释 heading and one `[n] text` paragraph per note, images and
 * the empty comment list out, a line break after every paragraph.
 */
function reshape(tree: HastRoot): void {
  let notes = 0;
  const visit = (parent: HastRoot | Element): void => {
    const out: Array<HastRoot['children'][number]> = [];
    for (const node of parent.children) {
      if (node.type !== 'element') {
        out.push(node);
        continue;
      }
      if (node.tagName === 'img') continue;
      if (node.tagName === 'dl' && node.children.length === 0) continue;
      if (node.tagName === 'ol' && node.children.some((li) => li.type === 'element' && /^(footnote|endnote)-/.test(String(li.properties.id ?? '')))) {
        const entries = node.children.filter((li): li is Element => li.type === 'element' && li.tagName === 'li');
        if (entries.length > 0) out.push(h('h2', NOTES_HEADING), { type: 'text', value: '\n' });
        for (const li of entries) {
          notes++;
          out.push(h('p', `[${notes}]${noteText(li)}`), { type: 'text', value: '\n' });
        }
        continue;
      }
      if (node.tagName === 'sup' && node.children.length === 1 && node.children[0].type === 'element' && isNoteLink(node.children[0])) {
        out.push(h('sup', node.children[0].children));
        continue;
      }
      visit(node);
      out.push(node);
      if (/^(p|h[1-6]|li|table)$/.test(node.tagName)) out.push({ type: 'text', value: '\n' });
    }
    parent.children = out as typeof parent.children;
  };
  visit(tree);
}

/** A note's paragraphs as one (a note is one paragraph in zh.md), its back link off. */
function noteText(li: Element): string {
  const parts: string[] = [];
  const walk = (node: ElementContent): string => {
    if (node.type === 'text') return node.value;
    if (node.type === 'element' && isNoteLink(node)) return '';
    return node.type === 'element' ? node.children.map(walk).join('') : '';
  };
  for (const child of li.children) parts.push(walk(child).trim());
  return parts.filter(Boolean).join(' ').trim();
}

/** The document's own text, paragraph by paragraph, its notes and what holds no text, read from its XML. */
async function readInventory(zip: JSZip, documentXml: string): Promise<Inventory> {
  const inventory: Inventory = { paragraphs: [], notes: [], objects: [], comments: [], deleted: 0, furniture: [] };
  let index = 0;
  let commentReferences = 0;
  const walk = (node: XmlNodes, paragraph: Paragraph | undefined): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const name = node.name;
      // A drawing's fallback repeats its choice (old Word's VML copy of a text box): read once.
      if (name === 'mc:Fallback') return;
      if (name === 'w:p') {
        const p: Paragraph = { index: ++index, text: '' };
        inventory.paragraphs.push(p);
        for (const child of node.children) walk(child, p);
        return;
      }
      if ((name === 'w:t' || name === 'm:t') && paragraph) paragraph.text += textOf(node);
      if (name === 'w:delText') inventory.deleted++;
      if (name === 'w:commentReference') commentReferences++;
      const kind = objectKind(node);
      if (kind) inventory.objects.push({ paragraph: paragraph?.index ?? index, kind });
    }
    for (const child of node.children) walk(child, paragraph);
  };
  walk(fromXml(documentXml), undefined);
  for (const part of zip.file(/^word\/(header|footer)\d*\.xml$/).sort((a, b) => a.name.replace('header', '0').localeCompare(b.name.replace('header', '0')))) {
    const text = descendants(fromXml(await part.async('string')), 'w:p').map(furnitureText).filter(Boolean).join(' / ');
    if (text) inventory.furniture.push(text);
  }
  const commentsXml = await zip.file('word/comments.xml')?.async('string');
  inventory.comments = commentsXml === undefined ? Array<string>(commentReferences).fill('') : descendants(fromXml(commentsXml), 'w:comment').map((c) => descendants(c, 'w:t').map(textOf).join(''));
  for (const kind of ['footnote', 'endnote'] as const) {
    const xml = await zip.file(`word/${kind}s.xml`)?.async('string');
    if (xml === undefined) continue;
    const root = fromXml(xml);
    for (const note of descendants(root, `w:${kind}`)) {
      const type = note.attributes['w:type'];
      if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
      const text = descendants(note, 'w:t').map(textOf).join('');
      inventory.notes.push({ kind, id: String(note.attributes['w:id'] ?? ''), text });
    }
  }
  return inventory;
}

/** A header or footer paragraph's text, a page number field as `{PAGE}` (not the number of the page it was last shown on). */
function furnitureText(p: XmlElement): string {
  let text = '';
  let field: 'instruction' | 'result' | undefined;
  let instruction = '';
  const fieldName = (instr: string) => `{${/^\s*(\w+)/.exec(instr)?.[1] ?? ''}}`;
  const walk = (node: XmlElement): void => {
    if (node.name === 'w:fldChar') {
      const type = node.attributes['w:fldCharType'];
      if (type === 'begin') [field, instruction] = ['instruction', ''];
      else if (type === 'separate') field = 'result';
      else if (type === 'end') {
        text += fieldName(instruction);
        field = undefined;
      }
      return;
    }
    if (node.name === 'w:instrText') instruction += textOf(node);
    else if (node.name === 'w:fldSimple') text += fieldName(String(node.attributes['w:instr'] ?? ''));
    else if (node.name === 'w:t') {
      if (field === undefined) text += textOf(node);
    } else for (const c of node.children) if (c.type === 'element') walk(c);
  };
  walk(p);
  return text.trim();
}

/** The notice for a Word document's automatic numbers written into the text (docx.ts, doc.ts). */
export function numberingNotice(numbered: number, ruleId: string): DocxNotice {
  return { paragraph: 1, reason: `Wrote the automatic numbers of ${numbered} paragraph(s) into the text, as Word prints them (一、, （一）, 1. … from the document's lists)`, ruleId, severity: 'info' };
}

/**
 * The notice for a Word document's comments, left out (docx.ts, doc.ts), with what they say; `counted` false
 * when the document holds comment text without marking where each comment begins (how many cannot be told).
 */
export function commentsNotice(comments: readonly string[], ruleId: string, counted = true): DocxNotice {
  const what = counted ? `${comments.length} comment(s) in the document` : "the document's comments (how many cannot be told: their text has no comment marks)";
  const said = comments.filter(Boolean).map((c) => `“${clip(c)}”`);
  return { paragraph: 1, reason: `Left out ${what}, a reviewer's notes, not the report's text${said.length > 0 ? `: ${said.join(', ')}` : ''}`, ruleId, severity: 'info' };
}

/** The notice for a Word document's page headers and footers: left out of the text, said with what they hold (docx.ts, doc.ts). */
export function furnitureNotice(furniture: readonly string[], ruleId: string): DocxNotice | undefined {
  const texts = [...new Set(furniture.map((t) => t.trim()).filter(Boolean))];
  if (texts.length === 0) return undefined;
  return {
    paragraph: 1,
    reason: `Left out the document's page header(s) and footer(s), printed on every page and not the report's text: ${texts.map((t) => `“${clip(t)}”`).join(', ')}`,
    ruleId,
    severity: 'info',
  };
}

/** What a drawing, picture or embedded object is (no text of the report: reported, not read). */
function objectKind(node: XmlElement): string | undefined {
  if (node.name === 'w:object') return 'embedded object';
  if (node.name === 'a:graphicData') {
    const uri = String(node.attributes.uri ?? '');
    if (uri.endsWith('/picture')) return 'image';
    if (uri.endsWith('/chart')) return 'chart';
    if (uri.endsWith('/diagram')) return 'diagram';
    return undefined; // a shape or text box: its text is read with the paragraphs
  }
  if (node.name === 'v:imagedata') return 'image';
  return undefined;
}
