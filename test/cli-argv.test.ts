/**
 * (New user round 40) pipeline/cli/argv.ts: a two-word flag that takes no value (`--dry-run`, `--without-forbidden`) written
 * before the command's file took the file as its value (cac hands mri its booleans by camelCase name); moved after the
 * other arguments. The CLI itself: test/newuser40-fixture.test.ts (`xliff import --dry-run <file>`, `glossary import
 * --without-forbidden <file>`).
 */
import { describe, expect, it } from 'vitest';
import { booleansLast, kebabBooleans } from '../pipeline/cli/argv.ts';

describe('cli argv: two-word boolean flags before a command’s file', () => {
  const booleans = kebabBooleans(['--dry-run', '--without-forbidden', '--no-check', '--draft', '-o, --output <file>', '--xliff <version>', '--no-source-copy', '--only-changed [n]']);

  it('the raw option names give the two-word flags that take no value, not negated ones, one-word ones or ones with a value', () => {
    expect([...booleans].sort()).toEqual(['--dry-run', '--without-forbidden']);
  });

  it('a flag before the file goes after it; the file stays the positional argument', () => {
    expect(booleansLast(['glossary', 'import', '--dry-run', 'terms.csv'], booleans)).toEqual(['glossary', 'import', 'terms.csv', '--dry-run']);
    expect(booleansLast(['glossary', 'import', '--without-forbidden', '--dry-run', 't.csv', '--glossary', 'g.yaml'], booleans)).toEqual(['glossary', 'import', 't.csv', '--glossary', 'g.yaml', '--without-forbidden', '--dry-run']);
  });

  it('guard: a command line with no such flag, or with it last, and what follows `--`, are left as they are', () => {
    for (const args of [['xliff', 'import', 'f.xlf', '--dry-run'], ['check', '--draft', 'yuping-2023'], ['xliff', 'export', 's', '--xliff', '1.2', '--no-source-copy'], ['ingest', 'a', '--', '--dry-run', 'b']]) {
      expect(booleansLast(args, booleans)).toEqual(args);
    }
  });
});
