/**
 * Chromium's PDF opened for finishing (postprocess.ts) without parsing every object.
 *
 * `PDFDocument.load` parses all of a PDF's objects, most of them structure elements
 * the finishing never reads (12,000 in the long report's PDF: 0.2-0.7 s a PDF, most of
 * pdf-lib's time). Here the cross-reference table is read, and an object is parsed
 * (by pdf-lib's own object parser) only when the finishing looks it up; pdf-lib then
 * writes the document as usual, the objects nobody looked up copied as Chromium wrote
 * them. Only the plain form Chromium (Skia) writes is taken — one classic `xref`
 * section, objects of generation 0, no object streams, no encryption — anything else
 * is loaded whole (`undefined` here).
 */
import { PDFContext, PDFDict, PDFDocument, PDFHeader, PDFName, PDFObject, PDFObjectParser, PDFRef } from 'pdf-lib';

type PdfObject = PDFObject;

/** An object as Chromium wrote it: its bytes between `N 0 obj` and `endobj`, copied on save. */
class CopiedObject extends PDFObject {
  constructor(private readonly body: Uint8Array) {
    super();
  }

  clone(): CopiedObject {
    return new CopiedObject(this.body);
  }

  toString(): string {
    return Buffer.from(this.body).toString('latin1');
  }

  sizeInBytes(): number {
    return this.body.length;
  }

  copyBytesInto(buffer: Uint8Array, offset: number): number {
    buffer.set(this.body, offset);
    return this.body.length;
  }
}

const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;

/**
 * The context's objects: those looked up are parsed then and kept (and written as
 * pdf-lib writes them); the others are listed as copies of their bytes.
 */
class LazyObjects extends Map<PDFRef, PdfObject> {
  private readonly deleted = new Set<number>();
  context!: PDFContext;

  constructor(
    private readonly bytes: Uint8Array,
    /** object number → [start of `N 0 obj`, end of its bytes (the next object's start)] */
    private readonly spans: Map<number, [number, number]>,
  ) {
    super();
  }

  /** The object's bytes after `N 0 obj` and before `endobj` (byte by byte: 12,000 objects in a long report). */
  private body(objectNumber: number): Uint8Array | undefined {
    const span = this.spans.get(objectNumber);
    if (!span) return undefined;
    const bytes = this.bytes;
    let [start, end] = span;
    const expect = (text: string): void => {
      for (let i = 0; i < text.length; i += 1, start += 1) {
        if (bytes[start] !== text.charCodeAt(i)) throw new Error(`lazy-pdf: object ${objectNumber} does not start with "${objectNumber} 0 obj"`);
      }
      while (start < end && isSpace(bytes[start])) start += 1;
    };
    expect(String(objectNumber));
    expect('0');
    expect('obj');
    while (end > start && isSpace(bytes[end - 1])) end -= 1;
    for (let i = 0; i < 6; i += 1) {
      if (bytes[end - 6 + i] !== 'endobj'.charCodeAt(i)) throw new Error(`lazy-pdf: object ${objectNumber} does not end with endobj`);
    }
    end -= 6;
    while (end > start && isSpace(bytes[end - 1])) end -= 1;
    return bytes.subarray(start, end);
  }

  override get(ref: PDFRef): PdfObject | undefined {
    let object = super.get(ref);
    if (object !== undefined || ref.generationNumber !== 0 || this.deleted.has(ref.objectNumber)) return object;
    const body = this.body(ref.objectNumber);
    if (!body) return undefined;
    object = PDFObjectParser.forBytes(body, this.context).parseObject();
    super.set(ref, object);
    return object;
  }

  override has(ref: PDFRef): boolean {
    return this.get(ref) !== undefined;
  }

  override delete(ref: PDFRef): boolean {
    this.deleted.add(ref.objectNumber);
    return super.delete(ref);
  }

  /** Every object: parsed ones as they are now, the others as copies (what pdf-lib's writer and getObjectRef walk). */
  override entries(): MapIterator<[PDFRef, PdfObject]> {
    const all = new Map<PDFRef, PdfObject>(super.entries());
    for (const objectNumber of this.spans.keys()) {
      const ref = PDFRef.of(objectNumber, 0);
      if (all.has(ref) || this.deleted.has(objectNumber)) continue;
      all.set(ref, new CopiedObject(this.body(objectNumber)!));
    }
    return all.entries();
  }

