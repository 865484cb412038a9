/**
 * A problem found in a pack, by the validator (error) or the linter (warning):
 * where it is (a path into the pack, and for YAML/JSON text a line and column)
 * and a plain-English message. One shape for the CLI, the options page and tests.
 */

export type PathKey = string | number;

export interface PackIssue {
  severity: 'error' | 'warning';
  /** Keys from the top of the pack: ['items', 12, 'followUps', 0, 'when', 'anyOf', 1]. */
  path: PathKey[];
  message: string;
  /** 1-based, when the pack was read from text. */
  line?: number;
  column?: number;
  /** Linter rule that raised it (warnings only), for filtering and tests. */
  rule?: string;
  /** The field's name is the problem (an unknown field): positions point at the key, not its value. */
  atKey?: boolean;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `items[12].followUps[0].when.anyOf[1]`; `(root)` for the pack itself. */
export function formatPath(path: PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (PLAIN_KEY.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** One line, path first: `items[3].rewordings[0]: must be text (line 40, column 9)`. */
export function formatIssue(issue: PackIssue): string {
  const where = issue.line !== undefined ? ` (line ${issue.line}, column ${issue.column ?? 1})` : '';
  return `${formatPath(issue.path)}: ${issue.message}${where}`;
}

export function packError(path: PathKey[], message: string): PackIssue {
  return { severity: 'error', path, message };
}

export function packWarning(rule: string, path: PathKey[], message: string): PackIssue {
  return { severity: 'warning', path, message, rule };
}
