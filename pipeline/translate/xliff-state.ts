/**
 * Segment states, both XLIFF versions, and what en.md records (`state=`).
 *
 * | en.md            | XLIFF 2.0 `<segment>`                        | XLIFF 1.2 `<target>`                                      |
 * |------------------|----------------------------------------------|-----------------------------------------------------------|
 * | no English       | `initial`, no `<target>`                     | `needs-translation`, target = copy of the source (OmegaT) |
 * | `state=mt`       | `initial` + `subState="duizhao:mt"`          | `needs-review-translation`, qualifier `mt-suggestion`     |
 * | memory pre-fill  | `translated` + `subState="duizhao:tm"`       | `needs-review-translation`, qualifier `exact-match`       |
 * | translated       | `translated`                                 | `translated`                                              |
 * | `state=reviewed` | `reviewed` (`final` is read as reviewed)     | `signed-off` (`final` is read as reviewed); unit approved="yes" |
 *
 * A memory pre-fill is never imported as reviewed.
 *
 * memoQ keeps its own status on the 1.2 `<trans-unit>` (`mq:status`, namespace `MQXliff`) and leaves the
 * XLIFF state as it was: when present it wins. A reviewer's confirmation (`Reviewer1Confirmed`,
 * `Reviewer2Confirmed`, `Proofread`) is a review, `MachineTranslated` a machine draft; every other status
 * (`ManuallyConfirmed`, `PartiallyEdited`, `Pretranslated`, `Rejected` …) is a translation, never reviewed.
 */
import type { EnState } from '../model/types.ts';

/** What a unit's English is, on export and on import. */
export type UnitState = 'untranslated' | 'tm' | EnState;

/** subState values (XLIFF 2.0 §4.3.1.45: `prefix:value`). */
export const mtSubState = 'duizhao:mt';
export const tmSubState = 'duizhao:tm';

export function toState20(state: UnitState): { state: string; subState?: string } {
  if (state === 'untranslated') return { state: 'initial' };
  if (state === 'mt') return { state: 'initial', subState: mtSubState };
  if (state === 'tm') return { state: 'translated', subState: tmSubState };
  return { state };
}

export function fromState20(state: string | undefined, subState: string | undefined): EnState {
  if (subState === mtSubState) return 'mt';
  if (subState === tmSubState) return 'translated';
  return state === 'reviewed' || state === 'final' ? 'reviewed' : 'translated';
}

export function toState12(state: UnitState): { state: string; 'state-qualifier'?: string } {
  if (state === 'untranslated') return { state: 'needs-translation' };
  if (state === 'mt') return { state: 'needs-review-translation', 'state-qualifier': 'mt-suggestion' };
  if (state === 'tm') return { state: 'needs-review-translation', 'state-qualifier': 'exact-match' };
  return { state: state === 'reviewed' ? 'signed-off' : 'translated' };
}

const memoqReviewed = new Set(['Reviewer1Confirmed', 'Reviewer2Confirmed', 'Proofread']);

export function fromState12(state: string | undefined, qualifier: string | undefined, memoqStatus?: string): EnState {
  if (memoqStatus !== undefined) return memoqReviewed.has(memoqStatus) ? 'reviewed' : memoqStatus === 'MachineTranslated' ? 'mt' : 'translated';
  if (qualifier === 'mt-suggestion') return 'mt';
  return state === 'signed-off' || state === 'final' ? 'reviewed' : 'translated';
}
