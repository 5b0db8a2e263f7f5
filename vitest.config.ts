import { defineConfig } from 'vitest/config';

// Every test runs with an explicit reference date; TZ is set by the caller (.ci/run runs the suite under two zones).
export default defineConfig({
  test: {
    projects: [
      // 30 s a test: several tests spawn the CLI or scan corpora, and CI machines are shared (5 s timed out under load)
      { test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'], environment: 'node', testTimeout: 30_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
