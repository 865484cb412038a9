// A pack version (or another setting) that cannot be stored because the disk is full, in real
// Chromium with the built extension, its profile on a small tmpfs filled to the last byte:
// applying a waiting update, importing a newer file, saving a trainer's scenario, adding a
// signing key and switching a site off each say so in plain words where a screen reader hears
// it; the version in use stays what the case system's pages are given, the scenario's text
// stays in its form, and each works once there is room again. The settings page opened after
// the background's own check on its alarm still says what went wrong.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPracticeFile } from '../../rules/practice-file';
import { generatePackSigningKeys } from '../../rules/sign-pack';
import { scenarioToForm } from '../../entrypoints/options/trainer/scenario-form';
import type { ExtensionBrowser } from './support/launch-browser.mjs';
import { launch, privateExtensionCopy } from './support/notes-pages';
import { startPackServer, type PackServer } from './support/pack-server.mjs';
import { publishSigned } from './support/signed-packs';
import { skipUnlessSmallDisk, smallDisk } from './support/small-disk';

/** Background work on a shared, loaded machine: wait for it, never time it. */
const WAIT = { timeout: 20_000 };
const PACK_ID = 'example.housing-review';
const PAGE_URL = 'https://cases.example.org/review/42';

/**
 * A housing review pack whose first question's rewording says which version it is. 150
 * questions: Chromium takes a write of a few hundred bytes into the last page of its log
 * file even on a full disk, never one of a whole pack.
 */
function reviewPack(version: string): string {
  const items = Array.from({ length: 150 }, (_, i) => ({
    id: `q${i + 1}`,
    question: `Review question ${i + 1}: housing costs and arrangements`,
    rewordings: [{ text: i === 0 ? `Version ${version}: how is it going with the rent this month?` : `Tell me a little about part ${i + 1} of how you live now.` }],
  }));
  return JSON.stringify({
    id: PACK_ID,
    version,
    title: 'Housing review',
    languages: ['en'],
    organisation: 'Example housing team',
    hosts: { match: ['https://cases.example.org/review/*'] },
    sections: [{ id: 'main', title: 'Questions' }],
    items,
  });
}

/** A trainer's scenario for the housing review, as the editor's form holds it. */
function scenarioForm() {
  const practice = loadPracticeFile(
    JSON.stringify({
      practice: PACK_ID,
      scenarios: [
        {
          id: 'rent-arrears',
          title: { en: 'Rent arrears after a job loss' },
          persona: { name: 'Jonas', situation: { en: '51, lost his job in March and is two months behind with the rent.' }, language: 'en', wants: { en: 'To keep the flat.' }, interpreter: 'none' },
          // Three long answers: the scenario outgrows the page of free space a small write can still find on a full disk.
          steps: ['q1', 'q2', 'q3'].map((item) => ({ item, says: { en: 'I have not paid since April, and the letters keep coming. '.repeat(30) }, goals: ['ask-open'] })),
        },
      ],
    }),
    { format: 'json' },
  );
  if (!practice.ok) throw new Error(JSON.stringify(practice.errors));
  return scenarioToForm(practice.practice.scenarios[0]!);
}

/**
 * Write small values until storage refuses one: on a full tmpfs a write can still land in the free
 * end of the last page of Chromium's log file; after this every write fails, as on a disk that is
 * full to the byte. Returns how many were taken.
 */
async function useUpLastPage(browser: ExtensionBrowser): Promise<number> {
  return browser.worker.evaluate(async (limit: number) => {
    for (let taken = 0; taken < limit; taken++) {
      try {
        await chrome.storage.local.set({ [`e2e:slack-${taken}`]: 'x'.repeat(200) });
      } catch {
        return taken;
      }
    }
    throw new Error(`storage took ${limit} writes on a full disk`);
  }, 200);
}

/** The first rewording of the pack the background gives a case-system page at PAGE_URL, as a content script asks for it. */
const packInUse = (page: Page) =>
  page.evaluate(async (url) => {
    const pack = (await chrome.runtime.sendMessage({ type: 'pack:for-url', data: { url } })) as { version: string; items: { rewordings: { text: Record<string, string> }[] }[] } | null;
    return pack && `${pack.version}: ${pack.items[0]!.rewordings[0]!.text.en}`;
  }, PAGE_URL);

