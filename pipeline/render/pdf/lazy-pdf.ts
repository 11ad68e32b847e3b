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
import { PDFContext, PDFDict, PDFDocument, PDFHeader, PDFName, PDFObject, PDFObjectParser, PDFRef, PDFTrailer, PDFTrailerDict } from 'pdf-lib';

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
    private readonly spans: Spans,
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

  /**
   * The document's bytes, as pdf-lib's writer (`save({ useObjectStreams: false })`) writes them — same
   * header, objects in number order (`N G obj`, body, `endobj` and a blank line), one classic xref
   * table, trailer — in one synchronous pass: the copies are byte ranges of Chromium's file, the
   * parsed objects written by pdf-lib. pdf-lib's writer walks every object twice through its async
   * state machine, a CopiedObject made for each (2,900 in Haidian's English PDF): most of the finishing's CPU.
   */
  write(): Uint8Array {
    const context = this.context;
    // number, generation, and either the parsed object or the copy's [start, end) in Chromium's bytes
    const objects: Array<{ number: number; generation: number; parsed?: PdfObject; start: number; end: number }> = [];
    const parsed = new Set<number>();
    for (const [ref, object] of super.entries()) {
      objects.push({ number: ref.objectNumber, generation: ref.generationNumber, parsed: object, start: 0, end: 0 });
      if (ref.generationNumber === 0) parsed.add(ref.objectNumber);
    }
    for (const objectNumber of this.spans.keys()) {
      if (this.deleted.has(objectNumber) || parsed.has(objectNumber)) continue;
      const body = this.body(objectNumber)!;
      objects.push({ number: objectNumber, generation: 0, start: body.byteOffset - this.bytes.byteOffset, end: body.byteOffset - this.bytes.byteOffset + body.length });
    }
    objects.sort((a, b) => a.number - b.number);
    const header = PDFHeader.forVersion(1, 7);
    let size = header.sizeInBytes() + 2;
    const offsets = new Array<number>(objects.length);
    for (let n = 0; n < objects.length; n += 1) {
      const { number, generation, parsed: object, start, end } = objects[n];
      offsets[n] = size;
      // 'N G obj\n' body '\nendobj\n\n'
      size += digitCount(number) + digitCount(generation) + 6 + (object ? object.sizeInBytes() : end - start) + 9;
    }
    // Subsections of consecutive object numbers, the first holding the free entry 0 (65535 f).
    const subsections: Array<[first: number, from: number, to: number]> = [];
    let first = 0;
    let from = -1; // index in objects where the current subsection's entries start (-1: the free entry 0)
    for (let n = 0; n < objects.length; n += 1) {
      const previous = n === 0 ? 0 : objects[n - 1].number;
      if (objects[n].number - previous > 1) {
        subsections.push([first, from, n]);
        first = objects[n].number;
        from = n;
      }
    }
    subsections.push([first, from, objects.length]);
    const xrefAt = size;
    size += 5; // 'xref\n'
    for (const [start, from, to] of subsections) size += digitCount(start) + digitCount(to - from) + 2 + 20 * (to - from);
    size += 1;
    const trailerDict = PDFTrailerDict.of(context.obj({
      Size: context.largestObjectNumber + 1,
      Root: context.trailerInfo.Root,
      Encrypt: context.trailerInfo.Encrypt,
      Info: context.trailerInfo.Info,
      ID: context.trailerInfo.ID,
    }) as PDFDict);
    size += trailerDict.sizeInBytes() + 2;
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefAt);
    size += trailer.sizeInBytes();
    const out = new Uint8Array(size);
    const put = (text: string, at: number): number => {
      for (let i = 0; i < text.length; i += 1) out[at + i] = text.charCodeAt(i);
      return at + text.length;
    };
    let at = header.copyBytesInto(out, 0);
    out[at++] = 0x0a;
    out[at++] = 0x0a;
    for (let n = 0; n < objects.length; n += 1) {
      const { number, generation, parsed: object, start, end } = objects[n];
      at = putDigits(out, at, number, 0);
      out[at++] = 0x20;
      at = putDigits(out, at, generation, 0);
      at = put(' obj\n', at);
      if (object) at += object.copyBytesInto(out, at);
      else {
        out.set(this.bytes.subarray(start, end), at);
        at += end - start;
      }
      at = put('\nendobj\n\n', at);
    }
    at = put('xref\n', at);
    for (const [start, from, to] of subsections) {
      at = putDigits(out, at, start, 0);
      out[at++] = 0x20;
      at = putDigits(out, at, to - from, 0);
      out[at++] = 0x0a;
      for (let n = from; n < to; n += 1) {
        // 'oooooooooo ggggg n \n' (the free entry 0: '0000000000 65535 f \n')
        at = putDigits(out, at, n < 0 ? 0 : offsets[n], 10);
        out[at++] = 0x20;
        at = putDigits(out, at, n < 0 ? 65535 : objects[n].generation, 5);
        out[at++] = 0x20;
        out[at++] = n < 0 ? 0x66 : 0x6e;
        out[at++] = 0x20;
        out[at++] = 0x0a;
      }
    }
    out[at++] = 0x0a;
    at += trailerDict.copyBytesInto(out, at);
    out[at++] = 0x0a;
    out[at++] = 0x0a;
    at += trailer.copyBytesInto(out, at);
    if (at !== size) throw new Error(`lazy-pdf: wrote ${at} bytes of ${size}`);
    return out;
  }


  /**
   * The reference of `object` (PDFContext.getObjectRef), among the parsed objects only: a copy is made anew
   * by each call of entries(), so no caller holds one, and pdf-lib's own search would copy every object to look.
   */
  refOf(object: PdfObject): PDFRef | undefined {
    for (const [ref, parsed] of super.entries()) if (parsed === object) return ref;
    return undefined;
  }

  /** Every object: parsed ones as they are now, the others as copies (what pdf-lib's writer walks). */
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

