/**
 * Run a valibot schema and turn its issues into PackIssues a supervisor can act
 * on: the path to the offending value, and a message that says what was expected
 * and what was found. Two things valibot alone does not do well here:
 * - a union ("text, or a map of language to text") reports only "wrong type";
 *   we re-check the value against the option that fits its shape, so `{en: 5}`
 *   says `title.en: must be text`, not "must be text or a map";
 * - an unknown field gets "unknown field "rewording" (did you mean "rewordings"?)".
 */
import * as v from 'valibot';
import { packError, type PackIssue, type PathKey } from './pack-issues';

type AnySchema = v.GenericSchema & {
  type: string;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  value?: AnySchema;
  options?: AnySchema[];
  wrapped?: AnySchema;
  getter?: (input: unknown) => AnySchema;
};

/** Validate `value`: the typed output, or issues with paths from the top of `value` and plain messages. */
export function checkAgainstSchema<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
): { ok: true; output: v.InferOutput<S> } | { ok: false; issues: PackIssue[] } {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, output: result.output };
  return { ok: false, issues: describeIssues(schema as unknown as AnySchema, value, [], result.issues) };
}

function describeIssues(
  schema: AnySchema,
  value: unknown,
  basePath: PathKey[],
  issues: readonly v.BaseIssue<unknown>[],
): PackIssue[] {
  const out: PackIssue[] = [];
  for (const issue of issues) {
    const relative = (issue.path ?? []).map((step) => step.key as PathKey);
    const path = [...basePath, ...relative];
    const at = valueAt(value, relative);
    if (issue.type === 'union') {
      const union = schemaAt(schema, value, relative);
      const option = union?.options && optionFor(union.options, at);
      if (option) {
        const nested = v.safeParse(option, at);
        if (!nested.success) {
          out.push(...describeIssues(option, at, path, nested.issues));
          continue;
        }
      }
      out.push(packError(path, `${issue.message}; found ${describeValue(at)}`));
    } else if (issue.type === 'strict_object' && issue.expected === 'never' && Array.isArray(valueAt(value, relative.slice(0, -1)))) {
      // valibot reads a list as an object whose keys are 0, 1…: say "found a list" once, at the list.
      const listPath = path.slice(0, -1);
      if (!out.some((earlier) => earlier.path.length === listPath.length && earlier.path.every((k, i) => k === listPath[i]))) {
        out.push(packError(listPath, `${issue.message}; found a list`));
      }
    } else if (issue.type === 'strict_object' && issue.expected === 'never') {
      const parent = schemaAt(schema, value, relative.slice(0, -1));
      out.push({ ...packError(path, unknownFieldMessage(String(relative[relative.length - 1]), parent?.entries)), atKey: true });
    } else if (issue.type === 'strict_object' && issue.received === 'undefined') {
      out.push(packError(path, `missing required field ${issue.expected ?? ''}`.trim()));
    } else if (issue.kind === 'schema') {
      out.push(packError(path, `${issue.message}; found ${describeValue(at)}`));
    } else {
      out.push(packError(path, issue.message));
    }
  }
  return out;
}

function valueAt(root: unknown, path: PathKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** Strip wrappers (optional, lazy) and pick the union option that fits the value. */
function resolve(schema: AnySchema | undefined, value: unknown): AnySchema | undefined {
  let at = schema;
  for (let guard = 0; at && guard < 10; guard++) {
    if (at.wrapped && (at.type === 'optional' || at.type === 'nullable' || at.type === 'nullish')) at = at.wrapped;
    else if (at.type === 'lazy' && at.getter) at = at.getter(value);
    else break;
  }
  return at;
}

function schemaAt(root: AnySchema, rootValue: unknown, path: PathKey[]): AnySchema | undefined {
  let schema = resolve(root, rootValue);
  let value = rootValue;
  for (const key of path) {
    if (!schema) return undefined;
    if (schema.type === 'union' && schema.options) schema = resolve(optionFor(schema.options, value), value);
    if (!schema) return undefined;
    const child = valueAt(value, [key]);
    const next = schema.entries?.[String(key)] ?? schema.item ?? schema.value;
    schema = resolve(next, child);
    value = child;
  }
  return schema;
}

/** The union option whose base type matches the value's JavaScript shape. */
function optionFor(options: AnySchema[], value: unknown): AnySchema | undefined {
  const shape = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  return options.find((option) => {
    const type = resolve(option, value)?.type;
    if (shape === 'array') return type === 'array';
    if (shape === 'object') return type === 'record' || type === 'strict_object' || type === 'object';
    return type === shape;
  });
}

function unknownFieldMessage(key: string, entries: Record<string, unknown> | undefined): string {
  const allowed = entries ? Object.keys(entries) : [];
  const guess = closest(key, allowed);
  const hint = guess ? ` (did you mean "${guess}"?)` : allowed.length ? ` (allowed here: ${allowed.join(', ')})` : '';
  return `unknown field "${key}"${hint}`;
}

/** The allowed key within edit distance 2 (typos, singular/plural, case), if any. */
function closest(key: string, allowed: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64 || b.length > 64) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 99;
}

/** A short, safe description of what was found: `a number (12)`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `text ("${value.slice(0, 37)}…")` : `text ("${value}")`;
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object with fields';
    default:
      return typeof value;
  }
}
