/** A file an export command writes with `-o` (tm, glossary and xliff export): its folder made first, as a new project has none. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { Severity } from '../check/types.ts';

export async function writeOutput(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, data, 'utf8');
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
