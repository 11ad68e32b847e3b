/**
 * What a CAT tool's own bilingual file is read against when it names units and tags its own way (Trados's
 * `.sdlxliff`, sdlxliff.ts; Phrase's `.mxliff`, mxliff.ts): the report's units, found by their Chinese, and the
 * XLIFF markup a tool keeps of the export's inline codes.
 */
import type { Element } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import type { InlinePlaceholder, InlineSpan } from './inline.ts';
import { attribute } from './xml.ts';

/** What import knows of a unit of the report: its id, its Chinese as plain text, its codes in order. */
export interface ReportUnit {
  id: string;
  text: string;
  codes: ReadonlyArray<InlineSpan | InlinePlaceholder>;
}

/**
 * The report's units by their Chinese: `find` gives the first unit with that text (spacing aside) not taken yet,
 * from where the last one was found (then from the start) — a file holding part of the report, two cells reading
 * — — or the unit whose id is the report's, taken as it is.
 */
export class ReportUnitFinder {
  private readonly byText = new Map<string, number[]>();
  private readonly byId: Map<string, number>;
  private readonly taken = new Set<number>();
  private next = 0;

  constructor(readonly units: readonly ReportUnit[]) {
    units.forEach((unit, index) => {
      const key = plain(unit.text);
      this.byText.set(key, [...(this.byText.get(key) ?? []), index]);
    });
    this.byId = new Map(units.map((unit, index) => [unit.id, index] as const));
  }

  /** Whether some unit not taken yet has this Chinese (nothing is taken). */
  has(text: string): boolean {
    return (this.byText.get(plain(text)) ?? []).some((i) => !this.taken.has(i));
  }

  /** The unit with this id, or else the first with this Chinese not taken yet; it is taken. */
  find(text: string, id?: string): ReportUnit | undefined {
    const own = id === undefined ? undefined : this.byId.get(id);
    const free = (this.byText.get(plain(text)) ?? []).filter((i) => !this.taken.has(i));
    const index = own ?? free.find((i) => i >= this.next) ?? free[0];
    if (index === undefined) return undefined;
    this.taken.add(index);
    this.next = index + 1;
    return this.units[index];
  }
}

/**
 * The report a CAT tool's file is for: the file the tool was given (`<file original>`), `C:\…\<slug>.xlf`
 * (Windows or POSIX path), named without folder and extension (Trados, Phrase).
 */
export function originalSlug(original: string | undefined): string | undefined {
  const name = original?.split(/[\\/]/).pop();
  return name ? name.replace(/(\.(xlf|xliff|sdlxliff))+$/i, '') : undefined;
}

/** Text compared to find a unit: no white space at all (a tool and the export may space a unit differently). */
export function plain(text: string): string {
  return text.replace(/\s+/g, '').normalize('NFC');
}

/** The attributes of an XLIFF 1.2 `<g …>` or `<x …/>` written as text (a tool's record of the export's code), or undefined. */
export function xliffElement(text: string): Record<string, string> | undefined {
  const match = /^\s*<(g|x)\s[^<>]*>\s*$/.exec(text);
  if (!match) return undefined;
  try {
    const element = fromXml(match[1] === 'g' && !/\/>\s*$/.test(text) ? `${text}</g>` : text).children.find((c): c is Element => c.type === 'element');
    if (!element || attribute(element, 'id') === undefined) return undefined;
    return Object.fromEntries(Object.entries(element.attributes).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return undefined;
  }
}
