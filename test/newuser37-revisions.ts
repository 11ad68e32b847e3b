/**
 * The reviser's corrections of round 37 (stop 58, helper review58; the fixture's README "Review (stop 58)", made in
 * `city-deputy-suggestions-2023.review.xlf`): the six fields' counts said to be of the suggestions, and the translator's
 * note. Undone with `beforeReview` they give en.md as the translator left it.
 */
import type { Revision } from './fixture-report.ts';

export const round37Revisions: Revision[] = [
  // 其中 follows 议案1件、代表建议93件: "Of these" read as the 94 items; the six counts (25 + 26 + 13 + 19 + 4 + 6) are the 93 suggestions
  ['for handling. Of these, 25 concerned', 'for handling. Of the suggestions, 25 concerned'],
  [
    'it is rendered as printed."',
    'it is rendered as printed. Reviewed against the Chinese by a second translator in the XLIFF 1.2 export, who made clear that the six fields are counts of the suggestions (the Chinese “of which” (其中) follows the bill and the suggestions alike; the six counts add up to 93); every count, share and rate was checked against the Chinese and the arithmetic above confirmed."',
  ],
];
