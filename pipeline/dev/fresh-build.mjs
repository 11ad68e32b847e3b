// A build with fresh code, for the dev server after a change to .ts/.tsx files
// (its own module cache holds the old code): runs in a child process, brings the
// compiled tree up to date (pipeline/setup/compile.mjs), calls the library's
// build() and sends the overlay state back over IPC. The parent sends 'abort'
// to stop it; the build then cleans up (browser, staging) and reports.
// Plain JavaScript: it runs before anything is compiled.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile, manifestName } from '../setup/compile.mjs';
import { existsSync } from 'node:fs';

const here = path.resolve(import.meta.dirname, '../..');
const outRoot = existsSync(path.join(here, manifestName)) ? here : compile(here).outRoot;
const load = (module) => import(pathToFileURL(path.join(outRoot, module)).href);
const [{ build }, { stateOf }] = await Promise.all([load('pipeline/core/run.js'), load('pipeline/dev/state.js')]);

const controller = new AbortController();
process.on('message', (message) => {
  if (message === 'abort') controller.abort();
});
process.on('disconnect', () => controller.abort()); // the dev server is gone
const options = JSON.parse(process.argv[2]);
const result = await build({ ...options, signal: controller.signal });
process.send?.(stateOf(result), () => process.disconnect?.());
