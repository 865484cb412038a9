/**
 * The validator: pack text (YAML or JSON) in, a typed pack or a list of errors
 * out. Each error has a path into the pack, a line and column in the text, and
 * a plain-English message. Used by the CLI, the options page's import and the
 * background's installation of the default packs, so all three agree.
 */
import { checkPackConsistency } from './check-pack-consistency';
import { checkPackCharacters } from './pack-characters';
import type { PackIssue } from './pack-issues';
import { PACK_LIMITS } from './pack-limits';
import { RulePackSchema, type RulePack } from './pack-schema';
import { detectFormat, parsePackText, type PackTextFormat, type ParsedPackText } from './parse-pack-text';
import { checkAgainstSchema } from './schema-issues';

export type LoadPackResult =
  | { ok: true; pack: RulePack; locate: Locate }
  | { ok: false; errors: PackIssue[] };

/** Line and column of a path in the pack text (for the linter's warnings); undefined when unknown. */
export type Locate = ParsedPackText['locate'];

export interface LoadPackOptions {
  /** Used to tell JSON from YAML (`.json`, `.yaml`, `.yml`). */
  fileName?: string;
  format?: PackTextFormat;
}

export function loadPack(text: string, options: LoadPackOptions = {}): LoadPackResult {
  const parsed = parsePackText(text, options.format ?? detectFormat(text, options.fileName));
  if (!parsed.ok) return { ok: false, errors: parsed.issues };
  return validatePackValue(parsed.parsed.value, parsed.parsed.locate, parsed.parsed.explain);
}

/** Validate an already-parsed value (e.g. from JSON.parse); `locate` adds line numbers, `explain` YAML slips (ParsedPackText). */
export function validatePackValue(value: unknown, locate: Locate = () => undefined, explain: ParsedPackText['explain'] = (issues) => issues): LoadPackResult {
  // Invisible and reordering characters first: they would make the later messages misleading.
  const unsafe = checkPackCharacters(value);
  if (unsafe.length > 0) return { ok: false, errors: capped(withPositions(unsafe, locate)) };
  const checked = checkAgainstSchema(RulePackSchema, value);
  const errors = checked.ok ? checkPackConsistency(checked.output) : checked.issues;
  if (checked.ok && errors.length === 0) return { ok: true, pack: checked.output, locate };
  return { ok: false, errors: capped(explain(withPositions(errors, locate))) };
}

/** Add line and column to each issue that has a place in the text. */
export function withPositions(issues: PackIssue[], locate: Locate): PackIssue[] {
  return issues.map((issue) => ({ ...issue, ...locate(issue.path, issue.atKey) }));
}

function capped(errors: PackIssue[]): PackIssue[] {
  if (errors.length <= PACK_LIMITS.maxIssues) return errors;
  const rest = errors.length - PACK_LIMITS.maxIssues;
  return [
    ...errors.slice(0, PACK_LIMITS.maxIssues),
    { severity: 'error', path: [], message: `…and ${rest} more problem${rest === 1 ? '' : 's'}; fix these first` },
  ];
}
