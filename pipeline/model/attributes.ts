/**
 * Block attributes written at the end of a heading or paragraph line:
 *   `… {#p-3f9a1c}` in zh.md, `… {#p-3f9a1c src=0a1b2c3d}` or
 *   `… {#p-3f9a1c src=0a1b2c3d state=mt}` in en.md
 * (the trailing-attribute syntax Pandoc and markdown-it-attrs readers know).
 */
export interface BlockAttributes {
  id: string;
  /** key=value pairs after the id, in file order */
  fields: Record<string, string>;
}

const trailing = /[ \t]*\{#([A-Za-z][\w-]*)((?:[ \t]+[A-Za-z][\w-]*=[^\s{}]+)*)[ \t]*\}[ \t]*$/;

/** Split a block's last line into its text and attributes (if any). */
export function parseTrailingAttributes(line: string): { text: string; attributes?: BlockAttributes; offset: number } {
  const match = trailing.exec(line);
  if (!match) return { text: line, offset: line.length };
  const fields: Record<string, string> = {};
  for (const pair of match[2].trim().split(/[ \t]+/).filter(Boolean)) {
    const eq = pair.indexOf('=');
    fields[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { text: line.slice(0, match.index), attributes: { id: match[1], fields }, offset: match.index };
}

export function formatAttributes(attributes: BlockAttributes): string {
  const rest = Object.entries(attributes.fields).map(([k, v]) => ` ${k}=${v}`).join('');
  return `{#${attributes.id}${rest}}`;
}
