/** Public face of the build stage. */
export { build } from './run.ts';
export type { BuildEvent, BuildOptions, BuildProblem, BuildResult, JobRecord, OutputFile } from './types.ts';
export { createSharedBrowser, installHint, type SharedBrowser } from '../render/pdf/browser.ts';
