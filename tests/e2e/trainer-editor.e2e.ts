// The trainer editor in the options page, in real Chromium with the built
// extension, driven by the keyboard alone (Tab, typing, Enter, Space, arrow
// keys): a scenario is written, a save with a field left empty puts the focus
// on that field with its message, the live preview follows the form, the
// scenario is saved, exported, deleted, imported back from the exported file
// and attached to the default pack, and all of it survives a reload; an
// unsaved draft survives one too, and a bad practice file is refused with its
// errors shown.
// Each test starts from the scenarios it needs (stored as the editor stores them) on a
// freshly opened options page, so one that fails leaves the others their own start: one
// browser for the file, its trainer storage reset before each test.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPracticeFile } from '../../rules/practice-file';
import { launchWithExtension } from './support/launch-browser.mjs';
import { focusWhen } from './support/focus-when';

const PACK_ID = 'adviser-coach.social-assistance-ia';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;

/** A trainer's scenario as the extension stores it (`practice:scenarios`). */
interface StoredScenario {
  packId: string;
  attached: boolean;
  updatedAt: number;
  scenario: Record<string, unknown> & { id: string };
}
const entry = (scenario: StoredScenario['scenario'], attached = false): StoredScenario => ({ packId: PACK_ID, attached, updatedAt: 1, scenario });

/** What the first test writes from the keyboard, as saved. */
const SICK_LEAVE = entry({
  id: 'back-after-a-long-sick-leave',
  title: { en: 'Back after a long sick leave' },
  persona: { name: 'Amira', situation: { en: '44, on sick leave for many years, lives with her son.' }, language: 'sv', wants: { en: 'To be treated as someone who wants to work.' }, interpreter: 'professional' },
  steps: [{
    item: 'psychological-health', says: { en: 'I have tried to take my life twice.' }, value: { en: 'Two suicide attempts.' }, disclosure: true,
    variants: [{ when: { asked: 'closed' }, says: { en: 'Fine, I suppose.' } }], goals: ['explain-why-first', 'acknowledge'],
  }],
});

/** A scenario with an option picked as the answer, in English and Swedish (`copy`: a duplicate's id and title suffixes). */
function rentArrears({ name = 'Jonas', copy, english = true }: { name?: string; copy?: { id: string; en: string; sv: string }; english?: boolean } = {}): StoredScenario['scenario'] {
  const text = (en: string, sv: string) => (english ? { en, sv } : { sv });
  return {
    id: `rent-arrears${copy?.id ?? ''}`,
    title: text(`Rent arrears${copy?.en ?? ''}`, `Hyresskuld${copy?.sv ?? ''}`),
    persona: { name, situation: text('Lost his job in the spring.', 'Blev av med jobbet i våras.'), language: 'en', wants: text('To keep the flat.', 'Att få behålla lägenheten.'), interpreter: 'none' },
    steps: [{
      item: 'housing-risk', says: text('Yes, a letter came from the landlord.', 'Ja, det kom ett brev från hyresvärden.'), value: text('Yes', 'Ja'), disclosure: false,
      variants: [{ when: { asked: 'closed' }, says: text('No, not really.', 'Nej, inte direkt.'), value: text('No', 'Nej') }], goals: [],
    }],
  };
}

/**
 * A clean start for one test: the trainer's scenarios are `scenarios` and no draft is open,
 * on the options page opened anew (nothing of an earlier test's page state), the focus at its top.
 */
async function startWith(scenarios: StoredScenario[] = []): Promise<void> {
  await browser.worker.evaluate(async (list) => {
    await chrome.storage.local.remove('practice:editor-draft');
    await chrome.storage.local.set({ 'practice:scenarios': list });
  }, scenarios);
  await page.goto(browser.extensionUrl('options.html'));
  await page.locator('#trainer-pack option:nth-child(2)').waitFor({ state: 'attached' }); // both default packs installed
  await page.locator('#trainer-pack').selectOption(PACK_ID);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect.poll(() => page.getByTestId('trainer-scenarios').locator('li').count()).toBe(scenarios.length);
}

