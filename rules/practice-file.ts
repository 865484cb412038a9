/**
 * Stand-alone practice files: a trainer's scenarios for an installed pack,
 * shared as a file without editing the pack (format: PracticeFileSchema in
 * rules/pack-schema.ts; JSON Schema rules/practice.schema.json). Read like a
 * pack (YAML or JSON, same limits, errors with path, line and column), then
 * checked against the pack it names before it is attached.
 */
import { checkScenarios, checkTexts } from './check-pack-consistency';
import { packError, type PackIssue } from './pack-issues';
import { PracticeFileSchema, type LocalizedString, type PracticeFile, type RulePack } from './pack-schema';
import { detectFormat, parsePackText, type PackTextFormat, type ParsedPackText } from './parse-pack-text';
import { checkAgainstSchema } from './schema-issues';
import { compareVersions } from './semver';
import { scenarioTexts } from './walk-pack-text';
import { withPositions } from './load-pack';
import { asOptionLabels, compileScenario, localized, optionsById } from './compile-pack';
import { normalizeLabel } from '../utils/normalize-text';
import type { CompiledItem, CompiledScenario } from './compiled-pack';

export type LoadPracticeResult =
  | { ok: true; practice: PracticeFile; locate: ParsedPackText['locate'] }
  | { ok: false; errors: PackIssue[] };

/** Parse and validate a practice file on its own: its shape, unique scenario ids, no goal twice. */
export function loadPracticeFile(text: string, options: { fileName?: string; format?: PackTextFormat } = {}): LoadPracticeResult {
  const parsed = parsePackText(text, options.format ?? detectFormat(text, options.fileName));
  if (!parsed.ok) return { ok: false, errors: parsed.issues };
  const { locate } = parsed.parsed;
  const checked = checkAgainstSchema(PracticeFileSchema, parsed.parsed.value);
  if (!checked.ok) return { ok: false, errors: parsed.parsed.explain(withPositions(checked.issues, locate)) };
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

/** An item's answer options, compiled (labels by language) or as a pack file gives them. */
export type ItemOptions = { id: string; options?: readonly LocalizedString[] };

/**
 * The file with every answer to enter that names one of its item's options
 * (rules/compile-pack.ts asOptionLabels) as that option's labels in all the
 * pack's languages: what the practice page gets of a trainer's attached
 * scenarios, so one saved before a language was added still shows the label
 * the form offers in it. Answers that are no option stay as written.
 */
export function withOptionLabels(practice: PracticeFile, items: readonly ItemOptions[]): PracticeFile {
  // An option written once for every language needs no labels added.
  const optionsOf = optionsById(items.map((item) => ({ id: item.id, options: item.options?.filter((option) => typeof option !== 'string') })));
  const answer = (itemId: string, value: LocalizedString): LocalizedString => {
    const options = optionsOf(itemId);
    if (!options) return value;
    if (typeof value !== 'string') return asOptionLabels(value, options);
    // Written once for every language: the option with that label in any language.
    const option = options.find((candidate) => Object.values(candidate).some((label) => normalizeLabel(label) === normalizeLabel(value)));
    return option ? { ...option } : value;
  };
  return {
    ...practice,
    scenarios: practice.scenarios.map((scenario) => ({
      ...scenario,
      steps: scenario.steps.map((step) => ({
        ...step,
        ...(step.value !== undefined && { value: answer(step.item, step.value) }),
        variants: step.variants.map((variant) => ({ ...variant, ...(variant.value !== undefined && { value: answer(step.item, variant.value) }) })),
      })),
    })),
  };
}

/**
 * The file's scenarios with their texts resolved in `languages` (the pack's), as
 * the practice page plays them. With the pack's compiled `items`, an answer that
 * names one of its item's options gets that option's label in every language
 * (compileScenario), whatever languages the trainer wrote it in.
 */
export function compilePracticeScenarios(practice: PracticeFile, languages: readonly string[], items: readonly Pick<CompiledItem, 'id' | 'options'>[] = []): CompiledScenario[] {
  return practice.scenarios.map((scenario) => compileScenario(scenario, (value) => localized(value, [...languages]), optionsById(items)));
}