  override [Symbol.iterator](): MapIterator<[PDFRef, PdfObject]> {
    return this.entries();
  }
}

/** The trailer and object spans of a PDF in Chromium's plain form; undefined for any other. */
function readCrossReference(bytes: Uint8Array): { trailer: PDFDict; spans: Map<number, [number, number]>; size: number } | undefined {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!start) return undefined;
  const xrefAt = Number(start[1]);
  const text = Buffer.from(bytes.subarray(xrefAt, Math.min(bytes.length, xrefAt + 40))).toString('latin1');
  const section = /^xref\s+0\s+(\d+)\s*\n/.exec(text);
  if (!section) return undefined;
  const size = Number(section[1]);
  const entriesAt = xrefAt + section[0].length;
  // 20-byte entries "oooooooooo ggggg n\r\n" read byte by byte
  const digits = (at: number, count: number): number => {
    let value = 0;
    for (let i = at; i < at + count; i += 1) {
      const digit = bytes[i] - 0x30;
      if (digit < 0 || digit > 9) return -1;
      value = value * 10 + digit;
    }
    return value;
  };
  const offsets: Array<[number, number]> = [];
  for (let n = 0; n < size; n += 1) {
    const at = entriesAt + n * 20;
    const offset = digits(at, 10);
    const generation = digits(at + 11, 5);
    const kind = bytes[at + 17];
    if (offset < 0 || generation < 0 || (kind !== 0x6e && kind !== 0x66)) return undefined;
    if (kind === 0x6e) {
      if (generation !== 0) return undefined;
      offsets.push([n, offset]);
    }
  }
  const after = Buffer.from(bytes.subarray(entriesAt + size * 20, xrefAt + Math.min(bytes.length - xrefAt, size * 20 + 2048))).toString('latin1');
  const trailerText = /^\s*trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(after);
  if (!trailerText) return undefined;
  const trailer = PDFObjectParser.forBytes(Buffer.from(trailerText[1], 'latin1'), PDFContext.create()).parseObject();
  if (!(trailer instanceof PDFDict) || trailer.has(PDFName.of('Encrypt')) || trailer.has(PDFName.of('Prev'))) return undefined;
  // Each object runs to the next one in the file (the last to the xref table).
  const byPosition = [...offsets].sort((a, b) => a[1] - b[1]);
  const spans = new Map<number, [number, number]>();
  for (const [i, [n, at]] of byPosition.entries()) spans.set(n, [at, byPosition[i + 1]?.[1] ?? xrefAt]);
  return { trailer, spans, size };
}

/** `bytes` as a PDFDocument whose objects are parsed when looked up; undefined when it is not in Chromium's plain form. */
export function openLazily(bytes: Uint8Array): PDFDocument | undefined {
  const xref = readCrossReference(bytes);
  if (!xref) return undefined;
  const context = PDFContext.create();
  const objects = new LazyObjects(bytes, xref.spans);
  objects.context = context;
  (context as unknown as { indirectObjects: Map<PDFRef, PdfObject> }).indirectObjects = objects;
  context.largestObjectNumber = xref.size - 1;
  const header = /^%PDF-(\d)\.(\d)/.exec(Buffer.from(bytes.subarray(0, 16)).toString('latin1'));
  if (header) context.header = PDFHeader.forVersion(Number(header[1]), Number(header[2]));
  const root = xref.trailer.get(PDFName.of('Root'));
  const info = xref.trailer.get(PDFName.of('Info'));
  if (!(root instanceof PDFRef)) return undefined;
  context.trailerInfo.Root = root;
  if (info instanceof PDFRef) context.trailerInfo.Info = info;
  // The constructor pdf-lib's own load() calls, with our context.
  const Document = PDFDocument as unknown as new (context: PDFContext, ignoreEncryption: boolean, updateMetadata: boolean) => PDFDocument;
  return new Document(context, false, false);
}

