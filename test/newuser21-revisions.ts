/**
 * The reviser's corrections of round 21 (stop 55, helper review55; the fixture's README "Review (stop 55)", made in
 * `weifang-budget-2023.review.xlf`): three units that had left part of the Chinese out, and the translator's note. Undone
 * with `beforeReview` they give en.md as the translator and OmegaT left it.
 */
import type { Revision } from './fixture-report.ts';

export const round21Revisions: Revision[] = [
  // 表1　2023年全市预算收支执行情况: 收支 (revenue and expenditure) was left out
  ['Table 1: Execution of the Citywide Budgets in 2023', 'Table 1: Execution of Citywide Budget Revenue and Expenditure in 2023'],
  // 完成预算（%）: the column is the actual as a percentage of the budget ("Percentage of budgeted figure (%)" said neither)
  ['| Percentage of budgeted figure (%) {', '| Actual as percentage of budgeted figure (%) {'],
  // the Budget Law's 维持国家机构正常运转等方面: the list is open (等)
  ['safeguarding national security and keeping state bodies running normally.', 'safeguarding national security, keeping state bodies running normally and other purposes.'],
  [
    "the city government's own budget.\"",
    "the city government's own budget. Reviewed against the Chinese by a second translator, who restored what three units had left out (the table title's “revenue and expenditure”, what the completion column is a percentage of, the “other purposes” of the first note).\"",
  ],
];
