/**
 * What each `adviser-coach pack` command does, as plain functions returning
 * lines for stdout and stderr and an exit code; rules/cli/main.ts prints them.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { compilePack } from '../compile-pack';
import { lintPack } from '../lint-pack';
import { loadPack, withPositions, type LoadPackResult } from '../load-pack';
import { formatIssue, packError } from '../pack-issues';
import { PACK_LIMITS } from '../pack-limits';
import { packJsonSchemaText, practiceJsonSchemaText } from '../pack-json-schema';
import { fileTooLargeMessage } from '../parse-pack-text';
import { renderPreviewSheet } from '../preview-sheet';

export interface CommandResult {
  exitCode: number;
  /** Errors and warnings, one per line, path first (stderr). */
  problems: string[];
  /** What was done (stdout). */
  report: string[];
}

const ok = (report: string[]): CommandResult => ({ exitCode: 0, problems: [], report });
const fileProblem = (message: string): CommandResult => ({ exitCode: 2, problems: [`adviser-coach: ${message}`], report: [] });

/** Read and validate, or the result to return instead. */
async function load(file: string): Promise<{ loaded: Extract<LoadPackResult, { ok: true }> } | { failed: CommandResult }> {
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { failed: fileProblem(`${file} is not a file`) };
    // Refuse before reading: the limit is there so an enormous file is never loaded.
    if (info.size > PACK_LIMITS.maxFileBytes) {
      return { failed: { exitCode: 1, problems: [formatIssue(packError([], fileTooLargeMessage(info.size)))], report: [] } };
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { failed: fileProblem(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`) };
  }
  const loaded = loadPack(text, { fileName: file });
  if (!loaded.ok) {
    const count = loaded.errors.length;
    return {
      failed: { exitCode: 1, problems: loaded.errors.map(formatIssue), report: [`${file}: invalid (${count} error${count === 1 ? '' : 's'})`] },
    };
  }
  return { loaded };
}

function summary(file: string, loaded: Extract<LoadPackResult, { ok: true }>): string {
  const { pack } = loaded;
  return `${file}: valid pack ${pack.id} ${pack.version}, ${pack.items.length} items in ${pack.sections.length} sections, languages ${pack.languages.join(', ')}`;
}

export async function validatePackFile(file: string): Promise<CommandResult> {
  const result = await load(file);
  return 'failed' in result ? result.failed : ok([summary(file, result.loaded)]);
}

export async function lintPackFile(file: string): Promise<CommandResult> {
  const result = await load(file);
  if ('failed' in result) return result.failed;
  const warnings = withPositions(lintPack(result.loaded.pack), result.loaded.locate);
  const count = `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
  return {
    exitCode: warnings.length > 0 ? 1 : 0,
    problems: warnings.map(formatIssue),
    report: [summary(file, result.loaded), `${file}: ${count}`],
  };
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
