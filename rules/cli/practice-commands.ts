/**
 * `adviser-coach practice validate|lint <file> [--pack <pack file>]` (and `pack
 * validate|lint` given a practice file): a stand-alone practice file checked as
 * the trainer editor's import checks it, against the pack it names, found in
 * this order: the file given with --pack; a built-in pack with that id; a pack
 * file with that id in the practice file's folder. Exit 0 fine, 1 problems in
 * the file (lint: also warnings), 2 no such pack found or a file unreadable.
 */
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CommandResult } from '../check-pack-file';
import { isPracticeFileText, loadPracticeText } from '../check-practice-file';
import { decodePackBytes } from '../decode-pack-file';
import { DEFAULT_PACK_FILES } from '../default-packs';
import { loadPack } from '../load-pack';
import { formatIssue, packError } from '../pack-issues';
import type { RulePack } from '../pack-schema';
import { detectFormat, parsePackText } from '../parse-pack-text';
import { fileProblem, load, readPackFile } from './pack-commands';

export interface PracticeOptions {
  /** A pack file to check against, instead of looking the pack up by id. */
  pack?: string;
  lint: boolean;
}

/** The text of a file read as the extension reads it, or the result to give instead. */
async function readText(file: string): Promise<{ text: string } | { failed: CommandResult }> {
  const read = await readPackFile(file);
  if ('failed' in read) return read;
  const decoded = decodePackBytes(read.bytes);
  return decoded.ok ? { text: decoded.text } : { failed: { exitCode: 1, problems: [formatIssue(packError([], decoded.message))], report: [] } };
}

/** Whether `file` holds a practice file rather than a pack (for `pack validate|lint`); false when it cannot be read. */
export async function isPracticeFile(file: string): Promise<boolean> {
  const read = await readText(file);
  return 'text' in read && isPracticeFileText(read.text, file);
}

/** The top-level `id` of a pack's text, without validating it. */
function idOf(text: string, name: string): unknown {
  const parsed = parsePackText(text, detectFormat(text, name));
  return parsed.ok && typeof parsed.parsed.value === 'object' && parsed.parsed.value !== null ? (parsed.parsed.value as { id?: unknown }).id : undefined;
}

type Found = { pack: RulePack; from: string } | { failed: CommandResult } | undefined;

/** A built-in pack with the id. */
function builtIn(id: string): Found {
  const file = DEFAULT_PACK_FILES.find((candidate) => idOf(candidate.text, candidate.fileName) === id);
  if (!file) return undefined;
  const loaded = loadPack(file.text, { fileName: file.fileName });
  return loaded.ok ? { pack: loaded.pack, from: `built in, ${file.fileName}` } : undefined;
}

/** A pack file with the id in `folder` (YAML or JSON, not a practice file), validated. */
async function beside(folder: string, id: string, practiceFile: string): Promise<Found> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => /\.(ya?ml|json)$/i.test(name) && !/\.practice\./i.test(name)).sort();
  } catch {
    return undefined;
  }
  for (const name of names) {
    const path = join(folder, name);
    if (resolve(path) === resolve(practiceFile)) continue;
    const read = await readText(path);
    if (!('text' in read) || idOf(read.text, name) !== id) continue;
    const loaded = await load(path);
    return 'failed' in loaded ? { failed: loaded.failed } : { pack: loaded.loaded.pack, from: path };
  }
  return undefined;
}

/** `practice validate` (`lint: false`) and `practice lint`. */
export async function checkPracticeFile(file: string, options: PracticeOptions): Promise<CommandResult> {
  const read = await readText(file);
  if ('failed' in read) return read.failed;
  const practice = loadPracticeText(read.text, file);
  if ('failed' in practice) return practice.failed;
  const id = practice.practice.practice;
  let found: Found;
  if (options.pack !== undefined) {
    const loaded = await load(options.pack);
    found = 'failed' in loaded ? { failed: loaded.failed } : { pack: loaded.loaded.pack, from: options.pack };
  } else {
    found = builtIn(id) ?? (await beside(dirname(file), id, file));
  }
  if (found === undefined) {
    const builtIns = DEFAULT_PACK_FILES.map((candidate) => String(idOf(candidate.text, candidate.fileName))).join(', ');
    return fileProblem(
      `${basename(file)} is for the pack "${id}", which is neither built in (${builtIns}) nor a pack file in ${dirname(file)}: name its file with --pack <pack file>`,
    );
  }
  if ('failed' in found) return found.failed;
  return practice.check(found.pack, options.lint, found.from);
}
