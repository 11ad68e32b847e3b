/**
 * The EPUB's stylesheets: the shared typography layer (templates/styles/base.css)
 * and the EPUB layer (templates/styles/epub.css). Two modern features are
 * lowered here, because several reading systems (and EPUBCheck's CSS parser)
 * predate them: custom properties are resolved and `:is()` selector lists are
 * expanded (an engine without `:is()` drops the whole rule). Everything else is
 * passed through unchanged.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface Stylesheet {
  id: string;
  /** Relative to the package document. */
  href: string;
  css: string;
}

const STYLES = fileURLToPath(new URL('../../../templates/styles/', import.meta.url));

export async function epubStylesheets(): Promise<Stylesheet[]> {
  const out: Stylesheet[] = [];
  const vars = new Map<string, string>();
  for (const name of ['base', 'epub']) {
    const file = `${STYLES}${name}.css`;
    if (!existsSync(file)) {
      if (name === 'epub') throw new Error(`Missing the EPUB stylesheet ${file}`);
      continue;
    }
    const css = await readFile(file, 'utf8');
    out.push({ id: `css-${name}`, href: `styles/${name}.css`, css: expandIs(resolveCustomProperties(css, vars)) });
  }
  return out;
}

/**
 * Replace `var(--x)` / `var(--x, fallback)` with the value declared for `--x`
 * in a `:root` rule (later declarations win), and drop the declarations.
 * Values that differ per media query or selector are not resolved: only
 * `:root` declarations outside at-rules are read.
 */
export function resolveCustomProperties(css: string, vars: Map<string, string>): string {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const rule of withoutComments.matchAll(/(^|})\s*:root\s*{([^}]*)}/g)) {
    for (const decl of rule[2].matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) vars.set(decl[1], decl[2].trim());
  }
  const substitute = (value: string, depth = 0): string =>
    depth > 8
      ? value
      : value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g, (_, name: string, fallback?: string) =>
          substitute(vars.get(name) ?? fallback?.trim() ?? 'initial', depth + 1),
        );
  return substitute(withoutComments.replace(/(--[\w-]+)\s*:\s*[^;{}]+;?/g, ''))
    .replace(/:root\s*{\s*}/g, '')
    .replace(/\n{3,}/g, '\n\n');
}

/** `:is(a, b) c` → `a c, b c`, in every rule's selector list (at-rule preludes are left alone). */
export function expandIs(css: string): string {
  return css.replace(/(^|[{};])([^{};@]+)\{/g, (whole, before: string, prelude: string) => {
    if (!prelude.includes(':is(')) return whole;
    const lead = /^\s*/.exec(prelude)![0];
    const selectors = splitTopLevel(prelude).flatMap(expandSelector);
    return `${before}${lead}${selectors.join(',\n')} {`;
  });
}

function expandSelector(selector: string): string[] {
  const at = selector.indexOf(':is(');
  if (at < 0) return [selector.trim()];
  let depth = 0;
  let end = at + 3;
  for (; end < selector.length; end++) {
    if (selector[end] === '(') depth++;
    else if (selector[end] === ')' && --depth === 0) break;
  }
  const inner = selector.slice(at + 4, end);
  return splitTopLevel(inner).flatMap((alt) => expandSelector(selector.slice(0, at) + alt.trim() + selector.slice(end + 1)));
}

function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.filter((p) => p.trim() !== '');
}
