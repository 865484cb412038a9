// The security boundary (shared/design.md), proved in real Chromium with the built
// extension. The content script runs inside somebody else's application, so each
// test looks from the host page's side, with the host's own means: its storage,
// its DOM, its globals, its Content-Security-Policy.
//   1. no web storage from the content script (Chromium content scripts share the
//      page's storage: a write would show in the host's own snapshot);
//   2. the host DOM is untouched except for the one overlay element; the host form
//      holds exactly what the adviser entered and keeps focus;
//   3. pack text is data: HTML and script in a pack are shown as text, never run;
//      a pack that breaks the rules is refused and the good one stays;
//   4. the overlay works, styled, on a page with a strict CSP, and violates none of it.
// Network (5) and the content script bundle (6) have files of their own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { stringify } from 'yaml';
import { startStaticServer } from './support/static-server.mjs';
import { launchWithExtension } from './support/launch-browser.mjs';
import { overlayTexts } from './support/overlay-texts';
import { evaluateInExtensionWorld, settleFirstRun } from './support/detection-harness';
import {
  clearHostStorage, EMPTY_STORAGE, formValues, hostFocus, OVERLAY_ADDED, OVERLAY_HOST_IN_EXTENSION_WORLD, OVERLAY_HOST_SELECTOR, readHostMutations, recordHostMutations, seedDemoHostStorage,
  snapshotHostStorage, type HostStorageSnapshot,
} from './support/host-probes';
import { coachReady, DISCLOSURE, EXPECTED_FOCUS, PSYCH_FIELD, runCoachingSession, SCORE, SCORE_FIELD } from './support/coaching-session';
import type { CompiledPack } from '../../rules/compiled-pack';
import { compilePack } from '../../rules/compile-pack';
import { loadPack } from '../../rules/load-pack';

let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Awaited<ReturnType<typeof launchWithExtension>>;

const DEFAULT_PACK = 'adviser-coach.social-assistance-ia';

