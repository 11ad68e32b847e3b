/**
 * A matcher folds and scans a text once (glossary/matcher.ts): the term-mismatch check, the glossary
 * notes and the dev server at every save ask about the same blocks again, and get the same terms from
 * the scan it kept. Counted on the automaton's scans.
 */
import { beforeEach, expect, it, vi } from 'vitest';
import { entry } from './glossary-helpers.ts';

const scans = vi.hoisted(() => ({ count: 0 }));
vi.mock('../pipeline/glossary/aho-corasick.ts', async (original) => {
  const actual = await original<typeof import('../pipeline/glossary/aho-corasick.ts')>();
  return {
    ...actual,
    buildAutomaton: (patterns: readonly string[]) => {
      const automaton = actual.buildAutomaton(patterns);
      return {
        patterns: automaton.patterns,
        scan: (text: string) => (scans.count++, automaton.scan(text)),
        scanRaw: (text: string) => (scans.count++, automaton.scanRaw(text)),
      };
    },
  };
});

const { createMatcher } = await import('../pipeline/glossary/matcher.ts');
const glossary = { entries: [entry('community-service', '社区服务', 'community services'), entry('power-lists', '权力清单', 'power lists')] };

beforeEach(() => {
  scans.count = 0;
});

it('scans a Chinese text once however often it is asked about, with the same terms each time', () => {
  const matcher = createMatcher(glossary);
  const first = matcher.findZh('完善社区服务，公布权力清单。');
  expect(first.map((o) => o.termId)).toEqual(['community-service', 'power-lists']);
  expect(matcher.findZh('完善社区服务，公布权力清单。')).toEqual(first);
  expect(scans.count).toBe(1);
  matcher.findZh('社区服务');
  expect(scans.count).toBe(2);
});

it('scans an English text once for every selection of terms asked about', () => {
  const matcher = createMatcher(glossary);
  const text = 'We improved community services and published power lists.';
  expect(matcher.findEn(text).map((o) => o.termId)).toEqual(['community-service', 'power-lists']);
  expect(matcher.findEn(text, ['power-lists']).map((o) => o.text)).toEqual(['power lists']);
  matcher.findEn('Another text.');
  expect(matcher.findEn(text, ['community-service']).map((o) => o.text)).toEqual(['community services']);
  expect(scans.count).toBe(2);
});
