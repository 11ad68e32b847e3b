/**
 * `markup-parity`: the inline formatting a reader sees must survive the
 * translation. A paragraph whose Chinese opens with a bold lead sentence
 * opens with a bold lead sentence in English too (and not the other way
 * round), and a `**` / `__` left as text (an emphasis marker whose partner
 * was dropped, or escaped on import) is an error: it prints as asterisks —
 * unless the Chinese has as many as text (the report's own: a site that
 * prints a name it leaves out as **).
 * The calls of the report's own notes (`[^1]`) a unit makes in Chinese it
 * makes in English, in every kind of unit (a cell, an item, a note …).
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Block, UnitNode } from '../../model/types.ts';
import { mappedText } from '../place.ts';
import type { Rule } from '../types.ts';

const strayMarker = /\*\*|__/;
const strayMarkerAll = /\*\*|__/g;

/** How many `**` / `__` a unit has as text. */
function strayMarkers(node: UnitNode): number {
  let count = 0;
  visit(node, 'text', (text) => {
    count += text.value.match(strayMarkerAll)?.length ?? 0;
  });
  return count;
}

export const markupParityRule: Rule = ({ publication, report }) => {
  const untranslatedNotes = new Set(publication.blocks.filter((b) => b.kind === 'note' && !b.en).map((b) => b.id));
  for (const block of publication.blocks) {
    const en = block.en;
    if (en) noteCallParity(block, en, untranslatedNotes, report);
    if (!en || block.kind !== 'paragraph' || en.type !== 'paragraph') continue;
    const place = en.position?.start ?? { line: block.enLine ?? 1, column: 1 };
    const enLead = opensWithLead(en);
    if (block.lead !== enLead) {
      report({
        ruleId: 'markup-parity',
        file: 'en',
        place,
        reason: block.lead
          ? `Unexpected English of \`${block.id}\` without its bold lead sentence, expected the lead sentence in bold as in the Chinese (“${leadText(block)}”)`
          : `Unexpected bold lead sentence in the English of \`${block.id}\`, expected none: the Chinese opens without one`,
        block,
      });
    }
    const enFile = publication.files.en;
    // A `**` the Chinese has as text is the report's (a site printing a name it left out as **): as many may stay in English.
    let allowed = strayMarkers(block.zh);
    visit(en, 'text', (node) => {
      const match = strayMarker.exec(node.value);
      if (!match) return;
      const count = node.value.match(strayMarkerAll)?.length ?? 0;
      if (count <= allowed) {
        allowed -= count;
        return;
      }
      const mapped = enFile ? mappedText({ type: 'paragraph', children: [node] }, enFile) : undefined;
      report({
        ruleId: 'markup-parity',
        file: 'en',
        place: mapped ? mapped.placeAt(mapped.text.indexOf(match[0])) : (node.position?.start ?? place),
        reason: `Unexpected \`${match[0]}\` as text in the English of \`${block.id}\` (unbalanced emphasis), expected bold or emphasis with both markers, or none`,
        block,
      });
    });
  }
};

/**
 * A call the Chinese makes and the English does not is an error, unless the note itself
 * has no English yet (reported as missing): en.md cannot call a note it does not define.
 */
function noteCallParity(block: Block, en: UnitNode, untranslatedNotes: ReadonlySet<string>, report: Parameters<Rule>[0]['report']): void {
  const zhCalls = noteCalls(block.zh);
  const enCalls = noteCalls(en);
  const pending = new Set(zhCalls.filter((call) => call.noteId !== undefined && untranslatedNotes.has(call.noteId)).map((call) => call.label));
  const place = en.position?.start ?? { line: block.enLine ?? 1, column: 1 };
  for (const label of new Set([...zhCalls, ...enCalls].map((call) => call.label))) {
    const [inZh, inEn] = [zhCalls.filter((c) => c.label === label).length, enCalls.filter((c) => c.label === label).length];
    if (inZh === inEn || (inZh > inEn && pending.has(label))) continue;
    report({
      ruleId: 'markup-parity',
      file: 'en',
      place,
      reason:
        inZh > inEn
          ? `Unexpected English of \`${block.id}\` without the call of note [^${label}], expected it as in the Chinese (“${block.zhText}”): the English editions would not call the note here`
          : `Unexpected call of note [^${label}] in the English of \`${block.id}\`, expected the calls of the Chinese only (“${block.zhText}”)`,
      block,
    });
  }
}

/** The note calls (`[^1]`) of a unit, in order: each label, and the id of the note it calls (resolved at load). */
function noteCalls(node: UnitNode): Array<{ label: string; noteId?: string }> {
  const calls: Array<{ label: string; noteId?: string }> = [];
  visit(node, 'footnoteReference', (call) => {
    calls.push({ label: call.label ?? call.identifier, noteId: call.data?.noteId });
  });
  return calls;
}

function opensWithLead(paragraph: Paragraph): boolean {
  const children = paragraph.children.filter((c: PhrasingContent) => !(c.type === 'text' && c.value.trim() === ''));
  return children[0]?.type === 'strong' && children.length > 1;
}

function leadText(block: Block): string {
  const first = block.zh.children[0];
  return first && 'children' in first ? first.children.map((c) => ('value' in c ? c.value : '')).join('') : '';
}
