/**
 * The EPUB's stylesheets: the shared typography layer (templates/styles/base.css)
 * and the EPUB layer (templates/styles/epub.css). Modern features are
 * lowered here, because several reading systems (and EPUBCheck's CSS parser)
 * predate them: custom properties are resolved, the `calc()` of constants they
 * leave is computed (postcss-calc: `calc(1.45 * 1em)` → `1.45em`, the heading scales
 * of base.css), and `:is()` / `:where()` selector lists are expanded (an engine
 * without them drops the whole rule; EPUBCheck refuses `:where()`, CSS-008). The
 * EPUB has no print.css whose specificity `:where()` keeps below. All work on the
 * syntax tree (postcss, postcss-value-parser, postcss-selector-parser);
 * everything else is passed through unchanged, whitespace included.
 */
import postcss, { type ChildNode, type Root } from 'postcss';
import postcssCalc from 'postcss-calc';
import selectorParser from 'postcss-selector-parser';
import valueParser from 'postcss-value-parser';
import type { HanTag } from '../../../templates/font-usage.ts';

export interface Stylesheet {
  id: string;
  /** Relative to the package document. */
  href: string;
  css: string;
}

/**
 * The templates' stylesheets (stylesheets.ts reads them, in order) lowered for the EPUB of a report whose Chinese is in
 * `han`; custom properties carry from one to the next.
 */
export function lowerStylesheets(sources: ReadonlyArray<{ name: string; css: string }>, han: HanTag = 'zh-Hans'): Stylesheet[] {
  const vars = new Map<string, string>();
  return sources.map(({ name, css }) => ({ id: `css-${name}`, href: `styles/${name}.css`, css: expandIs(resolveCustomProperties(css, vars, han)) }));
}

/**
 * Replace `var(--x)` / `var(--x, fallback)` with the value declared for `--x`
 * in a top-level `:root` rule (later declarations win; `vars` carries them
 * from one stylesheet to the next), and drop comments and custom property
 * declarations (and the `:root` rules they leave empty); a `calc()` left with
 * constants only is computed (one that mixes units, `calc(100% - 2em)`, stays). Values that differ
 * per media query or selector are not resolved: only top-level `:root` rules
 * are read — and, in the book of a report in traditional characters (`han` zh-Hant), the
 * `:root[data-han='zh-Hant']` rule after them (its Chinese faces); other books drop that rule.
 */
export function resolveCustomProperties(css: string, vars: Map<string, string>, han: HanTag = 'zh-Hans'): string {
  const root = postcss.parse(css);
  root.walkComments((comment) => removeKeepingSpace(comment));
  for (const node of [...root.nodes]) {
    if (node.type !== 'rule') continue;
    // The root of a report in traditional characters (base.css: `:root[data-han='zh-Hant']`, its Chinese faces) is
    // the book's root when the book is one; its declarations are custom properties only, removed below.
    const hanRoot = HAN_ROOT.test(node.selector);
    if (hanRoot && han !== 'zh-Hant') {
      removeKeepingSpace(node);
      continue;
    }
    if (node.selector !== ':root' && !hanRoot) continue;
    node.each((child) => {
      if (child.type === 'decl' && child.prop.startsWith('--')) vars.set(child.prop, child.value.trim());
    });
  }
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--')) removeKeepingSpace(decl);
    else if (decl.value.includes('var(')) decl.value = substitute(decl.value, vars);
  });
  root.walkRules((rule) => {
    if ((rule.selector === ':root' || HAN_ROOT.test(rule.selector)) && (rule.nodes?.length ?? 0) === 0) removeKeepingSpace(rule);
  });
  return withParagraphBreaks(calc.process(root, { from: undefined }).root).toString();
}

/** base.css's root of a report in traditional characters, `:root[data-han='zh-Hant']` (its Chinese faces). */
const HAN_ROOT = /^:root\[data-han=(['"]?)zh-Hant\1\]$/;

/** Ten decimals: `calc(0.75em / 1.45)` as `0.5172413793em`, which a reader sizes exactly as the division (five gave 11.99997px for 12px). */
const calc = postcss([postcssCalc({ precision: 10 })]);

/** `var()` calls of a value replaced by what they stand for (at most 8 levels deep). */
function substitute(value: string, vars: Map<string, string>, depth = 0): string {
  if (depth > 8) return value;
  const parsed = valueParser(value);
  parsed.walk((node) => {
    if (node.type !== 'function' || node.value !== 'var') return;
    const [name, ...rest] = node.nodes;
    const comma = rest.findIndex((n) => n.type === 'div' && n.value === ',');
    const fallback = comma >= 0 ? valueParser.stringify(rest.slice(comma + 1)).trim() : undefined;
    const replacement = substitute(vars.get(name?.value ?? '') ?? fallback ?? 'initial', vars, depth + 1);
    Object.assign(node, { type: 'word', value: replacement, nodes: undefined });
    return false;
  });
  return valueParser.stringify(parsed.nodes);
}

/** Remove a node but keep the whitespace before it (the source's line breaks stay where they were). */
function removeKeepingSpace(node: ChildNode): void {
  const before = node.raws.before ?? '';
  const next = node.next();
  const parent = node.parent;
  const after = next?.raws.before ?? parent?.raws.after ?? '';
  // Removed first: postcss hands a removed first statement's spacing to the next one.
  node.remove();
  if (next) next.raws.before = before + after;
  else if (parent) parent.raws.after = before + after;
}

/** At most one blank line between statements (removed declarations leave their lines behind). */
function withParagraphBreaks(root: Root): Root {
  const squeeze = (text: string | undefined) => text?.replace(/\n{3,}/g, '\n\n');
  root.raws.after = squeeze(root.raws.after);
  root.walk((node) => {
    node.raws.before = squeeze(node.raws.before);
    if ('after' in node.raws) node.raws.after = squeeze(node.raws.after as string);
  });
  return root;
}

/** `:is(a, b) c` (or `:where(a, b) c`) → `a c, b c`, in every rule's selector list (at-rule preludes are left alone). */
export function expandIs(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (!lowered.test(rule.selector)) return;
    rule.selector = rule.selectors.flatMap(expandSelector).join(',\n');
    rule.raws.between = ' ';
  });
  return root.toString();
}

const lowered = /:(?:is|where)\(/;

/** Stands for the `:is()` being expanded while the rest of its selector is printed once. */
const SLOT = '\u0000is\u0000';

/**
 * One selector with its first `:is()` replaced by each of its alternatives, recursively.
 * The selector around it is printed once with a slot for the alternatives (cloning the
 * tree for each alternative was ~0.1 s of every EPUB, for 14 rules).
 */
function expandSelector(selector: string): string[] {
  if (!lowered.test(selector)) return [selector.trim()];
  const ast = selectorParser().astSync(selector.trim());
  let found: selectorParser.Pseudo | undefined;
  ast.walkPseudos((pseudo) => {
    if (pseudo.value === ':is' || pseudo.value === ':where') {
      found = pseudo;
      return false;
    }
  });
  if (!found) return [selector.trim()];
  const alternatives = found.nodes.map((alternative) => alternative.toString().trim());
  found.replaceWith(selectorParser.string({ value: SLOT }));
  const around = ast.toString();
  return alternatives.flatMap((inner) => expandSelector(around.replace(SLOT, () => inner)));
}
