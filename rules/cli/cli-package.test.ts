/**
 * The CLI without a clone: `npm run pack:cli` builds a tarball, `npm install -g`
 * installs it offline into an empty prefix (no registry, empty npm cache), and
 * the installed `adviser-coach` command works from a directory outside this
 * repository, so nothing can resolve from the project's node_modules.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Every test runs the installed command as a process, some several times; a loaded machine needs more than 5 s.
vi.setConfig({ testTimeout: 60_000 });

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const TARBALL = join(ROOT, '.output', `adviser-coach-cli-${VERSION}.tgz`);
const work = mkdtempSync(join(tmpdir(), 'adviser-coach-cli-install-'));
const prefix = join(work, 'prefix');
/** Only the installed command and node itself on PATH; nothing else from this machine's environment. */
const env = { PATH: `${join(prefix, 'bin')}:${dirname(process.execPath)}`, HOME: work };
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('adviser-coach', args, { cwd: work, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  rmSync(TARBALL, { force: true });
  await exec('npm', ['run', '--silent', 'pack:cli'], { cwd: ROOT });
  await exec('npm', ['install', '-g', '--prefix', prefix, '--offline', '--cache', join(work, 'npm-cache'), '--no-audit', '--no-fund', TARBALL], {
    cwd: work,
    env: { ...env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
  });
}, 120_000);

describe('the CLI tarball', () => {
  it('is written where the README says and installs the adviser-coach command', () => {
    expect(existsSync(TARBALL)).toBe(true);
    expect(existsSync(join(prefix, 'bin', 'adviser-coach'))).toBe(true);
  });

  it('validates and lints a default pack from outside the repository', async () => {
    const pack = join(work, 'social.yaml');
    copyFileSync(join(ROOT, 'rules/packs/social-assistance-initial-assessment.yaml'), pack);
    const validate = await cli('pack', 'validate', pack);
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/valid pack adviser-coach\.social-assistance-ia \d+\.\d+\.\d+, 38 items/);
    // The same checks with the same messages as the CLI in a clone (whatever the pack's state).
    const lint = await cli('pack', 'lint', 'social.yaml');
    const inClone = await exec(process.execPath, [join(ROOT, 'bin/adviser-coach.mjs'), 'pack', 'lint', 'social.yaml'], { cwd: work }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(lint.stdout).toMatch(/social\.yaml: \d+ warnings?$/m);
    expect({ stdout: lint.stdout, stderr: lint.stderr }).toEqual({ stdout: inClone.stdout, stderr: inClone.stderr });
    const broken = join(work, 'broken.yaml');
    copyFileSync(join(ROOT, 'rules/fixtures/minimal-pack.yaml'), broken);
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('rewordings:', 'rewording:'));
    const invalid = await cli('pack', 'validate', broken);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/unknown field "rewording" \(did you mean "rewordings"\?\)/);
  });

  it('makes keys, signs and verifies with the installed command', async () => {
    const pack = join(work, 'minimal.yaml');
    copyFileSync(join(ROOT, 'rules/fixtures/minimal-pack.yaml'), pack);
    expect((await cli('pack', 'keygen', '--kid', 'office', '--out-dir', 'keys')).code).toBe(0);
    expect((await cli('pack', 'sign', pack, '--key', 'keys/office.private.jwk.json')).code).toBe(0);
    const verified = await cli('pack', 'verify', pack, '--sig', `${pack}.sig`, '--pubkey', 'keys/office.public.jwk.json');
    expect(verified.stdout).toMatch(/valid signature by key office/);
    expect(verified.code).toBe(0);
  });

  it('declares no dependencies and an engines range that covers every bundled package', () => {
    const manifest = JSON.parse(readFileSync(join(prefix, 'lib/node_modules/adviser-coach-cli/package.json'), 'utf8'));
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.engines).toEqual({ node: '>=20.0.0' });
    expect(Object.keys(manifest.bundles)).toEqual(expect.arrayContaining(['jose', 'valibot', 'yaml']));
    for (const name of Object.keys(manifest.bundles)) {
      const range: string | undefined = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).engines?.node;
      // Every bundled package's lowest allowed major must be at most the one we declare.
      if (range !== undefined) expect(Math.min(...range.split('||').map((part) => Number(/\d+/.exec(part)?.[0])))).toBeLessThanOrEqual(20);
    }
  });
});
