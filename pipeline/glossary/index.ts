/**
 * The glossary stage: load and validate the term base, find terms in both
 * languages, annotate a Publication with note references, export for CAT
 * tools. See types.ts for the shared contract.
 */
export * from './types.ts';
export { loadGlossary, parseGlossary, type GlossaryLoadResult } from './load.ts';
export { createMatcher } from './matcher.ts';
export { termsAsWritten } from './written.ts';
export { entryForLevel, glossaryForReport, reportLevel, type ReportLevel } from './report-level.ts';
export { annotate, unwrapTermRefs, type AnnotateOptions, type AnnotateResult } from './annotate.ts';
export { findTermMismatches, reportRenderings, reportUnused, termRenderings, unusedEntries, type TermMismatch, type TermRenderings } from './report.ts';
export { exportTbx, type TbxOptions } from './export-tbx.ts';
export { csvColumns, exportCsv, parseCsv, type CsvOptions } from './export-csv.ts';
export { buildAutomaton, longestNonOverlapping, type Automaton, type AutomatonHit } from './aho-corasick.ts';
