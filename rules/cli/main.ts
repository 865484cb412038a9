/**
 * `adviser-coach pack …`: the supervisor's command line. Run through
 * bin/adviser-coach.mjs, which bundles this file with esbuild so plain `node`
 * can run it. Exit status: 0 fine, 1 the pack has errors (or, for `lint`,
 * warnings), 2 the command itself was wrong (usage, unreadable file).
 * Problems go to stderr, one per line, path first.
 */
import {
  buildPack,
  lintPackFile,
  previewPack,
  testPackFile,
  tryPackFile,
  validatePackFile,
  writeSchema,
  type CommandResult,
} from './pack-commands';
import { signPackFile, verifyPackFile, writeSigningKeys } from './sign-commands';
import { evalQuestionsFile } from './question-commands';
import { checkPracticeFile, isPracticeFile } from './practice-commands';

const USAGE = `Usage: adviser-coach pack <command> <file> [options]

Commands:
  validate <file>                 check a pack (YAML or JSON) against the format
                                  (a practice file: as "practice validate" below)
  lint <file>                     validate, then warn about coaching quality
                                  (and run the example answers)
  test <file>                     run the items' example answers; exit 1 on any mismatch
  try <file> --item ID [--lang xx] "answer"
                                  which follow-ups this answer brings up, and why
  try <file> --answers <file.tsv> one line per row (columns item, lang, text):
                                  item, lang, follow-ups as id:severity
  build <file> -o <out.json>      write the validated, normalised pack as JSON
                                  (--compiled: the runtime form the extension stores)
  preview <file> -o <sheet.html>  write a printable review sheet of every item
  schema [-o <pack.schema.json>]  write the JSON Schema for editors
                                  (--practice: for stand-alone practice files)

Signing (detached JWS, EdDSA/Ed25519; see docs/pack-format.md):
  keygen [--kid <name>] [--out-dir <dir>]
                                  write <name>.private.jwk.json (secret, mode 0600)
                                  and <name>.public.jwk.json (for policy)
  sign <file> --key <private.jwk.json> [-o <file.sig>]
                                  write the detached signature (default <file>.sig)
  verify <file> --sig <file.sig> --pubkey <public.jwk.json> [--pubkey <another>]
                                  exit 0 only if a trusted key signed this file

Practice files (a trainer's scenarios for a pack, e.g. exported from the editor):
       adviser-coach practice validate <file> [--pack <pack file>]
                                  check the file, then check it against the pack it
                                  names: the --pack file, else the built-in pack
                                  with that id, else a pack file with that id in
                                  the practice file's folder
       adviser-coach practice lint <file> [--pack <pack file>]
                                  validate, then warn about answers to enter that
                                  are not one of the question's options

       adviser-coach questions eval <file.tsv> [--errors]
                                  measure the open/closed question classifier on
                                  labelled questions (columns label, text, and
                                  optionally lang); --errors lists the misjudged ones

Exit status: 0 ok, 1 errors in the pack or practice file (lint: also warnings;
verify: no valid signature), 2 usage or file problems (practice: also the pack it
names not found).`;

/** Options that take a value; `--pubkey` may be given several times. */
const VALUE_OPTIONS = {
  '-o': 'out',
  '--out': 'out',
  '--key': 'key',
  '--sig': 'sig',
  '--pubkey': 'pubkeys',
  '--kid': 'kid',
  '--out-dir': 'outDir',
  '--item': 'item',
  '--lang': 'lang',
  '--answers': 'answers',
  '--pack': 'pack',
} as const;
type ValueOption = (typeof VALUE_OPTIONS)[keyof typeof VALUE_OPTIONS];

interface Parsed {
  command?: string;
  file?: string;
  out?: string;
  key?: string;
  sig?: string;
  kid?: string;
  outDir?: string;
  pubkeys: string[];
  compiled: boolean;
  practice: boolean;
  help: boolean;
  item?: string;
  lang?: string;
  answers?: string;
  /** `practice …`: the pack file to check against. */
  pack?: string;
  /** Positional words after the file: the answer for `try`. */
  rest: string[];
  unknown: string[];
  /** An option given without its value. */
  missingValue?: string;
}

