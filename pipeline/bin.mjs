#!/usr/bin/env node
// Entry point of the `duizhao` command: runs the TypeScript CLI through tsx's
// ESM loader, so there is no separate compile step to forget.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
