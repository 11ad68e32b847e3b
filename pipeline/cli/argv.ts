/**
 * (New user round 40) A flag of two words that takes no value, `--dry-run`, `--without-forbidden`, written before the
 * command's file (`duizhao glossary import --dry-run terms.csv`, `duizhao xliff import --dry-run f.xlf`), took the file as
 * its value: cac tells mri its booleans by their camelCase names (dryRun) and mri reads `--dry-run`, so the file was gone
 * ("Missing the file to import", "missing required args"). Such flags take no value anywhere: moved after the other
 * arguments, where nothing follows them to take. A one-word flag (`--draft`) and a negated one (`--no-check`) were read
 * right and are left where they are.
 */
export function booleansLast(args: readonly string[], booleans: ReadonlySet<string>): string[] {
  const end = args.indexOf('--');
  const head = end >= 0 ? args.slice(0, end) : [...args];
  const tail = end >= 0 ? args.slice(end) : [];
  const moved = head.filter((arg) => booleans.has(arg));
  return moved.length === 0 ? [...args] : [...head.filter((arg) => !booleans.has(arg)), ...moved, ...tail];
}

/** The `--two-words` flags of raw option names (`--dry-run`, `-o, --output <file>`) that take no value and are not negated. */
export function kebabBooleans(rawNames: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const raw of rawNames) {
    if (/[<[]/.test(raw)) continue;
    for (const m of raw.matchAll(/--([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b/gu)) if (!m[1].startsWith('no-')) found.add(`--${m[1]}`);
  }
  return found;
}
