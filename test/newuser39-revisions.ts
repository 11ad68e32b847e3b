/**
 * The reviser's corrections of round 39 (stop 60, helper review60; the fixture's README "Review (stop 60)"): the English made
 * in `huangshi-supervision-survey.review.xlf`, and the project glossary's 三资 given official sources. Undone, they give en.md
 * and glossary.yaml as the translator left them (the PO and the terms' CSV are the translator's).
 */
import type { Revision } from './fixture-report.ts';

export const round39Revisions: Revision[] = [
  // 部分市人大代表: deputies to the Municipal People's Congress, as the same paragraph names the congress
  ["some deputies to the people's congress of the city", "some deputies to the Municipal People's Congress"],
  // 开发区·铁山区: the middle dot spaced, as the scope note's “Documents · Investigation Reports”
  ['of the Development Zone·Tieshan District', 'of the Development Zone · Tieshan District'],
  // 坚持以人民为中心: "a people-centered approach" (Qiushi's English; the China Academy of Translation's key terms)
  ['have consistently put the people at the center', 'have consistently followed a people-centered approach'],
  // 共查处……1312起: a total of
  ['investigated and dealt with 1,312 cases', 'investigated and dealt with a total of 1,312 cases'],
];

export const round39GlossaryRevisions: Revision[] = [
  [
    "frequent source of petty corruption.\n  source: translator's rendering\n",
    `frequent source of petty corruption.\n  source: http://www.wfpchinacoe.net/2022-04/11/content_78100391.shtml (the Ministry of Agriculture's policy summary in English, "rural collective “sanzi” (capital, assets and resources) management"); http://ccww222.com/2022-04/11/content_78100651.shtml (a copy of the same series, "the management of rural collective funds, assets and resources" after the No. 1 Central Document of 2014)\n`,
  ],
];