/** The practice file the editor exports for `entry` (stored first, then exported with its button): its path and text. */
async function exportedThroughEditor(scenario: StoredScenario, title: string): Promise<{ path: string; text: string }> {
  await startWith([scenario]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export ${title}`, exact: true }).click()]);
  const path = (await download.path())!;
  return { path, text: await readFile(path, 'utf8') };
}

/** The trainer's scenarios as the extension stores them, read through the service worker. */
async function storedScenarios(): Promise<{ packId: string; attached: boolean; scenario: { id: string } }[]> {
  return browser.worker.evaluate(async () => ((await chrome.storage.local.get('practice:scenarios'))['practice:scenarios'] ?? []) as never);
}

/** The accessible name of the focused control: its aria-label, else its label, else its text. */
function focusedName(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return '';
    return (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Press Tab (or Shift+Tab, `back`) until the control named `name` has the focus, as a keyboard user moves. */
async function tabTo(name: string, { back = false, limit = 400 } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if ((await focusedName()) === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

const status = () => page.getByTestId('trainer-status').textContent();
const preview = () => page.getByTestId('trainer-preview');

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('trainer editor, keyboard only', () => {
  beforeEach(() => startWith());

  it('writes a scenario; a save with a text left out goes to that field; the preview follows', async () => {
    await tabTo('New scenario');
    await page.keyboard.press('Enter');
    // The form opens with the focus in its first text.
    await expect.poll(focusedName).toBe('Title (English)');
    await page.keyboard.type('Back after a long sick leave');
    await tabTo('Name');
    await page.keyboard.type('Amira');
    await tabTo('Save scenario');
    await page.keyboard.press('Enter');

    // Nothing saved: the focus is on the first field in error, which says what to do.
    await expect.poll(focusedName).toBe('Situation (English)');
    // …with the focus visible.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    expect(await page.getByTestId('trainer-problem-count').textContent()).toBe('3 things need fixing before you can save. They are marked below.');
    expect(await page.locator('#trainer-persona-situation-en').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#trainer-persona-situation-en-error').textContent()).toBe('Fill this in.');
    expect(await page.locator('#trainer-steps-error').textContent()).toBe('Add at least one step.');
    expect(await storedScenarios()).toEqual([]);

    await page.keyboard.type('44, on sick leave for many years, lives with her son.');
    // Messages follow the corrections.
    await expect.poll(() => page.locator('#trainer-persona-situation-en-error').count()).toBe(0);
    await tabTo('What they want from the meeting (English)');
    await page.keyboard.type('To be treated as someone who wants to work.');
    await tabTo('Language the client speaks');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('sv');
    await tabTo('Interpreter');
    await page.keyboard.press('ArrowDown'); // A professional interpreter
    await tabTo('Add a step');
    await page.keyboard.press('Enter');
    // The new step's question list has the focus; type-ahead picks the question.
    await expect.poll(focusedName).toBe('Question from the pack');
    await page.keyboard.type('How are you psychologically', { delay: 20 });
    await expect.poll(() => page.locator('#trainer-steps-0-item').inputValue()).toBe('psychological-health');
    await tabTo('What the client says (English)');
    await page.keyboard.type('I have tried to take my life twice.');
    await tabTo('What the adviser enters in the form (English)');
    await page.keyboard.type('Two suicide attempts.');
    await tabTo('A hard disclosure the adviser must respond to');
    await page.keyboard.press('Space');
    await tabTo('Explain why before asking');
    await page.keyboard.press('Space');
    await tabTo('Acknowledge before moving on');
    await page.keyboard.press('Space');
    await tabTo('Add an answer for another way of asking');
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toBe('When the adviser asks'); // a closed question, by default
    await tabTo('What the client says (English)');
    await page.keyboard.type('Fine, I suppose.');

    const shown = (await preview().textContent()) ?? '';
    expect(shown).toContain('Back after a long sick leave');
    expect(shown).toContain('Amira');
    expect(shown).toContain('Swedish');
    expect(shown).toContain('A professional interpreter');
    expect(await preview().getByTestId('preview-steps').locator(':scope > li').count()).toBe(1);
    const step = (await preview().getByTestId('preview-steps').textContent()) ?? '';
    expect(step).toContain('How are you psychologically?');
    expect(step).toContain('hard disclosure');
    expect(step).toContain('Amira says: I have tried to take my life twice.');
    expect(step).toContain('Entered in the form: Two suicide attempts.');
    expect(step).toContain('with a closed question: Fine, I suppose.');
    expect(step).toContain('Practise: Explain why before asking; Acknowledge before moving on');

    await tabTo('Save scenario');
    await page.keyboard.press('Enter');
    await expect.poll(status).toBe('Saved “Back after a long sick leave”.');
    await expect.poll(focusedName).toBe('Edit Back after a long sick leave');
    const stored = await storedScenarios();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      packId: PACK_ID,
      attached: false,
      scenario: {
        id: 'back-after-a-long-sick-leave',
        persona: { name: 'Amira', language: 'sv', interpreter: 'professional' },
        steps: [{ item: 'psychological-health', disclosure: true, goals: ['explain-why-first', 'acknowledge'], variants: [{ when: { asked: 'closed' }, says: { en: 'Fine, I suppose.' } }] }],
      },
    });
  });

  it('exports the scenario as a practice file the loader reads back as stored', async () => {
    await startWith([SICK_LEAVE]);
    await tabTo('Export Back after a long sick leave');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('back-after-a-long-sick-leave.practice.yaml');
    const loaded = loadPracticeFile(await readFile((await download.path())!, 'utf8'), { fileName: 'x.yaml' });
    expect(loaded.ok && loaded.practice.practice).toBe(PACK_ID);
    expect(loaded.ok && loaded.practice.scenarios).toEqual((await storedScenarios()).map((entry) => entry.scenario));
  });

  it('deletes it, with an undo offered', async () => {
    await startWith([SICK_LEAVE]);
    await tabTo('Delete Back after a long sick leave');
    await page.keyboard.press('Enter');
    await expect.poll(status).toBe('Deleted “Back after a long sick leave”. Undo');
    await expect.poll(focusedName).toBe('Undo');
    expect(await storedScenarios()).toEqual([]);
    expect(await page.getByTestId('trainer-scenarios').locator('li').count()).toBe(0);
    // Undo brings it back as it was; then it is deleted for good.
    await page.keyboard.press('Enter');
    await expect.poll(status).toBe('The scenario is back.');
    await expect.poll(storedScenarios).toMatchObject([{ scenario: { id: 'back-after-a-long-sick-leave' } }]);
    await expect.poll(focusedName).toBe('Edit Back after a long sick leave');
    await tabTo('Delete Back after a long sick leave');
    await page.keyboard.press('Enter');
    await expect.poll(storedScenarios).toEqual([]);
  });

  it('refuses a bad practice file and shows why', async () => {
    const { text } = await exportedThroughEditor(SICK_LEAVE, 'Back after a long sick leave');
    await startWith();
    await page.getByLabel('Practice file to import (YAML or JSON)').setInputFiles({
      name: 'broken.practice.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(text.replace('item: psychological-health', 'item: pets')),
    });
    const errors = page.getByTestId('trainer-import-errors');
    await errors.waitFor();
    const shown = (await errors.textContent()) ?? '';
    expect(shown).toContain('broken.practice.yaml was not imported. Your scenarios stay as they were.');
    // In words for a file (not the form's "choose one from the list"), with where it is.
    const line = text.split('\n').findIndex((l) => l.includes('item: psychological-health')) + 1;
    expect(shown).toContain(`scenarios[0].steps[0].item: The pack has no question with the id “pets” (renamed or removed?). (line ${line}, column 15)`);
    expect(shown).not.toMatch(/choose one/i);
    expect(await storedScenarios()).toEqual([]);
  });

  it('imports the exported file back and attaches it to the default pack; both survive a reload', async () => {
    const exported = await exportedThroughEditor(SICK_LEAVE, 'Back after a long sick leave');
    await startWith();
    await page.getByLabel('Practice file to import (YAML or JSON)').setInputFiles(exported.path);
    await expect.poll(status).toBe('Imported 1 scenario for Income support initial assessment. It is not attached yet.');
    expect(await page.getByTestId('trainer-import-errors').count()).toBe(0);
    await page.getByLabel('Practice file to import (YAML or JSON)').focus(); // where the file was chosen
    await tabTo('Attach Back after a long sick leave to the pack', { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(status).toBe('“Back after a long sick leave” is attached to Income support initial assessment: the practice page offers it.');
    await expect.poll(storedScenarios).toMatchObject([{ packId: PACK_ID, attached: true, scenario: { id: 'back-after-a-long-sick-leave' } }]);

    await page.reload();
    const entry = page.locator('li[data-scenario-id="back-after-a-long-sick-leave"]');
    await entry.waitFor();
    expect(await entry.getByTestId('trainer-attached').textContent()).toBe('attached');
    expect(await entry.locator('h4').textContent()).toContain('Back after a long sick leave');
    expect(await storedScenarios()).toMatchObject([{ packId: PACK_ID, attached: true }]);
  });

  it('moves the focus in the render that takes its holder away: a removed step to the step before, Save to Edit, Cancel and Delete to Undo', async () => {
    await startWith([SICK_LEAVE]);
    const editButton = 'trainer-edit-back-after-a-long-sick-leave';
    await page.locator(`#${editButton}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toBe('Title (English)');
    await tabTo('Add a step');
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toBe('Question from the pack');
    await page.keyboard.type('Household', { delay: 20 });

    // Each time the control that had the focus goes, the focus is already on its successor in
    // that moment (focusWhen), not on nothing until a later task: a key pressed then is not lost.
    const whenStepGone = await focusWhen(page, 'fieldset.step', 1);
    await tabTo('Remove step 2');
    await page.keyboard.press('Enter');
    expect((await whenStepGone()).id).toBe('trainer-steps-0-item');

    const whenSaved = await focusWhen(page, '.scenario-form', 0);
    await tabTo('Save scenario');
    await page.keyboard.press('Enter');
    expect((await whenSaved()).id).toBe(editButton);
    await expect.poll(status).toBe('Saved “Back after a long sick leave”.');

    await page.keyboard.press('Enter'); // Edit again
    await expect.poll(focusedName).toBe('Title (English)');
    const whenCancelled = await focusWhen(page, '.scenario-form', 0);
    await tabTo('Cancel without saving');
    await page.keyboard.press('Enter');
    expect((await whenCancelled()).id).toBe('trainer-undo');
    await expect.poll(status).toBe('Closed without saving. Undo');

    const whenDeleted = await focusWhen(page, 'li[data-scenario-id]', 0);
    await page.locator('#trainer-new').focus(); // the Undo above goes with the next status
    await tabTo('Delete Back after a long sick leave', { back: true });
    await page.keyboard.press('Enter');
    expect((await whenDeleted()).id).toBe('trainer-undo');
    await expect.poll(status).toBe('Deleted “Back after a long sick leave”. Undo');
  });

  it('keeps an unsaved scenario across a reload of the page', async () => {
    await tabTo('New scenario'); // from the top of the reloaded page
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toBe('Title (English)');
    await page.keyboard.type('Half-written');
    await expect
      .poll(() => browser.worker.evaluate(async () => JSON.stringify((await chrome.storage.local.get('practice:editor-draft'))['practice:editor-draft'] ?? null)))
      .toContain('Half-written');
    await page.reload();
    await expect.poll(() => page.locator('#trainer-title-en').inputValue().catch(() => '')).toBe('Half-written');
    expect(await status()).toBe('Your unsaved scenario is open again below.');

    // Closing without saving can be undone too.
    await tabTo('Cancel without saving'); // from the top of the reloaded page
    await page.keyboard.press('Enter');
    await expect.poll(status).toBe('Closed without saving. Undo');
    await expect.poll(focusedName).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#trainer-title-en').inputValue().catch(() => '')).toBe('Half-written');
  });
});

