#!/usr/bin/env node
// Entry point of the `duizhao` command: runs the compiled JavaScript of the CLI
// (pipeline/setup/compile.mjs keeps it in .cache/compiled/ and recompiles what
// changed before it runs, so it is never stale). No TypeScript is compiled at run
// time unless a source file changed since the last run.
//
// `duizhao --version` (or `-v`) alone runs none of the CLI's code, so it is answered
// here, before the compiled tree's staleness walk (~300 stats) and the ESM loads of
// compile.mjs and cli.js: it prints the line cac's `version()` prints,
// `<name>/<version> <platform>-<arch> node-<version>`, from package.json
// (test/cli-version.test.ts holds the two equal). Every other command line, `--help`
// and `<command> --version` included, goes through the CLI.
//
// node:fs is taken with process.getBuiltinModule, not imported: an `import` of a
// built-in makes its ESM facade (every export of fs copied into a module namespace),
// ~10 ms of CPU, most of what this answer cost over Node's own start-up.
const flags = process.argv.slice(2);
if (flags.length === 1 && (flags[0] === '--version' || flags[0] === '-v')) {
  const { readFileSync, writeSync } = process.getBuiltinModule('node:fs');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  // Written to the descriptor: console's first use builds process.stdout's stream, ~10 ms.
  writeSync(1, `duizhao/${version} ${process.platform}-${process.arch} node-${process.version}\n`);
} else {
  const { compiledCli } = await import('./setup/compile.mjs');
  await import(compiledCli());
}
