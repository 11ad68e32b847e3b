/**
 * A block's inline mdast → sanitized hast, with the edition's glossary term handler.
 * Raw HTML in content is dropped by mdast-util-to-hast (no `allowDangerousHtml`)
 * and the result is then sanitized, so nothing from content can execute.
 */
import type { Element, ElementContent, Root } from 'hast';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { toHast, type Handler } from 'mdast-util-to-hast';
import type { FootnoteReference, PhrasingContent } from 'mdast';
import type { Lang, TermRef, UnitNode } from '../../pipeline/model/types.ts';
import { reportNoteCall } from './report-note.ts';
import { termRefElement, type TermContext } from './term.ts';
import type { TemplateOptions } from './types.ts';

/**
 * Sanitize schema for content: GitHub's default plus one placeholder attribute.
 * TermRef nodes become `<span data-term-ref="i">` first; after sanitizing, the
 * placeholders are replaced by the edition's markup (which is ours, not content).
 */
export const contentSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: 'user-content-',
  tagNames: [...(defaultSchema.tagNames ?? []), 'span'],
  attributes: { ...defaultSchema.attributes, span: ['dataTermRef', 'dataNoteCall'] },
  protocols: { href: ['http', 'https', 'mailto'] },
};

/** Inline hast of one side of a block (`node` is `block.zh` or `block.en`). */
export function inlineContent(node: UnitNode, lang: Lang, blockId: string, options: TemplateOptions): ElementContent[] {
  const refs: TermRef[] = [];
  const termRef: Handler = (state, ref: TermRef) => ({
    type: 'element',
    tagName: 'span',
    properties: { dataTermRef: String(refs.push(ref) - 1) },
    children: state.all(ref) as ElementContent[],
  });
  // A call of one of the report's notes: a placeholder too, replaced after sanitizing (report-note.ts).
  const footnoteReference: Handler = (_state, ref: FootnoteReference) => ({
    type: 'element',
    tagName: 'span',
    properties: { dataNoteCall: ref.data?.noteId ?? '' },
    children: [],
  });
  const tree = toHast({ type: 'paragraph', children: node.children as PhrasingContent[] }, { handlers: { termRef, footnoteReference } });
  const clean = sanitize({ type: 'root', children: tree ? [tree as ElementContent] : [] } as Root, contentSchema) as Root;
  const paragraph = clean.children[0] as Element | undefined;
  const context = { lang, blockId, options, seen: new Set<string>() };
  const children = replaceRefs((paragraph?.children ?? []) as ElementContent[], refs, context);
  markLead(node, children);
  return children;
}

function replaceRefs(nodes: ElementContent[], refs: TermRef[], context: TermContext): ElementContent[] {
  return nodes.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    const index = child.properties.dataTermRef;
    const children = replaceRefs(child.children, refs, context);
    if (child.tagName === 'span' && index !== undefined && refs[Number(index)]) return termRefElement(refs[Number(index)], children, context);
    if (child.tagName === 'span' && child.properties.dataNoteCall !== undefined) return reportNoteCall(String(child.properties.dataNoteCall), context);
    return [{ ...child, children }];
  });
}
/** A lead sentence (first child `strong` followed by more text) gets class `lead`. */
function markLead(node: UnitNode, children: ElementContent[]): void {
  if (node.type !== 'paragraph' || node.children[0]?.type !== 'strong' || node.children.length < 2) return;
  const first = children[0];
  if (first?.type === 'element' && first.tagName === 'strong') first.properties = { ...first.properties, className: ['lead'] };
}
