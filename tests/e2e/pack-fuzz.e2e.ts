// Every generated hostile pack (tests/fuzz/pack-fuzz.ts: 560 files, 14 classes, the
// same files as tests/unit/pack-fuzz.test.ts) imported in the options page, in real
// Chromium with the built extension. A sample (4 of each class) is picked through the
// page's file input, as an adviser would; the rest go, from the options page itself,
// by the message the page sends for a chosen file (`packs:import-file`, check first:
// the page asks before replacing) to the background that checks it. For every file:
//  - refused: the reason is one of the page's own words for a refusal and every
//    problem is a plain message (no stack, no engine words, no "undefined");
//  - accepted (valid and inert): what the page shows of it is text, the title the CLI
//    reads, and the replacement is declined;
//  - the pack installed before (version 1.0.0) is still the one stored: its library
//    entry and its stored body, read back after each file;
//  - nothing ran or became markup: no element or inline handler from the files, no
//    javascript:/data:/user-info link, no alert/confirm/prompt, no console output, no
//    page error, no blocked script (CSP report), and the payloads' global unset.
// How long the options page's tasks take is a figure, not a pass/fail condition:
// `npm run bench -- --only options` measures them while hostile files are picked.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../rules/import-pack';
import { loadPackBytes } from '../../rules/check-pack-file';
import { findMarkup } from '../../rules/check-pack-consistency';
import { compilePack } from '../../rules/compile-pack';
import { unsafeCharacter } from '../../rules/pack-characters';
import { basePack, FUZZ_PACK_ID, FUZZ_SENTINEL, generateFuzzCases, NOT_PLAIN, type FuzzCase, type FuzzClass } from '../fuzz/pack-fuzz';
import { launchWithExtension, PROJECT_DIR } from './support/launch-browser.mjs';
import { largestPack } from './support/largest-pack';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;

const all = generateFuzzCases();
const PER_CLASS_BY_INPUT = 4;
const inClass = (fuzz: FuzzCase) => Number(fuzz.id.slice(fuzz.id.lastIndexOf('-') + 1));
/** Picked through the file input: the first, 11th, 21st and 31st of each class. */
const byInput = all.filter((fuzz) => inClass(fuzz) % 10 === 0 && inClass(fuzz) / 10 < PER_CLASS_BY_INPUT);
const byMessage = all.filter((fuzz) => !byInput.includes(fuzz));
const fileName = (fuzz: FuzzCase) => `${fuzz.id}.${fuzz.fileName.split('.').pop()}`;

