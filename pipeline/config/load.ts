/**
 * Find, parse and validate the configuration file of a project
 * (`duizhao.config.yaml`, `.yml` or `.json` in the project root). No file
 * means the defaults. Problems are fatal vfile messages at the bad key,
 * with a code frame in `note`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { isNode, parseDocument, type Document } from 'yaml';
import { codeFrame } from './code-frame.ts';
import { findConfigFile } from './files.ts';
import { configSchema, type ConfigInput } from './schema.ts';
import { defaultConfig, type Config } from './types.ts';

export interface LoadedConfig {
  config: Config;
  /** The config file (messages on it), or undefined when there is none. */
  file?: VFile;
  /** Raw text of the file, for the cache key. */
  source?: string;
}

export async function loadConfig(root: string, explicitPath?: string): Promise<LoadedConfig> {
  const file = explicitPath ? path.resolve(root, explicitPath) : findConfigFile(root);
  if (!file) return { config: structuredClone(defaultConfig) };
  const source = await readFile(file, 'utf8');
  return { ...parseConfig(source, file), source };
}

/** Pure core: text of a config file → config (defaults filled) + messages. */
export function parseConfig(source: string, filePath: string): { config: Config; file: VFile } {
  const vfile = new VFile({ path: filePath, value: source });
  const place = location(vfile);
  const fail = (reason: string, offset: number | undefined, ruleId: string) => {
    const point = (offset !== undefined ? place.toPoint(offset) : undefined) ?? { line: 1, column: 1 };
    const message = vfile.message(reason, { place: point, ruleId, source: 'config' });
    message.fatal = true;
    message.note = codeFrame(source, point.line, point.column);
  };
  const doc = parseDocument(source, { prettyErrors: false });
  for (const error of doc.errors) fail(`Invalid ${path.extname(filePath).slice(1).toUpperCase()}: ${error.message.split('\n')[0]}`, error.pos[0], 'syntax');
  if (doc.errors.length > 0) return { config: structuredClone(defaultConfig), file: vfile };
  const data = doc.toJS() ?? {};
  const result = v.safeParse(configSchema, data);
  if (!result.success) {
    for (const issue of result.issues) {
      const keys = (issue.path ?? []).map((item) => item.key as string | number);
      const unknownKey = issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined;
      const where = unknownKey ? [...keys] : keys;
      const hint = describe(where);
      const label = where.length > 0 ? `\`${where.join('.')}\`` : 'the configuration';
      const reason = unknownKey
        ? `Unknown key ${label} in the configuration${hint ? ` (allowed here: ${hint})` : ''}`
        : `Invalid value for ${label}: ${issue.message}`;
      fail(reason, offsetOf(doc, where, unknownKey), unknownKey ? 'unknown-key' : 'invalid-value');
    }
    return { config: structuredClone(defaultConfig), file: vfile };
  }
  return { config: withDefaults(result.output), file: vfile };
}

/** The offset of a key (for unknown keys) or of its value in the document. */
function offsetOf(doc: Document, keys: Array<string | number>, atKey: boolean): number | undefined {
  for (let n = keys.length; n > 0; n--) {
    const parentPath = keys.slice(0, n - 1);
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (isNode(parent) && 'items' in parent) {
      for (const item of (parent as { items: unknown[] }).items) {
        const pair = item as { key?: unknown; value?: unknown };
        const keyNode = pair.key;
        const keyValue = isNode(keyNode) && 'value' in keyNode ? (keyNode as { value: unknown }).value : keyNode;
        if (pair.key !== undefined && String(keyValue) === String(keys[n - 1])) {
          const target = atKey || n < keys.length ? keyNode : pair.value;
          if (isNode(target) && target.range) return target.range[0];
          if (isNode(keyNode) && keyNode.range) return keyNode.range[0];
        }
      }
      const index = Number(keys[n - 1]);
      const items = (parent as { items: unknown[] }).items;
      if (Number.isInteger(index) && isNode(items[index]) && (items[index] as { range?: [number] }).range) {
        return (items[index] as unknown as { range: [number] }).range[0];
      }
    }
  }
  return isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : 0;
}

/** The keys allowed in the object at `keys` (parent of an unknown key). */
function describe(keys: Array<string | number>): string {
  let schema: unknown = configSchema;
  for (const key of keys.slice(0, -1)) {
    schema = unwrap(schema);
    const entries = (schema as { entries?: Record<string, unknown> }).entries;
    const item = (schema as { item?: unknown }).item;
    schema = entries ? entries[String(key)] : item;
  }
  const entries = (unwrap(schema) as { entries?: Record<string, unknown> } | undefined)?.entries;
  return entries ? Object.keys(entries).join(', ') : '';
}

function unwrap(schema: unknown): unknown {
  let current = schema as { type?: string; wrapped?: unknown; pipe?: unknown[] } | undefined;
  while (current) {
    if (current.type === 'optional' && current.wrapped) current = current.wrapped as typeof current;
    else if (current.pipe && current.pipe[0] !== current) current = current.pipe[0] as typeof current;
    else break;
  }
  return current;
}

function withDefaults(input: ConfigInput): Config {
  const base = structuredClone(defaultConfig);
  return {
    editions: input.editions ? [...new Set(input.editions)] : base.editions,
    site: { ...base.site, ...input.site },
    ...(input.publisher ? { publisher: { ...input.publisher } } : {}),
    epub: { languages: input.epub?.languages ?? base.epub.languages },
    pdf: { paper: input.pdf?.paper ?? base.pdf.paper, editions: input.pdf?.editions ?? base.pdf.editions },
    ...(input.check ? { check: { ...input.check } } : {}),
    ...(input.build ? { build: { ...input.build } } : {}),
  };
}