async function installedPacks(): Promise<CompiledPack[]> {
  return browser.worker.evaluate(async () => ((await chrome.storage.local.get('packs:installed'))['packs:installed'] ?? []) as CompiledPack[]);
}

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchWithExtension();
  // The default packs are installed by the background at first run; let it finish.
  for (let tries = 0; tries < 100 && !(await installedPacks()).some((p) => p.id === DEFAULT_PACK); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await settleFirstRun(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const overlay = (page: Page) => page.locator('coach-overlay=host');
const demoUrl = () => `${server.origin}/demo/intake-3.html?case=2026-04417`;
const cspUrl = () => `${server.origin}/security/csp.html`;

// ---- 1. no web storage ----------------------------------------------------------------------

/** What the demo's storage holds after seedDemoHostStorage, and nothing else. */
const DEMO_SEEDED: HostStorageSnapshot = {
  localStorage: { 'caseworks:lastCase': '2026-04417', 'caseworks:ui': '{"menu":"expanded"}' },
  sessionStorage: { 'caseworks:tab': 'segment-3' },
  documentCookie: 'ASP.NET_SessionId=q1w2e3r4t5; caseworks_unit=sodermalm',
  cookies: [
    { name: 'ASP.NET_SessionId', value: 'q1w2e3r4t5', domain: '127.0.0.1', path: '/', httpOnly: false },
    { name: 'caseworks_unit', value: 'sodermalm', domain: '127.0.0.1', path: '/', httpOnly: false },
  ],
  indexedDB: [
    {
      name: 'caseworks-offline',
      version: 3,
      stores: [
        {
          name: 'cases',
          count: 2,
          keys: '["2026-03981","2026-04417"]',
          values: '[{"id":"2026-03981","client":"Jonas Berg"},{"id":"2026-04417","client":"Samira Lindqvist"}]',
        },
        { name: 'outbox', count: 1, keys: '[1]', values: '[{"kind":"journal","text":"Called the client"}]' },
      ],
    },
  ],
  cacheStorage: [],
};

/** What csp.js (the strict-CSP page's own script) keeps in its origin's storage. */
const CSP_HOST_OWN: HostStorageSnapshot = {
  localStorage: { 'cw5:prefs': '{"density":"compact"}' },
  sessionStorage: { 'cw5:tab': 'health' },
  documentCookie: 'cw5_session=s3cr3t-host-session',
  cookies: [{ name: 'cw5_session', value: 's3cr3t-host-session', domain: '127.0.0.1', path: '/', httpOnly: false }],
  indexedDB: [
    {
      name: 'cw5-cache',
      version: 1,
      stores: [
        { name: 'cases', count: 2, keys: '["C-1","C-2"]', values: '[{"id":"C-1","name":"Jonas Berg"},{"id":"C-2","name":"Mira Haddad"}]' },
        { name: 'drafts', count: 0, keys: '[]', values: '[]' },
      ],
    },
  ],
  cacheStorage: [],
};

/** Open `url` with the origin's storage emptied first; the coach has started again on the reload. */
async function openWithCleanOrigin(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await clearHostStorage(page, browser.context);
  await page.reload();
  await coachReady(page);
  return page;
}

describe('1. no web storage from the content script', () => {
  it('the demo origin\'s localStorage, sessionStorage, cookies and IndexedDB are exactly the host\'s own, before and after a full coaching session', async () => {
    const page = await openWithCleanOrigin(demoUrl());
    // The demo writes nothing until Save: whatever is there now, the coach put there while starting.
    expect(await snapshotHostStorage(page, browser.context)).toEqual(EMPTY_STORAGE);
    await seedDemoHostStorage(page);
    const before = await snapshotHostStorage(page, browser.context);
    expect(before).toEqual(DEMO_SEEDED);

    expect(await runCoachingSession(page)).toEqual(EXPECTED_FOCUS);
    expect(await snapshotHostStorage(page, browser.context)).toEqual(before);
    // And after a reload, when the coach starts again on a page whose storage holds data.
    await page.reload();
    await coachReady(page);
    expect(await snapshotHostStorage(page, browser.context)).toEqual(before);
    await page.close();
  });

  it('on another host page (strict CSP, with storage of its own) the storage is exactly the host\'s own, before and after a session', async () => {
    const page = await openWithCleanOrigin(cspUrl());
    await page.waitForFunction(() => (window as { __hostStorageReady?: boolean }).__hostStorageReady === true);
    const before = await snapshotHostStorage(page, browser.context);
    expect(before).toEqual(CSP_HOST_OWN);
    expect(await runCoachingSession(page)).toEqual(EXPECTED_FOCUS);
    expect(await snapshotHostStorage(page, browser.context)).toEqual(before);
    await page.close();
  });
});

// ---- 2. the host DOM --------------------------------------------------------------------------

/** The demo's own DOMContentLoaded handler on intake-3 (caseworks.js): client bar text and links keeping the case. */
const DEMO_SETUP_WRITES = [
  { type: 'childList', target: 'b#client-name', attributeName: null, oldValue: null, added: ['#text("Samira Lindqvist")'], removed: ['#text("–")'] },
  { type: 'childList', target: 'b#case-number', attributeName: null, oldValue: null, added: ['#text("2026-04417")'], removed: ['#text("–")'] },
  { type: 'childList', target: 'span#case-status', attributeName: null, oldValue: null, added: ['#text("New application")'], removed: ['#text("–")'] },
  ...['overview.html', 'intake-1.html', 'journal.html', 'intake-1.html', 'intake-2.html', 'intake-3.html', 'intake-4.html'].map((href) => ({
    type: 'attributes', target: 'a', attributeName: 'href', oldValue: href, added: [], removed: [],
  })),
].map((record) => ({ phase: 'setup', ...record }));

async function expectOnlyTheOverlayAdded(page: Page) {
  const log = await readHostMutations(page);
  expect(log.parseInsertions).toBeGreaterThan(10); // the recorder saw the page being built
  expect(log.parseOther).toEqual([]);
  expect(log.after).toEqual([{ phase: 'after', ...OVERLAY_ADDED }]);
  const placement = await page.evaluate((selector) => {
    const hosts = document.querySelectorAll(selector);
    const host = hosts[0];
    return { count: hosts.length, parent: host?.parentElement?.localName, inForm: host?.closest('form') !== null };
  }, OVERLAY_HOST_SELECTOR);
  expect(placement).toEqual({ count: 1, parent: 'html', inForm: false });
  return log;
}

describe('2. the host DOM is untouched except for the overlay container', () => {
  it('demo: every mutation after the page\'s own setup is the one overlay <div> added to <html>; the form holds what was entered; focus stays in the host field', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(recordHostMutations);
    await page.goto(demoUrl());
    await coachReady(page);

    expect(await runCoachingSession(page)).toEqual(EXPECTED_FOCUS);

    const log = await expectOnlyTheOverlayAdded(page);
    // The page's own DOMContentLoaded writes, exactly, so nothing hides among them.
    expect(log.setup).toEqual(DEMO_SETUP_WRITES);
    // The submittable form is what the adviser entered, no more, no less (the rest as served).
    expect(await formValues(page, '#aspnetForm')).toEqual([
      '__EVENTVALIDATION=/wEWAgKM54rGBgLs0bLrBg==',
      '__VIEWSTATE=/wEPDwUKLTk3MzE0NjQ2OWRk',
      'ctl00$Main$ddlAlcohol=',
      'ctl00$Main$ddlPhysicalHealth=',
      `ctl00$Main$ddlWellbeingScore=${SCORE}`,
      'ctl00$Main$txaHealthComments=',
      `ctl00$Main$txaPsychological=${DISCLOSURE}`,
      'ctl00$txtQuickSearch=',
    ]);
    expect(await page.locator(PSYCH_FIELD).inputValue()).toBe(DISCLOSURE);
    expect(await page.locator(SCORE_FIELD).inputValue()).toBe(SCORE);
    // Every other control is untouched: nothing checked, nothing typed.
    expect(await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')].filter((i) => i.checked).length)).toBe(0);
    // Not saved, not submitted: the host's Save handler never ran.
    expect(await page.evaluate(() => sessionStorage.getItem('caseworks:lastSubmit'))).toBeNull();
    expect(await page.locator('#save-status').textContent()).toBe('');
    await page.close();
  });

  it('strict-CSP page (no DOM writes of its own): the only mutation at all is the overlay added to <html>', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(recordHostMutations);
    await page.goto(cspUrl());
    await coachReady(page);
    expect(await runCoachingSession(page)).toEqual(EXPECTED_FOCUS);
    const log = await expectOnlyTheOverlayAdded(page);
    expect(log.setup).toEqual([]);
    expect(await formValues(page, '#aspnetForm')).toEqual([`ctl00$Main$ddlWellbeingScore=${SCORE}`, `ctl00$Main$txaPsychological=${DISCLOSURE}`]);
    await page.close();
  });
});

// ---- 3. pack text is data ---------------------------------------------------------------------

/** Markup and script that would run if any of it were ever parsed as HTML. */
const P = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=2</script>',
  svg: '"><svg onload="window.__pwned=3">',
  iframe: '<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>',
  jsLink: '<a href="javascript:window.__pwned=5">call us</a>',
  style: '<style>*{display:none}</style><div style="position:fixed;inset:0">cover</div>',
  entities: '&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;i&#62;',
};

