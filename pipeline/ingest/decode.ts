/**
 * Bytes → text. Real report pages come as UTF-8 (with or without BOM),
 * GB18030/GBK/GB2312 (mainland sites) or Big5 (Hong Kong, Taiwan, Macao
 * mirrors), now and then UTF-16 (Windows "Unicode" text, BOM or not) or UTF-32
 * with its BOM; HTML may declare its charset in a <meta>. Anything that does not
 * decode to plausible Chinese text is refused rather than guessed at.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { hanOf } from './chars.ts';
import { COMMON_HAN } from './common-han.ts';

/** Largest input accepted, in bytes (real report pages are well under 2 MB). */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export interface Decoded {
  text: string;
  /** Canonical name of the encoding used. */
  encoding: string;
  /** How it was decided: `bom`, `utf-8`, `meta`, `detected`; `latin1`: GBK text a copy had read as Latin-1, read back (readBackLatin1). */
  how: 'bom' | 'utf-8' | 'meta' | 'detected' | 'latin1';
  /** (`latin1`) The garbled text as the file held it, and how many of its characters could not be read back. */
  garbled?: { text: string; lost: number };
}

/** Why input was refused; the reason is user-facing. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** `%PDF`, and a ZIP package's local file header (`PK\x03\x04`: a .docx is one). */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** An OLE compound file's signature (Word 97–2003 .doc, WPS .wps; also .xls, .ppt). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The files `ingestFile` reads rather than `decode` (files.ts). */
export type FileKind = 'pdf' | 'docx' | 'doc';

/** What a file is by its bytes (a file's name often lies: a .doc that is a .docx, a .pdf that is HTML). */
export function fileKind(input: Uint8Array): FileKind | undefined {
  const head = Buffer.from(input.buffer, input.byteOffset, Math.min(input.byteLength, 1024)).toString('latin1');
  // A PDF may have a few bytes of junk before its header; readers accept it within the first KB.
  if (head.includes(`${String.fromCharCode(...PDF_MAGIC)}-`)) return 'pdf';
  if (ZIP_MAGIC.every((b, i) => input[i] === b)) return 'docx';
  if (OLE_MAGIC.every((b, i) => input[i] === b)) return 'doc';
  return undefined;
}

