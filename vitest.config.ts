import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { compilerStampDefine } from './bin/compiler-stamp.mjs';

// Unit tests: WXT's fake browser, fake-indexeddb where a test imports it, happy-dom per file.
export default defineConfig({
  plugins: [WxtVitest()],
  // WxtVitest does not apply wxt.config's Vite settings: the compiler's stamp (rules/compiler-stamp.ts) is defined here too.
  define: compilerStampDefine(),
  test: {
    include: ['{rules,utils,components,entrypoints,tests/unit}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // A test's time limit guards against a hang, not speed (speed is `npm run bench`); the default 5 s was
    // reached by tests that compile both default packs when the machine was busy with other work.
    testTimeout: 30_000,
    // Every core: Vitest's default leaves one free (one worker on a two-core CI machine), and these
    // tests are CPU-bound, with nothing else to run meanwhile. Two workers there: 285 s -> 189 s.
    maxWorkers: availableParallelism(),
    // One module graph per worker, not per file: importing the rule tables and lexicons again for each of
    // 164 files cost more than half the run (clean run on two cores: 182 s -> 122 s). Files do not lean on a
    // fresh module state: those that use the fake browser reset it before each test, and the suite passed
    // with the files shuffled (`--sequence.shuffle.files`, two seeds) as it does in order.
    isolate: false,
  },
});