/** Where each payload goes in the hostile pack. */
const HOSTILE = {
  id: 'security.hostile-text',
  title: `Hostile pack ${P.img}`,
  organisation: `Org ${P.script}`,
  section: `Section ${P.svg}`,
  question: `Question ${P.img} ${P.script}`,
  rewording1: P.script,
  whenToUse: P.svg,
  rewording2: P.iframe,
  worry: P.entities,
  why: [P.img, P.jsLink, P.style, `${P.svg} next`],
  prompt: `${P.svg}<b>bold</b> ${P.entities}`,
  summary: `Summary ${P.img}`,
  sayFirst: `Say ${P.script}`,
  precheck: `Alone? ${P.iframe}`,
  resourceName: P.jsLink,
  resourceHours: P.img,
  nextSteps: [P.script, P.style],
};
type TextKey = Exclude<keyof typeof HOSTILE, 'id' | 'why' | 'nextSteps'>;

/**
 * The hostile pack as a supervisor's YAML file. With `text` the identity, every
 * text holds its payload; with placeholders it is a valid pack (the validator
 * refuses markup) that the test fills in after compiling.
 */
function hostilePackYaml(text: (key: TextKey | `why${number}` | `step${number}`) => string, version = '1.0.0', resourceUrl = 'https://example.org/help'): string {
  const value = (key: TextKey | `why${number}` | `step${number}`) => text(key);
  return stringify({
    id: HOSTILE.id,
    version,
    title: value('title'),
    languages: ['en'],
    organisation: value('organisation'),
    hosts: { match: ['http://127.0.0.1/security/payload*'] },
    sections: [{ id: 'main', title: value('section'), precheck: [value('precheck')] }],
    items: [
      {
        id: 'payload',
        question: value('question'),
        locators: { selector: '#q-payload' },
        required: true,
        sensitivity: 'safety-critical',
        rewordings: [{ text: value('rewording1'), whenToUse: value('whenToUse') }, { text: value('rewording2') }],
        worry: value('worry'),
        sayFirst: value('sayFirst'),
        why: { purpose: value('why0'), basis: value('why1'), whoSees: value('why2'), whatNext: value('why3') },
        followUps: [
          {
            id: 'hostile',
            when: { answered: true },
            severity: 'critical',
            summary: value('summary'),
            prompt: value('prompt'),
            resources: [{ name: value('resourceName'), phone: '+46 8 123 45', url: resourceUrl, hours: value('resourceHours') }],
            nextSteps: [value('step0'), value('step1')],
          },
        ],
      },
    ],
  });
}

