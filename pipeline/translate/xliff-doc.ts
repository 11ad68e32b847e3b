/**
 * The exchange document both XLIFF versions write and read: units with
 * inline content (inline.ts), notes, glossary terms and memory matches.
 */
import type { EnState } from '../model/types.ts';
import { knownCodes, placeholderKind, spanKind, type Inline, type InlinePlaceholder, type InlineSpan } from './inline.ts';
import type { UnitTerm } from './units.ts';
import type { UnitState } from './xliff-state.ts';

export type XliffVersion = '1.2' | '2.0';

/**
 * A character of Chinese writing: Han, or CJK or full-width punctuation (〔1〕 is Chinese still, to be
 * translated as [1]). A unit's text with none is no Chinese (a figure: 2.3, —); a space beside one is layout.
 */
export const chineseCharacter = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

export interface UnitMatch {
  /** 0–100 */
  similarity: number;
  /** where the match comes from (memory file, report slug) */
  origin: string;
  source: Inline[];
  target: Inline[];
}

export interface XliffUnit {
  id: string;
  notes: string[];
  terms: UnitTerm[];
  source: Inline[];
  target?: Inline[];
  state: UnitState;
  matches: UnitMatch[];
}

export interface XliffDoc {
  slug: string;
  srcLang: string;
  trgLang: string;
  units: XliffUnit[];
}

/** A unit as read back: segments joined, codes resolved. */
export interface ReadUnit {
  id: string;
  source: Inline[];
  /** undefined when no segment has a target */
  target?: Inline[];
  state: EnState;
  /** true when the 1.2 target is the exported copy of the source (OmegaT needs one) */
  untranslated: boolean;
  /** read from a PO entry (translate-toolkit's po2xliff): its target has no inline codes, xliff2po flattened them */
  fromPo?: boolean;
  place?: { line: number; column: number };
}

export interface ReadDoc {
  version: XliffVersion;
  slug?: string;
  srcLang?: string;
  trgLang?: string;
  units: ReadUnit[];
  /** where the (first) `<file>` element is, for messages about the whole file */
  place?: ReadUnit['place'];
}

/** What a file says about one inline code. */
export interface CodeHint {
  id: string;
  /** Markdown carried by the file (2.0 originalData, 1.2 `dz:` attributes) */
  start?: string;
  end?: string;
  data?: string;
  /** kind named by the file's own vocabulary (`xlf:b`, `ctype="bold"`) */
  named?: string;
}

export type SourceCodes = ReadonlyMap<string, InlineSpan | InlinePlaceholder>;

/**
 * A span from what the file says: its own Markdown, else the source code
 * with the same id, else the common code its type names. Undefined: not
 * convertible (the caller refuses with the element's position).
 */
export function resolveSpan(hint: CodeHint, codes: SourceCodes, children: Inline[]): InlineSpan | undefined {
  if (hint.start !== undefined && hint.end !== undefined) {
    const kind = spanKind(hint.start, hint.end);
    if (kind) return { type: 'span', id: hint.id, kind, start: hint.start, end: hint.end, children };
  }
  const same = codes.get(hint.id);
  if (same?.type === 'span') return { ...same, children };
  const known = hint.named ? knownCodes[hint.named] : undefined;
  if (known && 'start' in known) return { type: 'span', id: hint.id, kind: hint.named!, ...known, children };
  return undefined;
}

export function resolvePlaceholder(hint: CodeHint, codes: SourceCodes): InlinePlaceholder | undefined {
  if (hint.data !== undefined) {
    // (an attribute value has its line breaks normalized to spaces by XML: a `\\\n` break then falls through to its id or type)
    const kind = placeholderKind(hint.data);
    if (kind) return { type: 'ph', id: hint.id, kind, data: hint.data };
  }
  const same = codes.get(hint.id);
  if (same?.type === 'ph') return same;
  const known = hint.named ? knownCodes[hint.named] : undefined;
  if (known && 'data' in known) return { type: 'ph', id: hint.id, kind: hint.named!, data: known.data };
  return undefined;
}

/** Segments' inline content joined into a unit's: English needs a space between sentences, Chinese none. */
export function joinSegments(pieces: Inline[][], lang: string | undefined): Inline[] {
  const spaced = !/^(zh|ja|ko)\b/i.test(lang ?? 'en');
  const result: Inline[] = [];
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    const separator: Inline[] = spaced && result.length > 0 && !/\s$/.test(edgeText(result, 'end')) && !/^\s/.test(edgeText(piece, 'start')) ? [{ type: 'text', value: ' ' }] : [];
    for (const item of [...separator, ...piece]) {
      const last = result[result.length - 1];
      if (item.type === 'text' && last?.type === 'text') result[result.length - 1] = { type: 'text', value: last.value + item.value };
      else result.push(item);
    }
  }
  return result;
}

function edgeText(inline: Inline[], side: 'start' | 'end'): string {
  const item = side === 'start' ? inline[0] : inline[inline.length - 1];
  if (!item) return '';
  if (item.type === 'text') return item.value;
  if (item.type === 'span') return edgeText(item.children, side);
  return 'x';
}
