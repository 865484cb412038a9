/**
 * What each `adviser-coach pack` command does, as plain functions returning
 * lines for stdout and stderr and an exit code; rules/cli/main.ts prints them.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { compilePack } from '../compile-pack';
import { lintPackBytes, loadPackBytes, testPackBytes, validatePackBytes, type CommandResult, type Loaded } from '../check-pack-file';
import { lintPack } from '../lint-pack';
import { formatIssue, packError } from '../pack-issues';
import { PACK_LIMITS } from '../pack-limits';
import { packJsonSchemaText, practiceJsonSchemaText } from '../pack-json-schema';
import { fileTooLargeMessage } from '../parse-pack-text';
import { renderPreviewSheet } from '../preview-sheet';
import { normalizeLabel } from '../../utils/normalize-text';
import type { AnswerValue, FollowUpHit } from '../compiled-pack';
import { evaluateFollowUps } from '../evaluate-follow-ups';
import { hitLabel } from '../run-examples';

export type { CommandResult } from '../check-pack-file';

export const ok = (report: string[]): CommandResult => ({ exitCode: 0, problems: [], report });
export const fileProblem = (message: string): CommandResult => ({ exitCode: 2, problems: [`adviser-coach: ${message}`], report: [] });

/** The file's bytes exactly as stored (what a signature covers), refused by size before it is read. */
export async function readPackFile(file: string): Promise<{ bytes: Uint8Array } | { failed: CommandResult }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { failed: fileProblem(`${file} is not a file`) };
    // Refuse before reading: the limit is there so an enormous file is never loaded.
    if (info.size > PACK_LIMITS.maxFileBytes) {
      return { failed: { exitCode: 1, problems: [formatIssue(packError([], fileTooLargeMessage(info.size)))], report: [] } };
    }
    return { bytes: await readFile(file) };
  } catch (error) {
    return { failed: fileProblem(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`) };
  }
}

/** Read, decode (rules/decode-pack-file.ts, as the extension does) and validate, or the result to return instead. */
export async function load(file: string): Promise<{ loaded: Loaded; bytes: Uint8Array } | { failed: CommandResult }> {
  const read = await readPackFile(file);
  if ('failed' in read) return read;
  const result = loadPackBytes(read.bytes, file);
  return 'failed' in result ? result : { loaded: result.loaded, bytes: read.bytes };
}

/** Run one of the shared checks (rules/check-pack-file.ts) on a file. */
async function onFile(file: string, check: (bytes: Uint8Array, name: string) => CommandResult): Promise<CommandResult> {
  const read = await readPackFile(file);
  return 'failed' in read ? read.failed : check(read.bytes, file);
}

export const validatePackFile = (file: string) => onFile(file, validatePackBytes);
export const lintPackFile = (file: string) => onFile(file, lintPackBytes);
export const testPackFile = (file: string) => onFile(file, testPackBytes);

export interface TryOptions {
  item?: string;
  /** The answer's language: must be one of the pack's (every language is read either way). */
  lang?: string;
  /** One answer typed on the command line. */
  text?: string;
  /** A TSV file with columns item, lang, text (a header row is optional; with one, other columns may be there too). */
  answersFile?: string;
}

/**
 * `pack try`: which follow-ups an answer brings up, and why. One answer: a line
 * per follow-up (id, severity, what matched, negated or not). A TSV of answers:
 * one line per row, `item<TAB>lang<TAB>id:severity,…` (empty when none).
 */
export async function tryPackFile(file: string, options: TryOptions): Promise<CommandResult> {
  const result = await load(file);
  if ('failed' in result) return result.failed;
  const compiled = compilePack(result.loaded.pack);
  if (options.lang !== undefined && !compiled.languages.includes(options.lang)) {
    return usageProblem(`--lang ${options.lang}: the pack's languages are ${compiled.languages.join(', ')}`);
  }
  const items = new Map(compiled.items.map((item) => [item.id, item]));
  if (options.answersFile === undefined) {
    if (options.item === undefined) return usageProblem('pack try needs --item ID (or --answers file.tsv)');
    if (options.text === undefined) return usageProblem('pack try needs the answer text, in quotes');
    const item = items.get(options.item);
    if (!item) return unknownItem(options.item, [...items.keys()]);
    const hits = evaluateFollowUps(compiled, item, typedAnswer(options.text));
    return ok(hits.length === 0 ? ['no follow-up fires'] : hits.flatMap(describeHit));
  }
  let tsv: string;
  try {
    tsv = await readFile(options.answersFile, 'utf8');
  } catch (error) {
    return fileProblem(`cannot read ${options.answersFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const lines: string[] = [];
  const problems: string[] = [];
  // Columns item, lang, text; a header row may name them in another order and add others.
  let columns = { item: 0, lang: 1, text: 2 };
  let seenRow = false;
  tsv.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!seenRow) {
      seenRow = true;
      if (cells.includes('item') && cells.includes('text')) {
        columns = { item: cells.indexOf('item'), lang: cells.indexOf('lang'), text: cells.indexOf('text') };
        lines.push('item\tlang\tfollowUps');
        return;
      }
    }
    const itemId = cells[columns.item] ?? '';
    const lang = cells[columns.lang] ?? '';
    const text = columns.text === cells.length - 1 || columns.text === 2 ? cells.slice(columns.text).join('\t') : (cells[columns.text] ?? '');
    const item = items.get(itemId);
    if (!item) {
      problems.push(`${options.answersFile}:${index + 1}: no item has the id "${itemId}"`);
      lines.push(`${itemId}\t${lang}\t`);
      return;
    }
    const hits = evaluateFollowUps(compiled, item, typedAnswer(text));
    lines.push(`${itemId}\t${lang}\t${hits.map(hitLabel).join(',')}`);
  });
  return { exitCode: problems.length > 0 ? 1 : 0, problems, report: lines };
}

/** An answer as typed: free text, and also the label of a chosen option ("Ja"). */
function typedAnswer(text: string): AnswerValue {
  const normalized = normalizeLabel(text);
  const number = /^-?\d{1,15}(?:[.,]\d{1,15})?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : undefined;
  return { text, options: normalized ? [normalized] : [], ...(number !== undefined && { number }) };
}

function describeHit(hit: FollowUpHit): string[] {
  return [
    `${hit.followUp.id}\t${hit.severity}`,
    ...hit.reasons.map((reason) => {
      // The second net's reason reads as a sentence: its probability and the answer's words that weigh most.
      if (reason.kind === 'learned') return `  concept ${reason.source} ${reason.phrase}: ${reason.words}`;
      const what =
        reason.kind === 'concept'
          ? `concept ${reason.source} ${reason.phrase === undefined ? '(a reply to the question asked)' : `("${reason.phrase}")`}`
          : reason.kind === 'phrase'
            ? `phrase "${reason.source}"`
            : reason.kind === 'option'
              ? `option ${reason.source}`
              : reason.kind;
      const words = reason.words !== undefined && reason.kind !== 'answered' ? `: "${reason.words}"` : '';
      return `  ${what}${words}${reason.negated ? ' (negated)' : ''}`;
    }),
  ];
}

function usageProblem(message: string): CommandResult {
  return { exitCode: 2, problems: [`adviser-coach: ${message}`], report: [] };
}

function unknownItem(id: string, known: string[]): CommandResult {
  const list = known.length > 12 ? `${known.slice(0, 12).join(', ')}, …` : known.join(', ');
  return { exitCode: 2, problems: [`adviser-coach: no item has the id "${id}" (items: ${list})`], report: [] };
}

export async function buildPack(file: string, out: string | undefined, compiled: boolean): Promise<CommandResult> {
  const result = await load(file);
  if ('failed' in result) return result.failed;
  const { $schema: _editorHint, ...pack } = result.loaded.pack;
  const json = `${JSON.stringify(compiled ? compilePack(result.loaded.pack) : pack, null, 2)}\n`;
  return emit(json, out, `${compiled ? 'compiled' : 'normalised'} pack ${pack.id} ${pack.version}`);
}

export async function previewPack(file: string, out: string | undefined): Promise<CommandResult> {
  const result = await load(file);
  if ('failed' in result) return result.failed;
  const sheet = renderPreviewSheet(result.loaded.pack, lintPack(result.loaded.pack));
  return emit(sheet, out, `review sheet for ${result.loaded.pack.id} ${result.loaded.pack.version}`);
}

/** The JSON Schema for rule packs, or with `practice` for stand-alone practice files. */
export async function writeSchema(out: string | undefined, practice = false): Promise<CommandResult> {
  return practice ? emit(practiceJsonSchemaText(), out, 'JSON Schema for practice files') : emit(packJsonSchemaText(), out, 'JSON Schema for rule packs');
}

/** Write to `out`, or to stdout when no file is given. */
async function emit(content: string, out: string | undefined, what: string): Promise<CommandResult> {
  if (out === undefined || out === '-') {
    process.stdout.write(content);
    return ok([]);
  }
  try {
    await writeFile(out, content, 'utf8');
  } catch (error) {
    return fileProblem(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return ok([`wrote ${what} to ${out}`]);
}