const magic: Array<[number[], string]> = [
  // PDFs and .docx files are read by `ingestFile` (files.ts; the CLI uses it), not here.
  [PDF_MAGIC, 'a PDF document; read it with ingestFile (files.ts), as `duizhao ingest` does'],
  [ZIP_MAGIC, 'a ZIP archive (a .docx is read with ingestFile, as `duizhao ingest` does; an .epub or other archive is not a report page)'],
  [OLE_MAGIC, 'an old Word or WPS document (.doc, .wps); read it with ingestFile (files.ts), as `duizhao ingest` does'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document; open it in Word or WPS and save it as .docx or PDF, then ingest that'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

export function decode(input: Uint8Array, options: { html?: boolean } = {}): Decoded {
  if (input.length === 0) throw new DecodeError('Unexpected empty input, expected the text or HTML of a report', 'empty');
  if (input.length > MAX_INPUT_BYTES) {
    throw new DecodeError(
      `Unexpected input of ${formatBytes(input.length)}, expected at most ${formatBytes(MAX_INPUT_BYTES)} (one report page)`,
      'too-large',
    );
  }
  for (const [bytes, what] of magic) {
    if (bytes.every((b, i) => input[i] === b)) throw new DecodeError(`Unexpected binary input: this is ${what}`, 'binary');
  }
  const buffer = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return checked({ text: buffer.toString('utf8', 3), encoding: 'utf-8', how: 'bom' });
  }
  // UTF-32's BOM first: FF FE 00 00 opens UTF-16LE's too.
  if (buffer[0] === 0xff && buffer[1] === 0xfe && buffer[2] === 0 && buffer[3] === 0) return checked({ text: iconv.decode(buffer.subarray(4), 'utf-32le'), encoding: 'utf-32le', how: 'bom' });
  if (buffer[0] === 0 && buffer[1] === 0 && buffer[2] === 0xfe && buffer[3] === 0xff) return checked({ text: iconv.decode(buffer.subarray(4), 'utf-32be'), encoding: 'utf-32be', how: 'bom' });
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return checked({ text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le', how: 'bom' });
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return checked({ text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be', how: 'bom' });
  const utf16 = utf16WithoutBom(buffer);
  if (utf16) {
    const text = iconv.decode(buffer, utf16);
    // Text, not 16-bit samples: no control characters (C1 ones included, U+0080–U+009F: what
    // bytes ≥ 0x80 beside NULs decode to), nothing undecodable, and any Han characters common ones.
    if (!/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]/.test(text) && plausibility(text) >= 0.3) return checked({ text, encoding: utf16, how: 'detected' });
  }
  if (hasNul(buffer)) throw new DecodeError('Unexpected binary input (it contains NUL bytes), expected text or HTML', 'binary');

  const utf8 = strictUtf8(buffer);
  if (utf8 !== undefined) return checked(readBackLatin1(utf8) ?? { text: utf8, encoding: 'utf-8', how: 'utf-8' });

  if (options.html) {
    const declared = declaredCharset(buffer);
    if (declared) return checked({ text: iconv.decode(buffer, declared), encoding: declared, how: 'meta' });
  }
  return checked(detect(buffer));
}

function strictUtf8(buffer: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 saved without a BOM (Windows "Unicode" text): the high (or low) byte of
 * every ASCII character is NUL, so the newlines, digits and Latin letters put NULs
 * in one half of the byte pairs. The other half has a few too: the Han characters
 * whose code point ends in 00 (一 U+4E00, 需 U+9700), about one in a hundred of a
 * report's characters. So one half must hold many more NULs than the other, and the
 * text decoded must read as Chinese (plausibility, checked by decode) — else the
 * input is binary.
 */
function utf16WithoutBom(buffer: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buffer.length, 4096) & ~1;
  if (n < 16) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buffer[i] === 0) evenNul++;
    if (buffer[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  const dominates = (nuls: number, others: number) => nuls >= 8 && nuls >= pairs * 0.02 && nuls > 4 * others;
  if (dominates(oddNul, evenNul)) return 'utf-16le';
  if (dominates(evenNul, oddNul)) return 'utf-16be';
  return undefined;
}

function hasNul(buffer: Buffer): boolean {
  return buffer.subarray(0, 65536).includes(0);
}

/** `<meta charset=gbk>` or `<meta http-equiv content="text/html; charset=gb2312">` in the first 4 KB. */
export function declaredCharset(buffer: Buffer): string | undefined {
  const head = buffer.subarray(0, 4096).toString('latin1');
  const match = /<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!match) return undefined;
  return canonical(match[1]);
}

function canonical(name: string): string | undefined {
  const lower = name.toLowerCase();
  // GB2312 and GBK pages routinely contain characters outside their nominal
  // repertoire; GB18030 is a superset of both, so decode with it.
  if (['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn'].includes(lower)) return 'gb18030';
  if (['big5', 'big5-hkscs', 'x-big5', 'cp950'].includes(lower)) return 'big5';
  if (['utf-8', 'utf8'].includes(lower)) return 'utf-8';
  return iconv.encodingExists(lower) ? lower : undefined;
}

/**
 * Not UTF-8 and nothing declared: decode as each plausible legacy encoding and
 * keep the one whose text looks most like Chinese (fewest undecodable bytes,
 * most common Han characters). chardet's guess breaks ties; on short texts
 * it often confuses GB18030 and Big5, so it is not trusted alone.
 */
function detect(buffer: Buffer): Decoded {
  const guess = canonical(chardet.detect(buffer) ?? '') ?? '';
  const candidates = ['gb18030', 'big5'];
  if (guess && !candidates.includes(guess) && guess !== 'utf-8') candidates.push(guess);
  let best: { decoded: Decoded; score: number } | undefined;
  for (const encoding of candidates) {
    const text = iconv.decode(buffer, encoding);
    const score = plausibility(text) + (encoding === guess ? 0.01 : 0);
    if (!best || score > best.score) best = { decoded: { text, encoding, how: 'detected' }, score };
  }
  if (!best || best.score < 0.3) {
    throw new DecodeError(
      'Unexpected undecodable input: it is not UTF-8, and neither GB18030/GBK nor Big5 gives readable Chinese; convert it to UTF-8 first',
      'undecodable',
    );
  }
  return best.decoded;
}

/**
 * (stop 58, blind: www.lfbqbw.com) A Chinese page a copy read as Latin-1 (Windows-1252) and saved as UTF-8: every GBK byte a
 * Latin letter or sign, "ÔÚÖÚ¶àµÄÓ°Ï·" for 在众多的影戏 — no Han character, two or more such letters to each ASCII letter. Its
 * characters encoded back to Windows-1252 are the GBK bytes, which read as GBK give the page when they read as common Chinese;
 * a character Windows-1252 cannot hold (a byte the copy lost or misread) reads as "?". Was: refused as a page in another
 * language written in Latin letters.
 */
function readBackLatin1(text: string): Decoded | undefined {
  if (/\p{Script=Han}/u.test(text)) return undefined;
  const high = count(text, /[\u00a0-\u00ff]/g);
  if (high < 20 || high < 2 * count(text, /[A-Za-z]/g)) return undefined;
  const bytes = iconv.encode(text, 'windows-1252');
  const back = iconv.decode(bytes, 'gb18030');
  if (hanOf(back).length < 10 || plausibility(back.replace(/\uFFFD/gu, '')) < 0.35) return undefined;
  const lost = [...text].filter((c) => c.charCodeAt(0) > 0x7f && iconv.decode(iconv.encode(c, 'windows-1252'), 'windows-1252') !== c).length;
  // A copy that also lost bytes (the C1 range, 0x80–0x9F, that Latin-1 has no letters for) reads back broken all through: the page is
  // named for what it is, and refused — its words cannot be restored.
  const broken = count(back, /\uFFFD/g) + lost;
  if (broken > back.length * 0.01) {
    throw new DecodeError(
      `Unexpected garbled input: a Chinese page whose GBK bytes a copy read as Latin letters (“${text.slice(0, 12)}…”), with ${broken} of its bytes lost as well, so it reads back broken (“${back.replace(/\s+/gu, ' ').replace(/\uFFFD/gu, '?').slice(0, 24)}…”); take the page from its source and save it as UTF-8`,
      'undecodable',
    );
  }
  return { text: back, encoding: 'gb18030', how: 'latin1', garbled: { text, lost } };
}

/** Share of Han characters that are common ones, minus a penalty for U+FFFD (also used on a PDF's text layer, pdf.ts). */
export function plausibility(text: string): number {
  let han = 0;
  let common = 0;
  const bad = count(text, /\uFFFD/g);
  for (const char of hanOf(text)) {
    han++;
    if (COMMON_HAN.has(char)) common++;
  }
  if (han === 0) return bad > 0 ? 0 : 0.5;
  return common / han - (10 * bad) / Math.max(1, han);
}

/** Refuse text that decoded but is not text: control characters, replacement characters. */
function checked(decoded: Decoded): Decoded {
  const total = decoded.text.length;
  const control = count(decoded.text, /[\x00-\x08\x0b\x0e-\x1f\x7f]/g);
  const replacement = count(decoded.text, /\uFFFD/g);
  if (total > 0 && control / total > 0.01) {
    throw new DecodeError('Unexpected binary input (control characters), expected text or HTML', 'binary');
  }
  if (total > 0 && replacement / total > 0.01) {
    throw new DecodeError(`Unexpected undecodable input: ${replacement} characters cannot be decoded as ${decoded.encoding}`, 'undecodable');
  }
  if (oleReadAsText.test(decoded.text.slice(0, 16))) {
    throw new DecodeError('Unexpected binary input: this is an old Word or WPS document (.doc, .wps) whose bytes were read as text — its signature left as “ࡱ” at the start; ingest the .doc itself with ingestFile (files.ts), as `duizhao ingest` does', 'binary');
  }
  // (stop 54, blind: sc.isd.gov.hk, a press release through a conversion gateway) Text read with the wrong byte order or code page: its
  // characters scattered over the whole plane, Hangul syllables and Arabic presentation forms among rare Han ones — no page prints
  // those two scripts together, each a tenth of its characters or more (a Uyghur twin writes Arabic's own letters; a Korean page no
  // presentation forms). Nothing of it can be read: refused, as undecodable input is (it was read as a report, said foreign script).
  const letters = count(decoded.text, /[^\x00-\x7f\s\u3000]/gu);
  const hangul = count(decoded.text, /[\uac00-\ud7a3]/gu);
  const arabicForms = count(decoded.text, /[\ufb50-\ufdff\ufe70-\ufefc]/gu);
  if (letters >= 50 && hangul >= letters * 0.1 && arabicForms >= letters * 0.1) {
    throw new DecodeError(
      `Unexpected garbled input: ${hangul} Hangul syllables and ${arabicForms} Arabic presentation forms among ${letters} characters — text decoded with the wrong byte order or encoding, not a page's words; save the page again as UTF-8 from its source`,
      'undecodable',
    );
  }
  return decoded;
}

/**
 * (stop 54, blind: 818505.net) An OLE compound file (a Word 97 .doc) a site or a crawler read as UTF-8 text and saved so: its
 * signature D0 CF 11 E0 A1 B1 1A E1 loses the bytes that are no UTF-8 and leaves E0 A1 B1, "ࡱ" (U+0871, a Samaritan letter no
 * Chinese page writes), at the start, "ࡱ> …" — then its UTF-16 text read as single bytes, random characters (it was a paragraph).
 */
const oleReadAsText = /^[\s\ufffd\x00-\x1f]{0,6}\u0871/u;

function count(text: string, re: RegExp): number {
  let n = 0;
  for (re.lastIndex = 0; re.exec(text); ) n++;
  return n;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
