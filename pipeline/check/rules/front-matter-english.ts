/**
 * `front-matter-english`: zh.md gives the report's title, subtitle, issuer, occasion, speaker
 * or scope note in Chinese and en.md's front matter gives no English for it. The
 * English editions print each of them (templates/components/cover.ts, colophon.ts;
 * the PDF's and EPUB's metadata): without the English, a missing title falls back
 * to the Chinese one (the title block, the PDF's <title>, the EPUB's title) and the
 * others are left out. The heading of the report's notes is `notes-heading`'s.
 */
import { translatableMetaKeys } from '../../model/meta-keys.ts';
import { reportMissingKey } from '../missing-key.ts';
import type { Rule } from '../types.ts';

/** Every translatable key but the notes heading, in the order they are exchanged. */
const printedKeys = translatableMetaKeys.filter((key) => key !== 'notes_heading');

export const frontMatterEnglishRule: Rule = (context) => {
  for (const key of printedKeys) {
    reportMissingKey(context, {
      ruleId: 'front-matter-english',
      key,
      label: key.replace('_', ' '),
      expected: (zhValue) =>
        `expected the English of zh.md's \`${key}: ${zhValue}\`; the English editions ${key === 'title' ? 'show the Chinese title' : 'print no English for it'} meanwhile`,
    });
  }
};
