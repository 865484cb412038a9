/**
 * The heavy, pure half of importing a pack: read, validate, verify, compile
 * (rules/accept-pack.ts) and try its example answers. No storage, no DOM, so
 * the options page can run it in a worker (utils/packs/check-import-in-worker.ts)
 * and the page itself never stalls on a large file; tests run it in-thread.
 */
import { acceptPack, type Acceptance, type AcceptanceRules, type PackCandidate } from './accept-pack';
import type { PackLibrary } from './pack-store';
import { formatExampleResult, runExamples } from './run-examples';

/** How the pack's example answers fared (rules/run-examples.ts): counts and the lines of those that failed. */
export interface ExamplesSummary {
  total: number;
  passed: number;
  /** `FAIL items[2].examples[0] …` lines, at most MAX_FAILURES_SHOWN. */
  failures: string[];
}

const MAX_FAILURES_SHOWN = 10;

export interface ImportCheck {
  acceptance: Acceptance;
  /** For a pack that would be installed. */
  examples?: ExamplesSummary;
}

export type CheckImport = (candidate: PackCandidate, library: PackLibrary, rules: AcceptanceRules) => Promise<ImportCheck>;

export const checkImport: CheckImport = async (candidate, library, rules) => {
  const acceptance = await acceptPack(candidate, library, rules);
  if (acceptance.kind !== 'install') return { acceptance };
  const report = runExamples(acceptance.source, acceptance.pack);
  return {
    acceptance,
    examples: {
      total: report.results.length,
      passed: report.passed,
      failures: report.results.filter((r) => r.problems.length > 0).slice(0, MAX_FAILURES_SHOWN).map(formatExampleResult),
    },
  };
};
