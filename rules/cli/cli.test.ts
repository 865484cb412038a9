/**
 * The supervisor's CLI through its process interface: `node bin/adviser-coach.mjs …`,
 * exit status, stdout and stderr, files written.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Each test starts node and esbuild (bin/adviser-coach.mjs bundles the CLI), several
// times; on a loaded machine that takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 30_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'adviser-coach.mjs');
const SOCIAL = join(ROOT, 'rules/packs/social-assistance-initial-assessment.yaml');
const WORK = join(ROOT, 'rules/packs/work-focused-interview.yaml');
const MINIMAL = join(ROOT, 'rules/fixtures/minimal-pack.yaml');
const dir = mkdtempSync(join(tmpdir(), 'adviser-coach-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const minimal = readFileSync(MINIMAL, 'utf8');
/** Every stderr line starts with a path into the pack, then ": ". */
const PATH_FIRST = /^(\(root\)|[A-Za-z$_][\w$]*(\[\d+\]|\.[A-Za-z$_][\w$]*|\["[^"]+"\])*): \S/;

describe('adviser-coach pack validate', () => {
  it.each([SOCIAL, WORK, MINIMAL])('accepts %s', async (path) => {
    const { code, stdout, stderr } = await run('pack', 'validate', path);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/valid pack .+ \d+ items in \d+ sections/);
  });

  it('reports each error on its own line, path first, with exit status 1', async () => {
    const bad = file('bad.yaml', minimal.replace('version: 0.1.0', 'version: 1.0').replace('rewordings:', 'rewording:').replace('match: ["https://cases.example.org/*"]', 'match: "x"'));
    const { code, stderr, stdout } = await run('pack', 'validate', bad);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(PATH_FIRST);
    expect(lines).toContain('items[0].rewording: unknown field "rewording" (did you mean "rewordings"?) (line 15, column 5)');
    expect(stderr).toMatch(/^version: must be a version in quotes, like "1\.0\.0": YAML reads 1\.0 without quotes as a number \(line 3, column 10\)$/m);
    expect(stdout).toMatch(/invalid \(\d+ errors\)/);
  });

  it('reports YAML syntax errors with their line', async () => {
    const { code, stderr } = await run('pack', 'validate', file('syntax.yaml', 'id: a\nitems: [\n'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^\(root\): YAML syntax: .+ \(line \d+, column \d+\)$/m);
  });

  it('refuses a host-binding selector the browser would refuse (an error, not a lint warning)', async () => {
    const bad = file('selector.yaml', minimal.replace('    question: Current housing situation', '    question: Current housing situation\n    locators:\n      selector: "#safe["'));
    const { code, stderr } = await run('pack', 'validate', bad);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^items\[0\]\.locators\.selector: "#safe\[" is not a CSS selector a browser accepts: expected attribute name at character 6 \(line \d+, column \d+\)$/m);
  });

  it('refuses an oversized file without reading it', async () => {
    const { code, stderr } = await run('pack', 'validate', file('huge.yaml', `# ${'x'.repeat(1_100_000)}\n`));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^\(root\): the file is 1\.1 MB; a pack may be at most 1\.0 MB$/m);
  });

  it('exits 2 for a missing file, an unknown command or no arguments', async () => {
    expect((await run('pack', 'validate', 'nope.yaml')).code).toBe(2);
    expect((await run('pack', 'validate', 'nope.yaml')).stderr).toMatch(/cannot read nope\.yaml: ENOENT/);
    expect((await run('pack', 'frobnicate', MINIMAL)).code).toBe(2);
    expect((await run('pack', 'validate')).code).toBe(2);
    expect((await run()).code).toBe(2);
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: adviser-coach pack/);
  });
});

