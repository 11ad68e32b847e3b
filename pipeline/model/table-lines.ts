/**
 * The lines a printed table stands between, as budget and statistical reports set them: its unit over it
 * (单位：亿元, （单位：万元）, 金额单位：亿元) and its notes under it (注：…, 注1：…, 说明：…, 资料来源：…). Ingest reads
 * them into the table's box (boxes.ts); the templates set them as a table's, not as running text (flow.ts).
 */

/** A table's unit on its own line: 单位：亿元, （单位：万元）, 金额单位：亿元. */
export const tableUnitLine = /^[（(]?\s*(?:金额)?单位\s*[：:]/;

/** A table's note under it: 注：…, 注1：…, 说明：…, 备注：…, 资料来源：…, 数据来源：…. */
export const tableNoteLine = /^(?:注\s*[0-9０-９]*|说明|备注|资料来源|数据来源)\s*[：:]/;
