import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // 2-core machines: Chromium- and Java-based suites are heavy, keep parallelism modest.
    maxWorkers: 2,
  },
});
