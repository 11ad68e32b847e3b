/**
 * `untranslated` over a list of glosses (stop 57, helper review57, met in the review of round 6: the reviser's translator's
 * note named what it restored — “challenges” (风险挑战), “resolutely” (坚决) — and check refused it). In the note the quoted
 * English is blanked (its quotations of the source are allowed), so the two glosses stood with only spaces and punctuation
 * between them and were read as one run, `风险挑战), … (坚决`, no gloss: an error. Now a run is cut after a closing
 * parenthesis followed by a separator; each gloss is read on its own, and Chinese left bare after one is told alone.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkPublication } from '../pipeline/check/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';

const zh = '---\ntitle: 报告\n---\n\n各位代表：积极应对风险挑战，坚决兜牢底线。 {#p-aaaaaa}\n';
const check = (note: string, block = 'Fellow Deputies: we met risks and challenges and resolutely held the line.') => {
  const en = `---\ntitle: Report\ntranslator_note: ${JSON.stringify(note)}\n---\n\n${block} {#p-aaaaaa}\n`;
  const load = buildPublication('gloss-list', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en }));
  return checkPublication(load, {}).messages.filter((m) => m.ruleId === 'untranslated').map((m) => m.reason);
};

describe('untranslated: glosses in a list', () => {
  it('two quoted English words, each glossed, in the translator’s note: no finding (was: `风险挑战), … (坚决` an error)', () => {
    expect(check('Reviewed by a second translator, who restored “challenges” (风险挑战), “resolutely” (坚决) and a title.')).toEqual([]);
  });

  it('three in a list, the last after "and": no finding', () => {
    expect(check('Restored: “challenges” (风险挑战), “resolutely” (坚决) and “bottom line” (底线).')).toEqual([]);
  });

  it('Chinese left bare after a gloss is told on its own (was: with the gloss, `风险挑战), 坚决`)', () => {
    expect(check('Restored “challenges” (风险挑战), 坚决 kept.')).toEqual([expect.stringContaining('Unexpected Chinese `坚决`')]);
  });

  it('guard: a run of Chinese with its own parentheses, in a block, is one finding as before', () => {
    expect(check('A note.', 'We visited 武汉（湖北）的 sites.')).toEqual([expect.stringContaining('`武汉（湖北）的`')]);
  });

  it('guard: a gloss list in a block reads as before', () => {
    expect(check('A note.', 'We met risks and challenges (风险挑战) and resolutely (坚决) held the line.')).toEqual([]);
  });
});
