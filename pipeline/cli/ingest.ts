/**
 * `duizhao ingest <input> --slug <slug> [--out <dir>] [--meta <yaml>]`:
 * writes <dir>/zh.md and a copy of the input as <dir>/source.<ext>; prints
 * every message as file:line:column and a summary. Exit 1 on failure.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CAC } from 'cac';
import { VFileMessage } from 'vfile-message';
import { LineCounter, parseDocument } from 'yaml';
import { fileKind, ingestFile, MAX_FILE_BYTES } from '../ingest/files.ts';
import { MAX_INPUT_BYTES, type IngestSummary } from '../ingest/index.ts';
import { readEnglishPage } from '../translate/english-page.ts';
import { formatMessage } from './format-ingest.ts';

interface Flags {
  slug?: string;
  out?: string;
  meta?: string;
  force?: boolean;
}

export function registerIngest(cli: CAC): void {
  cli
    .command('ingest <input>', `Raw report page (text or HTML; UTF-8, GB18030/GBK or Big5), at most ${MAX_INPUT_BYTES / 1024 / 1024} MB; a Word document (.docx, or an old .doc/.wps) or a PDF with a text layer, at most ${MAX_FILE_BYTES / 1024 / 1024} MB → <out>/zh.md`)
    .option('--slug <slug>', 'Report slug, e.g. haidian-2021 (required)')
    .option('--out <dir>', 'Output folder (default: content/reports/<slug>)')
    .option('--meta <file>', 'YAML file with front-matter values that win over the page (title, issuer, date, occasion, source, scope, scope_note …)')
    .option('--force', 'Overwrite an existing zh.md (it may hold hand edits: after ingest, zh.md is the source of truth)')
    .example('duizhao ingest page.html --slug haidian-2021 --meta ingest.yaml')
    .action(async (input: string, flags: Flags) => {
      process.exitCode = await runIngest(input, flags);
    });
}

/** The whole command; returns the exit code. Exported for tests. */
export async function runIngest(input: string, flags: Flags): Promise<number> {
  const fail = (where: string, reason: string): number => {
    console.error(`${where}: error ${reason}`);
    return 1;
  };
  if (!flags.slug || typeof flags.slug !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(flags.slug)) {
    return fail('duizhao ingest', 'Expected `--slug <slug>` (lowercase letters, digits and hyphens, e.g. haidian-2021)');
  }
  const outDir = typeof flags.out === 'string' ? flags.out : path.join('content', 'reports', flags.slug);
  let bytes: Buffer;
  try {
    const info = await stat(input);
    if (!info.isFile()) return fail(`${input}:1:1`, 'Unexpected input that is not a file');
    if (info.size > MAX_FILE_BYTES) {
      return fail(`${input}:1:1`, `Unexpected input of ${(info.size / 1024 / 1024).toFixed(1)} MB, expected at most ${MAX_FILE_BYTES / 1024 / 1024} MB (one report as .docx or PDF) (ingest/too-large)`);
    }
    bytes = await readFile(input);
    // A .docx or PDF carries fonts and images beside its text: its own limit; a page is read whole as text.
    if (bytes.length > MAX_INPUT_BYTES && fileKind(bytes) === undefined) {
      return fail(`${input}:1:1`, `Unexpected input of ${(info.size / 1024 / 1024).toFixed(1)} MB, expected at most ${MAX_INPUT_BYTES / 1024 / 1024} MB (one report page) (ingest/too-large)`);
    }
  } catch (error) {
    return fail(input, `Could not read the input: ${describeError(error)}`);
  }
  let meta: Record<string, unknown> | undefined;
  if (typeof flags.meta === 'string') {
    const loaded = await loadMeta(flags.meta);
    if (!('data' in loaded)) return fail(loaded.where, loaded.reason);
    meta = loaded.data;
  }

  let result;
  try {
    result = await ingestFile(bytes, { fileName: input, slug: flags.slug, meta });
  } catch (error) {
    if (error instanceof VFileMessage) {
      console.error(formatMessage(input, error));
      if (error.ruleId === 'no-content' && englishTranslation(bytes, input)) {
        // (new user, round 11: an official English page given to ingest was "site boilerplate or metadata", and nothing said what to do)
        console.error(`${input}: the page is in English: ingest reads the Chinese report; to put an official English translation under its blocks, ingest the Chinese page, then \`duizhao align <slug> ${input}\``);
      }
      return 1;
    }
    throw error;
  }
  // A PDF's messages also name the page their line is on (the line is the extracted text's, written beside zh.md).
  const pageOf = result.extracted?.pageOfLine;
  for (const message of result.file.messages) {
    const page = pageOf && message.line ? pageOf[message.line - 1] : undefined;
    console.error(formatMessage(input, message) + (page ? ` [page ${page}]` : ''));
  }
  if (result.file.messages.some((m) => m.fatal)) return 1;

  const zhPath = path.join(outDir, 'zh.md');
  if (!flags.force && existsSync(zhPath)) {
    return fail(zhPath, 'Unexpected existing zh.md: it may hold hand edits and is the source of truth after ingest; pass --force to overwrite it');
  }
  const ext = (path.extname(input).slice(1) || 'txt').toLowerCase();
  const sourcePath = path.join(outDir, `source.${ext}`);
  // What a .docx or PDF was read as (the messages' lines are its lines): kept beside the file itself.
  const extractedPath = result.extracted ? path.join(outDir, `source.${ext}.${result.extracted.ext}`) : undefined;
  // A bilingual edition's English goes to en.md — never over an en.md that exists (it may hold a translation).
  const enPath = path.join(outDir, 'en.md');
  const writeEnglish = result.english !== undefined && !existsSync(enPath);
  if (result.english && !writeEnglish) {
    console.error(`${enPath}: warning Kept the existing en.md: the page's own English (${result.english.blocks} block(s)) was not written; move what you need from the page by hand (ingest/english-twin)`);
  }
  try {
    await mkdir(outDir, { recursive: true });
    await writeFile(zhPath, result.markdown);
    if (writeEnglish) await writeFile(enPath, result.english!.markdown);
    if (path.resolve(sourcePath) !== path.resolve(input)) await copyFile(input, sourcePath);
    if (extractedPath) await writeFile(extractedPath, result.extracted!.text);
  } catch (error) {
    return fail(outDir, `Could not write the output: ${(error as Error).message}`);
  }
  console.log(summaryText(zhPath, sourcePath, result.summary));
  if (extractedPath) console.log(`  read from the ${result.summary.from === 'pdf' ? `PDF (${plural(result.summary.pages ?? 0, 'page')})` : 'Word document'}: ${extractedPath} (the line numbers of the messages are its lines)`);
  if (writeEnglish) console.log(`  the page's English: ${enPath} (${result.english!.blocks} block(s), state=translated, not reviewed)`);
  return 0;
}

