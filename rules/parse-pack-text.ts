/**
 * Read pack text (YAML or JSON) into a plain value, within the size and nesting
 * limits, and keep a way back from a path in that value to a line and column in
 * the text so every later message can point at the right place.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { PACK_LIMITS } from './pack-limits';
import { packError, type PackIssue, type PathKey } from './pack-issues';
import { explainYamlSlips } from './yaml-slips';

export type PackTextFormat = 'yaml' | 'json';

export interface ParsedPackText {
  value: unknown;
  /** Line and column (1-based) of the value at `path` (of its key with `atKey`), or of its nearest ancestor. */
  locate(path: PathKey[], atKey?: boolean): { line: number; column: number } | undefined;
  /** The issues found in `value`, reworded where the text shows a YAML slip behind them (rules/yaml-slips.ts). */
  explain(issues: PackIssue[]): PackIssue[];
}

export type ParseResult = { ok: true; parsed: ParsedPackText } | { ok: false; issues: PackIssue[] };

/** JSON for `.json` files or text that starts with `{`; YAML otherwise. */
export function detectFormat(text: string, fileName?: string): PackTextFormat {
  if (fileName) {
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.json')) return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  }
  return /^\s*\{/.test(text) ? 'json' : 'yaml';
}

export function parsePackText(rawText: string, format: PackTextFormat): ParseResult {
  const bytes = utf8Length(rawText);
  if (bytes > PACK_LIMITS.maxFileBytes) return fail([], fileTooLargeMessage(bytes));
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  if (text.trim() === '') return fail([], 'the file is empty');
  // Before any parser sees it: a parser's recursion on thousands of levels costs
  // a stack overflow or all memory, so absurd nesting is refused from the text.
  if (nestedTooDeep(text, format)) return fail([], tooDeepMessage);
  try {
    const result = format === 'json' ? parseJson(text) : parseYaml(text);
    if (!result.ok) return result;
    const tooDeep = findTooDeep(result.parsed.value);
    if (tooDeep) {
      const issue = packError(tooDeep, `nested more than ${PACK_LIMITS.maxNesting} levels deep`);
      return { ok: false, issues: [{ ...issue, ...result.parsed.locate(tooDeep) }] };
    }
    return result;
  } catch (error) {
    // A parser's own recursion can overflow on absurd nesting: refuse, never crash.
    if (error instanceof RangeError) return fail([], tooDeepMessage);
    throw error;
  }
}

function parseYaml(text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) {
    // The YAML reader reports its own stack overflow as a syntax error; say what it means.
    if (doc.errors.some((error) => /call stack/i.test(error.message))) return fail([], tooDeepMessage);
    return {
      ok: false,
      issues: doc.errors.slice(0, 10).map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return { ...packError([], `YAML syntax: ${firstLine(error.message)}`), line: position.line, column: position.col };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: PACK_LIMITS.maxYamlAliases });
  } catch (error) {
    if (error instanceof RangeError) throw error;
    return fail([], `YAML: ${firstLine(error instanceof Error ? error.message : String(error))}`);
  }
  return { ok: true, parsed: { value, locate: yamlLocator(doc, lineCounter), explain: (issues) => explainYamlSlips(issues, doc, lineCounter, text) } };
}

function parseJson(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const clean = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s*in JSON at position \d+.*$/, '');
    const issue = packError([], `JSON syntax: ${firstLine(clean)}`);
    return { ok: false, issues: [position ? { ...issue, ...lineAndColumn(text, Number(position[1])) } : issue] };
  }
  // JSON is YAML, so the YAML reader gives positions; if it disagrees, go without them.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const locate = doc.errors.length === 0 ? yamlLocator(doc, lineCounter) : () => undefined;
  return { ok: true, parsed: { value, locate, explain: (issues) => issues } };
}

function yamlLocator(doc: Document, lineCounter: LineCounter): ParsedPackText['locate'] {
  return (path, atKey = false) => {
    let node: unknown = doc.contents;
    let found: Node | undefined = isNode(node) ? node : undefined;
    for (const [step, key] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key));
        if (!pair) break;
        const wantKey = (atKey && step === path.length - 1) || !isNode(pair.value);
        node = wantKey ? pair.key : pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
      } else break;
      if (!isNode(node)) break;
      found = node;
    }
    const offset = found?.range?.[0];
    if (offset === undefined) return undefined;
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
}

function isNode(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value);
}

const tooDeepMessage = `nested too deeply to read: lists and maps may be nested at most ${PACK_LIMITS.maxNesting} levels deep`;

/**
 * Brackets and indentation far past the nesting limit, found in one pass over
 * the text without parsing it. Generous (a few times the limit, so text that
 * merely contains brackets is never refused here); the exact limit is checked
 * on the parsed value. Flow collections (`[`, `{`) are counted outside quoted
 * strings; for YAML, so are block levels: each deeper indentation or `- ` entry.
 */
export function nestedTooDeep(text: string, format: PackTextFormat, limit = PACK_LIMITS.maxNesting * 4): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      else if (c === '\n' && format === 'yaml' && quote === "'") quote = ''; // an apostrophe in plain text, not a quote
      continue;
    }
    if (c === '"' || (c === "'" && format === 'yaml' && /[\s:[{,]/.test(text[i - 1] ?? ' '))) quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > limit) return true;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return format === 'yaml' && blockDepthBeyond(text, limit);
}

/** Whether a chain of YAML block levels (indentations deeper than the line before, compact `- - ` entries) is deeper than `limit`. Linear. */
function blockDepthBeyond(text: string, limit: number): boolean {
  const columns: number[] = [];
  for (const line of text.split('\n')) {
    let at = 0;
    while (line[at] === ' ' || line[at] === '\t') at++;
    if (at === line.length || line[at] === '#') continue;
    while (columns.length > 0 && columns[columns.length - 1]! >= at) columns.pop();
    columns.push(at);
    if (columns.length > limit) return true;
    // Runs of `- ` entries, at the start or after a key (`id: - - -`, which a reader takes long to refuse).
    let run = 0;
    for (let i = at; i < line.length; i++) {
      if (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === '\t') && (i === at || line[i - 1] === ' ' || line[i - 1] === '\t')) {
        if (columns.length + ++run > limit) return true;
        i++;
      } else if (line[i] !== ' ' && line[i] !== '\t') run = 0;
    }
  }
  return false;
}

/** The path of the first value nested deeper than the limit, or undefined. Iterative: no stack to overflow. */
function findTooDeep(root: unknown): PathKey[] | undefined {
  const stack: { value: unknown; path: PathKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= PACK_LIMITS.maxNesting) return path;
    if (Array.isArray(value)) value.forEach((child, index) => stack.push({ value: child, path: [...path, index] }));
    else for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
  }
  return undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function fileTooLargeMessage(bytes: number): string {
  return `the file is ${formatBytes(bytes)}; a pack may be at most ${formatBytes(PACK_LIMITS.maxFileBytes)}`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} kB`;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

function fail(path: PathKey[], message: string): ParseResult {
  return { ok: false, issues: [packError(path, message)] };
}
