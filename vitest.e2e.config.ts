import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the built extension, one file at a time
// (each launches its own browser; two cores are not enough for several at once).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
