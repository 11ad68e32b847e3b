/**
 * `duplicate-id`: the same id twice in zh.md or en.md. Points at the second
 * block, with the first as cause (the remark-lint duplicate-definition pattern).
 */
import { VFileMessage } from 'vfile-message';
import type { ParsedBlock } from '../../model/parse.ts';
import type { Rule, RuleContext } from '../types.ts';
import { blockStart } from '../place.ts';

export const duplicateIdRule: Rule = (context) => {
  check(context, 'zh', context.parsed.zh);
  if (context.parsed.en) check(context, 'en', context.parsed.en);
};

function check(context: RuleContext, file: 'zh' | 'en', blocks: ParsedBlock[]): void {
  const first = new Map<string, ParsedBlock>();
  for (const block of blocks) {
    const id = block.attributes.id;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, block);
      continue;
    }
    const cause = new VFileMessage(`First block with id \`${id}\``, { place: blockStart(earlier.node, earlier.line), source: 'check' });
    cause.file = context.publication.files[file]?.path ?? '';
    context.report({
      ruleId: 'duplicate-id',
      file,
      place: blockStart(block.node, block.line),
      reason: `Unexpected duplicate id \`${id}\` in ${file}.md (first on line ${earlier.line}), expected each id once; this block is ignored`,
      cause,
    });
  }
}
