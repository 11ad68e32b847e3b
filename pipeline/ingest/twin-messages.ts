/**
 * What a bilingual edition's English became, said on the file: en.md (how many blocks, the title block's English), or
 * a warning where the pairing is not clear; and whether a paired English disagrees with its Chinese on figures.
 */
import type { VFile } from 'vfile';
import { findEnNumbers } from '../check/numbers/en.ts';
import { compareNumbers } from '../check/numbers/match.ts';
import { findZhNumbers } from '../check/numbers/zh.ts';
import type { takeTwins } from './twins.ts';
import { clip, SOURCE } from './messages.ts';

/** What a bilingual edition's English became: en.md (how many blocks, the title block), or a warning where the pairing is not clear. */
export function reportTwins(file: VFile, twins: ReturnType<typeof takeTwins>, written: number): void {
  if (!twins.bilingual) return;
  // (a page whose only Latin text is Portuguese is no bilingual edition: that text is said below)
  const onlyPortuguese = written === 0 && !twins.title && twins.unclear.length > 0 && twins.unclear.every((u) => u.why === 'portuguese');
  const fields = twins.title ? (['title', 'occasion', 'speaker'] as const).filter((k) => twins.title![k]) : [];
  // (stop 47, blind: soulun.net, a journal index's abstract and its machine English) none paired and no title block's: said so,
  // not "the English after 0 Chinese block(s) taken out … as their official translation"
  if (!onlyPortuguese && written === 0 && fields.length === 0) file.info(
    `Read the page as a bilingual edition, but none of its English is a clear twin of a Chinese block: en.md gives no block's English (each English passage is said below)`,
    { place: { line: 1, column: 1 }, ruleId: 'english-twin', source: SOURCE },
  );
  else if (!onlyPortuguese) file.info(
    `Read the page as a bilingual edition: the English ${twins.englishFirst ? 'before' : 'after'} ${written} Chinese block(s) taken out of zh.md as their official translation, for en.md (state=translated, not reviewed)${fields.length > 0 ? `; the title block's English as en.md's ${fields.join(', ')}` : ''}`,
    { place: { line: 1, column: 1 }, ruleId: 'english-twin', source: SOURCE },
  );
  const why = {
    'not-alternating': 'it follows two or more Chinese paragraphs with no English between them, so which of them it translates is not clear',
    'after-glued': 'it follows a Chinese line that keeps English glued inside it (not clearly split), so which Chinese it translates is not clear',
    'not-in-step': 'it was split out of a line holding Chinese and English, and its length is out of step with the Chinese before it (English letters per Chinese character outside 1.5–12), so it is not clearly that Chinese’s English',
    cut: 'it starts or stops mid-sentence where its Chinese is whole (the page is cut there, or skips part of the English), so it is not the whole English of its Chinese',
    damaged: 'its words are run together or broken by the extraction (a damaged copy), not fit to publish',
    'before-text': 'it stands before the report’s text and is not the title block (title, occasion, speaker)',
    'sentence-after-heading': 'it follows a heading but reads as a sentence, not the heading’s English (the English is out of step with the Chinese here)',
    split: 'its Chinese paragraph was split (a run-in heading and its text), and which part of the English is whose is not clear',
    figures: `its figures do not match the Chinese ${twins.englishFirst ? 'after' : 'before'} it`,
    'after-last': 'it follows the last Chinese block on a page that prints each English before its Chinese (the page is cut before its Chinese)',
    portuguese: 'it is Portuguese, not English (a Macao page prints its texts in Chinese and Portuguese): no translation for en.md',
  } as const;
  for (const u of twins.unclear) {
    const first = u.paragraphs[0];
    const lines = u.paragraphs.map((p) => p.line);
    const where = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines[0]}–${lines[lines.length - 1]}`;
    file.message(
      `Unexpected ${u.why === 'portuguese' ? 'Latin-script text' : 'English'} the page prints (${where}) that is no clear twin: ${why[u.why]}${u.detail ? ` (${u.detail}: the page may be cut in one language, or the English out of step or different)` : ''}; taken out of zh.md and not written to en.md: “${clip(u.paragraphs.map((p) => p.text).join(' '))}” — add it to en.md by hand under the id of its Chinese block`,
      { place: { line: first.line, column: first.column }, ruleId: 'english-twin', source: SOURCE },
    );
  }
  for (const g of twins.glued) {
    file.message(`Unexpected English glued inside a Chinese line (“${clip(g.text)}”): kept in zh.md, as where the Chinese ends is not clear (no sentence end, heading or salutation before it, or no sentence end after it) — move it to en.md by hand`, {
      place: { line: g.line, column: g.column },
      ruleId: 'english-twin',
      source: SOURCE,
    });
  }
}

/**
 * Whether a paired English disagrees with its Chinese on figures (the number check's own
 * reading, check/numbers): the first difference, said as the check says it, or undefined.
 */
export function figureMismatch(zh: string, en: string): string | undefined {
  const problem = compareNumbers(findZhNumbers(zh), findEnNumbers(en), en)[0];
  if (!problem) return undefined;
  if (problem.kind === 'missing') return `the Chinese has ${problem.zh!.raw}, the English no ${problem.expected}`;
  if (problem.kind === 'approximation') return `the Chinese has ${problem.zh!.raw}, the English ${problem.en!.raw}`;
  return `the English has ${problem.en!.raw}, the Chinese nothing for it`;
}
