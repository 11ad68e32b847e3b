/**
 * Terms inside a coordination: members joined by 、 or 和 under one shared head and one shared tail, written once
 * ("党的二十大和二十届二中、三中全会精神": 二十届 + 二中、三中 + 全会 says 二十届二中全会 and 二十届三中全会; so do
 * 十九届二中、三中、四中、五中全会 and “十三五”、“十四五”规划). Nearly every report of 2024–2026 writes the Party's plenary
 * sessions so, and the term base holds each session whole (new user, round 19: 二十届三中全会 got no note and
 * `glossary check` called it unused).
 *
 * A term is found in a coordination when it is head + member + tail, with the head (not empty) ending where the
 * first member starts and the tail (not empty) starting where the last member ends. Members are of one length
 * (二中、三中、四中: parallel words, as such a coordination writes them) and letters or digits only; every length up to
 * MEMBER is tried, since a list of two says nothing of where its members begin. Without a head ("二中、三中全会")
 * or without a tail, nothing is found that the text does not spell out.
 *
 * The occurrence spans the whole coordination, head to tail: the term is complete only there, and a note marker
 * after the member would cut the name in two (二十届二中、三中⁵全会); the English twin names the sessions together
 * too ("the second and third plenary sessions of the 20th CPC Central Committee"). Its `form` is the member with
 * head and tail, in the text's own characters (二十届三中全会), which the XLIFF hint shows.
 */
import type { RawHits } from './aho-corasick.ts';
import { foldZh } from './fold.ts';

/** Longest member tried (二中: 2, 十四五: 3). */
const MEMBER = 4;

export interface SharedHit {
  /** the pattern (key index) found */
  pattern: number;
  /** key offsets: head start … tail end, the span of the occurrence */
  start: number;
  end: number;
  /** key offsets of the member and of the shared head's end / tail's start */
  member: number;
  memberEnd: number;
  headEnd: number;
  tailStart: number;
}

export type MemberIndex = Map<string, Array<{ pattern: number; at: number }>>;

/** Every inner part of every pattern (not its first or last character) → the patterns and where it sits in them. */
export function memberIndex(keys: readonly string[], usable: (pattern: number) => boolean): MemberIndex {
  const index: MemberIndex = new Map();
  keys.forEach((key, pattern) => {
    if (!usable(pattern) || key.includes(',')) return;
    for (let at = 1; at < key.length - 1; at++) {
      for (let length = 1; length <= MEMBER && at + length < key.length; length++) {
        const member = key.slice(at, at + length);
        const list = index.get(member) ?? [];
        list.push({ pattern, at });
        index.set(member, list);
      }
    }
  });
  return index;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** The terms found as members of coordinations in a folded text (`key`, `map` into `text`). */
export function coordinations(text: string, key: string, map: ArrayLike<number>, keys: readonly string[], index: MemberIndex): SharedHit[] {
  const hits: SharedHit[] = [];
  if (index.size === 0) return hits;
  const separator = (i: number) => (key[i] === ',' && text[map[i]] === '、') || key[i] === '和';
  const memberAt = (from: number, length: number) => {
    if (from < 0 || from + length > key.length) return false;
    for (let i = from; i < from + length; i++) if (separator(i) || !letterOrDigit.test(key[i])) return false;
    return true;
  };
  for (let s = 1; s < key.length - 1; s++) {
    if (!separator(s)) continue;
    for (let length = 1; length <= MEMBER; length++) {
      const first = s - length;
      // a head before the first member; a chain begun at an earlier separator is read from there
      if (first < 1 || separator(first - 1) || !memberAt(first, length)) continue;
      const members = [first];
      let at = s;
      for (;;) {
        if (!memberAt(at + 1, length)) break;
        members.push(at + 1);
        if (!separator(at + 1 + length)) break;
        at += 1 + length;
      }
      if (members.length < 2) continue;
      const tailStart = members[members.length - 1] + length;
      for (const member of members) {
        for (const { pattern, at: inPattern } of index.get(key.slice(member, member + length)) ?? []) {
          const form = keys[pattern];
          const head = form.slice(0, inPattern);
          const tail = form.slice(inPattern + length);
          if (tail.length === 0 || first - head.length < 0) continue;
          if (!key.startsWith(head, first - head.length) || !key.startsWith(tail, tailStart)) continue;
          hits.push({ pattern, start: first - head.length, end: tailStart + tail.length, member, memberEnd: member + length, headEnd: first, tailStart });
        }
      }
    }
  }
  return hits;
}

/** The raw hits with the coordinations' appended (their indices follow the literal hits'). */
export function withHits(raw: RawHits, shared: readonly SharedHit[]): RawHits {
  const count = raw.count + shared.length;
  const grow = (array: Int32Array, values: (h: SharedHit) => number) => {
    const out = new Int32Array(count);
    out.set(array.subarray(0, raw.count));
    shared.forEach((hit, i) => (out[raw.count + i] = values(hit)));
    return out;
  };
  return { count, pattern: grow(raw.pattern, (h) => h.pattern), start: grow(raw.start, (h) => h.start), end: grow(raw.end, (h) => h.end) };
}

/** The term a coordination's member says, in the text's own characters: head, member, tail (二十届三中全会). */
export function expanded(text: string, map: ArrayLike<number>, hit: SharedHit): string {
  let form = '';
  for (const [from, to] of [[hit.start, hit.headEnd], [hit.member, hit.memberEnd], [hit.tailStart, hit.end]]) {
    for (let i = from; i < to; i++) form += text[map[i]];
  }
  return form;
}

/** A matched text as a form of the term: without the quotes and spaces the matching skips (“经营主体” → 经营主体). */
export function printed(text: string): string {
  const { map } = foldZh(text);
  let form = '';
  for (let i = 0; i < map.length; i++) form += text[map[i]];
  return form;
}