describe('trainer editor: answers from the pack, copies and imports of the same scenario', () => {
  type Stored = { packId: string; attached: boolean; scenario: { id: string; title: Record<string, string>; persona: { name: string }; steps: { value?: unknown; variants: { value?: unknown }[] }[] } };
  const stored = () => storedScenarios() as unknown as Promise<Stored[]>;
  const listed = () => page.getByTestId('trainer-scenarios').locator('h4 > span[lang], h4 > span:first-child').allTextContents();

  beforeEach(() => startWith());

  it('an option picked in English carries its Swedish label once Swedish is ticked, and drops English when it is unticked', async () => {
    await page.locator('#trainer-new').click();
    await expect.poll(() => page.locator('#trainer-language-sv').isChecked()).toBe(false); // written in the interface's language first
    await page.fill('#trainer-title-en', 'Rent arrears');
    await page.fill('#trainer-persona-name', 'Jonas');
    await page.fill('#trainer-persona-situation-en', 'Lost his job in the spring.');
    await page.fill('#trainer-persona-wants-en', 'To keep the flat.');
    await page.locator('#trainer-steps').click();
    await page.locator('#trainer-steps-0-item').selectOption('housing-risk');
    await page.fill('#trainer-steps-0-says-en', 'Yes, a letter came from the landlord.');
    await page.locator('#trainer-steps-0-value-option').selectOption({ label: 'Yes' });
    await page.locator('#trainer-steps-0-variants').click();
    await page.fill('#trainer-steps-0-variants-0-says-en', 'No, not really.');
    await page.locator('#trainer-steps-0-variants-0-value-option').selectOption({ label: 'No' });

    await page.locator('#trainer-language-sv').check();
    await page.fill('#trainer-title-sv', 'Hyresskuld');
    await page.fill('#trainer-persona-situation-sv', 'Blev av med jobbet i våras.');
    await page.fill('#trainer-persona-wants-sv', 'Att få behålla lägenheten.');
    await page.fill('#trainer-steps-0-says-sv', 'Ja, det kom ett brev från hyresvärden.');
    await page.fill('#trainer-steps-0-variants-0-says-sv', 'Nej, inte direkt.');
    // Still shown as the option picked.
    expect(await page.locator('#trainer-steps-0-value-option option:checked').textContent()).toBe('Yes');
    expect(await page.locator('#trainer-steps-0-variants-0-value-option option:checked').textContent()).toBe('No');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await expect.poll(status).toBe('Saved “Rent arrears”.');
    let [entry] = await stored();
    expect(entry!.scenario.steps[0]!.value).toEqual({ en: 'Yes', sv: 'Ja' });
    expect(entry!.scenario.steps[0]!.variants[0]!.value).toEqual({ en: 'No', sv: 'Nej' });

    // Written in Swedish only from now on: the English label goes with English.
    await page.getByRole('button', { name: 'Edit Rent arrears' }).click();
    await page.locator('#trainer-language-en').uncheck();
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await expect.poll(status).toBe('Saved “Hyresskuld”.');
    [entry] = await stored();
    expect(entry!.scenario.steps[0]!.value).toEqual({ sv: 'Ja' });
    expect(entry!.scenario.steps[0]!.variants[0]!.value).toEqual({ sv: 'Nej' });
    expect(entry!.scenario.title).toEqual({ sv: 'Hyresskuld' });
  });

  it('a duplicate is titled “… (copy)” in each language, the next “… (copy 2)”: no two entries alike', async () => {
    // Written in Swedish only, as the test above leaves it.
    await startWith([entry(rentArrears({ english: false }))]);
    // Back to English and Swedish, so the title has both.
    await page.getByRole('button', { name: 'Edit Hyresskuld' }).click();
    await page.locator('#trainer-language-en').check();
    await page.fill('#trainer-title-en', 'Rent arrears');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await expect.poll(status).toBe('Saved “Rent arrears”.');
    expect((await stored())[0]!.scenario.steps[0]!.value).toEqual({ en: 'Yes', sv: 'Ja' });

    await page.getByRole('button', { name: 'Duplicate Rent arrears' }).click();
    await expect.poll(status).toBe('Made a copy of “Rent arrears”: “Rent arrears (copy)”. It is open below.');
    await page.getByRole('button', { name: 'Cancel without saving' }).click();
    await page.getByRole('button', { name: 'Duplicate Rent arrears', exact: true }).click();
    await expect.poll(status).toBe('Made a copy of “Rent arrears”: “Rent arrears (copy 2)”. It is open below.');
    await page.getByRole('button', { name: 'Cancel without saving' }).click();
    await expect.poll(listed).toEqual(['Rent arrears', 'Rent arrears (copy 2)', 'Rent arrears (copy)']);
    expect((await stored()).map((e) => [e.scenario.id, e.scenario.title])).toEqual([
      ['rent-arrears', { en: 'Rent arrears', sv: 'Hyresskuld' }],
      ['rent-arrears-copy-2', { en: 'Rent arrears (copy 2)', sv: 'Hyresskuld (kopia 2)' }],
      ['rent-arrears-copy', { en: 'Rent arrears (copy)', sv: 'Hyresskuld (kopia)' }],
    ]);
  });

  it('importing a scenario the trainer already has: the same content changes nothing; other content asks, then keeps both under a distinct title or replaces (with undo)', async () => {
    // The scenario and its two copies, as the test above leaves them.
    await startWith([
      entry(rentArrears()),
      entry(rentArrears({ copy: { id: '-copy-2', en: ' (copy 2)', sv: ' (kopia 2)' } })),
      entry(rentArrears({ copy: { id: '-copy', en: ' (copy)', sv: ' (kopia)' } })),
    ]);
    await page.getByRole('button', { name: 'Delete Rent arrears (copy 2)' }).click();
    await page.getByRole('button', { name: 'Delete Rent arrears (copy)' }).click();
    await expect.poll(async () => (await stored()).length).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Rent arrears' }).click()]);
    const text = await readFile((await download.path())!, 'utf8');
    const input = page.getByLabel('Practice file to import (YAML or JSON)');

    await input.setInputFiles({ name: 'rent.practice.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
    await expect.poll(status).toBe('You already had one scenario exactly as in the file; it is unchanged.');
    expect(await stored()).toHaveLength(1);

    const changed = (name: string) => ({ name: 'rent.practice.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text.replace('name: Jonas', `name: ${name}`)) });
    await input.setInputFiles(changed('Jonas B.'));
    const question = page.getByTestId('trainer-import-question');
    await expect.poll(() => question.textContent()).toContain('rent.practice.yaml has a scenario with the same id as your “Rent arrears”, but different content.');
    await expect.poll(focusedName).toBe('Replace mine with the file\'s');
    expect(await stored()).toHaveLength(1); // nothing yet
    await page.getByRole('button', { name: 'Keep both' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(status).toBe('Imported 1 scenario for Income support initial assessment. It is not attached yet.');
    await expect.poll(listed).toEqual(['Rent arrears', 'Rent arrears (2)']);
    // The question's buttons are gone: the keyboard goes on from the scenario it added.
    await expect.poll(focusedName).toBe('Edit Rent arrears (2)');
    expect((await stored()).map((e) => [e.scenario.id, e.scenario.title, e.scenario.persona.name])).toEqual([
      ['rent-arrears', { en: 'Rent arrears', sv: 'Hyresskuld' }, 'Jonas'],
      ['rent-arrears-2', { en: 'Rent arrears (2)', sv: 'Hyresskuld (2)' }, 'Jonas B.'],
    ]);

    // A newer version from the colleague replaces the trainer's, which stays attached.
    await page.getByRole('button', { name: 'Attach Rent arrears to the pack' }).click();
    await expect.poll(async () => (await stored())[0]!.attached).toBe(true);
    await input.setInputFiles(changed('Jonas Berg'));
    await page.getByRole('button', { name: 'Replace mine with the file\'s' }).click();
    await expect.poll(status).toBe('Your scenario was replaced with the file\'s version. Undo');
    expect((await stored()).map((e) => [e.scenario.id, e.scenario.persona.name, e.attached])).toEqual([
      ['rent-arrears', 'Jonas Berg', true],
      ['rent-arrears-2', 'Jonas B.', false],
    ]);
    await expect.poll(focusedName).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored())[0]!.scenario.persona.name).toBe('Jonas');

    // "Don't import" leaves everything as it was.
    await input.setInputFiles(changed('Someone else'));
    await page.getByRole('button', { name: 'Don\'t import' }).click();
    await expect.poll(status).toBe('rent.practice.yaml was not imported. Your scenarios stay as they were.');
    expect(await stored()).toHaveLength(2);
    expect(await page.getByTestId('trainer-import-question').count()).toBe(0);
  });

  it('an import replacing the scenario open in the editor: an unchanged form shows the imported version and saves it; a form with changes keeps them, is told, and is stored over the import only when the trainer chooses', async () => {
    await startWith([entry(rentArrears(), true), entry(rentArrears({ name: 'Jonas B.', copy: { id: '-2', en: ' (2)', sv: ' (2)' } }))]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Rent arrears', exact: true }).click()]);
    const text = await readFile((await download.path())!, 'utf8');
    const input = page.getByLabel('Practice file to import (YAML or JSON)');
    const withName = (name: string) => ({ name: 'rent.practice.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text.replace('name: Jonas', `name: ${name}`)) });
    const field = (id: string) => page.locator(id).inputValue();
    const savedRent = async () => (await stored()).find((e) => e.scenario.id === 'rent-arrears')!.scenario as Stored['scenario'] & { persona: { situation: Record<string, string> } };
    const replaceWith = async (name: string) => {
      await input.setInputFiles(withName(name));
      await page.getByRole('button', { name: 'Replace mine with the file\'s' }).click();
      await expect.poll(status).toBe('Your scenario was replaced with the file\'s version. Undo');
      await expect.poll(async () => (await savedRent()).persona.name).toBe(name);
    };

    // Open, nothing changed yet: the form follows the import, and saving keeps the imported version.
    await page.getByRole('button', { name: 'Edit Rent arrears', exact: true }).click();
    await expect.poll(() => field('#trainer-persona-name')).toBe('Jonas');
    await replaceWith('Jonas Lind');
    await expect.poll(() => field('#trainer-persona-name')).toBe('Jonas Lind');
    expect(await page.getByTestId('trainer-followed').textContent()).toBe(
      'This scenario was replaced while the form was open (by an import, or in another settings tab): the form now shows the saved version.',
    );
    expect(await page.getByTestId('trainer-meanwhile').count()).toBe(0);
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await expect.poll(status).toBe('Saved “Rent arrears”.');
    expect((await savedRent()).persona.name).toBe('Jonas Lind');

    // Open with a change of the trainer's: the change stays in the form, the editor says what happened.
    await page.getByRole('button', { name: 'Edit Rent arrears', exact: true }).click();
    await expect.poll(() => field('#trainer-persona-name')).toBe('Jonas Lind');
    const situationSaved = await field('#trainer-persona-situation-en'); // the file's versions change only the name
    await page.fill('#trainer-persona-situation-en', 'Lost his job in the spring, and then the car.');
    await replaceWith('Jonas Berg');
    const notice = page.getByTestId('trainer-meanwhile');
    await expect.poll(() => notice.locator('p').textContent()).toBe(
      '“Rent arrears” was replaced while you were editing it here (by an import, or in another settings tab). Saving now would put your changes in place of that version.',
    );
    expect(await field('#trainer-persona-situation-en')).toBe('Lost his job in the spring, and then the car.');
    expect(await field('#trainer-persona-name')).toBe('Jonas Lind');
    // Save stores nothing over the import: the focus goes to the choice.
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await expect.poll(focusedName).toBe('Show the saved version (drop my changes)');
    expect((await savedRent()).persona.name).toBe('Jonas Berg');
    // Shown: the imported version in the form; the trainer's changes come back with Undo.
    await page.keyboard.press('Enter');
    await expect.poll(() => field('#trainer-persona-name')).toBe('Jonas Berg');
    expect(await field('#trainer-persona-situation-en')).toBe(situationSaved);
    await expect.poll(status).toBe('The form shows the saved version. Your changes were set aside. Undo');
    await expect.poll(focusedName).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => field('#trainer-persona-situation-en')).toBe('Lost his job in the spring, and then the car.');
    await notice.waitFor();
    // Kept, as chosen: now Save puts the trainer's version in place of the import.
    await notice.getByRole('button', { name: 'Keep my changes' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await expect.poll(status).toBe('Saved “Rent arrears”.');
    const saved = await savedRent();
    expect([saved.persona.name, saved.persona.situation.en]).toEqual(['Jonas Lind', 'Lost his job in the spring, and then the car.']);
  });

  it('a scenario saved with an option in English only (before the fix, or by hand) plays it as “Ja” in a Swedish practice run', async () => {
    const scenario = {
      id: 'english-only-answer',
      title: { en: 'English-only answer' },
      persona: { name: 'Kim', situation: { en: 'Behind with the rent.' }, language: 'sv', wants: { en: 'To stay.' }, interpreter: 'none' },
      steps: [{ item: 'housing-risk', says: { en: 'Yes, a letter came.' }, value: { en: 'Yes' }, disclosure: false, variants: [], goals: [] }],
    };
    await browser.worker.evaluate(
      async (entry) => {
        const list = ((await chrome.storage.local.get('practice:scenarios'))['practice:scenarios'] ?? []) as unknown[];
        await chrome.storage.local.set({ 'practice:scenarios': [...list, entry] });
      },
      { packId: PACK_ID, scenario, attached: true, updatedAt: 1 },
    );
    const practice = await browser.context.newPage();
    try {
      await practice.goto(browser.extensionUrl('practice.html'));
      await practice.locator('#practice-pack, #practice-scenario').first().waitFor();
      if (await practice.locator('#practice-pack').count()) await practice.locator('#practice-pack').selectOption(PACK_ID);
      await practice.locator('#practice-scenario').selectOption('trainer:english-only-answer');
      await practice.locator('#practice-language').selectOption('sv');
      await practice.locator('button[type=submit]').click();
      await practice.locator('#practice-housing-risk-0').focus();
      await practice.locator('#practice-turn').focus();
      await practice.keyboard.insertText('Riskerar du att förlora bostaden?');
      await practice.keyboard.press('Enter');
      await expect.poll(() => practice.getByTestId('client-value').first().textContent().catch(() => '')).toBe('Ja');
    } finally {
      await practice.close();
    }
  });
});

describe('trainer editor in Swedish', () => {
  let swedish: Awaited<ReturnType<typeof launchWithExtension>>;
  let sv: Page;

  beforeAll(async () => {
    swedish = await launchWithExtension({ extraArgs: ['--lang=sv'] });
    sv = await swedish.context.newPage();
    await sv.goto(swedish.extensionUrl('options.html'));
    await sv.locator('#trainer-pack option:nth-child(2)').waitFor({ state: 'attached' });
  });

  afterAll(async () => {
    await swedish?.close();
  });

  it('speaks one language: strings, language names, pack texts and counts in Swedish', async () => {
    expect(await sv.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(await sv.locator('#trainer-heading').textContent()).toBe('Övningsscenarier (för utbildare)');
    expect(await sv.locator('#trainer-pack option:checked').textContent()).toBe('Grundbedömning för ekonomiskt bistånd');
    await sv.locator('#trainer-new').click();
    // A new scenario is written in the interface's language, named in it.
    expect(await sv.locator('label[for="trainer-title-sv"]').textContent()).toBe('Titel (svenska)');
    expect(await sv.locator('label[for="trainer-language-en"]').textContent()).toBe('engelska');
    await sv.locator('#trainer-steps').click();
    await sv.locator('.scenario-form button[type=submit]').click();
    await expect.poll(() => sv.getByTestId('trainer-problem-count').textContent()).toBe('6 saker behöver rättas innan du kan spara. De är markerade nedan.');
    expect(await sv.locator('#trainer-title-sv-error').textContent()).toBe('Fyll i det här.');
    await sv.locator('#trainer-title-sv').fill('Hyresskuld');
    await sv.locator('#trainer-persona-name').fill('Jonas');
    await sv.locator('#trainer-persona-situation-sv').fill('Ligger efter med hyran.');
    await sv.locator('#trainer-persona-wants-sv').fill('Att få bo kvar.');
    await sv.locator('#trainer-steps-0-item').selectOption('housing-risk');
    await expect.poll(() => sv.getByTestId('trainer-problem-count').textContent()).toBe('En sak behöver rättas innan du kan spara. Den är markerad nedan.');
    expect(await sv.getByTestId('trainer-preview').textContent()).toContain('Riskerar du att förlora ditt boende?');
  });

  it('says what is wrong in a practice file in Swedish, in words for a file, with line and column', async () => {
    const text = (await readFile(new URL('../../rules/fixtures/practice-social-assistance.yaml', import.meta.url), 'utf8')).replace('    steps:', '    stpes:').replace('interpreter: none', 'interpreter: cousin');
    await sv.locator('#trainer-import').setInputFiles({ name: 'trasig.practice.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
    const errors = sv.getByTestId('trainer-import-errors');
    await errors.waitFor();
    const lines = await errors.locator('li').allTextContents();
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(lines).toContain(`scenarios[0].stpes: Formatet har inget fält ”stpes”. Menade du ”steps”? (rad ${lineOf('stpes:')}, kolumn 5)`);
    expect(lines).toContain(`scenarios[0].persona.interpreter: Inte ett av de värden som är tillåtna här: none, professional, family-member. (rad ${lineOf('interpreter: cousin')}, kolumn 20)`);
    expect(await errors.textContent()).not.toMatch(/Välj/);
  });

  it('says in Swedish why a file cannot be read at all, and that a rule pack is no practice file', async () => {
    const files: [name: string, content: Buffer, says: string][] = [
      ['tom.practice.yaml', Buffer.from('  \n'), 'Filen är tom.'],
      ['citat.practice.yaml', Buffer.from('format: 1\npractice: "adviser-coach.social-assistance-ia\nscenarios: []\n'), 'YAML-texten går inte att läsa härifrån'],
      ['bild.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'JSON-texten går inte att läsa härifrån'],
      ['inga.practice.yaml', Buffer.from('format: 1\npractice: adviser-coach.social-assistance-ia\nscenarios: []\n'), 'Filen har inget scenario: den behöver minst ett.'],
      ['paket.yaml', Buffer.from('id: example.minimal\nversion: 0.1.0\nlanguages: [sv]\nitems: []\n'), 'Det här är ett regelpaket, inte en övningsfil: installera det med ”Importera ett paket” ovan.'],
    ];
    for (const [name, content, says] of files) {
      await sv.locator('#trainer-import').setInputFiles({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'application/yaml', buffer: content });
      const errors = sv.getByTestId('trainer-import-errors');
      await expect.poll(() => errors.textContent(), { message: name }).toContain(says);
      const text = (await errors.textContent()) ?? '';
      // No English from the file reader, no English name for "the whole file", each problem said once.
      expect(text, name).not.toMatch(/\b(the|file|syntax|Unexpected|token|pack|needs|quote|indented)\b|\(root\)/i);
      const lines = await errors.locator('li').allTextContents();
      expect(new Set(lines).size, name).toBe(lines.length);
    }
  });
});
