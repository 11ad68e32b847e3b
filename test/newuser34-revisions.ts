/**
 * The reviser's corrections of round 34 (stop 56, helper review56; the fixture's README "Review (stop 56)", made in
 * `wuhan-state-assets-2020.review.xlf`): a heading that had left 等行业 out, a phrase open to a causative reading, and the
 * translator's note. Undone with `beforeReview` they give en.md as the translator left it.
 */
import type { Revision } from './fixture-report.ts';

export const round34Revisions: Revision[] = [
  // 主要分布在…等行业: 行业 (sectors) was not rendered, and 等 leaves the list open
  ['mainly in transport, construction', 'mainly in sectors such as transport, construction'],
  // 发现矿产38种: "had … minerals discovered" read as the city having them discovered
  ['38 kinds of minerals discovered,', '38 kinds of discovered minerals,'],
  [
    'No official English of the report was found."',
    'No official English of the report was found. Reviewed against the Chinese by a second translator in the XLIFF 1.2 export, who restored what one heading had left out, “sectors such as” (等行业), and reworded one phrase open to misreading; every amount, percentage and unit was checked."',
  ],
];
