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
// This entry is CommonJS, not an ES module, for that answer: an ES module entry starts
// Node's ESM loader first, ~10 ms over Node's own start-up (issue 16, run 66); a CommonJS
// one runs at once. The CLI itself is ESM and is loaded with import().
'use strict';
const flags = process.argv.slice(2);
if (flags.length === 1 && (flags[0] === '--version' || flags[0] === '-v')) {
  const { readFileSync, writeSync } = require('node:fs');
  const { version } = JSON.parse(readFileSync(`${__dirname}/../package.json`, 'utf8'));
  // Written to the descriptor: console's first use builds process.stdout's stream, ~10 ms.
  writeSync(1, `duizhao/${version} ${process.platform}-${process.arch} node-${process.version}\n`);
} else {
  import('./setup/compile.mjs').then(({ compiledCli }) => import(compiledCli()));
}
