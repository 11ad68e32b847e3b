/**
 * A page saved as Markdown (a web clipper's .md, an answer copied with its marks: "### 一、…", "- **…**：…"): read with
 * remark (CommonMark, GFM tables, CJK-friendly emphasis) and given to the HTML path as the HTML it means — headings,
 * bold lead sentences, lists, tables — instead of as text whose marks would be escaped into the report ("\###", "\*\*").
 * Each top-level block of the HTML starts on the line its Markdown starts on, so the messages' lines are the file's.
 * A clipper's YAML front matter is the clipper's record of the page, not the page: its `title` is printed as the page's
 * heading (a line of the page), the rest left out and said (`FrontMatterNote`).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { SOURCE } from './messages.ts';

/** A Markdown file by its name. */
export const isMarkdownName = (fileName: string) => /\.(?:md|markdown|mdown|mkd)$/i.test(fileName);

const parser = unified().use(remarkParse).use(remarkCjkFriendly).use(remarkGfm, { singleTilde: false }).use(remarkFrontmatter, ['yaml']);

export interface MarkdownPage {
  /** The HTML, each top-level block on its Markdown line. */
  html: string;
  /** The front matter's keys left out (all but `title`), with its first line; undefined without front matter. */
  frontMatter?: { line: number; keys: string[] };
}

/**
 * A paragraph's line breaks kept as breaks: a page saved as Markdown keeps its lines, and whether two lines are one
 * sentence wrapped or two lines of the page ("回答时间：2024-08-07" over "以下是…") is for the ingest's line reading to
 * tell, as it does for a page's text (CommonMark would make them one paragraph, joined by a space).
 */
function keepLineBreaks(node: Nodes): void {
  if (!('children' in node)) return;
  node.children = (node.children as Nodes[]).flatMap((child): Nodes[] => {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      keepLineBreaks(child);
      return [child];
    }
    return child.value.split('\n').flatMap((value, i): Nodes[] => (i === 0 ? [{ type: 'text', value }] : [{ type: 'break' }, { type: 'text', value }]));
  }) as never;
}

/** The HTML of one top-level node (a raw HTML block as it is). */
function blockHtml(node: RootContent): string {
  if (node.type === 'html') return node.value;
  keepLineBreaks(node);
  return toHtml(toHast(node, { allowDangerousHtml: true }), { allowDangerousHtml: true });
}

export function markdownToHtml(text: string): MarkdownPage {
  const tree = parser.parse(text) as Root;
  const out: string[] = ['<!doctype html><html><body>'];
  /** The line the output is on (1-based). */
  let line = 1;
  let frontMatter: MarkdownPage['frontMatter'];
  const at = (target: number) => {
    while (line < target) {
      out.push('\n');
      line++;
    }
  };
  for (const node of tree.children) {
    const start = node.position?.start.line ?? line;
    at(start);
    let html: string;
    if (node.type === 'yaml') {
      let data: unknown;
      try {
        data = parseYaml(node.value);
      } catch {
        data = undefined;
      }
      const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
      const title = typeof record.title === 'string' ? record.title.trim() : '';
      frontMatter = { line: start, keys: Object.keys(record).filter((k) => k !== 'title') };
      if (!data || typeof data !== 'object') frontMatter.keys = ['(unreadable YAML)'];
      // (written as a Markdown heading of the page would be: one serializer, its escaping)
      html = title ? blockHtml({ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] }) : '';
    } else html = blockHtml(node);
    out.push(html);
    line += (html.match(/\n/g) ?? []).length;
  }
  out.push('</body></html>\n');
  return { html: out.join(''), frontMatter };
}

/** The front matter's record left out, said at its line (its title is kept as the page's heading). */
export function sayMarkdownFrontMatter(file: VFile, page: MarkdownPage): void {
  if (!page.frontMatter || page.frontMatter.keys.length === 0) return;
  file.info(`Read the Markdown file's front matter as a clipper's record of the page, not its text: its title kept as the page's heading; left out: ${page.frontMatter.keys.join(', ')}`, {
    place: { line: page.frontMatter.line, column: 1 },
    ruleId: 'markdown-front-matter',
    source: SOURCE,
  });
}
