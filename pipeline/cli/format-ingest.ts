/** One message as `file:line:column: severity reason (source/rule)`, the form the CLI prints. */
import type { VFileMessage } from 'vfile-message';

export function formatMessage(fileName: string, message: VFileMessage): string {
  const severity = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info';
  return `${fileName}:${message.line ?? 1}:${message.column ?? 1}: ${severity} ${message.reason} (${message.source}/${message.ruleId})`;
}
