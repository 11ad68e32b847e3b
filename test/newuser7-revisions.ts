/**
 * The reviser's corrections of round 7 (stop 57, helper review57; the fixture's README "Review (stop 57)", made in en.md and
 * marked with `duizhao review hohhot-court-2022 --all`): 重要 left out, the scope note's quotation, the translator's note;
 * stop 58's consistency pass: 列席会议的同志 in the term base's words. `translatorsEn` gives en.md as the translator left it: the corrections undone, the front matter's review (which the
 * translator's `review --all` of the blocks had not recorded then) and the notes' heading's record taken away.
 */
import { revisionsUndone, type Revision } from './fixture-report.ts';

export const round7Revisions: Revision[] = [
  // (stop 58) the note says what the consistency pass did; undone first, then stop 57's note
  [
    'every figure, rate and date was checked."',
    'every figure, rate and date was checked. A later consistency pass across the reports of this edition (stop 58) put the term base\'s “non-voting delegates” (列席会议的同志) for “nonvoting participants”, as the other reports have it."',
  ],
  // 充分发挥党组定方向、稳立场、解难题、管队伍的重要作用: 重要 (important) was left out
  ['gave full play to its role in setting', 'gave full play to its important role in setting'],
  // the scope note quotes the English where the text breaks off: the text says "studying"
  ['(at “…promptly study General', '(at “…promptly studying General'],
  [
    'is the translator\'s rendering."',
    'is the translator\'s rendering. Reviewed against the Chinese by a second translator, who restored “important” (重要作用) where the English had left it out and brought the scope note\'s quotation into line with the text; every figure, rate and date was checked."',
  ],
  // (stop 58, helper review58: the consistency pass) 列席会议的同志: the term base's "non-voting delegates" (列席人员), as the
  // other reports to a session (rounds 4, 5, 6, 19); the Supreme People's Court's English for it is not in the corpus
  ['(CPPCC) and others attending the session as nonvoting participants.', '(CPPCC) and the non-voting delegates attending the session.'],
];

export const translatorsEn = (en: string) =>
  revisionsUndone(en, round7Revisions)
    .replace(/^front_matter_reviewed: .*\n/mu, '')
    .replace(/, notes_heading: "[0-9a-f]+"\}$/mu, '}');