const payloadOf = (key: TextKey | `why${number}` | `step${number}`): string => {
  if (key.startsWith('why')) return HOSTILE.why[Number(key.slice(3))]!;
  if (key.startsWith('step')) return HOSTILE.nextSteps[Number(key.slice(4))]!;
  return HOSTILE[key as TextKey];
};
const placeholder = (key: string) => `PLACEHOLDER_${key}_END`;

/**
 * The hostile pack compiled by the real loader and compiler from clean YAML, then
 * its texts swapped for the payloads: a stored pack as if something had bypassed
 * the validator, so the renderer alone stands between pack text and the page.
 * Its one resource links to `javascript:`, which the schema would refuse too.
 */
function hostileCompiledPack(): CompiledPack {
  const loaded = loadPack(hostilePackYaml(placeholder), { fileName: 'hostile.yaml' });
  if (!loaded.ok) throw new Error(`the clean hostile pack does not load: ${JSON.stringify(loaded.errors)}`);
  const json = JSON.stringify(compilePack(loaded.pack)).replace(/PLACEHOLDER_(\w+?)_END/g, (_, key: string) =>
    JSON.stringify(payloadOf(key as TextKey)).slice(1, -1));
  const pack = JSON.parse(json) as CompiledPack;
  const followUp = pack.items[0]!.followUps[0]!;
  followUp.resources = [
    { ...followUp.resources[0]!, url: 'javascript:window.__pwned=7' },
    { name: { en: 'Data link' }, url: 'data:text/html,<script>parent.__pwned=8</script>' },
    { name: { en: 'Spaced script link' }, url: ' JaVaScRiPt:window.__pwned=9' },
    { name: { en: 'Web link' }, url: 'https://example.org/help' },
    { name: { en: 'Odd phone' }, phone: '1"><img src=x onerror="window.__pwned=10">' },
    // Opens other.example, while it reads as known.example: never a live link.
    { name: { en: 'User-info link' }, url: 'https://known.example@other.example/help' },
    { name: { en: 'Password link' }, url: 'https://known.example:secret@other.example/help' },
    // A look-alike host (Cyrillic а, U+0430, for the a of example.org): linked, with the host's real name as its text.
    { name: { en: 'Look-alike link' }, url: 'https://ex\u0430mple.org/help' },
  ];
  return pack;
}

