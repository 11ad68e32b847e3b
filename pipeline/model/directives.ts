/**
 * remark-directive reads `:name` anywhere in running text as a text directive
 * (and `::name` at the start of a line as a leaf directive); only the
 * `:::box` container is part of the content format. Everything else goes back
 * to the text it was written as, so `比例:A类` or `ratio:Type A` keep every word.
 */
import type { Parent, Root, RootContent } from 'mdast';

export function restoreInlineDirectives(tree: Root, source: string): void {
  const walk = (parent: Parent) => {
    parent.children = (parent.children as RootContent[]).map((child): RootContent => {
      if (child.type === 'textDirective' || child.type === 'leafDirective') {
        const start = child.position?.start.offset;
        const end = child.position?.end.offset;
        const value = start !== undefined && end !== undefined ? source.slice(start, end) : `:${child.name}`;
        const text = { type: 'text' as const, value, position: child.position };
        return child.type === 'leafDirective' ? { type: 'paragraph', children: [text], position: child.position } : text;
      }
      if ('children' in child) walk(child as Parent);
      return child;
    }) as Parent['children'];
    mergeTexts(parent);
  };
  walk(tree);
}

/** Adjacent text nodes (a restored directive between two texts) become one, as the parser would have made them. */
function mergeTexts(parent: Parent): void {
  const out: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    const previous = out[out.length - 1];
    if (child.type === 'text' && previous?.type === 'text') {
      out[out.length - 1] = {
        type: 'text',
        value: previous.value + child.value,
        position: previous.position && child.position ? { start: previous.position.start, end: child.position.end } : undefined,
      };
    } else out.push(child);
  }
  parent.children = out as Parent['children'];
}
