/**
 * The second translator's corrections of round 10 (stop 59, helper review59; the fixture's README "Review (stop 59)"), made
 * in `wuhan-cppcc-2021.review.xlf` over the English Phrase's revision step gave: 坚强领导 "strong leadership" (the CPPCC
 * National Committee's own English and every other reviewed round), 思想政治引领 "ideological and political guidance" and
 * 思想引领 "ideological guidance" (思想 was left out). Undone with `revisionsUndone` they give en.md as Phrase's files give it.
 */
import type { Revision } from './fixture-report.ts';

export const round10Revisions: Revision[] = [
  ['Under the firm leadership of the CPC Wuhan Municipal Committee', 'Under the strong leadership of the CPC Wuhan Municipal Committee'],
  ['It worked hard to strengthen political guidance,', 'It worked hard to strengthen ideological and political guidance,'],
  ['### (I) Strengthening Political Guidance and Fully Implementing', '### (I) Strengthening Ideological and Political Guidance and Fully Implementing'],
  ['a working mechanism of “political guidance first, study before all else”', 'a working mechanism of “ideological guidance first, study before all else”'],
];
