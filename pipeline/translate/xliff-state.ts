/**
 * Segment states. The `xliff` library models units (source, target, notes)
 * but not the `state`/`subState` attributes XLIFF 2.0 puts on `<segment>`,
 * so they are set and read here on the same XML through xml-js (the
 * library's own XML layer).
 */
import { js2xml, xml2js, type Element } from 'xml-js';
import type { EnState } from '../model/types.ts';

export type SegmentState = 'initial' | 'translated' | 'reviewed' | 'final';
/** subState marking a machine-translation draft (XLIFF 2.0 §4.3.1.45: `prefix:value`). */
export const mtSubState = 'duizhao:mt';

export interface UnitState {
  state: SegmentState;
  subState?: string;
}

export function toSegmentState(en: EnState | undefined): UnitState {
  if (en === undefined) return { state: 'initial' };
  if (en === 'mt') return { state: 'initial', subState: mtSubState };
  return { state: en };
}

export function fromSegmentState(unit: UnitState | undefined): EnState {
  if (unit?.subState === mtSubState) return 'mt';
  if (unit?.state === 'reviewed' || unit?.state === 'final') return 'reviewed';
  return 'translated';
}

/** Add `state`/`subState` to each unit's `<segment>`. */
export function setSegmentStates(xml: string, states: ReadonlyMap<string, UnitState>): string {
  const doc = xml2js(xml, { compact: false }) as Element;
  for (const unit of units(doc)) {
    const state = states.get(String(unit.attributes?.id));
    const segment = unit.elements?.find((e) => e.name === 'segment');
    if (!state || !segment) continue;
    segment.attributes = { state: state.state, ...(state.subState ? { subState: state.subState } : {}) };
  }
  doc.declaration = { attributes: { version: '1.0', encoding: 'UTF-8' } };
  protectTexts(doc);
  return js2xml(doc, { spaces: 2 });
}

/**
 * xml-js turns a literal `&amp;` in text into `&` before escaping (its
 * "desanitize", lib/js2xml.js writeText), which would lose `&amp;` written in
 * Markdown. Doubling it first makes the written XML decode to the original.
 */
export function protectAmp(text: string): string {
  return text.replace(/&amp;/g, '&amp;amp;');
}

function protectTexts(node: Element): void {
  for (const child of node.elements ?? []) {
    if (child.type === 'text' && typeof child.text === 'string') child.text = protectAmp(child.text);
    else protectTexts(child);
  }
}

/** The state of every unit, by id (file id → unit id). */
export function readSegmentStates(xml: string): Map<string, UnitState> {
  const doc = xml2js(xml, { compact: false }) as Element;
  const states = new Map<string, UnitState>();
  for (const unit of units(doc)) {
    const segment = unit.elements?.find((e) => e.name === 'segment');
    const state = segment?.attributes?.state;
    if (typeof state !== 'string') continue;
    const subState = segment?.attributes?.subState;
    states.set(String(unit.attributes?.id), { state: state as SegmentState, subState: typeof subState === 'string' ? subState : undefined });
  }
  return states;
}

function* units(node: Element): Generator<Element> {
  for (const child of node.elements ?? []) {
    if (child.name === 'unit') yield child;
    else yield* units(child);
  }
}
