/**
 * Character forms of Chinese text, each one UTF-16 unit for one, so that an index
 * into the mapped copy is an index into the original:
 *
 * - traditional → simplified, for the characters Duizhao's patterns read: ingest's
 *   boilerplate, metadata and title keywords (首頁, 閱讀, 版權所有, 索引號 …, so one set
 *   of patterns recognises Big5 pages) and the number check's words (萬 億 兩, 全會 屆
 *   個百分點 餘 幾). Used on a probe copy: the text itself is never converted.
 * - full-width figures and Latin letters → ASCII (６８．９万 → 68.9万): Chinese
 *   typesetting sets them half-width (GB/T 15835), ingest writes them so, and the
 *   number check reads a page's full-width figures as figures.
 */
import { openccTable } from './opencc.ts';

/**
 * Traditional → simplified, one UTF-16 unit for one: OpenCC's character table (TSCharacters, its first candidate; the
 * glossary's folding reads the same table), whose single-character pairs are the whole of it but for a few characters
 * outside the Basic Multilingual Plane. It had been a hand list of the ~150 characters the patterns named (首頁, 閱讀,
 * 索引號 …); a 中新社 story's "北京三月十五日電" (the lead's blind pages, stop 44) showed a hand list is never whole.
 */
let traditional: { map: Map<string, string>; pattern: RegExp } | undefined;

function traditionalForms(): { map: Map<string, string>; pattern: RegExp } {
  if (!traditional) {
    const map = new Map<string, string>();
    for (const [from, to] of openccTable('TSCharacters.txt')) {
      if (from.length === 1 && to[0].length === 1 && to[0] !== from) map.set(from, to[0]);
    }
    traditional = { map, pattern: new RegExp(`[${[...map.keys()].join('')}]`, 'g') };
  }
  return traditional;
}

export function toSimplified(text: string): string {
  const { map, pattern } = traditionalForms();
  return text.replace(pattern, (char) => map.get(char)!);
}

const fullWidth = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
/** The full-width point between two figures (６８．９ once its digits are ASCII). */
const fullWidthPoint = /(?<=\d)\uff0e(?=\d)/g;

/**
 * Full-width digits and Latin letters as ASCII, and a full-width point between
 * figures as '.'; `changed` is called once for each character replaced.
 */
export function toHalfWidth(text: string, changed: () => void = () => undefined): string {
  if (!/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(text)) return text;
  return text
    .replace(fullWidth, (char) => {
      changed();
      return String.fromCharCode(char.charCodeAt(0) - 0xfee0);
    })
    .replace(fullWidthPoint, () => {
      changed();
      return '.';
    });
}