describe('a disk that fills up while packs change', () => {
  let disk: Awaited<ReturnType<typeof smallDisk>>;
  let packs: PackServer;
  beforeAll(async () => {
    disk = await smallDisk();
    packs = await startPackServer();
  });
  afterAll(async () => {
    await packs?.close();
    if (typeof disk !== 'string') await disk.remove();
  });

  it('says the disk is full, keeps the version in use, and installs once there is room', async (context) => {
    if (typeof disk === 'string') return skipUnlessSmallDisk(disk, context);
    const extension = await privateExtensionCopy();
    const browser = await launch(extension.dir, disk.dir);
    try {
      const options = await browser.context.newPage();
      await options.goto(browser.extensionUrl('options.html'));
      await options.locator('li.pack').first().waitFor();
      const status = () => options.getByTestId('packs-status').textContent();
      const card = options.locator(`li.pack[data-pack-id="${PACK_ID}"]`);
      const file = (version: string) => ({ name: 'housing-review.json', mimeType: 'application/json', buffer: Buffer.from(reviewPack(version)) });

      // In use: 1.0.0 from a file; 1.1.0 from the supervisor's address waits for the adviser.
      await options.getByLabel('Pack file (YAML or JSON)').setInputFiles(file('1.0.0'));
      await expect.poll(status, WAIT).toMatch(/^Installed Housing review, version 1\.0\.0\./);
      const keys = await generatePackSigningKeys('housing-2026');
      await options.getByLabel('Public key file').setInputFiles({ name: 'housing-2026.public.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(keys.publicJwk)) });
      await options.getByTestId('trusted-keys').getByText('housing-2026').waitFor();
      await publishSigned(packs, '/packs/housing-review.json', reviewPack('1.1.0'), keys);
      await options.getByLabel('Pack address (https://…)').fill(`${packs.origin}/packs/housing-review.json`);
      await options.getByRole('button', { name: 'Follow this pack' }).click();
      await card.getByTestId('staged-update').getByText('Update ready: version 1.1.0').waitFor(WAIT);
      expect(await packInUse(options)).toBe('1.0.0: Version 1.0.0: how is it going with the rent this month?');

      // The address's next check is due at the background's next alarm (a test's shortcut past the hours
      // between checks; the check itself runs as the alarm runs it), and a trainer left a scenario unsaved
      // (as the editor keeps its draft; typing every field of it is trainer-editor.e2e.ts's business).
      await browser.worker.evaluate(
        async ({ packId, form }) => {
          const { 'packs:subscriptions': list } = (await chrome.storage.local.get('packs:subscriptions')) as { 'packs:subscriptions': { nextCheckAt?: number }[] };
          await chrome.storage.local.set({ 'packs:subscriptions': list.map((s) => ({ ...s, nextCheckAt: 0 })), 'practice:editor-draft': { packId, form } });
        },
        { packId: PACK_ID, form: scenarioForm() },
      );

      // Full, and kept full: Chromium deletes files of its own now and then, and a write could take the room.
      await disk.keepFull();
      const freeWhenFull = disk.available();
      const slackWrites = await useUpLastPage(browser);
      // Applying the waiting update: refused, said in the status line (a live region), nothing changed.
      await card.getByRole('button', { name: 'Apply version 1.1.0' }).click();
      await expect.poll(status, WAIT).toBe(
        "not updated, the pack in use stays. The computer's disk is full, so the pack could not be stored. Free some space, then try again.",
      );
      expect(await options.getByTestId('packs-status').getAttribute('role')).toBe('status');
      expect(await card.getByTestId('pack-version').textContent()).toBe('1.0.0');
      expect(await card.getByTestId('staged-update').getByText('Update ready: version 1.1.0').count()).toBe(1);
      expect(await packInUse(options)).toBe('1.0.0: Version 1.0.0: how is it going with the rent this month?');

      // Importing a newer file: what it changes is shown first; installing it is refused with the same cause, in the page's alert.
      await options.getByLabel('Pack file (YAML or JSON)').setInputFiles(file('1.2.0'));
      await options.getByTestId('import-confirm').getByRole('button', { name: 'Install version 1.2.0' }).click(WAIT);
      const refusal = options.getByTestId('import-errors');
      await refusal.waitFor(WAIT);
      expect(await refusal.getAttribute('role')).toBe('alert');
      expect(await refusal.locator('p').allTextContents()).toEqual([
        'housing-review.json was not installed. The packs in use stay as they were.',
        "The computer's disk is full, so the pack could not be stored. Free some space, then try again.",
      ]);
      expect(await packInUse(options)).toBe('1.0.0: Version 1.0.0: how is it going with the rent this month?');

      // The background's own check fetches 1.2.0 while the disk is full: the settings opened afterwards say what went wrong.
      await publishSigned(packs, '/packs/housing-review.json', reviewPack('1.2.0'), keys);
      await browser.worker.evaluate(() => chrome.alarms.create('packs:check', { when: Date.now() }));
      const opened = await browser.context.newPage();
      await opened.goto(browser.extensionUrl('options.html'));
      const lastCheck = opened.locator(`[data-subscription-url="${packs.origin}/packs/housing-review.json"]`).getByTestId('subscription-last-check');
      await expect.poll(() => lastCheck.textContent(), { timeout: 60_000 }).toMatch(
        /: not updated, the pack in use stays\. The computer's disk is full, so the pack could not be stored\. Free some space, then try again\.$/,
      );
      expect(await opened.locator(`li.pack[data-pack-id="${PACK_ID}"]`).getByTestId('pack-version').textContent()).toBe('1.0.0');
      expect(await packInUse(opened)).toBe('1.0.0: Version 1.0.0: how is it going with the rent this month?');
      await opened.close();

      // The trainer's scenario: not saved, said in the trainer's status line, the text still in the form and its draft kept.
      const trainer = await browser.context.newPage();
      await trainer.goto(browser.extensionUrl('options.html'));
      const trainerStatus = () => trainer.getByTestId('trainer-status').textContent();
      await expect.poll(trainerStatus, WAIT).toBe('Your unsaved scenario is open again below.');
      await trainer.getByRole('button', { name: 'Save scenario' }).click();
      await expect.poll(trainerStatus, WAIT).toBe(
        "The computer's disk is full, so this change was not saved and everything stays as it was. Free some space, then try again. Your text is still in the form.",
      );
      expect(await trainer.getByTestId('trainer-status').getAttribute('role')).toBe('status');
      expect(await trainer.getByLabel('Title (English)').inputValue()).toBe('Rent arrears after a job loss');
      const stored = () =>
        browser.worker.evaluate(async () => {
          const { 'practice:scenarios': list = [], 'practice:editor-draft': draft } = await chrome.storage.local.get(['practice:scenarios', 'practice:editor-draft']);
          return { saved: (list as { scenario: { id: string } }[]).map((entry) => entry.scenario.id), draft: (draft as { form: { id: string } } | undefined)?.form.id };
        });
      expect(await stored()).toEqual({ saved: [], draft: 'rent-arrears' });

      // A signing key and a site switched off: not saved, said, and the list and the switch show what is in force.
      const settings = await browser.context.newPage();
      await settings.goto(browser.extensionUrl('options.html'));
      const other = await generatePackSigningKeys('housing-2027');
      await settings.getByLabel('Public key file').setInputFiles({ name: 'housing-2027.public.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other.publicJwk)) });
      const keyProblem = settings.locator('section[aria-labelledby="keys-heading"] [role="alert"]');
      await expect.poll(() => keyProblem.textContent(), WAIT).toBe(
        "The computer's disk is full, so this change was not saved and everything stays as it was. Free some space, then try again.",
      );
      expect(await settings.getByTestId('trusted-keys').locator('li code').allTextContents()).toEqual(['housing-2026']);
      const site = settings.getByTestId('sites').locator('li').first();
      await site.getByRole('switch', { name: 'Coaching on' }).click();
      await expect.poll(() => settings.getByTestId('sites-status').textContent(), WAIT).toBe(
        "The computer's disk is full, so this change was not saved and everything stays as it was. Free some space, then try again.",
      );
      expect(await site.getByRole('switch', { name: 'Coaching on' }).isChecked()).toBe(true);
      await settings.close();

      // With room again, the same clicks save the scenario and install the waiting update, and pages are given it.
      await disk.free();
      await trainer.getByRole('button', { name: 'Save scenario' }).click();
      await expect.poll(trainerStatus, WAIT).toBe('Saved “Rent arrears after a job loss”.');
      expect(await stored()).toEqual({ saved: ['rent-arrears'], draft: undefined });
      await trainer.close();
      await card.getByRole('button', { name: 'Apply version 1.1.0' }).click();
      await expect.poll(status, WAIT).toBe('installed version 1.1.0');
      await expect.poll(() => packInUse(options), WAIT).toBe('1.1.0: Version 1.1.0: how is it going with the rent this month?');
      console.log(
        [
          '── packs on a full disk (40 MB tmpfs) ──',
          `free when full: ${freeWhenFull} kB, then ${slackWrites} writes of 200 bytes still taken; applying 1.1.0, importing 1.2.0 and the background's check of 1.2.0 refused with the disk-full message, 1.0.0 stayed in use; a scenario's save, a signing key and a site switched off refused, the scenario's text and draft kept; saved and 1.1.0 applied after freeing`,
        ].join('\n'),
      );
    } finally {
      await browser.close();
      await extension.remove();
    }
    // A long story of page loads and background work: the limit stops a hang, it measures nothing.
  }, 240_000);
});
