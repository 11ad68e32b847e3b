/**
 * `notes-heading`: zh.md titles the report's own notes (`notes_heading: 名词解释`, 注释 …)
 * and en.md gives no English for it, so the English editions fall back to their own
 * label for the notes (templates/components/report-note.ts). The English is read
 * like the other front-matter fields (untranslated.ts, number-mismatch.ts).
 */
import { VFileMessage } from 'vfile-message';
import { keyLine } from '../place.ts';
import type { Rule } from '../types.ts';

export const notesHeadingRule: Rule = ({ publication, report }) => {
  const { meta, files } = publication;
  const zhHeading = meta.zh.notes_heading;
  if (!zhHeading || !meta.en || !files.en || meta.en.notes_heading?.trim()) return;
  const zhLine = keyLine(String(files.zh.value), 'notes_heading');
  const cause = new VFileMessage(`The heading at ${files.zh.basename ?? 'zh.md'}:${zhLine}:1: “${zhHeading}”`, { place: { line: zhLine, column: 1 }, source: 'check' });
  cause.file = files.zh.path;
  report({
    ruleId: 'notes-heading',
    file: 'en',
    // Where it would go: the front matter's closing fence.
    place: { line: files.en.data.frontMatter?.closeLine ?? 1, column: 1 },
    reason: `Missing \`notes_heading\` in the English front matter, expected the English of the report's own heading for its notes (zh.md: \`notes_heading: ${zhHeading}\`); the English editions title the notes with their own label meanwhile`,
    cause,
  });
};
