/**
 * Blocks + metadata → zh.md in the content format (README.md, "Content format"): YAML front
 * matter, then one line per heading/paragraph ending in `{#id}`, lead
 * sentences as a leading `**…**`. Text is escaped so that Markdown reads back
 * exactly the plain text the id was derived from.
 */
import { stringify } from 'yaml';
import type { IdentifiedBlock } from './ids.ts';
import { separator, structureMarkdown, withCalls } from './serialize-structures.ts';

/** Front matter keys in the order they are written; others follow in their own order. */
const ORDER = ['title', 'subtitle', 'issuer', 'date', 'date_source', 'occasion', 'speaker', 'cover_notice', 'source', 'scope', 'scope_note'];

export function serialize(frontMatter: Record<string, unknown>, blocks: readonly IdentifiedBlock[]): string {
  // An empty title is written out so the editor sees what to fill in.
  const ordered: Record<string, unknown> = { title: '' };
  for (const key of ORDER) if (frontMatter[key] !== undefined && frontMatter[key] !== '') ordered[key] = frontMatter[key];
  for (const [key, value] of Object.entries(frontMatter)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  const yaml = stringify(ordered, { lineWidth: 0 }).trimEnd();
  const written = blocks.filter((b) => b.kind !== 'notes-heading');
  const body = written.map((b, i) => (i === 0 ? '' : separator(written[i - 1], b)) + block(b)).join('');
  return `---\n${yaml}\n---\n\n${body}\n`;
}

function block(b: IdentifiedBlock): string {
  const structure = structureMarkdown(b);
  if (structure !== undefined) return structure;
  if (b.kind === 'heading') return `${'#'.repeat(b.depth ?? 2)} ${escapeLineStart(escapeInline(b.text)).replace(/#+$/, (m) => '\\#'.repeat(m.length))} {#${b.id}}`;
  const text = b.lead
    ? `**${withCalls(b.text.slice(0, b.lead), b.calls?.filter((c) => c.at < b.lead!))}**${withCalls(b.text.slice(b.lead), b.calls?.filter((c) => c.at >= b.lead!).map((c) => ({ ...c, at: c.at - b.lead! })))}`
    : escapeLineStart(withCalls(b.text, b.calls));
  return `${text} {#${b.id}}`;
}

/** Characters that would start Markdown inline syntax (a run of two tildes is GFM strikethrough; a single one, as in 3~5年, is text). */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<]/g, '\\$&')
    .replace(/~{2,}/g, (run) => run.replace(/~/g, '\\~'))
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/** Line starts that would make a block other than a paragraph (list, quote, heading, rule, fence). Text never starts with a space: it is trimmed. */
export function escapeLineStart(text: string): string {
  return text
    .replace(/^([#>+=~-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
}
