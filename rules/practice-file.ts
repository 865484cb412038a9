/**
 * Stand-alone practice files: a trainer's scenarios for an installed pack,
 * shared as a file without editing the pack (format: PracticeFileSchema in
 * rules/pack-schema.ts; JSON Schema rules/practice.schema.json). Read like a
 * pack (YAML or JSON, same limits, errors with path, line and column), then
 * checked against the pack it names before it is attached.
 */
import { checkScenarios, checkTexts } from './check-pack-consistency';
import { packError, type PackIssue } from './pack-issues';
import { PracticeFileSchema, type PracticeFile, type RulePack } from './pack-schema';
import { detectFormat, parsePackText, type PackTextFormat, type ParsedPackText } from './parse-pack-text';
import { checkAgainstSchema } from './schema-issues';
import { compareVersions } from './semver';
import { scenarioTexts } from './walk-pack-text';
import { withPositions } from './load-pack';
import { compileScenario, localized } from './compile-pack';
import type { CompiledScenario } from './compiled-pack';

export type LoadPracticeResult =
  | { ok: true; practice: PracticeFile; locate: ParsedPackText['locate'] }
  | { ok: false; errors: PackIssue[] };

/** Parse and validate a practice file on its own: its shape, unique scenario ids, no goal twice. */
export function loadPracticeFile(text: string, options: { fileName?: string; format?: PackTextFormat } = {}): LoadPracticeResult {
  const parsed = parsePackText(text, options.format ?? detectFormat(text, options.fileName));
  if (!parsed.ok) return { ok: false, errors: parsed.issues };
  const { locate } = parsed.parsed;
  const checked = checkAgainstSchema(PracticeFileSchema, parsed.parsed.value);
  if (!checked.ok) return { ok: false, errors: withPositions(checked.issues, locate) };
  const errors: PackIssue[] = [];
  // Item ids are checked against the pack when the file is attached (checkPracticeForPack).
  checkScenarios(checked.output.scenarios, ['scenarios'], (path, message) => errors.push(packError(path, message)));
  return errors.length === 0 ? { ok: true, practice: checked.output, locate } : { ok: false, errors: withPositions(errors, locate) };
}

/** What attaching needs of a pack: a source pack or an installed, compiled one. */
export type PracticeTarget = Pick<RulePack, 'id' | 'version' | 'languages'> & { items: readonly { id: string }[] };

/**
 * Problems that stop `practice` from being attached to `pack`: another pack's id,
 * a pack older than `minPackVersion`, a step for an item the pack does not have,
 * text in a language the pack does not declare, HTML in text. Empty when it fits.
 * With `locate` (from loadPracticeFile) each issue has its line and column in the file.
 */
export function checkPracticeForPack(practice: PracticeFile, pack: PracticeTarget, locate?: ParsedPackText['locate']): PackIssue[] {
  const issues: PackIssue[] = [];
  const error = (path: (string | number)[], message: string) => issues.push(packError(path, message));
  if (practice.practice !== pack.id) {
    error(['practice'], `these scenarios are for the pack "${practice.practice}", not "${pack.id}"`);
    return locate ? withPositions(issues, locate) : issues;
  }
  if (practice.minPackVersion !== undefined && compareVersions(pack.version, practice.minPackVersion) < 0) {
    error(['minPackVersion'], `needs version ${practice.minPackVersion} of the pack or later; ${pack.version} is installed`);
  }
  checkScenarios(practice.scenarios, ['scenarios'], error, new Set(pack.items.map((item) => item.id)));
  checkTexts(scenarioTexts(practice.scenarios, ['scenarios']), pack.languages, error);
  return locate ? withPositions(issues, locate) : issues;
}

/** The file's scenarios with their texts resolved in `languages` (the pack's), as the practice page plays them. */
export function compilePracticeScenarios(practice: PracticeFile, languages: readonly string[]): CompiledScenario[] {
  return practice.scenarios.map((scenario) => compileScenario(scenario, (value) => localized(value, [...languages])));
}
