/** Public face of the configuration: types, schema, loader. */
export * from './types.ts';
export { configSchema, type ConfigInput } from './schema.ts';
export { configFileNames, findConfigFile } from './files.ts';
export { loadConfig, parseConfig, type LoadedConfig } from './load.ts';
export { codeFrame } from './code-frame.ts';
