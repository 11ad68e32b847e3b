/**
 * The reviser's corrections of round 6 (stop 57, helper review57; the fixture's README "Review (stop 57)", made in en.md and
 * marked with `duizhao review nankai-budget-2023 --all`): 挑战 and 坚决 left out, 收支 left out of the table's title, and the
 * translator's note; stop 58's consistency pass: 列席人员 in the term base's words. Undone with `beforeReview` they give en.md as the translator left it.
 */
import type { Revision } from './fixture-report.ts';

export const round6Revisions: Revision[] = [
  // (stop 58) the note says what the consistency pass did; undone first, then stop 57's note
  [
    'every amount, percentage and unit was checked."',
    'every amount, percentage and unit was checked. A later consistency pass across the reports of this edition (stop 58) put the term base\'s “non-voting delegates” (列席人员) for “nonvoting participants”, as the other reports have it."',
  ],
  // 积极应对多重矛盾和风险挑战，坚决兜牢“三保”底线: 挑战 (challenges) and 坚决 (resolutely) were left out
  [
    'met multiple difficulties and risks head-on. We held the line on the three priorities,',
    'met multiple difficulties, risks and challenges head-on. We resolutely held the line on the three priorities,',
  ],
  // 表1　2023年区级一般公共预算收支预计执行情况: 收支 (revenue and expenditure) was left out
  [
    'Table 1: Estimated Execution of the District-Level General Public Budget in 2023]',
    'Table 1: Estimated Execution of District-Level General Public Budget Revenue and Expenditure in 2023]',
  ],
  [
    'the table keeps the report\'s unit, 100 million yuan."',
    'the table keeps the report\'s unit, 100 million yuan. Reviewed against the Chinese by a second translator, who restored what the English had left out, “challenges” (风险挑战), “resolutely” (坚决) and the revenue and expenditure (收支) in the title of Table 1; every amount, percentage and unit was checked."',
  ],
  // (stop 58, helper review58: the consistency pass) 其他列席人员: the term base's "non-voting delegates", as rounds 4, 5, 14,
  // 19, 22 and 33 (Zhejiang's own English and Xinhua's; no English of the Ministry of Finance in the corpus renders it)
  ['(CPPCC) and other nonvoting participants.', '(CPPCC) and the other non-voting delegates.'],
];
