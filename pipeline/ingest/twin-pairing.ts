/**
 * A bilingual edition's English given to the blocks made of its Chinese (twins.ts found the pairs): a paragraph's
 * English goes with it when it made one block and the two agree, else it is said unclear (twin-messages.ts says
 * so); the title block's English is held to the same figures as the title and occasion it translates.
 */
import type { DraftBlock } from './types.ts';
import { figureMismatch } from './twin-messages.ts';
import type { EnglishText, Twins } from './twins.ts';

/** Give `made` (the blocks of one Chinese paragraph) the paragraph's English `twin`, or say why not in `unclear`. */
export function pairTwin(made: DraftBlock[], twin: EnglishText | undefined, unclear: Twins['unclear']): void {
  if (!twin) return;
  const figures = made.length === 1 ? figureMismatch(made[0].text, twin.text) : undefined;
  if (made.length === 1 && made[0].kind === 'heading' && /[.;!?]["”’)]?$/.test(twin.text)) {
    // A heading's English is a heading, not a sentence ("Let me begin with a review of our work in 2016."): the page's English is out of step here.
    unclear.push({ why: 'sentence-after-heading', paragraphs: [twin] });
  } else if (figures) {
    // The figures disagree: the two are not the same passage (a page cut in one language, the English out of step) or the translation differs — not for ingest to decide.
    unclear.push({ why: 'figures', paragraphs: [twin], detail: figures });
  } else if (made.length === 1) made[0].english = { ...twin, text: twin.text.normalize('NFC') };
  else {
    // A run-in heading split from its paragraph: which part of the English is whose is not clear.
    unclear.push({ why: 'split', paragraphs: [twin] });
  }
}

/** The title block's English held to the same figures as a paragraph's (check compares title and occasion too): one that disagrees is taken out, said unclear. */
export function holdTitleFigures(twins: Twins, meta: Readonly<Record<string, unknown>>): void {
  for (const key of ['title', 'occasion'] as const) {
    const en = twins.title?.[key];
    const zh = typeof meta[key] === 'string' ? (meta[key] as string) : undefined;
    const detail = en && zh ? figureMismatch(zh, en) : undefined;
    if (!detail) continue;
    const at = twins.title!.lines[0] ?? { line: 1, column: 1 };
    twins.unclear.push({ why: 'figures', detail: `its ${key}: ${detail}`, paragraphs: [{ text: en!, line: at.line, column: at.column }] });
    delete twins.title![key];
  }
}
