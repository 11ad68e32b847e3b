/**
 * Who a report's salutation addresses ("各位代表：", "各位委员、同志们：", "代表们："): the one list the rules
 * that find where a report's text starts (title block, metadata, preamble, speaker, flattened lines, cut-off)
 * share. Each is a regular expression's source, without flags or anchors, for the rules to build their
 * own pattern around. (Rules that need only a line's opening word 各位 — outline.ts, structure.ts, watermark.ts,
 * metadata.ts's isBody — test that word alone: a line opening 各位…, a salutation or not, is no heading, lead, title
 * or watermark label.)
 */

/** A congress's deputies or a committee's members, as a simplified page prints them: "各位代表", "各位委员". */
export const ADDRESSEES = '各位(?:代表|委员)';
/** The same as printed on a traditional page too: "各位委員". */
export const ADDRESSEES_PRINTED = '各位(?:代表|委员|委員)';
/** The same, and a legislature's members: "各位议员", "各位議員" (a policy address to 立法會). */
export const ADDRESSEES_OR_LEGISLATORS = '各位(?:代表|委员|委員|议员|議員)';
/** The older form with no 各位: "代表们". */
export const DEPUTIES_PLURAL = '代表们';

/** A salutation opening a line ("各位代表、各位委员:", or one opening with 主席): the report's text starts there. */
export const salutationStart = new RegExp(`^(?:${ADDRESSEES}|主席)`, 'u');
