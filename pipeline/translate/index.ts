/** The translate stage: XLIFF exchange, review marks, machine-translation drafts. */
export { exportXliff, type ExportInput } from './xliff-export.ts';
export { importXliff, type ImportInput, type ImportResult } from './xliff-import.ts';
export { markReviewed, markTranslated, type ReviewResult } from './review.ts';
export { insertBlocks, type NewBlock } from './insert.ts';
export { fillMissing, type FillOptions } from './mt/fill.ts';
export { createOpenAiProvider, mtProviderFromEnv, type OpenAiOptions } from './mt/openai.ts';
export type { MtBlock, MtConstraint, MtOptions, MtProvider, MtResult } from './mt/types.ts';
