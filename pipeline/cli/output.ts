/** What the commands read and write, and how they say what they found. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { Severity } from '../check/types.ts';
import { readReportFiles } from '../model/read.ts';

/** A file an export command writes with `-o` (tm, glossary and xliff export): its folder made first, as a new project has none. */
export async function writeOutput(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, data, 'utf8');
}

/** Write beside the target and rename over it, so a crash never leaves half an en.md. */
export async function writeAtomically(file: string, value: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, value);
  await rename(temporary, file);
}

/** zh.md and en.md through the one strict reader; a file it refuses stops here with its message. */
export async function readReportTexts(dir: string): Promise<{ zh: string; en?: string }> {
  const files = await readReportFiles(dir);
  for (const file of [files.zh, files.en]) {
    const fatal = file?.messages.find((m) => m.fatal);
    if (fatal) throw new Error(`${file!.path}:${fatal.line ?? 1}:${fatal.column ?? 1}: ${fatal.reason}`);
  }
  return { zh: String(files.zh.value), en: files.en ? String(files.en.value) : undefined };
}

/** A message's severity as every command shows it: vfile's `fatal` true is an error, false a warning, else info. */
export function severityOf(message: Pick<VFileMessage, 'fatal'>): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** A message as `--json` prints it (check, align): where, which rule, how severe, what. */
export function jsonMessage(file: string, message: VFileMessage) {
  return {
    file,
    line: message.line ?? null,
    column: message.column ?? null,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    severity: severityOf(message),
    reason: message.reason,
  };
}
