/**
 * The Paged.js handlers for tables and boxes (paged-handlers.js: repeated
 * header rows, no empty box frames), as an inline script for the print document.
 * Plain browser JavaScript in its own file, like layout.js: the transpiled
 * source of a TypeScript function would call esbuild's `__name` helper.
 */
import { readFileSync } from 'node:fs';

export const repeatingTableHeadersScript = readFileSync(new URL('./paged-handlers.js', import.meta.url), 'utf8');