const packFile = (name: string, text: string) => ({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
const packIds = async () => (await installedPacks()).map((p) => `${p.id}@${p.version}`);

/** Elements no pack text may ever become, anywhere in the overlay's shadow root; on* attributes; non-web links. */
/** Every element of the overlay's closed root, read in the content script's world (the page cannot). */
async function overlayElements(page: Page): Promise<{ name: string; attributes: string[]; href: string | null; strong: string | null; links: (string | null)[]; inResources: boolean }[]> {
  const [json] = await evaluateInExtensionWorld(page, null, `(() => {
    const host = ${OVERLAY_HOST_IN_EXTENSION_WORLD};
    const root = host && chrome.dom.openOrClosedShadowRoot(host);
    if (!root) return null;
    return JSON.stringify([...root.querySelectorAll('*')].map((el) => ({
      name: el.localName, attributes: el.getAttributeNames(), href: el.getAttribute('href'), className: el.className,
      strong: el.querySelector(':scope > strong')?.textContent ?? null,
      links: [...el.querySelectorAll(':scope a')].map((a) => a.getAttribute('href')),
      inResources: !!el.closest('.followup[data-follow-up-id="hostile"] .resources') && el.localName === 'li',
    })));
  })()`);
  return json ? JSON.parse(json) : [];
}

async function overlayMarkupProblems(page: Page): Promise<string[]> {
  const elements = await overlayElements(page);
  if (elements.length === 0) return ['nothing in the overlay'];
  const problems: string[] = [];
  for (const el of elements) {
    if (/^(img|script|svg|iframe|style|object|embed|b|i|template|math|link|meta|base|form|video|audio|source)$/.test(el.name)) {
      problems.push(`<${el.name}> in the overlay`);
    }
    for (const attribute of el.attributes) if (/^on/i.test(attribute)) problems.push(`${el.name}[${attribute}]`);
    if (el.name === 'a' && !/^(https?:\/\/|tel:)/.test(el.href ?? '')) problems.push(`link to ${el.href}`);
  }
  return problems;
}

async function pwned(page: Page): Promise<unknown> {
  // Give an <img onerror> or <svg onload>, had one been made, time to fire.
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
}

const endsWith = (text: string) => new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

describe('3. pack text is data', () => {
  it('the options page refuses a pack whose texts hold HTML, or whose resource links to javascript:, says why, and the packs in use stay', async () => {
    const before = await packIds();
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const input = options.getByLabel('Pack file (YAML or JSON)');
    const errors = options.getByTestId('import-errors');

    await input.setInputFiles(packFile('hostile.yaml', hostilePackYaml(payloadOf)));
    await errors.waitFor();
    const markupErrors = await errors.locator('li').allTextContents();
    // Every text that carries a payload is named, with its place in the file.
    expect(markupErrors).toHaveLength(19);
    // The pre-check, what to say first and the follow-up's summary among them.
    for (const place of [/^sections\[0\]\.precheck\[0\]: /, /^items\[0\]\.sayFirst: /, /^items\[0\]\.followUps\[0\]\.summary: /]) {
      expect(markupErrors.some((line) => place.test(line)), String(place)).toBe(true);
    }
    for (const line of markupErrors) expect(line).toMatch(/: contains HTML markup \(<.+\); pack text is always shown as plain text, so write it without tags \(line \d+, column \d+\)$/);
    expect(markupErrors[0]).toMatch(/^title: contains HTML markup \(<img src=x onerror="window\.…\)/);
    expect(await errors.locator('p').first().textContent()).toBe('hostile.yaml was not installed. The packs in use stay as they were.');
    expect(await packIds()).toEqual(before);

    await input.setInputFiles(packFile('hostile-link.yaml', hostilePackYaml((key) => `Plain ${key}`, '1.0.0', 'javascript:window.__pwned=6')));
    await expect.poll(() => errors.textContent()).toContain('hostile-link.yaml was not installed.');
    expect(await errors.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^items\[0\]\.followUps\[0\]\.resources\[0\]\.url: must be a web address starting with https:\/\/ or http:\/\/ \(line \d+/),
    ]);
    expect(await packIds()).toEqual(before);
    // The refusals themselves are text in the options page.
    expect(await options.locator('img, svg, iframe, script:not([src])').count()).toBe(0);
    expect(await pwned(options)).toBeUndefined();
    await options.close();
  });

  it('a stored pack whose texts hold HTML and script (the validator bypassed) is shown literally everywhere in the overlay, and none of it runs', async () => {
    const packs = await installedPacks();
    const hostile = hostileCompiledPack();
    expect(hostile.items[0]!.followUps[0]!.prompt.en).toBe(HOSTILE.prompt);
    await browser.worker.evaluate(async (value) => chrome.storage.local.set({ 'packs:installed': value }), [...packs, hostile]);

    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/security/payload.html`);
    await coachReady(page);
    await page.locator('#q-payload').focus();
    const card = overlay(page).locator('.card[data-item-id="payload"]');
    await card.waitFor();
    expect(await card.locator('.rewording').textContent()).toBe(HOSTILE.rewording1);
    expect(await card.locator('.when').textContent()).toBe(HOSTILE.whenToUse);
    expect(await card.locator('.worry').textContent()).toMatch(endsWith(` ${HOSTILE.worry}`));
    expect(await card.locator('.official').textContent()).toMatch(endsWith(` ${HOSTILE.question}`));
    expect(await card.getAttribute('aria-label')).toContain(HOSTILE.question);
    expect(await overlayTexts(card.locator('[data-testid=precheck] li'))).toEqual([HOSTILE.precheck]);
    expect(await card.locator('[data-testid=say-first]').textContent()).toMatch(endsWith(` ${HOSTILE.sayFirst}`));
    expect(await overlay(page).locator('[data-testid=live-polite]').textContent()).toBe(`Before you ask these questions: ${HOSTILE.precheck} ${HOSTILE.rewording1}`);

    await page.keyboard.press('Alt+Shift+W');
    await card.locator('[data-testid=why]').waitFor();
    expect(await overlayTexts(card.locator('[data-testid=why] dd'))).toEqual(HOSTILE.why);
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => card.locator('.rewording').textContent()).toBe(HOSTILE.rewording2);

    await page.keyboard.type('Something to say', { delay: 2 });
    const followUp = overlay(page).locator('.followup[data-follow-up-id="hostile"]');
    await followUp.waitFor({ timeout: 15_000 });
    expect(await followUp.locator('[data-testid=follow-up-prompt]').textContent()).toBe(HOSTILE.prompt);
    expect(await followUp.locator('[data-testid=follow-up-summary]').textContent()).toBe(HOSTILE.summary);
    expect(await followUp.locator('.followup-title').textContent()).toMatch(endsWith(` ${HOSTILE.question}`));
    expect(await overlay(page).locator('[data-testid=live-assertive]').textContent()).toBe(HOSTILE.prompt);
    // Resources: the name as text; a link only for http(s) and tel: (digits only), never javascript: or data:.
    const resources = (await overlayElements(page))
      .filter((el) => el.inResources)
      .map((li) => [li.strong, li.links]);
    expect(resources).toEqual([
      [HOSTILE.resourceName, ['tel:+46812345']],
      ['Data link', []],
      ['Spaced script link', []],
      ['Web link', ['https://example.org/help']],
      ['Odd phone', ['tel:110']], // digits only: the 1 and the 10 of the payload
      ['User-info link', []],
      ['Password link', []],
      ['Look-alike link', ['https://xn--exmple-4nf.org/help']],
    ]);
    // What the adviser reads as a link is the host it opens, the look-alike in its xn-- form.
    expect(await overlayTexts(followUp.locator('[data-testid=resource-link]'))).toEqual(['example.org', 'xn--exmple-4nf.org']);
    expect(await followUp.locator('.resources li').filter({ hasText: 'User-info link' }).textContent()).not.toContain('example');
    expect(await followUp.locator('.resources li').first().textContent()).toContain(HOSTILE.resourceHours);
    expect(await followUp.locator('.resources li').nth(4).textContent()).toContain('1"><img src=x onerror="window.__pwned=10">');
    expect((await overlayTexts(followUp.locator('.steps label'))).map((s) => s.trim())).toEqual(HOSTILE.nextSteps);

    await page.keyboard.press('Alt+Shift+L');
    const list = overlay(page).locator('#coverage-list');
    await list.waitFor();
    // The item is on this page: listed first, under "On this page" (its section's title shows for other pages' items).
    expect(await overlayTexts(list.locator('h3'))).toEqual(['On this page']);
    expect(await list.locator('li[data-item-id="payload"] .item-text').textContent()).toBe(HOSTILE.question);

    expect(await overlayMarkupProblems(page)).toEqual([]);
    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('img, script, svg, iframe, style').count()).toBe(0); // nothing leaked into the host DOM either
    await page.close();

    // The pack manager lists it as text too.
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const listed = options.locator(`li.pack[data-pack-id="${HOSTILE.id}"]`);
    // Stored without provenance, it is labelled unsigned beside the title.
    await expect.poll(() => listed.getByTestId('pack-title').textContent()).toBe(HOSTILE.title);
    expect(await listed.textContent()).toContain(HOSTILE.organisation);
    expect(await options.locator('img, svg, iframe, script:not([src])').count()).toBe(0);
    expect(await pwned(options)).toBeUndefined();
    await options.close();

    await browser.worker.evaluate(async (value) => chrome.storage.local.set({ 'packs:installed': value }), packs);
  });
});

// ---- 4. strict Content-Security-Policy --------------------------------------------------------

describe('4. a host page with a strict Content-Security-Policy', () => {
  it('the overlay renders styled, the card and a follow-up work, and the extension causes no CSP violation', async () => {
    const page = await browser.context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) consoleErrors.push(message.text());
    });
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: violations });
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} from ${event.sourceFile || '?'}:${event.lineNumber}`);
      }, true);
    });
    const violations = () => page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]);

    const response = await page.goto(cspUrl());
    expect(response?.headers()['content-security-policy']).toBe("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'");
    await coachReady(page);
    // The host's own CSS and script loaded under its policy ('self').
    expect(await page.locator('#host-notice').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 0, 0)');
    await page.waitForFunction(() => (window as { __hostStorageReady?: boolean }).__hostStorageReady === true);

    // Field markers: positioned by inline style (CSSOM), styled by the adopted sheet.
    const marker = overlay(page).locator('.marker').first();
    await marker.waitFor({ state: 'attached' });
    expect(await marker.evaluate((el) => {
      const style = getComputedStyle(el);
      return { position: style.position, width: style.width, radius: style.borderRadius, top: (el as HTMLElement).style.top !== '' };
    })).toEqual({ position: 'absolute', width: '10px', radius: '50%', top: true });

    await page.locator(PSYCH_FIELD).click();
    const card = overlay(page).locator('.card[data-item-id="psychological-health"]');
    await card.waitFor();
    const cardStyle = await card.evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        background: style.backgroundColor, borderLeft: `${style.borderLeftWidth} ${style.borderLeftStyle} ${style.borderLeftColor}`,
        borderTop: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`, radius: style.borderRadius,
        shadow: style.boxShadow !== 'none', fontSize: style.fontSize, layer: getComputedStyle(el.parentElement!).position,
      };
    });
    // The pack's look, not the defaults and not the host's heavy-handed `section, div { … !important }`.
    expect(cardStyle).toEqual({
      background: 'rgb(255, 255, 255)', borderLeft: '4px solid rgb(11, 110, 105)', borderTop: '1px solid rgb(201, 209, 217)',
      radius: '8px', shadow: true, fontSize: '14px', layer: 'fixed',
    });
    expect(await card.locator('.rewording').evaluate((el) => [getComputedStyle(el).fontSize, getComputedStyle(el).fontWeight])).toEqual(['16px', '600']);
    // Beside the field, on screen.
    const box = (await card.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(50);

    await page.keyboard.type(DISCLOSURE, { delay: 2 });
    const followUp = overlay(page).locator('.followup[data-follow-up-id="suicide-risk"]');
    await followUp.waitFor({ timeout: 15_000 });
    expect(await followUp.evaluate((el) => `${getComputedStyle(el).borderLeftWidth} ${getComputedStyle(el).borderLeftColor}`)).toBe('6px rgb(179, 38, 30)');
    expect(await followUp.locator('.severity-badge').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual(['rgb(179, 38, 30)', 'rgb(255, 255, 255)']);
    await followUp.locator('input[type=checkbox]').first().check();
    await followUp.locator('button.primary').click();
    await followUp.waitFor({ state: 'detached' });
    expect(await hostFocus(page)).toBe('ctl00_Main_txaPsychological');

    await page.keyboard.press('Alt+Shift+L');
    const list = overlay(page).locator('#coverage-list');
    await list.waitFor();
    expect(await list.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.keyboard.press('Escape');

    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);

    // The listener and the policy are live: an inline style from the page itself is refused and reported.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await expect.poll(violations).toEqual([expect.stringMatching(/^style-src-elem blocked inline/)]);
    await page.close();
  });
});
