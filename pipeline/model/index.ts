export * from './types.ts';
export { formatAttributes, parseTrailingAttributes, type BlockAttributes } from './attributes.ts';
export { newBlockId, sourceHash } from './hash.ts';
export { parseMarkdown, parseReportMarkdown, type ParsedBlock, type ParsedFile } from './parse.ts';
export { buildPublication, loadPublication, type LoadOptions, type LoadResult } from './load.ts';
export { listReports, readReportFile, readReportFiles, type ReportFiles } from './read.ts';
export { englishMetaKeys, metaKeys, translatableMetaKeys, translatorMetaKeys, type MetaKey, type TranslatableMetaKey } from './meta-keys.ts';
export { chineseScript, chineseTag, type ChineseTag } from './script.ts';
