import { describe, expect, it } from 'vitest';
import type { BenchResults, Figure } from '../pipeline/bench/index.ts';
import { benchReport } from '../pipeline/bench/report.ts';

const figure = (ms: number): Figure => ({ ms, cpuMs: ms - 40, peakRssMb: 50 });
const results = (extra: Partial<BenchResults>): BenchResults => ({ machine: 'test', date: '2026-12-02', loadAtEnd: '0', corpus: [], failures: [], ...extra });

describe('the bench report: `duizhao --version`', () => {
  it('judges the whole process against 150 ms, Node alone beside it', () => {
    const text = benchReport(results({ version: figure(152), nodeStart: figure(119) }));
    expect(text).toContain('| `duizhao --version` | 152 ms (CPU 112 ms) |');
    expect(text).toContain('Node alone (`node -e 0`) 119 ms');
    expect(text).toContain('≤ 150 ms: **missed** by 1.01×');
  });

  it('adds, as information only, the figures with NODE_EXTRA_CA_CERTS unset when the bench measured them', () => {
    const text = benchReport(results({ version: figure(152), nodeStart: figure(119), withoutExtraCa: { version: figure(111), nodeStart: figure(80) } }));
    const row = text.split('\n').find((line) => line.includes('NODE_EXTRA_CA_CERTS unset'));
    expect(row).toBeDefined();
    expect(row).toContain('| 111 ms (CPU 71 ms) |');
    expect(row).toContain('Node alone 80 ms');
    expect(row).toMatch(/\| \(information\) \|$/);
    // the verdict stays on the environment the command was run in
    expect(text).toContain('≤ 150 ms: **missed** by 1.01×');
  });

  it('shows a command\'s start through the CLI beside it, as information, never as the verdict', () => {
    const text = benchReport(results({ version: figure(140), nodeStart: figure(119), cliStart: figure(171) }));
    const row = text.split('\n').find((line) => line.includes('a command\'s start'));
    expect(row).toContain('| 171 ms (CPU 131 ms) |');
    expect(row).toContain('staleness walk');
    expect(row).toMatch(/\| \(information\) \|$/);
    expect(text).toContain('≤ 150 ms: met');
  });

  it('says nothing about the variable when it was not set', () => {
    expect(benchReport(results({ version: figure(140), nodeStart: figure(100) }))).not.toContain('NODE_EXTRA_CA_CERTS');
  });
});