async function loadMeta(file: string): Promise<{ data: Record<string, unknown> } | { where: string; reason: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { where: file, reason: `Could not read the meta file: ${describeError(error)}` };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const pos = lineCounter.linePos(error.pos[0]);
    return { where: `${file}:${pos.line}:${pos.col}`, reason: `Invalid YAML in the meta file: ${error.message.split('\n')[0]}` };
  }
  const data = doc.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { where: `${file}:1:1`, reason: 'Unexpected meta file content, expected a YAML mapping (key: value)' };
  }
  return { data: data as Record<string, unknown> };
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a folder', ENOTDIR: 'a parent is not a folder' };
  return (code && known[code]) ?? (error as Error).message;
}

/**
 * The summary ingest prints after its messages. The lines removed are grouped by why they went, in order of first
 * appearance, each group's input lines named as lines: "navigation: line 1; page-info: lines 4, 5" (new user round 35:
 * "navigation: 1; breadcrumb: 2; moved to front matter: 3; page-info: 4" under "lines removed: 4" read as counts, four
 * lines of page info where one was removed).
 */
export function summaryText(zhPath: string, sourcePath: string, s: IngestSummary): string {
  const n = s.normalized;
  const groups = new Map<string, number[]>();
  for (const r of s.linesRemoved) {
    const key = r.rule === 'metadata' ? 'moved to front matter' : r.rule;
    groups.set(key, [...(groups.get(key) ?? []), r.line]);
  }
  const removed = [...groups].map(([rule, lines]) => `${rule}: ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`).join('; ');
  return [
    `Wrote ${zhPath} and ${sourcePath} (${s.from ? `${s.from === 'pdf' ? 'PDF' : 'Word document'}, read as ${s.format}` : `${s.format}, ${s.encoding}`})`,
    `  blocks: ${s.blocks} (${plural(s.headings, 'heading')}, ${plural(s.paragraphs, 'paragraph')}, ${plural(s.leads, 'lead sentence')})`,
    `  lines removed: ${s.linesRemoved.length}${removed ? ` — ${removed}` : ''}`,
    `  characters normalized: ${n.punctuation + n.spaces + n.nfc + n.width} (${n.punctuation} punctuation, ${n.spaces} spaces, ${n.nfc} NFC${n.width ? `, ${n.width} full-width digits and letters` : ''}); soft-wrapped lines joined: ${n.joinedLines}${n.pinyin ? `; pinyin annotations removed: ${n.pinyin}` : ''}`,
  ].join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Whether a page ingest found no report in reads as an English translation (paragraphs of English, hardly any Chinese). */
function englishTranslation(bytes: Uint8Array, input: string): boolean {
  try {
    const page = readEnglishPage(bytes, path.basename(input));
    return page.paragraphs.length >= 3 && page.leftOut.filter((l) => l.why === 'chinese').length < page.paragraphs.length;
  } catch {
    return false;
  }
}
