import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: WXT's fake browser, fake-indexeddb where a test imports it, happy-dom per file.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{rules,utils,components,entrypoints,tests/unit}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
