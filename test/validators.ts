/**
 * The outside validators every edition is held to, run one way by every test that uses them: the Nu HTML Checker on
 * pages, axe-core (WCAG 2.1 A and AA) in Chromium on a loaded page, EPUBCheck on an EPUB. Each returns what it found as
 * lines a failing test prints (`[]` when it found nothing).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer';
import { repo } from './build-helpers.ts';

const run = promisify(execFile);

export const EPUBCHECK = '/usr/share/java/epubcheck.jar';
const VNU = path.join(repo, 'node_modules/vnu-jar/build/dist/vnu.jar');
const AXE = path.join(repo, 'node_modules/axe-core/axe.min.js');

// EPUBCheck: C1-only JIT and the serial GC — its run is short, this halves its time on a busy machine. (Not for vnu: with
// them its schema overflows the thread stack, "StackOverflowError while evaluating HTML schema".)
const EPUBCHECK_JVM = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xshare:auto'];

interface NuMessage {
  type: string;
  subType?: string;
  message: string;
  url: string;
  lastLine?: number;
}

/**
 * The Nu HTML Checker's errors on `files`, and its warnings unless `errorsOnly`, as `folder/file:line: message`. One
 * warning is left out: vnu checks a CSP's 'self' against the file: URL it was given, an opaque origin that matches
 * nothing; served over HTTP the same files are the page's own origin (html-browser.test.ts loads them under the CSP).
 */
export async function nuProblems(files: readonly string[], { errorsOnly = false } = {}): Promise<string[]> {
  if (files.length === 0) throw new Error('nuProblems: no file to check');
  // vnu says nothing of a file that is not there (no message, exit 0): said here
  const missing = files.filter((file) => !existsSync(file)).map((file) => `${path.basename(path.dirname(file))}/${path.basename(file)}: no such file`);
  if (missing.length > 0) return missing;
  const args = ['-jar', VNU, ...(errorsOnly ? ['--errors-only'] : []), '--format', 'json', ...files];
  // vnu exits 1 when it finds an error; its JSON is on stderr either way
  const { stdout, stderr } = await run('java', args, { maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout: string; stderr: string }) => error);
  const { messages } = JSON.parse(stderr || stdout) as { messages: NuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || (!errorsOnly && m.type === 'info' && m.subType === 'warning' && !m.message.startsWith('Resource violates Content Security Policy')) || m.type === 'non-document-error')
    .map((m) => `${path.basename(path.dirname(m.url))}/${path.basename(m.url)}:${m.lastLine ?? 0}: ${m.type === 'error' ? '' : `${m.subType ?? m.type}: `}${m.message}`);
}

export interface AxeViolation {
  id: string;
  help: string;
  /** the first three elements it was found on (axe's selectors) */
  nodes: unknown[];
}

let axeSource: string | undefined;

/** axe-core's WCAG 2.1 A and AA violations on a loaded page (run through DevTools: the pages' CSP forbids inline scripts). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(AXE, 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target) }));
  });
}

/** A violation as a line: `id: help [selectors]`. */
export function violationLine(violation: AxeViolation): string {
  return `${violation.id}: ${violation.help} ${JSON.stringify(violation.nodes)}`;
}

export interface EpubcheckReport {
  messages: Array<{ ID: string; severity: string; message: string; locations: Array<{ path: string; line: number; column: number }> }>;
  checker: { nFatal: number; nError: number; nWarning: number; nUsage: number };
}

/** EPUBCheck's report on `file` (its JSON report, written beside the file: EPUBCheck exits 1 on an error and prints text before JSON on stdout). */
export async function epubcheck(file: string): Promise<EpubcheckReport> {
  const json = `${file}.epubcheck.json`;
  await run('java', [...EPUBCHECK_JVM, '-jar', EPUBCHECK, file, '--json', json], { maxBuffer: 32 * 1024 * 1024 }).catch(() => undefined);
  return JSON.parse(await readFile(json, 'utf8')) as EpubcheckReport;
}

/** EPUBCheck's fatal errors and errors on `file`, and its warnings unless `errorsOnly`, as `ID message (path:line:column)`. */
export async function epubcheckProblems(file: string, { errorsOnly = false } = {}): Promise<string[]> {
  const report = await epubcheck(file);
  const told = new Set(errorsOnly ? ['FATAL', 'ERROR'] : ['FATAL', 'ERROR', 'WARNING']);
  const problems = report.messages
    .filter((m) => told.has(m.severity))
    .flatMap((m) => (m.locations.length > 0 ? m.locations : [undefined]).map((at) => `${m.ID} ${m.message}${at ? ` (${at.path}:${at.line}:${at.column})` : ''}`));
  const counted = report.checker.nFatal + report.checker.nError + (errorsOnly ? 0 : report.checker.nWarning);
  // a count with no message listed is a report this does not read as it should: said, never passed over
  if (counted > 0 && problems.length === 0) problems.push(`EPUBCheck counted ${counted} problem(s) and listed none`);
  return problems;
}
