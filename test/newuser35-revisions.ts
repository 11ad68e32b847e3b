/**
 * The reviser's corrections of round 35 (stop 56, helper review56; the fixture's README "Review (stop 56)", made in en.md):
 * 专题 left out of one sentence, and the translator's note. Undone with `beforeReview` they give en.md as the translator and
 * OmegaT's memory left it.
 */
import type { Revision } from './fixture-report.ts';

export const round35Revisions: Revision[] = [
  // 汤飞帆市长在市政府常务会议上专题研究部署…: 专题 (as a dedicated item) was left out
  ['audit problems at an executive meeting', 'audit problems as a dedicated item at an executive meeting'],
  [
    'so “this year” is 2022.\n',
    'so “this year” is 2022. Reviewed against the Chinese by a second translator, who restored one word a sentence had left out (专题, “as a dedicated item”); every name, date and number was checked.\n',
  ],
];
