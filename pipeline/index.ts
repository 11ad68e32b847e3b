/**
 * Duizhao as a library: `build(options) → Promise<BuildResult>`. Never prints;
 * the CLI renders progress events and the result.
 */
export { build } from './core/index.ts';
export type { BuildEvent, BuildOptions, BuildProblem, BuildResult, JobRecord, OutputFile } from './core/index.ts';
export { loadConfig, parseConfig, defaultConfig, type Config, type Edition } from './config/index.ts';
