import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fails the run at once, with one line, when the shared corpus is missing.
    globalSetup: ['test/setup/corpus.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start real child processes and local servers; two cores is all CI has.
    maxWorkers: 2,
  },
});
