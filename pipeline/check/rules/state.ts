/**
 * `state`: an en.md `state=` value other than translated, reviewed or mt (a
 * typo like `state=reveiwed` would otherwise pass as an unreviewed block), and
 * an `ignore=` naming a rule that does not exist.
 */
import type { Rule, RuleId } from '../types.ts';
import { blockStart } from '../place.ts';

const states = ['translated', 'reviewed', 'mt'];

export function stateRule(ruleIds: readonly RuleId[]): Rule {
  return ({ parsed, report }) => {
    for (const block of parsed.en ?? []) {
      const { state, ignore } = block.attributes.fields;
      if (state !== undefined && !states.includes(state)) {
        report({
          ruleId: 'state',
          file: 'en',
          place: blockStart(block.node, block.line),
          reason: `Unexpected \`state=${state}\` on \`${block.attributes.id}\`, expected ${states.map((s) => `\`${s}\``).join(', ')} (or none: translated)`,
        });
      }
      for (const name of ignore?.split(',') ?? []) {
        if ((ruleIds as readonly string[]).includes(name)) continue;
        report({
          ruleId: 'state',
          file: 'en',
          place: blockStart(block.node, block.line),
          reason: `Unexpected rule \`${name}\` in \`ignore=\` on \`${block.attributes.id}\`, expected one of number-mismatch, term-mismatch, untranslated, punctuation`,
        });
      }
    }
  };
}
