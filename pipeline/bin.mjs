#!/usr/bin/env node
// Entry point of the `duizhao` command: runs the compiled JavaScript of the CLI
// (pipeline/setup/compile.mjs keeps it in .cache/compiled/ and recompiles what
// changed before it runs, so it is never stale). No TypeScript is compiled at run
// time unless a source file changed since the last run.
import { compiledCli } from './setup/compile.mjs';

await import(compiledCli());