/** The page's words for a refusal (`packRefusal_*`, English): the reason shown must be one of them. */
const messages = JSON.parse(readFileSync(join(PROJECT_DIR, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const refusalWords = new Map(Object.entries(messages).flatMap(([key, { message }]) => (key.startsWith('packRefusal_') ? [[key.slice('packRefusal_'.length), message] as const] : [])));

const dir = mkdtempSync(join(tmpdir(), 'fuzz-packs-'));
/** A file on disk: Chromium is given its path, as an adviser's pick would. */
function fileOf(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
const input = () => page.getByLabel('Pack file (YAML or JSON)');

/** The pack's library entry and stored body, as the background wrote them. */
interface InForce {
  library: string[];
  version?: string;
  body?: string;
}
type PageScope = typeof globalThis & {
  fuzzWatch: { calls: string[]; violations: string[] };
  fuzzInForce(): Promise<InForce>;
  fuzzInert(): string[];
} & Record<string, unknown>;

/**
 * In the options page: `alert`, `confirm`, `prompt`, `open`, `print` and the console
 * recorded instead of run, CSP reports collected (an inline script or handler the
 * page's CSP blocked would be one); `fuzzInForce`
 * reads the fuzz pack's library entry and body; `fuzzInert` lists anything in the
 * document a file could have made live.
 */
async function watchPage(): Promise<void> {
  await page.evaluate(
    ({ id }) => {
      const scope = globalThis as PageScope;
      const watch = (scope.fuzzWatch = { calls: [] as string[], violations: [] as string[] });
      for (const name of ['alert', 'confirm', 'prompt', 'open', 'print'])
        scope[name] = (...args: unknown[]) => {
          watch.calls.push(`${name}(${args.map(String).join(', ')})`);
        };
      for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
        console[level] = (...args: unknown[]) => {
          watch.calls.push(`console.${level}(${args.map(String).join(' ')})`);
        };
      document.addEventListener('securitypolicyviolation', (event) => watch.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
      scope.fuzzInForce = async () => {
        const library = ((await chrome.storage.local.get('packs:installed'))['packs:installed'] ?? []) as { id: string; version: string; body?: string }[];
        const entry = library.find((p) => p.id === id);
        const body: unknown = entry?.body === undefined ? undefined : (await chrome.storage.local.get(entry.body))[entry.body];
        return { library: library.map((p) => `${p.id}@${p.version}`), version: entry?.version, body: typeof body === 'string' ? body : JSON.stringify(body) };
      };
      scope.fuzzInert = () => {
        const live: string[] = [];
        for (const element of document.querySelectorAll('*')) {
          if (element.closest('head')) continue;
          if (/^(SCRIPT|IMG|IFRAME|SVG|svg|STYLE|OBJECT|EMBED|B|LINK|META|BASE)$/.test(element.tagName)) live.push(element.outerHTML.slice(0, 80));
          for (const attribute of element.getAttributeNames()) if (/^on/i.test(attribute) || attribute === 'srcdoc') live.push(`${element.tagName} ${attribute}`);
          const href = element.getAttribute('href') ?? element.getAttribute('src');
          if (href !== null) {
            const url = new URL(href, location.href);
            if (!/^(https?|chrome-extension):$/.test(url.protocol) || url.username || url.password) live.push(`${element.tagName} ${href.slice(0, 80)}`);
          }
        }
        return live;
      };
    },
    { id: FUZZ_PACK_ID },
  );
}

const inForce = () => page.evaluate(() => (globalThis as PageScope).fuzzInForce());
const inert = () => page.evaluate(() => (globalThis as PageScope).fuzzInert());
const watched = () => page.evaluate((sentinel) => ({ ...(globalThis as PageScope).fuzzWatch, sentinel: (globalThis as PageScope)[sentinel] }), FUZZ_SENTINEL);
const pageErrors: string[] = [];

let before: InForce;
/** The pack is still the one installed before the file: same library, same stored body, version 1.0.0. */
function expectStillInForce(now: InForce, name: string): void {
  expect(now, name).toEqual(before);
  expect((JSON.parse(now.body!) as { version: string }).version, name).toBe('1.0.0');
}

/** A refusal as the page words it: its reason one of the page's words for a refusal, every problem plain. */
function expectPlainRefusal(reason: string, problems: string[], name: string): void {
  expect([...refusalWords.values()], name).toContain(reason);
  expect(problems.length, name).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem, name).toMatch(/\S/);
    expect(problem, name).not.toMatch(NOT_PLAIN);
  }
}

/** What the CLI's reader makes of the file: the compiled title, or undefined when it refuses it. */
function cliTitle(fuzz: FuzzCase): unknown {
  const loaded = loadPackBytes(fuzz.bytes, fuzz.fileName);
  return 'loaded' in loaded ? compilePack(loaded.loaded.pack).title : undefined;
}

type Handled = 'refused' | 'accepted';
const tally = new Map<FuzzClass, { input: Record<Handled, number>; message: Record<Handled, number> }>();
function count(fuzz: FuzzCase, path: 'input' | 'message', handled: Handled): void {
  const row = tally.get(fuzz.kind) ?? { input: { refused: 0, accepted: 0 }, message: { refused: 0, accepted: 0 } };
  row[path][handled]++;
  tally.set(fuzz.kind, row);
}

/** Pick one file in the file input and judge what the page makes of it. */
async function importByInput(fuzz: FuzzCase): Promise<void> {
  const name = fileName(fuzz);
  await input().setInputFiles(fileOf(name, fuzz.bytes));
  const refused = page.getByTestId('import-errors').filter({ hasText: `${name} was not installed.` });
  const asks = page.getByTestId('import-confirm');
  await expect.poll(async () => (await refused.count()) + (await asks.count()), { timeout: 30_000 }).toBeGreaterThan(0);
  if ((await asks.count()) > 0) {
    // Valid: the title the CLI reads, shown as text, and the replacement declined.
    const title = cliTitle(fuzz) as string | Record<string, string> | undefined;
    expect(title, name).toBeDefined();
    // The page shows the English title (the page's language, and every fuzz pack's).
    const english = typeof title === 'string' ? title : title!.en!;
    expect(await asks.locator('#confirm-heading').textContent(), name).toBe(messages.packsConfirmReplace!.message.replace('$P1$', english));
    await asks.getByRole('button', { name: 'Cancel' }).click();
    await asks.waitFor({ state: 'detached' });
    count(fuzz, 'input', 'accepted');
  } else {
    const text = (await refused.textContent())!;
    expect(text, name).not.toMatch(NOT_PLAIN);
    expectPlainRefusal((await page.getByTestId('import-reason').textContent())!, await refused.locator('li').allTextContents(), name);
    count(fuzz, 'input', 'refused');
    expect(cliTitle(fuzz), `${name}: the CLI refuses it too`).toBeUndefined();
  }
  expect(await inert(), name).toEqual([]);
  expectStillInForce(await inForce(), name);
}

/**
 * Send files from the options page as it sends a chosen file (its bytes, base64url;
 * a check first), one after another; after each, what is stored for the pack.
 */
async function importByMessage(files: FuzzCase[]): Promise<{ result: ImportResult; after: InForce }[]> {
  // The bytes reach the page in calls of at most 256 kB: one call carrying megabytes is a long task of the test's own (its decoding in the page).
  const PIECE = 256_000;
  const calls: { file: number; piece: string }[][] = [[]];
  let load = 0;
  files.forEach((fuzz, file) => {
    const text = Buffer.from(fuzz.bytes).toString('base64url');
    for (let at = 0; at === 0 || at < text.length; at += PIECE) {
      const piece = text.slice(at, at + PIECE);
      if (load + piece.length > PIECE) {
        calls.push([]);
        load = 0;
      }
      calls.at(-1)!.push({ file, piece });
      load += piece.length;
    }
  });
  await page.evaluate((count) => ((globalThis as PageScope).fuzzStaged = Array.from({ length: count }, () => '')), files.length);
  for (const pieces of calls)
    await page.evaluate((sent) => {
      const staged = (globalThis as PageScope).fuzzStaged as string[];
      for (const { file, piece } of sent) staged[file] += piece;
    }, pieces);
  return page.evaluate(async (names) => {
    const staged = (globalThis as PageScope).fuzzStaged as string[];
    const out: { result: ImportResult; after: InForce }[] = [];
    for (const [i, name] of names.entries()) {
      const result = (await chrome.runtime.sendMessage({ type: 'packs:import-file', data: { bytes: staged[i], fileName: name, dryRun: true } })) as ImportResult;
      out.push({ result, after: await (globalThis as PageScope).fuzzInForce() });
    }
    return out;
  }, files.map(fileName));
}

/** Judge one file's answer by the message path, as the page would show it. */
function judgeMessage(fuzz: FuzzCase, { result, after }: { result: ImportResult; after: InForce }): void {
  const name = fileName(fuzz);
  if (result.ok) {
    // Valid and inert: the same title the CLI reads, nothing in what the page shows that is markup or unsafe; it asks before replacing.
    expect(result.diff, `${name}: a replacement is shown before it is installed`).toBeDefined();
    expect(result.pack.title, name).toEqual(cliTitle(fuzz));
    for (const text of [result.pack.id, result.pack.version, ...Object.values(typeof result.pack.title === 'string' ? { t: result.pack.title } : result.pack.title)]) {
      expect(findMarkup(text), name).toBeUndefined();
      expect(unsafeCharacter(text), name).toBeUndefined();
    }
    count(fuzz, 'message', 'accepted');
    expect(cliTitle(fuzz), `${name}: the CLI accepts it too`).toBeDefined();
  } else {
    expect(refusalWords.has(result.refusal.code.replaceAll('-', '_')), `${name}: ${result.refusal.code}`).toBe(true);
    expectPlainRefusal(refusalWords.get(result.refusal.code.replaceAll('-', '_'))!, result.errors.map((issue) => issue.message), name);
    count(fuzz, 'message', 'refused');
    expect(cliTitle(fuzz), `${name}: the CLI refuses it too`).toBeUndefined();
  }
  expectStillInForce(after, name);
}

/** Batches of about 4 MB of base64, so no one call to the page carries much. */
function batches(files: FuzzCase[], limit = 4_000_000): FuzzCase[][] {
  const out: FuzzCase[][] = [[]];
  let size = 0;
  for (const fuzz of files) {
    if (size + fuzz.bytes.length * 1.34 > limit && out.at(-1)!.length > 0) {
      out.push([]);
      size = 0;
    }
    out.at(-1)!.push(fuzz);
    size += fuzz.bytes.length * 1.34;
  }
  return out;
}

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(browser.extensionUrl('options.html'));
  await page.locator('li.pack').first().waitFor();
  await watchPage();
  await input().setInputFiles(fileOf('fuzz-base.json', JSON.stringify(basePack('1.0.0'))));
  await page.locator(`li.pack[data-pack-id="${FUZZ_PACK_ID}"]`).getByTestId('pack-version').waitFor();
  before = await inForce();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('hostile pack files in the options page', () => {
  it('starts from version 1.0.0 of the pack the files pretend to replace', () => {
    expect(before.version).toBe('1.0.0');
    expect(before.library).toContain(`${FUZZ_PACK_ID}@1.0.0`);
    expect((JSON.parse(before.body!) as { version: string }).version).toBe('1.0.0');
  });

  it(`handles all ${all.length} files (${byInput.length} picked in the file input, ${byMessage.length} sent as the page sends a pick): refused plainly or inert, the pack in force kept, nothing run`, async () => {
    expect(all.length).toBeGreaterThanOrEqual(500);
    for (const fuzz of byInput) await importByInput(fuzz);
    for (const batch of batches(byMessage)) {
      const answers = await importByMessage(batch);
      expect(answers).toHaveLength(batch.length);
      batch.forEach((fuzz, i) => judgeMessage(fuzz, answers[i]!));
      expect(await inert()).toEqual([]);
    }
    const seen = await watched();
    const rows = [...tally.entries()].map(
      ([kind, row]) =>
        `${kind.padEnd(16)} file input: ${row.input.refused} refused, ${row.input.accepted} accepted (asked, declined); message: ${row.message.refused} refused, ${row.message.accepted} accepted (asked, declined)`,
    );
    const total = (handled: Handled) => [...tally.values()].reduce((sum, row) => sum + row.input[handled] + row.message[handled], 0);
    console.log(
      `Options page, ${all.length} hostile files (${byInput.length} by the file input, ${byMessage.length} by the page's message): ${total('refused')} refused, ${total('accepted')} accepted inert\n${rows.join('\n')}`,
    );
    expect(total('refused') + total('accepted')).toBe(all.length);
    // Nothing ran: no call recorded, no script blocked by the page's CSP, the payloads' global unset, no error thrown in the page.
    expect(seen).toEqual({ calls: [], violations: [], sentinel: undefined });
    expect(pageErrors).toEqual([]);
  }, 600_000);

  it('the largest pack allowed: checked and shown before it replaces anything', async () => {
    const text = largestPack(FUZZ_PACK_ID, '2.0.0');
    await input().setInputFiles(fileOf('largest.json', text));
    const asks = page.getByTestId('import-confirm');
    await asks.waitFor({ timeout: 60_000 });
    await asks.getByRole('button', { name: 'Cancel' }).click();
    await asks.waitFor({ state: 'detached' });
    expectStillInForce(await inForce(), 'largest.json');
  }, 90_000);
});
