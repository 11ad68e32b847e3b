/**
 * The dev server's line per rebuild (cli/dev.ts, devStatusLine): a preview that was
 * updated and lists errors — a report straight out of ingest, its English still to
 * write — is "ready with N errors", not "failed" (was: "✗ HTML failed" while the
 * page was being served, updated, with the errors in its overlay).
 */
import { describe, expect, test } from 'vitest';
import { devStatusLine } from '../pipeline/cli/dev.ts';
import type { DevMessage } from '../pipeline/dev/state.ts';

const error = (n: number): DevMessage => ({ severity: 'error', place: `zh.md:${n}:1`, reason: 'untranslated', ruleId: 'missing' });
const built = (state: { ok: boolean; published?: boolean; messages: DevMessage[] }, phase: 'html' | 'editions' = 'html') =>
  ({ type: 'built', phase, result: undefined, state, ms: 412 }) as const;

describe('dev server status line', () => {
  test('a clean rebuild is ready', () => {
    expect(devStatusLine(built({ ok: true, published: true, messages: [] }))).toBe('✓ HTML ready in 412 ms');
  });

  test('an updated preview that shows errors is ready with them (was: "✗ HTML failed")', () => {
    expect(devStatusLine(built({ ok: false, published: true, messages: [error(10), error(12), { ...error(14), severity: 'warning' }] }))).toBe('⚠ HTML ready with 2 errors in 412 ms');
    expect(devStatusLine(built({ ok: false, published: true, messages: [error(10)] }, 'editions'))).toBe('⚠ EPUB + PDF ready with 1 error in 412 ms');
  });

  test('a preview that could not be updated failed', () => {
    expect(devStatusLine(built({ ok: false, published: false, messages: [error(10)] }))).toBe('✗ HTML failed in 412 ms');
    expect(devStatusLine(built({ ok: false, messages: [] }))).toBe('✗ HTML failed in 412 ms');
  });
});
