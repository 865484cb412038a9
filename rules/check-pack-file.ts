/**
 * Checking a pack file without installing it: validate, lint, run its example
 * answers. The CLI (`adviser-coach pack validate|lint|test`, rules/cli) and the
 * options page's "Check a pack" both call these, so a supervisor gets the same
 * lines in either place. Pure: bytes in, lines out (the CLI reads the file and
 * prints; the options page reads the chosen file and shows).
 */
import { isPracticeFileText, loadPracticeText } from './check-practice-file';
import { decodePackBytes } from './decode-pack-file';
import { lintPack } from './lint-pack';
import { loadPack, withPositions, type LoadPackResult } from './load-pack';
import { formatIssue, packError } from './pack-issues';
import { PACK_LIMITS } from './pack-limits';
import { fileTooLargeMessage } from './parse-pack-text';
import { formatExampleResult, runExamples } from './run-examples';

export interface CommandResult {
  /** 0: fine; 1: the pack has problems (or failing examples, or lint warnings); 2: a usage or file problem. */
  exitCode: number;
  /** Errors and warnings, one per line, path first (stderr). */
  problems: string[];
  /** What was done (stdout). */
  report: string[];
}

export type Loaded = Extract<LoadPackResult, { ok: true }>;

/** Decode and validate the file's bytes, or the result to give instead. `name` is the file name shown and used to tell JSON from YAML. */
export function loadPackBytes(bytes: Uint8Array, name: string): { loaded: Loaded } | { failed: CommandResult } {
  const invalid = (problems: string[]): { failed: CommandResult } => ({
    failed: { exitCode: 1, problems, report: [`${name}: invalid (${problems.length} error${problems.length === 1 ? '' : 's'})`] },
  });
  if (bytes.byteLength > PACK_LIMITS.maxFileBytes) return invalid([formatIssue(packError([], fileTooLargeMessage(bytes.byteLength)))]);
  const decoded = decodePackBytes(bytes);
  if (!decoded.ok) return invalid([formatIssue(packError([], decoded.message))]);
  const loaded = loadPack(decoded.text, { fileName: name });
  return loaded.ok ? { loaded } : invalid(loaded.errors.map(formatIssue));
}

function summary(name: string, { pack }: Loaded): string {
  return `${name}: valid pack ${pack.id} ${pack.version}, ${pack.items.length} items in ${pack.sections.length} sections, languages ${pack.languages.join(', ')}`;
}

function examplesLine(passed: number, failed: number): string {
  const total = passed + failed;
  return `${total} example answer${total === 1 ? '' : 's'}, ${passed} pass${passed === 1 ? 'es' : ''}, ${failed} fail${failed === 1 ? 's' : ''}`;
}

/** `pack validate`. */
export function validatePackBytes(bytes: Uint8Array, name: string): CommandResult {
  const result = loadPackBytes(bytes, name);
  return 'failed' in result ? result.failed : { exitCode: 0, problems: [], report: [summary(name, result.loaded)] };
}

/** `pack lint`: validation, then warnings (lintPack runs the example answers too, rule example-fails). */
export function lintPackBytes(bytes: Uint8Array, name: string): CommandResult {
  const result = loadPackBytes(bytes, name);
  if ('failed' in result) return result.failed;
  const warnings = withPositions(lintPack(result.loaded.pack), result.loaded.locate);
  const count = `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
  const examples = runExamples(result.loaded.pack);
  return {
    exitCode: warnings.length > 0 ? 1 : 0,
    problems: warnings.map(formatIssue),
    report: [summary(name, result.loaded), `${name}: ${examplesLine(examples.passed, examples.failed)}`, `${name}: ${count}`],
  };
}

/** `pack test`: run every example answer; exit 1 on any mismatch. One line per example. */
export function testPackBytes(bytes: Uint8Array, name: string): CommandResult {
  const result = loadPackBytes(bytes, name);
  if ('failed' in result) return result.failed;
  const report = runExamples(result.loaded.pack);
  const lines = report.results.map(formatExampleResult);
  return {
    exitCode: report.failed > 0 ? 1 : 0,
    problems: lines.filter((line) => line.startsWith('FAIL')),
    report: [...lines.filter((line) => line.startsWith('PASS')), `${name}: ${examplesLine(report.passed, report.failed)}`],
  };
}

/** What "Check a pack" in the options page shows: `pack lint`'s lines (problems, then the report), then `pack test`'s failures. */
export interface PackFileCheck {
  clean: boolean;
  lines: string[];
}

/**
 * `pack lint` and then `pack test` on a file, as one list of the CLI's own lines.
 * A practice file (rules/check-practice-file.ts) is not refused for the pack
 * fields it lacks: its own shape is checked, and the lines say where its fit to
 * its pack is checked (the trainer editor's import, `practice validate`), since
 * this check has no pack to hold it against.
 */
export function checkPackFile(bytes: Uint8Array, name: string): PackFileCheck {
  const decoded = bytes.byteLength <= PACK_LIMITS.maxFileBytes ? decodePackBytes(bytes) : undefined;
  if (decoded?.ok && isPracticeFileText(decoded.text, name)) {
    const practice = loadPracticeText(decoded.text, name);
    if ('failed' in practice) return { clean: false, lines: [...practice.failed.problems, ...practice.failed.report] };
    const count = practice.practice.scenarios.length;
    return {
      clean: true,
      lines: [
        `${name}: a practice file (${count} scenario${count === 1 ? '' : 's'} for the pack ${practice.practice.practice}), not a pack; its form is valid`,
        `${name}: whether it fits the pack is checked when it is imported under "Practice scenarios (for trainers)", or by adviser-coach practice validate ${name}`,
      ],
    };
  }
  const lint = lintPackBytes(bytes, name);
  // `pack test` adds each failing example; lint already counted them.
  const failures = lint.report.length > 1 ? testPackBytes(bytes, name).problems.filter((line) => !lint.problems.includes(line)) : [];
  return { clean: lint.exitCode === 0 && failures.length === 0, lines: [...lint.problems, ...lint.report, ...failures] };
}
