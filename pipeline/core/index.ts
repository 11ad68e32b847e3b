/** Public face of the build stage. */
export { build } from './run.ts';
export type { BuildEvent, BuildOptions, BuildProblem, BuildResult, JobRecord, OutputFile } from './types.ts';
export { sharedBrowser, installHint } from './browser.ts';
