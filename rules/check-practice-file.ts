/**
 * Checking a stand-alone practice file (rules/practice-file.ts) from the command
 * line: its shape, then against the pack it names, as the trainer editor's
 * import does, with each problem on one line, path first, with line and column.
 * Pure: text and pack in, lines out; rules/cli/practice-commands.ts finds the
 * pack and reads the files.
 */
import type { CommandResult } from './check-pack-file';
import { lintPracticeScenarios } from './lint-pack';
import { withPositions } from './load-pack';
import { formatIssue } from './pack-issues';
import type { PracticeFile, RulePack } from './pack-schema';
import { detectFormat, parsePackText } from './parse-pack-text';
import { checkPracticeForPack, loadPracticeFile } from './practice-file';

/**
 * Whether a file's text is a practice file rather than a pack: a map with
 * `practice` (the pack's id) and no `items`. So `pack validate` on a
 * `.practice.yaml` checks it as one instead of listing the pack fields it lacks.
 */
export function isPracticeFileText(text: string, fileName?: string): boolean {
  const value = topLevelMap(text, fileName);
  return value !== undefined && 'practice' in value && !('items' in value);
}

/**
 * The other way round: whether a file's text is a pack (a map with `items` and no `practice`), so
 * the trainer editor's import says it is a pack instead of listing the practice fields it lacks.
 */
export function isPackFileText(text: string, fileName?: string): boolean {
  const value = topLevelMap(text, fileName);
  return value !== undefined && 'items' in value && !('practice' in value);
}

/** The file's top-level map, or undefined when the text cannot be read or is something else. */
function topLevelMap(text: string, fileName?: string): object | undefined {
  const parsed = parsePackText(text, detectFormat(text, fileName));
  if (!parsed.ok) return undefined;
  const value = parsed.parsed.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

/** A loaded practice file, or the result to give instead (exit 1, its errors). */
export function loadPracticeText(text: string, name: string): { practice: PracticeFile; check: (pack: RulePack, lint: boolean, packName: string) => CommandResult } | { failed: CommandResult } {
  const loaded = loadPracticeFile(text, { fileName: name });
  if (!loaded.ok) return { failed: invalid(name, loaded.errors.map(formatIssue)) };
  return {
    practice: loaded.practice,
    /** Against `pack` (`packName`: where it came from, for the report); with `lint`, warnings too (exit 1 on any). */
    check(pack, lint, packName) {
      const issues = checkPracticeForPack(loaded.practice, pack, loaded.locate);
      if (issues.length > 0) return invalid(name, issues.map(formatIssue), ` for pack ${pack.id} ${pack.version} (${packName})`);
      const warnings = lint ? withPositions(lintPracticeScenarios(pack, loaded.practice.scenarios), loaded.locate) : [];
      const scenarios = loaded.practice.scenarios;
      const steps = scenarios.reduce((sum, scenario) => sum + scenario.steps.length, 0);
      const report = [
        `${name}: valid practice file for pack ${pack.id} ${pack.version} (${packName}), ${plural(scenarios.length, 'scenario')} with ${plural(steps, 'step')}`,
        ...(lint ? [`${name}: ${plural(warnings.length, 'warning')}`] : []),
      ];
      return { exitCode: warnings.length > 0 ? 1 : 0, problems: warnings.map(formatIssue), report };
    },
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function invalid(name: string, problems: string[], against = ''): CommandResult {
  return { exitCode: 1, problems, report: [`${name}: invalid practice file${against} (${plural(problems.length, 'error')})`] };
}
