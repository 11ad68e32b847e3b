/**
 * `notes-heading`: zh.md titles the report's own notes (`notes_heading: 名词解释`, 注释 …)
 * and en.md gives no English for it, so the English editions fall back to their own
 * label for the notes (templates/components/report-note.ts). The English is read
 * like the other front-matter fields (front-matter-english.ts, untranslated.ts).
 */
import { reportMissingKey } from '../missing-key.ts';
import type { Rule } from '../types.ts';

export const notesHeadingRule: Rule = (context) =>
  reportMissingKey(context, {
    ruleId: 'notes-heading',
    key: 'notes_heading',
    label: 'heading',
    expected: (zhValue) =>
      `expected the English of the report's own heading for its notes (zh.md: \`notes_heading: ${zhValue}\`); the English editions title the notes with their own label meanwhile`,
  });
