import { defineConfig } from 'vitest/config';
import { compilerStampDefine } from './bin/compiler-stamp.mjs';

// Browser tests: real Chromium with the built extension, one file at a time
// (each launches its own browser; two cores are not enough for several at once).
export default defineConfig({
  // Tests that compile packs themselves stamp them as the built extension does (rules/compiler-stamp.ts).
  define: compilerStampDefine(),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for a condition the product reaches asynchronously (a background's reply,
    // a storage change). Its default ceiling of 1 s is a speed assumption: a loaded machine took
    // longer and failed tests whose product was right. A ceiling is not a timing assertion: a
    // condition that holds at once still passes at once.
    expect: { poll: { timeout: 10_000 } },
  },
});