describe('adviser-coach pack lint', () => {
  it.each([SOCIAL, WORK])('finds no warnings in the default pack %s', async (path) => {
    const { code, stdout, stderr } = await run('pack', 'lint', path);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/: 0 warnings$/m);
    expect(code).toBe(0);
  });

  it('prints warnings path first, with exit status 1', async () => {
    const closed = file('closed.yaml', minimal.replace('How are things with where you live at the moment?', 'Do you rent your home?'));
    const { code, stderr, stdout } = await run('pack', 'lint', closed);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'items[0].rewordings[0].text: "Do you rent your home?" reads as a closed question (it can be answered yes or no); ask it openly, e.g. starting with "What", "How" or "Tell me about", or mark it kind: direct if a safety question is asked plainly on purpose (line 16, column 15)',
    );
    expect(stdout).toMatch(/: 1 warning$/m);
  });
});

describe('adviser-coach pack build', () => {
  it('writes the validated, normalised pack as JSON, which validates again to the same', async () => {
    const out = join(dir, 'social.json');
    const { code, stdout } = await run('pack', 'build', SOCIAL, '-o', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/wrote normalised pack adviser-coach\.social-assistance-ia 1\.3\.1/);
    const built = JSON.parse(readFileSync(out, 'utf8'));
    expect(built.items).toHaveLength(38);
    expect(built.items[5]).toMatchObject({ id: 'rent', sensitivity: 'none', followUps: [] }); // defaults filled in
    expect(built.$schema).toBeUndefined();
    const again = join(dir, 'again.json');
    expect((await run('pack', 'build', out, '-o', again)).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('writes the compiled runtime form with --compiled', async () => {
    const out = join(dir, 'compiled.json');
    expect((await run('pack', 'build', WORK, '--compiled', '-o', out)).code).toBe(0);
    const compiled = JSON.parse(readFileSync(out, 'utf8'));
    expect(compiled).toMatchObject({ format: 1, id: 'adviser-coach.work-focused-interview', languages: ['en', 'nb'] });
    expect(compiled.items[0].locators.labels[0]).toBe('have there been any changes in your circumstances since your last interview');
  });

  it('writes nothing for an invalid pack', async () => {
    const out = join(dir, 'never.json');
    expect((await run('pack', 'build', file('bad2.yaml', 'id: x\n'), '-o', out)).code).toBe(1);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('adviser-coach pack preview', () => {
  it('writes a printable sheet with every item, its text escaped', async () => {
    const pack = file('amp.yaml', minimal.replace('title: Minimal example', 'title: "Income < 5000 & \\"rent\\""'));
    const out = join(dir, 'sheet.html');
    const { code } = await run('pack', 'preview', pack, '-o', out);
    expect(code).toBe(0);
    const sheet = readFileSync(out, 'utf8');
    expect(sheet).toMatch(/^<!doctype html>/);
    expect(sheet).toContain('Income &#60; 5000 &#38; &#34;rent&#34;');
    expect(sheet).toContain('<code>housing</code>');
  });

  it('covers the whole default pack', async () => {
    const out = join(dir, 'social.html');
    expect((await run('pack', 'preview', SOCIAL, '-o', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8').match(/<article class="item">/g)).toHaveLength(38);
  });
});

describe('adviser-coach pack schema', () => {
  it('writes the committed JSON Schema', async () => {
    const out = join(dir, 'schema.json');
    expect((await run('pack', 'schema', '-o', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'rules/pack.schema.json'), 'utf8'));
  });

  it('writes the practice-file schema with --practice', async () => {
    const out = join(dir, 'practice.schema.json');
    expect((await run('pack', 'schema', '--practice', '-o', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'rules/practice.schema.json'), 'utf8'));
  });
});

describe('adviser-coach questions eval (npm run eval:questions)', () => {
  it('prints the figures and, last, one JSON line', async () => {
    const tsv = file('questions.tsv', 'lang\tlabel\ttext\nen\topen\tWhat happened then?\nsv\tclosed\tBor du ensam?\nnb\tclosed\tHvor lenge har du bodd der?\nen\tclosed\tSo you moved in May?\n');
    const { code, stdout, stderr } = await run('questions', 'eval', tsv);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toContain('accuracy 100.0%');
    expect(lines).toContain('closed precision 100.0%, recall 100.0%');
    expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({ accuracy: 1, closedRecall: 1, openRecall: 1, total: 4 });
  });

  it('lists misjudged questions with their sentence kinds on --errors, before the figures', async () => {
    const tsv = file('errors.tsv', 'label\ttext\nopen\tDo you smoke?\n');
    const { stdout } = await run('questions', 'eval', tsv, '--errors');
    expect(stdout.split('\n')[0]).toBe('line 2: labelled open: [yes-no] Do you smoke?');
  });

  it('reports bad rows on stderr by line and measures the rest', async () => {
    const tsv = file('bad-rows.tsv', 'label\ttext\nperhaps\tDo you smoke?\nopen\tWhat happened?\n');
    const { code, stdout, stderr } = await run('questions', 'eval', tsv);
    expect(code).toBe(0);
    expect(stderr).toBe(`${tsv} line 2: label must be "open" or "closed", not "perhaps"\n`);
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '').total).toBe(1);
  });

  it('exits 2 with a message for a missing file, a file without labels, or no file', async () => {
    expect(await run('questions', 'eval', join(dir, 'nothing.tsv'))).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read .*nothing\.tsv: ENOENT/) });
    const headerless = file('headerless.tsv', 'Do you smoke?\tclosed\n');
    expect(await run('questions', 'eval', headerless)).toMatchObject({ code: 2, stderr: expect.stringMatching(/header must name the columns/) });
    expect(await run('questions', 'eval')).toMatchObject({ code: 2, stderr: expect.stringMatching(/"questions eval" needs one TSV file/) });
  });
});

const MENTIONS = join(ROOT, 'rules/fixtures/mentions-pack.yaml');
const mentions = readFileSync(MENTIONS, 'utf8');

describe('adviser-coach pack test', () => {
  it('runs every example answer, one PASS line each, exit 0', async () => {
    const { code, stdout, stderr } = await run('pack', 'test', MENTIONS);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('PASS items[0].examples[2] wellbeing (sv) "hon vill ta sitt liv" → suicide-risk:critical');
    expect(stdout).toContain('PASS items[0].examples[1] wellbeing (en) "I\'m not suicidal" → suicide-risk:check-in');
    expect(stdout.trim().split('\n').at(-1)).toMatch(/12 example answers, 12 pass, 0 fail$/);
  });

  it('fails with exit 1 and a clear line per mismatching example', async () => {
    const wrong = file('wrong-examples.yaml', mentions
      .replace('fires: ["suicide-risk:check-in"]', 'fires: [suicide-risk]')
      .replace('{ lang: en, text: "I like painting", fires: [] }', '{ lang: en, text: "I like painting and my back is in pain", fires: [] }'));
    const { code, stdout, stderr } = await run('pack', 'test', wrong);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'FAIL items[0].examples[1] wellbeing (en) "I\'m not suicidal": expected suicide-risk:critical, got suicide-risk:check-in',
      'FAIL items[0].examples[4] wellbeing (en) "I like painting and my back is in pain": expected nothing to fire, got health:info',
    ]);
    expect(stdout).toMatch(/12 example answers, 10 pass, 2 fail$/m);
  });

  it('is run by pack lint too, failures as warnings', async () => {
    const wrong = file('wrong-lint.yaml', mentions.replace('fires: ["suicide-risk:check-in"]', 'fires: [suicide-risk]'));
    const { code, stdout, stderr } = await run('pack', 'lint', wrong);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^items\[0\]\.examples\[1\]: example answer for "wellbeing": expected suicide-risk:critical, got suicide-risk:check-in \(line \d+, column \d+\)$/m);
    expect(stdout).toMatch(/12 example answers, 11 pass, 1 fails$/m);
  });
});

describe('adviser-coach pack try', () => {
  it('prints the follow-ups an answer brings up, with what matched and whether it was negated', async () => {
    const fired = await run('pack', 'try', MENTIONS, '--item', 'wellbeing', '--lang', 'en', 'She says she has thought of ending it');
    expect(fired.code).toBe(0);
    expect(fired.stdout).toBe('suicide-risk\tcritical\n  concept suicide ("ending it"): "ending it"\n');
    const negated = await run('pack', 'try', MENTIONS, '--item', 'wellbeing', "I'm not suicidal");
    expect(negated.stdout).toBe('suicide-risk\tcheck-in\n  concept suicide ("suicidal"): "suicidal" (negated)\n');
    // Where the rules read nothing, the second net may: its reason names the probability and the weighing words.
    const learned = await run('pack', 'try', MENTIONS, '--item', 'wellbeing', 'Hun sier hun har en plan og at det blir snart.');
    expect(learned.stdout).toMatch(/^suicide-risk\tcritical\n {2}concept suicide resembles reviewed disclosures \(learned, 0\.\d\d\): "[^"]+"(, "[^"]+")*\n/);
    expect(learned.stdout).toContain('"plan"');
    const nothing = await run('pack', 'try', MENTIONS, '--item', 'wellbeing', 'I like painting');
    expect(nothing.stdout).toBe('no follow-up fires\n');
  });

  it('reads a TSV of answers and prints one line per row', async () => {
    const tsv = file('answers.tsv', [
      'wellbeing\ten\tI want to killmyself',
      'wellbeing\tsv\tjag mår bra',
      'partner-safe\tnb\tNei',
      'wellbeing\tnb\thelsa er dårlig, og han har prøvd å ta livet av seg',
    ].join('\n'));
    const { code, stdout } = await run('pack', 'try', MENTIONS, '--answers', tsv);
    expect(code).toBe(0);
    expect(stdout).toBe([
      'wellbeing\ten\tsuicide-risk:critical',
      'wellbeing\tsv\t',
      'partner-safe\tnb\tnot-safe:warning',
      'wellbeing\tnb\tsuicide-risk:critical,health:info',
      '',
    ].join('\n'));
  });

  it('says what is missing or unknown, with exit status 2', async () => {
    expect((await run('pack', 'try', MENTIONS, 'some answer')).stderr).toMatch(/needs --item ID/);
    const unknown = await run('pack', 'try', MENTIONS, '--item', 'nope', 'x');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no item has the id "nope" \(items: wellbeing, partner-safe\)/);
    expect((await run('pack', 'try', MENTIONS, '--item', 'wellbeing', '--lang', 'de', 'x')).stderr).toMatch(/--lang de: the pack's languages are en, sv, nb/);
  });
});

describe('adviser-coach pack keygen, sign, verify', () => {
  const keys = join(dir, 'keys');

  it('writes a private and a public key file a person can tell apart, and never overwrites them', async () => {
    const { code, stdout } = await run('pack', 'keygen', '--kid', 'methods-2026', '--out-dir', keys);
    expect(code).toBe(0);
    expect(stdout).toMatch(/wrote PRIVATE key .*methods-2026\.private\.jwk\.json: keep it secret/);
    const privateFile = join(keys, 'methods-2026.private.jwk.json');
    const publicFile = join(keys, 'methods-2026.public.jwk.json');
    expect(statSync(privateFile).mode & 0o777).toBe(0o600);
    const privateJwk = JSON.parse(readFileSync(privateFile, 'utf8'));
    const publicJwk = JSON.parse(readFileSync(publicFile, 'utf8'));
    expect(privateJwk).toMatchObject({ kid: 'methods-2026', kty: 'OKP', crv: 'Ed25519', key_ops: ['sign'], comment: expect.stringMatching(/^PRIVATE/) });
    expect(publicJwk).toMatchObject({ kid: 'methods-2026', x: privateJwk.x, key_ops: ['verify'], comment: expect.stringMatching(/^PUBLIC/) });
    expect(publicJwk.d).toBeUndefined();

    const again = await run('pack', 'keygen', '--kid', 'methods-2026', '--out-dir', keys);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(JSON.parse(readFileSync(privateFile, 'utf8')).d).toBe(privateJwk.d);
  });

  it('signs a pack and verifies it; a changed byte, another key or a new version without re-signing fail with the reason', async () => {
    await run('pack', 'keygen', '--kid', 'k1', '--out-dir', keys);
    await run('pack', 'keygen', '--kid', 'k2', '--out-dir', keys);
    const pack = file('signed.yaml', minimal);
    const signed = await run('pack', 'sign', pack, '--key', join(keys, 'k1.private.jwk.json'));
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    expect(signed.stdout).toMatch(/signed \S+ 0\.1\.0 with key k1: wrote .*signed\.yaml\.sig/);
    const sig = `${pack}.sig`;
    const k1 = join(keys, 'k1.public.jwk.json');
    const k2 = join(keys, 'k2.public.jwk.json');

    const good = await run('pack', 'verify', pack, '--sig', sig, '--pubkey', k1);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/valid signature by key k1/);
    // several trusted keys at once (a rotation in progress)
    expect((await run('pack', 'verify', pack, '--sig', sig, '--pubkey', k2, '--pubkey', k1)).code).toBe(0);

    const untrusted = await run('pack', 'verify', pack, '--sig', sig, '--pubkey', k2);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toMatch(/signature not valid: the pack is signed by key "k1", which is not a trusted key \(trusted: "k2"\)/);

    writeFileSync(pack, minimal.replace('Minimal example', 'Minimal exampl!'));
    const tampered = await run('pack', 'verify', pack, '--sig', sig, '--pubkey', k1);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/does not match the pack file/);

    writeFileSync(pack, minimal.replace('version: 0.1.0', 'version: 0.2.0'));
    const replay = await run('pack', 'verify', pack, '--sig', sig, '--pubkey', k1);
    expect(replay.code).toBe(1);
    expect(replay.stderr).toMatch(/made for version 0\.1\.0 of the pack, but the file is version 0\.2\.0/);
  });

  it('refuses bad input with exit status 2 and a plain reason', async () => {
    await run('pack', 'keygen', '--kid', 'k3', '--out-dir', keys);
    const pack = file('plain.yaml', minimal);
    const sign = await run('pack', 'sign', pack, '--key', join(keys, 'k3.public.jwk.json'));
    expect(sign.code).toBe(2);
    expect(sign.stderr).toMatch(/public key; signing needs the private key/);
    expect((await run('pack', 'sign', pack)).stderr).toMatch(/needs --key/);
    expect((await run('pack', 'verify', pack, '--sig', 'none.sig', '--pubkey', join(keys, 'k3.public.jwk.json'))).stderr).toMatch(/cannot read signature none\.sig: ENOENT/);
    expect((await run('pack', 'verify', pack, '--sig', 'x.sig')).code).toBe(2);
    expect((await run('pack', 'keygen', '--kid', '../up')).code).toBe(2);
    const bad = await run('pack', 'sign', file('invalid.yaml', 'id: x\n'), '--key', join(keys, 'k3.private.jwk.json'));
    expect(bad.code).toBe(1);
    expect(() => readFileSync(join(dir, 'invalid.yaml.sig'))).toThrow();
    const garbage = file('garbage.sig', 'not a signature\n');
    const malformed = await run('pack', 'verify', pack, '--sig', garbage, '--pubkey', join(keys, 'k3.public.jwk.json'));
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/signature is malformed/);
  });
});

