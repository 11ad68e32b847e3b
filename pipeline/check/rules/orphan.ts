/** `orphan`: an English block whose id is not in the Chinese. */
import type { Rule } from '../types.ts';
import { blockStart, excerpt } from '../place.ts';

export const orphanRule: Rule = ({ orphans, report }) => {
  for (const orphan of orphans) {
    report({
      ruleId: 'orphan',
      file: 'en',
      place: blockStart(orphan.node, orphan.line),
      reason: `Unexpected English block \`${orphan.attributes.id}\` (“${excerpt(orphan.text, 32)}”), expected an id that exists in zh.md`,
    });
  }
};
