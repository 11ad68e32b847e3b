/**
 * Reading the inline content of one XLIFF `<source>`/`<target>` into Inline
 * (inline.ts), codes resolved against the source's (xliff-doc.ts resolveSpan):
 * what the 1.2 and 2.0 readers share. The walk, text, the paired code (`<g>`,
 * `<pc>`), placeholders (`<x/>`, `<ph/>`), `<mrk>` read through, and the messages
 * refusing an unknown code or a split pair left open are here; each version
 * says where a code's Markdown is and reads its other elements (split pairs
 * `<bx/>`/`<ex/>`, `<bpt>`/`<ept>`, `<sc/>`/`<ec/>`, `<cp>` …).
 */
import type { Element, ElementContent } from 'xast';
import type { VFile } from 'vfile';
import type { Inline, InlineSpan } from './inline.ts';
import { resolvePlaceholder, resolveSpan, type CodeHint, type SourceCodes } from './xliff-doc.ts';
import { attribute, placeOf, refuse } from './xml.ts';

/** A split pair's start left open, where it stands. */
export interface OpenCode {
  span: InlineSpan;
  where: Element;
}

export abstract class InlineReader {
  constructor(
    protected readonly file: VFile,
    protected readonly unitId: string,
  ) {}

  /** The element of a paired code: `g` (1.2), `pc` (2.0). */
  protected abstract readonly pairedName: string;
  /** The elements of a placeholder: `x`, `ph` (1.2), `ph` (2.0). */
  protected abstract readonly placeholderNames: readonly string[];
  /** The elements the content may hold, for the message refusing another. */
  protected abstract readonly expected: string;
  /** The attribute naming a code's kind and examples of kinds, for the message refusing an unknown code. */
  protected abstract readonly kindAttribute: string;
  protected abstract readonly kindExamples: string;

  /** Where the file says what a paired code or a placeholder is. */
  protected abstract hint(node: Element, id: string, code: 'paired' | 'placeholder'): CodeHint;

  /** The version's other elements: true when `node` was read, false when it is none of them (refused). */
  protected abstract other(node: Element, id: string, stack: SpanStack<Element>, codes: SourceCodes): boolean;

  /** The message for a split pair opened and never closed. */
  protected abstract unclosedReason(open: OpenCode): string;

  read(element: Element | undefined, codes: SourceCodes): Inline[] {
    if (!element) return [];
    const stack = new SpanStack<Element>();
    const walk = (nodes: ElementContent[]) => {
      for (const node of nodes) {
        if (node.type === 'text') stack.push({ type: 'text', value: node.value });
        if (node.type !== 'element') continue;
        const id = attribute(node, 'id') ?? '';
        if (node.name === this.pairedName) {
          const span = resolveSpan(this.hint(node, id, 'paired'), codes, []);
          if (!span) throw this.unknown(node);
          const unclosed = stack.paired(span, node, () => walk(node.children));
          if (unclosed) throw this.unclosed(unclosed);
        } else if (this.placeholderNames.includes(node.name)) {
          const ph = resolvePlaceholder(this.hint(node, id, 'placeholder'), codes);
          if (!ph) throw this.unknown(node);
          stack.push(ph);
        } else if (node.name === 'mrk') walk(node.children);
        else if (!this.other(node, id, stack, codes)) {
          throw refuse(this.file, `Unexpected \`<${node.name}>\` in unit \`${this.unitId}\`, expected ${this.expected}`, placeOf(node), 'xliff-inline');
        }
      }
    };
    walk(element.children);
    const read = stack.finish();
    if ('unclosed' in read) throw this.unclosed(read.unclosed);
    return read.inline;
  }

  /** A code the reader cannot convert: no code of that id in the source, and a kind it does not know. */
  protected unknown(node: Element): Error {
    return refuse(
      this.file,
      `Cannot convert \`<${node.name} id="${attribute(node, 'id')}">\` in unit \`${this.unitId}\`: no code with this id in the source and no known ${this.kindAttribute}, expected a code of the source (${this.kindExamples} …)`,
      placeOf(node),
      'xliff-inline',
    );
  }

  /** A misplaced end of a split pair, refused at its place. */
  protected misplaced(node: Element, reason: string): Error {
    return refuse(this.file, reason, placeOf(node), 'xliff-inline');
  }

  private unclosed(open: OpenCode): Error {
    return refuse(this.file, this.unclosedReason(open), placeOf(open.where), 'xliff-inline');
  }
}

/**
 * The open codes of one `<source>`/`<target>` while it is read, innermost last:
 * what both XLIFF readers share. A paired code (`<g>`, `<pc>`) is opened, its
 * children read, and closed; a split pair (`<bx/>…<ex/>`, `<sc/>…<ec/>`) is
 * opened by its start element and closed by its end element, which must close
 * the innermost open one.
 */
export class SpanStack<Where> {
  private readonly root: InlineSpan = { type: 'span', id: '', kind: 'root', start: '', end: '', children: [] };
  private readonly open: Array<{ span: InlineSpan; where: Where }> = [];

  /** Text, a placeholder or a closed span, added to the innermost open span. */
  push(item: Inline): void {
    (this.open.at(-1)?.span ?? this.root).children.push(item);
  }

  /**
   * A paired code: `readChildren` fills it, then it is added where it stands.
   * Returns the start of a split pair opened inside it and left open (the caller
   * refuses at its place), or undefined.
   */
  paired(span: InlineSpan, where: Where, readChildren: () => void): { span: InlineSpan; where: Where } | undefined {
    this.open.push({ span, where });
    readChildren();
    const top = this.open.at(-1)!;
    if (top.span !== span) return top;
    this.open.pop();
    this.push(span);
    return undefined;
  }

  /** The start of a split pair. */
  start(span: InlineSpan, where: Where): void {
    this.open.push({ span, where });
  }

  /** The end of a split pair: closes the innermost open span when `matches` its start; false (nothing changed) otherwise. */
  end(matches: (start: Where) => boolean): boolean {
    const top = this.open.at(-1);
    if (!top || !matches(top.where)) return false;
    this.open.pop();
    this.push(top.span);
    return true;
  }

  /** The read content, or the start of a split pair left open (the caller refuses at its place). */
  finish(): { inline: Inline[] } | { unclosed: { span: InlineSpan; where: Where } } {
    const unclosed = this.open.at(-1);
    return unclosed ? { unclosed } : { inline: this.root.children };
  }
}
