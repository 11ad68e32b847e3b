import type { VFileMessage } from 'vfile-message';

/** One line per message: `line:column-line:column severity source/ruleId reason` (golden files). */
export function formatMessages(messages: readonly VFileMessage[]): string {
  return messages
    .map((m) => {
      const place = m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}` : `${m.line}:${m.column}`;
      const severity = m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info';
      return `${place} ${severity} ${m.source}/${m.ruleId} ${m.reason}\n`;
    })
    .join('');
}
