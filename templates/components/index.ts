/**
 * Shared templates: hast-returning components composed by the HTML, EPUB and
 * print editions. See templates/README.md for the API and the CSS class contract.
 */
export { bilingualBlock, blockSide, type BlockOptions } from './bilingual-block.ts';
export { colophon, translationStatus, translationStatusKey, translationStatusText, type TranslationStatus } from './colophon.ts';
export { titleBlock } from './cover.ts';
export { glossaryAppendix, termsUsed } from './glossary-appendix.ts';
export { contentSchema, inlineContent } from './inline.ts';
export { bilingualLabel, headingTag, shownLangs, uiLabel } from './label.ts';
export { noteBody, noteList, uniqueNotes } from './note.ts';
export { reportDate, reportDateText } from './report-date.ts';
export { section } from './section.ts';
export { excerptStartMark } from './excerpt-start.ts';
export { flowElements, unitContent } from './flow.ts';
export { REPORT_NOTES_ID, reportNoteCall, reportNoteCallId, reportNoteIndex, reportNoteLabel, reportNoteList, reportNotesTitle, reportNoteText } from './report-note.ts';
export { termRefElement, type TermContext } from './term.ts';
export { toc, tocLabel, type TocOptions } from './toc.ts';
export { glossaryEntryId, hrefs, langTag, occurrenceId, termZh, textTag, type TemplateEdition, type TemplateOptions } from './types.ts';
