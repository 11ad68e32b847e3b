/**
 * The reviser's corrections of round 40 (stop 61, helper review61; the fixture's README "Review (stop 61)"): the English made
 * in `yuping-2023.review.xlf`. Undone, they give en.md as the translator left it (memoQ's XLIFF is the translator's).
 */
import type { Revision } from './fixture-report.ts';

export const round40Revisions: Revision[] = [
  // 县政协委员 in the formula asking for comments: the named committee, as every reviewed round's formula names it
  ["comments and suggestions from the county's CPPCC members and", "comments and suggestions from the members of the County Committee of the Chinese People's Political Consultative Conference (CPPCC) and"],
  // 主要目标任务: targets and tasks
  ['fulfilled the main targets set at the beginning', 'fulfilled the main targets and tasks set at the beginning'],
  // 全面分层分级做好治疗服务: tiered and graded; "case by case" is not in the Chinese
  ['gave care across the board, tier by tier and case by case,', 'provided tiered and graded treatment across the board,'],
  // 地区生产总值: the term base's decision (stop 60), gross domestic product (GDP)
  ['Gross regional product reached 10.585 billion yuan', 'Gross domestic product (GDP) reached 10.585 billion yuan'],
  // 其中: the gross output value of farming is no part of GDP (a value added)
  ['fourth in the city. Of this, the gross output', 'fourth in the city. Among the sectors, the gross output'],
  // 规模以上工业增……: the Chinese breaks off before saying what of industry grew; "that of" (gross output value) was a guess
  ['grew by 3.9%, and that of industry above designated size', 'grew by 3.9%, and industry above designated size'],
];