/** Digits of a non-negative integer. */
function digitCount(value: number): number {
  let count = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) count += 1;
  return count;
}

/** `value`'s decimal digits written at `at`, zero-padded to `width`; the position after them. */
function putDigits(out: Uint8Array, at: number, value: number, width: number): number {
  const count = Math.max(width, digitCount(value));
  let rest = value;
  for (let i = count - 1; i >= 0; i -= 1) {
    out[at + i] = 0x30 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return at + count;
}

/**
 * Where each object's bytes are in the file, by object number: typed arrays, not a Map of pairs (the
 * cross-reference table of a long report's PDF holds 12,000 objects, read at every finishing).
 */
class Spans {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;

  constructor(size: number) {
    this.starts = new Float64Array(size).fill(-1);
    this.ends = new Float64Array(size);
  }

  set(objectNumber: number, start: number, end: number): void {
    this.starts[objectNumber] = start;
    this.ends[objectNumber] = end;
  }

  get(objectNumber: number): [number, number] | undefined {
    const start = objectNumber >= 0 && objectNumber < this.starts.length ? this.starts[objectNumber] : -1;
    return start < 0 ? undefined : [start, this.ends[objectNumber]];
  }

  /** The object numbers in use, ascending. */
  *keys(): Generator<number> {
    for (let n = 0; n < this.starts.length; n += 1) if (this.starts[n] >= 0) yield n;
  }
}

/** The trailer and object spans of a PDF in Chromium's plain form; undefined for any other. */
function readCrossReference(bytes: Uint8Array): { trailer: PDFDict; spans: Spans; size: number } | undefined {
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
  // The objects in use: their numbers and offsets, in the table's order (object number).
  const numbers = new Int32Array(size);
  const offsets = new Float64Array(size);
  let used = 0;
  for (let n = 0; n < size; n += 1) {
    const at = entriesAt + n * 20;
    const offset = digits(at, 10);
    const generation = digits(at + 11, 5);
    const kind = bytes[at + 17];
    if (offset < 0 || generation < 0 || (kind !== 0x6e && kind !== 0x66)) return undefined;
    if (kind === 0x6e) {
      if (generation !== 0) return undefined;
      numbers[used] = n;
      offsets[used] = offset;
      used += 1;
    }
  }
  const after = Buffer.from(bytes.subarray(entriesAt + size * 20, xrefAt + Math.min(bytes.length - xrefAt, size * 20 + 2048))).toString('latin1');
  const trailerText = /^\s*trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(after);
  if (!trailerText) return undefined;
  const trailer = PDFObjectParser.forBytes(Buffer.from(trailerText[1], 'latin1'), PDFContext.create()).parseObject();
  if (!(trailer instanceof PDFDict) || trailer.has(PDFName.of('Encrypt')) || trailer.has(PDFName.of('Prev'))) return undefined;
  // Each object runs to the next one in the file (the last to the xref table).
  // (Chromium writes them in the order of their numbers: then the table's order is already the file's.)
  let order = Array.from({ length: used }, (_, i) => i);
  if (order.some((i) => i > 0 && offsets[i] < offsets[i - 1])) order = order.sort((a, b) => offsets[a] - offsets[b]);
  const spans = new Spans(size);
  for (let i = 0; i < used; i += 1) spans.set(numbers[order[i]], offsets[order[i]], i + 1 < used ? offsets[order[i + 1]] : xrefAt);
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
  context.getObjectRef = (object) => objects.refOf(object);
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


/**
 * The bytes of a document opened by openLazily, as `doc.save({ useObjectStreams: false, updateFieldAppearances: false })`
 * writes them (LazyObjects.write); undefined for any other document. Only for a document nothing was embedded in
 * (fonts, images, pages: what save would embed first) and with pages (save would add one to a document without).
 */
export function saveLazily(doc: PDFDocument): Uint8Array | undefined {
  const objects = (doc.context as unknown as { indirectObjects: unknown }).indirectObjects;
  return objects instanceof LazyObjects && doc.getPageCount() > 0 ? objects.write() : undefined;
}
