/**
 * The reviser's corrections of round 36 (stop 57, helper review57; the fixture's README "Review (stop 57)", made in
 * `npcsc-work-safety-inspection-2023.review.xlf`): two omissions restored (关于安全生产工作 in the cut paragraph, 基本情况 in
 * the heading of Part I), the scope note's quotation brought into line with the text, one phrase reworded, and the
 * translator's note. Undone with `beforeReview` they give en.md as the translator left it.
 */
import type { Revision } from './fixture-report.ts';

export const round36Revisions: Revision[] = [
  // the scope note quotes the English where the text breaks off: the text says "studying", not "studied"
  ['at the words “studied in depth', 'at the words “studying in depth'],
  // 一、执法检查组织实施的基本情况: 基本情况 (an overview, the basic facts) was left out
  ['## I. How the Law Enforcement', '## I. An Overview of How the Law Enforcement'],
  // 执法检查是…行使监督权的重要形式: "an important form in which … exercises" is no English collocation
  ['an important form in which the Standing', 'an important means by which the Standing'],
  // 深入学习习近平总书记关于安全生产工作 (cut): 关于安全生产工作 was left out; the English ends where the Chinese ends
  ["Xi Jinping's {#p-ced41f", "Xi Jinping's … on work safety {#p-ced41f"],
  [
    'kept as it printed them."',
    'kept as it printed them. Reviewed against the Chinese by a second translator in the XLIFF 1.2 export, who restored what the last paragraph and the heading of Part I had left out, “on work safety” (关于安全生产工作) and “an overview” (基本情况), brought the scope note\'s quotation into line with the text, and reworded one phrase; every name, title, date and figure was checked."',
  ],
];