function parseArgs(args: string[]): Parsed {
  const parsed: Parsed = { compiled: false, practice: false, help: false, unknown: [], pubkeys: [], rest: [] };
  const positional: string[] = [];
  const set = (name: ValueOption, value: string) => {
    if (name === 'pubkeys') parsed.pubkeys.push(value);
    else parsed[name] = value;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const equals = arg.indexOf('=');
    const flag = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    if (flag in VALUE_OPTIONS) {
      const name = VALUE_OPTIONS[flag as keyof typeof VALUE_OPTIONS];
      const value = flag === arg ? args[++i] : arg.slice(equals + 1);
      if (value === undefined || value === '') parsed.missingValue ??= flag;
      else set(name, value);
    } else if (arg === '--compiled') parsed.compiled = true;
    else if (arg === '--practice') parsed.practice = true;
    else if (arg === '-h' || arg === '--help') parsed.help = true;
    else if (arg.startsWith('-') && arg !== '-') parsed.unknown.push(arg);
    else positional.push(arg);
  }
  if (positional[0] === 'pack') positional.shift();
  [parsed.command, parsed.file] = positional;
  parsed.rest = positional.slice(2);
  return parsed;
}

export async function main(args: string[]): Promise<number> {
  if (args[0] === 'questions') return questions(args.slice(1));
  if (args[0] === 'practice') return practice(parseArgs(args.slice(1)));
  const parsed = parseArgs(args);
  if (parsed.help || parsed.command === undefined || parsed.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return parsed.command === undefined && !parsed.help ? 2 : 0;
  }
  if (parsed.unknown.length > 0) return usage(`unknown option ${parsed.unknown.join(', ')}`);
  if (parsed.missingValue !== undefined) return usage(`${parsed.missingValue} needs a value`);

  let result: CommandResult;
  switch (parsed.command) {
    case 'schema':
      result = await writeSchema(parsed.out, parsed.practice);
      break;
    case 'keygen':
      result = await writeSigningKeys(parsed.outDir ?? '.', parsed.kid);
      break;
    case 'validate':
    case 'lint':
    case 'build':
    case 'preview':
    case 'test':
    case 'try':
    case 'sign':
    case 'verify': {
      if (!parsed.file) return usage(`"${parsed.command}" needs a pack file`);
      const file = parsed.file;
      // A practice file given to pack validate|lint is checked as one, not refused for the pack fields it lacks.
      if ((parsed.command === 'validate' || parsed.command === 'lint') && (await isPracticeFile(file))) {
        result = await checkPracticeFile(file, { lint: parsed.command === 'lint', ...(parsed.pack !== undefined && { pack: parsed.pack }) });
      } else if (parsed.command === 'validate') result = await validatePackFile(file);
      else if (parsed.command === 'lint') result = await lintPackFile(file);
      else if (parsed.command === 'build') result = await buildPack(file, parsed.out, parsed.compiled);
      else if (parsed.command === 'test') result = await testPackFile(file);
      else if (parsed.command === 'try') {
        result = await tryPackFile(file, {
          item: parsed.item,
          lang: parsed.lang,
          text: parsed.rest.length > 0 ? parsed.rest.join(' ') : undefined,
          answersFile: parsed.answers,
        });
      } else if (parsed.command === 'sign') {
        if (!parsed.key) return usage('"sign" needs --key <private key file>');
        result = await signPackFile(file, parsed.key, parsed.out);
      } else if (parsed.command === 'verify') {
        if (!parsed.sig) return usage('"verify" needs --sig <signature file>');
        if (parsed.pubkeys.length === 0) return usage('"verify" needs at least one --pubkey <public key file>');
        result = await verifyPackFile(file, parsed.sig, parsed.pubkeys);
      } else result = await previewPack(file, parsed.out);
      break;
    }
    default:
      return usage(`unknown command "${parsed.command}"`);
  }
  return print(result);
}

async function practice(parsed: Parsed): Promise<number> {
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.unknown.length > 0) return usage(`unknown option ${parsed.unknown.join(', ')}`);
  if (parsed.missingValue !== undefined) return usage(`${parsed.missingValue} needs a value`);
  if (parsed.command !== 'validate' && parsed.command !== 'lint') {
    return usage(parsed.command === undefined ? '"practice" needs a command: validate or lint' : `unknown command "practice ${parsed.command}"`);
  }
  if (!parsed.file || parsed.rest.length > 0) return usage(`"practice ${parsed.command}" needs one practice file`);
  return print(await checkPracticeFile(parsed.file, { lint: parsed.command === 'lint', ...(parsed.pack !== undefined && { pack: parsed.pack }) }));
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
