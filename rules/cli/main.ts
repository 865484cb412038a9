/**
 * `adviser-coach pack …`: the supervisor's command line. Run through
 * bin/adviser-coach.mjs, which bundles this file with esbuild so plain `node`
 * can run it. Exit status: 0 fine, 1 the pack has errors (or, for `lint`,
 * warnings), 2 the command itself was wrong (usage, unreadable file).
 * Problems go to stderr, one per line, path first.
 */
import { buildPack, lintPackFile, previewPack, validatePackFile, writeSchema, type CommandResult } from './pack-commands';
import { evalQuestionsFile } from './question-commands';

const USAGE = `Usage: adviser-coach pack <command> <file> [options]

Commands:
  validate <file>                 check a pack (YAML or JSON) against the format
  lint <file>                     validate, then warn about coaching quality
  build <file> -o <out.json>      write the validated, normalised pack as JSON
                                  (--compiled: the runtime form the extension stores)
  preview <file> -o <sheet.html>  write a printable review sheet of every item
  schema [-o <pack.schema.json>]  write the JSON Schema for editors
                                  (--practice: for stand-alone practice files)

       adviser-coach questions eval <file.tsv> [--errors]
                                  measure the open/closed question classifier on
                                  labelled questions (columns label, text, and
                                  optionally lang); --errors lists the misjudged ones

Exit status: 0 ok, 1 errors in the pack (lint: also warnings), 2 usage or file problems.`;

interface Parsed {
  command?: string;
  file?: string;
  out?: string;
  compiled: boolean;
  practice: boolean;
  help: boolean;
  unknown: string[];
}

function parseArgs(args: string[]): Parsed {
  const parsed: Parsed = { compiled: false, practice: false, help: false, unknown: [] };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-o' || arg === '--out') parsed.out = args[++i];
    else if (arg.startsWith('--out=')) parsed.out = arg.slice('--out='.length);
    else if (arg === '--compiled') parsed.compiled = true;
    else if (arg === '--practice') parsed.practice = true;
    else if (arg === '-h' || arg === '--help') parsed.help = true;
    else if (arg.startsWith('-') && arg !== '-') parsed.unknown.push(arg);
    else positional.push(arg);
  }
  if (positional[0] === 'pack') positional.shift();
  [parsed.command, parsed.file] = positional;
  return parsed;
}

export async function main(args: string[]): Promise<number> {
  if (args[0] === 'questions') return questions(args.slice(1));
  const parsed = parseArgs(args);
  if (parsed.help || parsed.command === undefined || parsed.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return parsed.command === undefined && !parsed.help ? 2 : 0;
  }
  if (parsed.unknown.length > 0) return usage(`unknown option ${parsed.unknown.join(', ')}`);
  if (parsed.out === undefined && args.some((a) => a === '-o' || a === '--out')) return usage('-o needs a file name');

  let result: CommandResult;
  switch (parsed.command) {
    case 'schema':
      result = await writeSchema(parsed.out, parsed.practice);
      break;
    case 'validate':
    case 'lint':
    case 'build':
    case 'preview': {
      if (!parsed.file) return usage(`"${parsed.command}" needs a pack file`);
      const file = parsed.file;
      if (parsed.command === 'validate') result = await validatePackFile(file);
      else if (parsed.command === 'lint') result = await lintPackFile(file);
      else if (parsed.command === 'build') result = await buildPack(file, parsed.out, parsed.compiled);
      else result = await previewPack(file, parsed.out);
      break;
    }
    default:
      return usage(`unknown command "${parsed.command}"`);
  }
  return print(result);
}

async function questions(args: string[]): Promise<number> {
  const showErrors = args.includes('--errors');
  const rest = args.filter((arg) => arg !== '--errors');
  const unknown = rest.filter((arg) => arg.startsWith('-'));
  if (unknown.length > 0) return usage(`unknown option ${unknown.join(', ')}`);
  if (rest[0] !== 'eval') return usage(rest[0] === undefined ? '"questions" needs a command: eval' : `unknown command "questions ${rest[0]}"`);
  if (rest[1] === undefined || rest.length > 2) return usage('"questions eval" needs one TSV file');
  return print(await evalQuestionsFile(rest[1], showErrors));
}

function print(result: CommandResult): number {
  for (const line of result.problems) process.stderr.write(`${line}\n`);
  for (const line of result.report) process.stdout.write(`${line}\n`);
  return result.exitCode;
}

function usage(message: string): number {
  process.stderr.write(`adviser-coach: ${message}\n\n${USAGE}\n`);
  return 2;
}
