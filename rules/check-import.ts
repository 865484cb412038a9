/**
 * The heavy, pure half of importing a pack: read, validate, verify, compile
 * (rules/accept-pack.ts) and try its example answers. No storage, no DOM, so
 * the background can run it in a worker (utils/packs/worker-jobs.ts) and no
 * extension page stalls on a large file; tests run it in-thread.
 */
import { acceptPack, type Acceptance, type AcceptanceRules, type LibraryToCompare, type PackCandidate } from './accept-pack';
import type { CompiledPack } from './compiled-pack';
import type { PackDiff } from './pack-diff';
import type { SignatureState } from './pack-provenance';
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

export type CheckImport = (candidate: PackCandidate, library: LibraryToCompare, rules: AcceptanceRules) => Promise<ImportCheck>;

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

/** What a page shows of a pack being imported (the compiled items stay where they are checked). */
export type PackHeading = Pick<CompiledPack, 'id' | 'version' | 'title' | 'languages'> & { itemCount: number; sectionCount: number };

/**
 * An import check reduced to what the options page shows, with the pack to
 * install as JSON text: what a worker sends back (one string crosses threads at
 * next to no cost; the compiled packs as objects would be copied one by one).
 */
export interface ImportVerdict {
  acceptance:
    | { kind: 'install'; pack: PackHeading; signature: SignatureState; replacedVersion?: string; diff?: PackDiff }
    | { kind: 'unchanged'; pack: PackHeading }
    | Extract<Acceptance, { kind: 'refused' }>;
  examples?: ExamplesSummary;
  /** With 'install': the pack to install (compiled, with its document), as JSON of PackWithDocument. */
  packText?: string;
}

/**
 * @param libraryText the installed library as JSON of PackLibrary, or how to read it (in the caller's
 *   thread): read only when the file gets as far as being compared with what is installed.
 */
export type CheckImportText = (candidate: PackCandidate, libraryText: string | (() => Promise<string>), rules: AcceptanceRules) => Promise<ImportVerdict>;

/** checkImport on a library given as JSON text, its answer as an ImportVerdict. */
export const checkImportText: CheckImportText = async (candidate, libraryText, rules) =>
  verdictOf(await checkImport(candidate, async () => JSON.parse(typeof libraryText === 'string' ? libraryText : await libraryText()) as PackLibrary, rules));

function headingOf(pack: CompiledPack): PackHeading {
  return { id: pack.id, version: pack.version, title: pack.title, languages: pack.languages, itemCount: pack.items.length, sectionCount: pack.sections.length };
}

export function verdictOf({ acceptance, examples }: ImportCheck): ImportVerdict {
  const withExamples = examples ? { examples } : {};
  if (acceptance.kind === 'refused') return { acceptance, ...withExamples };
  if (acceptance.kind === 'unchanged') return { acceptance: { kind: 'unchanged', pack: headingOf(acceptance.pack) }, ...withExamples };
  return {
    acceptance: {
      kind: 'install',
      pack: headingOf(acceptance.pack),
      signature: acceptance.signature,
      ...(acceptance.replaced && { replacedVersion: acceptance.replaced.version }),
      ...(acceptance.diff && { diff: acceptance.diff }),
    },
    ...withExamples,
    packText: JSON.stringify(acceptance.pack),
  };
}
