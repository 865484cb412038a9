// One decoding of pack files for the CLI and the extension; absurd nesting refused in
// plain words (never "Maximum call stack size exceeded"); the trigger-phrase budgets.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { validatePackFile } from './cli/pack-commands';
import { decodePackBytes } from './decode-pack-file';
import { importPackBytes } from './import-pack';
import { loadPack } from './load-pack';
import { formatIssue } from './pack-issues';
import { PACK_LIMITS } from './pack-limits';

const minimal = readFileSync(new URL('./fixtures/minimal-pack.yaml', import.meta.url), 'utf8').replace('Minimal example', 'Minimal exämple – ÅÄÖ');
const dir = mkdtempSync(join(tmpdir(), 'pack-decoding-'));

function utf16(text: string, endian: 'le' | 'be', mark = true): Uint8Array {
  const out = new Uint8Array((text.length + (mark ? 1 : 0)) * 2);
  const units = [...(mark ? [0xfeff] : []), ...Array.from(text, (_, i) => text.charCodeAt(i))];
  units.forEach((unit, i) => {
    out[i * 2 + (endian === 'le' ? 0 : 1)] = unit & 0xff;
    out[i * 2 + (endian === 'le' ? 1 : 0)] = unit >> 8;
  });
  return out;
}

const encodings: [string, Uint8Array][] = [
  ['UTF-8', new TextEncoder().encode(minimal)],
  ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(minimal)])],
  ['UTF-16 LE with BOM', utf16(minimal, 'le')],
  ['UTF-16 BE with BOM', utf16(minimal, 'be')],
  ['UTF-16 LE without BOM', utf16(minimal, 'le', false)],
  ['Latin-1', Uint8Array.from(Array.from(minimal, (c) => c.charCodeAt(0) & 0xff))],
];

/** What the CLI says of the file, and what the options page's import says: title read, or the first problem. */
async function bothPaths(bytes: Uint8Array): Promise<{ cli: string; extension: string }> {
  const file = join(dir, 'pack.yaml');
  writeFileSync(file, bytes);
  const cli = await validatePackFile(file);
  const imported = await importPackBytes(bytes, { fileName: 'pack.yaml', extensionVersion: '0.1.0', dryRun: true });
  return {
    cli: cli.exitCode === 0 ? cli.report[0]!.replace(`${file}: `, '') : cli.problems[0]!,
    extension: imported.ok ? `valid pack ${imported.pack.id} ${imported.pack.version}, ${imported.pack.itemCount} items in ${imported.pack.sectionCount} sections, languages ${imported.pack.languages.join(', ')}` : formatIssue(imported.errors[0]!),
  };
}

describe('one decoding for the CLI and the extension', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each(encodings)('%s: the CLI and the import read it the same way', async (name, bytes) => {
    const { cli, extension } = await bothPaths(bytes);
    expect(extension).toBe(cli);
    if (name.endsWith('with BOM') || name === 'UTF-8') {
      expect(cli).toBe('valid pack example.minimal 0.1.0, 1 items in 1 sections, languages en');
      const decoded = decodePackBytes(bytes);
      expect(decoded.ok && decoded.text).toBe(minimal);
    } else {
      expect(cli).toMatch(/^\(root\): the file (looks like UTF-16 text without a byte-order mark|is not UTF-8 text); save it as UTF-8/);
    }
  });
});

describe('absurd nesting is refused in plain words', () => {
  const texts: [string, string, string][] = [
    ['YAML flow lists', 'id: ' + '['.repeat(100_000) + ']'.repeat(100_000), 'pack.yaml'],
    ['YAML block lists', 'id:\n' + Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n') + 'x', 'pack.yaml'],
    ['YAML compact entries', 'items:\n' + '- '.repeat(200_000) + 'x', 'pack.yaml'],
    ['JSON arrays', '{"id":' + '['.repeat(200_000) + ']'.repeat(200_000) + '}', 'pack.json'],
    ['JSON objects', '{"id":' + '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000) + '}', 'pack.json'],
  ];
  it.each(texts)('%s', (_name, text, fileName) => {
    const loaded = loadPack(text, { fileName });
    expect(loaded.ok).toBe(false);
    const message = loaded.ok ? '' : loaded.errors.map(formatIssue).join('\n');
    expect(message).not.toMatch(/call stack/i);
    expect(message).toMatch(/nested (too deeply to read|more than 24 levels deep)/);
  });

  it('a pack at the limit is judged on its content, not refused for its brackets', () => {
    const text = readFileSync(new URL('./packs/social-assistance-initial-assessment.yaml', import.meta.url), 'utf8');
    expect(loadPack(text, { fileName: 'p.yaml' }).ok).toBe(true);
    // Brackets inside quoted text are text.
    const quoted = loadPack(`id: "${'['.repeat(200)}"`, { fileName: 'p.yaml' });
    expect(quoted.ok ? [] : quoted.errors.map((e) => e.message)).not.toContainEqual(expect.stringMatching(/nested/));
  });
});

describe('the budget of trigger phrases', () => {
  const withPhrases = (perCondition: number, conditions: number) => {
    const anyOf = Array.from({ length: conditions }, (_, c) => `          - text: [${Array.from({ length: perCondition }, (_, i) => `w${c}x${i}`).join(', ')}]`).join('\n');
    return `${minimal}    followUps:\n      - id: many\n        severity: warning\n        prompt: Ask.\n        when:\n          anyOf:\n${anyOf.replaceAll('          - ', '            - ')}\n`;
  };
  const errors = (text: string) => {
    const loaded = loadPack(text, { fileName: 'p.yaml' });
    return loaded.ok ? [] : loaded.errors.map((e) => `${e.path.join('.')}: ${e.message}`);
  };

  it('allows a follow-up up to its budget and refuses one past it, naming the follow-up', () => {
    expect(errors(withPhrases(100, 3))).toEqual([]);
    expect(errors(withPhrases(100, 4))).toEqual([
      `items.0.followUps.0.when: lists 400 words or phrases in all; a follow-up may have at most ${PACK_LIMITS.maxPhrasesPerFollowUp}: use a concept (mentions) or keep the words that matter`,
    ]);
  });

  it('accepts a follow-up whose every phrase starts with the same word or a pronoun (matching cost does not grow with them)', () => {
    const list = (words: string[]) => `${minimal}    followUps:\n      - id: many\n        severity: warning\n        prompt: Ask.\n        when: { text: [${words.join(', ')}] }\n`;
    const shared = (n: number, start: string) => Array.from({ length: n }, (_, i) => `"${start} zorbel${i.toString(36)}"`);
    expect(errors(list(shared(PACK_LIMITS.maxPhrases, 'never')))).toEqual([]);
    expect(errors(list([...shared(50, 'I'), ...shared(50, 'she')]))).toEqual([]);
  });
});
