// 560 generated malformed and hostile packs (tests/fuzz/pack-fuzz.ts, fixed seed) through
// the functions `adviser-coach pack lint` and `pack test` call (rules/check-pack-file.ts),
// and a handful through the real CLI process: each is refused with a plain message naming
// where, or accepted and inert (no invisible or reordering character, no markup, every
// link opens the host it shows). Prints a tally of how each class was handled.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPackBytes, loadPackBytes, testPackBytes } from '../../rules/check-pack-file';
import { findMarkup } from '../../rules/check-pack-consistency';
import { compilePack } from '../../rules/compile-pack';
import { unsafeCharacter } from '../../rules/pack-characters';
import { checkLink } from '../../rules/safe-link';
import { generateFuzzCases, NOT_PLAIN, type FuzzCase, type FuzzClass } from '../fuzz/pack-fuzz';

const cases = generateFuzzCases();
/** Classes where every file must be refused; the others may also be accepted if inert. */
const ALWAYS_REFUSED = new Set<FuzzClass>(['wrong-type', 'huge-string', 'deep-nesting', 'html-script', 'script-link', 'user-info-link', 'surrogate-nul', 'broken-syntax', 'yaml-bomb', 'oversize']);
/** Invisible characters are refused except a joiner or a direction mark in prose (rules/pack-characters.ts), which Persian and Arabic text need. */
const allowedInvisible = (note: string) => /^U\+(200C|200D|200E|200F|061C) in prose$/.test(note);

type Outcome = { handled: 'refused'; first: string } | { handled: 'accepted'; warnings: number };
const tally = new Map<FuzzClass, { refused: number; accepted: number; sample: string }>();

function allStrings(value: unknown, out: string[] = []): string[] {
  const stack = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') out.push(current);
    else if (current && typeof current === 'object') for (const [key, child] of Object.entries(current)) stack.push(key, child);
  }
  return out;
}

function judge(fuzz: FuzzCase, index: number): Outcome {
  const lint = lintPackBytes(fuzz.bytes, fuzz.fileName);
  const loaded = loadPackBytes(fuzz.bytes, fuzz.fileName);
  if ('failed' in loaded) {
    expect(lint.report, fuzz.id).toEqual([expect.stringMatching(/: invalid \(\d+ errors?\)$/)]);
    // `pack test` says the same of every fourth (it reads the file the same way; the suite stays quick).
    if (index % 4 === 0) expect(testPackBytes(fuzz.bytes, fuzz.fileName).problems, fuzz.id).toEqual(lint.problems);
    expect(lint.problems.length, fuzz.id).toBeGreaterThan(0);
    for (const line of lint.problems) {
      expect(line, fuzz.id).not.toMatch(NOT_PLAIN);
      // Every message says where: a path into the pack, or (root) for the file as a whole.
      expect(line, fuzz.id).toMatch(/^(\(root\)|[A-Za-z[]\S*): \S/);
    }
    return { handled: 'refused', first: lint.problems[0]! };
  }
  // Accepted: inert. Nothing invisible or reordering, no markup, links open what they show.
  const compiled = compilePack(loaded.loaded.pack);
  for (const text of allStrings(compiled)) {
    expect(unsafeCharacter(text), `${fuzz.id}: ${JSON.stringify(text).slice(0, 80)}`).toBeUndefined();
    expect(findMarkup(text), fuzz.id).toBeUndefined();
  }
  for (const item of compiled.items) {
    for (const followUp of item.followUps) {
      for (const resource of followUp.resources) {
        if (resource.url === undefined) continue;
        const link = checkLink(resource.url);
        expect(link.ok, fuzz.id).toBe(true);
        if (link.ok) expect(new URL(link.href).hostname).toBe(link.host);
      }
    }
  }
  return { handled: 'accepted', warnings: lint.problems.length };
}

describe('generated hostile packs, through the CLI’s check functions', () => {
  it(`has at least 500 of them, in ${new Set(cases.map((c) => c.kind)).size} classes`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
  });

  it('refuses each with a plain message naming where, or accepts it only when inert', () => {
    for (const [index, fuzz] of cases.entries()) {
      const outcome = judge(fuzz, index);
      if (ALWAYS_REFUSED.has(fuzz.kind)) expect(outcome.handled, `${fuzz.id} (${fuzz.note})`).toBe('refused');
      if (fuzz.kind === 'invisible-chars') expect(outcome.handled, `${fuzz.id} (${fuzz.note})`).toBe(allowedInvisible(fuzz.note) ? 'accepted' : 'refused');
      const row = tally.get(fuzz.kind) ?? { refused: 0, accepted: 0, sample: '' };
      row[outcome.handled]++;
      if (!row.sample && outcome.handled === 'refused') row.sample = outcome.first.slice(0, 150);
      tally.set(fuzz.kind, row);
    }
  }, 60_000);

  it('refuses a look-alike host only if unreadable; otherwise it shows the host the parser reads (xn--)', () => {
    const lookAlike = cases.filter((c) => c.kind === 'look-alike-host' && c.note.includes('hеlpline'));
    expect(lookAlike.length).toBeGreaterThan(0);
    for (const fuzz of lookAlike) {
      const loaded = loadPackBytes(fuzz.bytes, fuzz.fileName);
      expect('loaded' in loaded).toBe(true);
      if ('loaded' in loaded) {
        const url = loaded.loaded.pack.items[0]!.followUps[0]!.resources[0]!.url!;
        expect(checkLink(url)).toMatchObject({ ok: true, host: 'xn--hlpline-7gg.example.org' });
      }
    }
  });
});

describe('a handful through the real CLI process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pack-fuzz-'));
  const sample = (['invisible-chars', 'deep-nesting', 'user-info-link', 'utf16', 'surrogate-nul', 'yaml-bomb'] as const).map((kind) => cases.find((c) => c.kind === kind)!);

  it.each(sample.map((c) => [c.id, c] as const))('%s: `pack lint` exits and prints exactly what the shared check says', async (_id, fuzz) => {
    const file = join(dir, `${fuzz.id}-${fuzz.fileName}`);
    writeFileSync(file, fuzz.bytes);
    const expected = lintPackBytes(fuzz.bytes, file);
    const run = await promisify(execFile)('node', ['bin/adviser-coach.mjs', 'pack', 'lint', file], { cwd: join(__dirname, '../..') }).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(run.code).toBe(expected.exitCode);
    expect(run.stderr.trim().split('\n').filter(Boolean)).toEqual(expected.problems);
  }, 60_000);
});

afterAll(() => {
  const lines = [...tally.entries()].map(([kind, row]) => `${kind.padEnd(16)} refused ${String(row.refused).padStart(3)}  accepted (inert) ${String(row.accepted).padStart(3)}  e.g. ${row.sample}`);
  console.log(`Fuzzed packs: ${cases.length}\n${lines.join('\n')}`);
});