describe('adviser-coach practice validate|lint (and pack validate|lint given a practice file)', () => {
  const example = readFileSync(join(ROOT, 'rules/fixtures/practice-social-assistance.yaml'), 'utf8');
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

  it.each([
    ['practice', 'validate'],
    ['pack', 'validate'],
  ])('%s %s: a practice file for a built-in pack is checked against it', async (...command) => {
    const path = file('amira.practice.yaml', example);
    const { code, stdout, stderr } = await run(...command, path);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/amira\.practice\.yaml: valid practice file for pack adviser-coach\.social-assistance-ia \S+ \(built in, social-assistance-initial-assessment\.yaml\), 1 scenario with \d+ steps/);
  });

  it('names what is wrong, path first, with line and column, also where the file does not fit its pack; exit 1', async () => {
    const broken = example.replace('item: household', 'item: pets').replace('sv: Första mötet', 'de: Första mötet');
    const path = file('broken.practice.yaml', broken);
    for (const command of [['practice', 'validate'], ['pack', 'validate'], ['pack', 'lint']]) {
      const { code, stdout, stderr } = await run(...command, path);
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n');
      expect(lines).toEqual([
        `scenarios[0].steps[0].item: no item has the id "pets" (line ${lineOf(broken, 'item: pets')}, column ${broken.split('\n')[lineOf(broken, 'item: pets') - 1]!.indexOf('pets') + 1})`,
        expect.stringMatching(new RegExp(`^scenarios\\[0\\]\\.title\\.de: language "de" is not in the pack's languages .*\\(line ${lineOf(broken, 'de: Första')}, column \\d+\\)$`)),
      ]);
      // Not the pack's fields it was never meant to have.
      expect(stderr).not.toMatch(/missing required field/);
      expect(stdout).toMatch(/broken\.practice\.yaml: invalid practice file for pack adviser-coach\.social-assistance-ia .*\(2 errors\)/);
    }
  });

  it('finds a pack file with the id beside the practice file, or takes one given with --pack', async () => {
    const folder = mkdtempSync(join(dir, 'own-pack-'));
    writeFileSync(join(folder, 'minimal.yaml'), minimal);
    const practice = [
      'practice: example.minimal',
      'scenarios:',
      '  - id: short',
      '    title: Short',
      '    persona: { name: Jo, situation: Alone., language: en, wants: Help. }',
      '    steps:',
      '      - item: housing',
      '        says: I rent a room.',
      '',
    ].join('\n');
    writeFileSync(join(folder, 'short.practice.yaml'), practice);
    const found = await run('practice', 'lint', join(folder, 'short.practice.yaml'));
    expect(found.stderr).toBe('');
    expect(found.code).toBe(0);
    expect(found.stdout).toContain(`valid practice file for pack example.minimal 0.1.0 (${join(folder, 'minimal.yaml')}), 1 scenario with 1 step`);
    expect(found.stdout).toContain('0 warnings');

    // Not found: exit 2 and how to name it.
    // In a folder of its own: the other tests leave packs in the shared one.
    const alone = join(mkdtempSync(join(dir, 'alone-')), 'alone.practice.yaml');
    writeFileSync(alone, practice);
    const missing = await run('practice', 'validate', alone);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/alone\.practice\.yaml is for the pack "example\.minimal", which is neither built in \(.*adviser-coach\.social-assistance-ia.*\) nor a pack file in .*: name its file with --pack <pack file>/);
    const given = await run('practice', 'validate', alone, '--pack', MINIMAL);
    expect(given.code).toBe(0);
    // Given the wrong pack: the file says whose it is.
    const wrong = await run('practice', 'validate', alone, '--pack', WORK);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^practice: these scenarios are for the pack "example\.minimal", not "[^"]+" \(line 1, column 11\)$/m);
  });

  it('lint warns about an answer to enter that is not one of the question\'s options; usage errors exit 2', async () => {
    const path = file('maybe.practice.yaml', example.replace('item: household', 'item: housing-risk\n        value: { en: Maybe, sv: Kanske }'));
    const { code, stderr } = await run('practice', 'lint', path);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^scenarios\[0\]\.steps\[0\]\.value\.en: "Maybe" is not one of the options of "housing-risk" in en .*\(line \d+, column \d+\)$/m);
    expect((await run('practice', 'check', path)).code).toBe(2);
    expect((await run('practice', 'validate')).code).toBe(2);
    const help = await run('practice', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('adviser-coach practice validate <file> [--pack <pack file>]');
  });
});
