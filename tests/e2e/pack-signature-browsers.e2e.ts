/**
 * The pack-signature check runs on the browsers' own WebCrypto (Ed25519): the
 * module the extension uses, bundled into a page on 127.0.0.1 (a secure
 * context), checks signatures made in Node, in Debian's Chromium and in
 * Firefox ESR. Each browser is started as a plain process on the page, which
 * posts its results back; no driver is needed. A browser that is not installed
 * is skipped with a message.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePackSigningKeys, signPack } from '../../rules/sign-pack';
import { bundleForBrowser } from '../bench/bundle-for-browser.mjs';
import { CHROMIUM_PATH, PROJECT_DIR } from './support/launch-browser.mjs';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const packText = readFileSync(join(PROJECT_DIR, 'rules/fixtures/minimal-pack.yaml'), 'utf8');
const PACK = { id: 'example.minimal', version: '0.1.0' };

interface Case {
  name: string;
  pack: string;
  signature: string;
  expected: { id: string; version: string };
}

let page = '';
let cases: Case[] = [];
let trusted: unknown[] = [];

beforeAll(async () => {
  const current = await generatePackSigningKeys('current');
  const other = await generatePackSigningKeys('other');
  const bytes = new TextEncoder().encode(packText);
  const newer = packText.replace('version: 0.1.0', 'version: 0.2.0');
  cases = [
    { name: 'valid', pack: packText, signature: await signPack(bytes, current.privateJwk, PACK), expected: PACK },
    { name: 'tampered', pack: packText.replace('Minimal', 'Minimai'), signature: await signPack(bytes, current.privateJwk, PACK), expected: PACK },
    { name: 'replayed', pack: newer, signature: await signPack(bytes, current.privateJwk, PACK), expected: { ...PACK, version: '0.2.0' } },
    { name: 'untrusted', pack: packText, signature: await signPack(bytes, other.privateJwk, PACK), expected: PACK },
  ];
  trusted = [{ keyId: 'current', publicKey: current.publicJwk }];
  const script = await bundleForBrowser(join(PROJECT_DIR, 'tests/e2e/support/signature-entry.ts'));
  page = `<!doctype html><meta charset="utf-8"><title>signatures</title><script>${script}</script><script>
    (async () => {
      const cases = ${JSON.stringify(cases)};
      const trusted = ${JSON.stringify(trusted)};
      const results = {};
      for (const c of cases) {
        try { results[c.name] = await verifyPackSignature(new TextEncoder().encode(c.pack), c.signature, trusted, c.expected); }
        catch (error) { results[c.name] = { threw: String(error) }; }
      }
      await fetch('/result', { method: 'POST', body: JSON.stringify({ userAgent: navigator.userAgent, results }) });
    })();
  </script>`;
});

/** Serve the page, start the browser on it, and wait for the results it posts. */
async function runIn(command: string, args: (url: string, profile: string) => string[]): Promise<{ userAgent: string; results: Record<string, unknown> }> {
  const profile = mkdtempSync(join(tmpdir(), 'adviser-coach-sig-browser-'));
  let resolveResult: (value: string) => void = () => {};
  const posted = new Promise<string>((resolve) => (resolveResult = resolve));
  const server = createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/result') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        response.end('ok');
        resolveResult(body);
      });
      return;
    }
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = spawn(command, args(url, profile), { stdio: 'ignore', detached: true });
  // Give up before the test's own time-out so the browser is still ended below.
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${command} did not report results from ${url}`)), 45_000);
  });
  try {
    return JSON.parse(await Promise.race([posted, gaveUp]));
  } finally {
    clearTimeout(timer);
    const exited = browser.exitCode !== null ? Promise.resolve() : new Promise<void>((done) => browser.once('exit', () => done()));
    if (browser.pid !== undefined) {
      try {
        process.kill(-browser.pid); // the browser and its child processes, which we started
      } catch {
        // already gone
      }
    }
    await new Promise((done) => server.close(done));
    // Its helper processes may still be writing the profile for a moment after the main one exits.
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}

function expectVerdicts(results: Record<string, unknown>) {
  expect(results.valid).toEqual({ ok: true, keyId: 'current' });
  expect(results.tampered).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match the pack file/) });
  expect(results.replayed).toMatchObject({ ok: false, reason: expect.stringMatching(/made for version 0\.1\.0 .* file is version 0\.2\.0/) });
  expect(results.untrusted).toMatchObject({ ok: false, reason: expect.stringMatching(/signed by key "other", which is not a trusted key/) });
}

describe('pack signatures on the browsers\' WebCrypto', () => {
  it.skipIf(!existsSync(CHROMIUM_PATH))(`Chromium (${CHROMIUM_PATH}) verifies Ed25519 pack signatures`, async () => {
    const { userAgent, results } = await runIn(CHROMIUM_PATH, (url, profile) => [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, url,
    ]);
    expect(userAgent).toMatch(/Chrom/);
    expectVerdicts(results);
  });

  it.skipIf(!existsSync(FIREFOX_PATH))(`Firefox (${FIREFOX_PATH}) verifies Ed25519 pack signatures`, async () => {
    const { userAgent, results } = await runIn(FIREFOX_PATH, (url, profile) => ['--headless', '--no-remote', '--profile', profile, url]);
    expect(userAgent).toMatch(/Firefox/);
    expectVerdicts(results);
  });
});
