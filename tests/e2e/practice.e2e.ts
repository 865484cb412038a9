// The practice page in real Chromium with the built extension: a full session on
// a default scenario, driven from the keyboard by a scripted set of adviser turns
// (some open, some closed; one follow-up dealt with in the card, others left
// waiting), reaches the summary with exactly the expected feedback; the summary is
// kept and exported; "New trainee" starts clean. The coach on the simulated form is
// the content script's own session code, so its cards appear here as on a case system.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { useExtensionSession } from './support/extension-session';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-browser.mjs';
import { boxOf, overlaps, settledBox, type Box } from './support/boxes';
import { openPanel } from './support/notes-pages';
import { focusWhen } from './support/focus-when';

const session = useExtensionSession();
const overlay = (page: Page) => page.locator('coach-overlay=host');

async function openPractice(size?: { width: number; height: number }, browser: ExtensionBrowser = session.browser): Promise<Page> {
  const page = await browser.context.newPage();
  if (size) await page.setViewportSize(size);
  await page.goto(browser.extensionUrl('practice.html?pack=adviser-coach.social-assistance-ia&scenario=fifteen-years-sick-leave'));
  await page.locator('#practice-scenario').waitFor();
  if (browser === session.browser) expect(await page.locator('#practice-language').inputValue()).toBe('en');
  await page.locator('button[type=submit]').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=simulated-form]').waitFor();
  await overlay(page).waitFor({ state: 'attached' });
  return page;
}

/** The adviser moves to a field of the form (as with Tab), then says their turn in the turn box with Enter. */
async function say(page: Page, field: string, words: string) {
  await page.locator(field).focus();
  const turns = await page.locator('[data-testid=turn]').count();
  await page.locator('#practice-turn').focus();
  await page.keyboard.insertText(words);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('[data-testid=turn]').count()).toBe(turns + 1);
  expect(await page.locator('#practice-turn').evaluate((box) => box === document.activeElement)).toBe(true);
}

/** What the feedback beside each turn says, by kind, turn by turn. */
async function feedbackKinds(page: Page): Promise<string[][]> {
  return page.locator('[data-testid=turn]').evaluateAll((turns) =>
    turns.map((turn) => [...turn.querySelectorAll('[data-feedback]')].map((line) => line.getAttribute('data-feedback') ?? '')),
  );
}

/** How many practice summaries the extension's database holds, read with the raw IndexedDB API from an extension page. */
const keptInDatabase = (page: Page) =>
  page.evaluate(() => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('adviser-coach-notes');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const count = open.result.transaction('practiceResults').objectStore('practiceResults').count();
      count.onsuccess = () => resolve(count.result);
    };
  }));

/**
 * Empty the extension's kept practice summaries (with the raw IndexedDB API, from an extension
 * page of its own): a test that counts them starts from none, whatever earlier tests in this
 * browser kept. Before the practice page opens: its list follows the database through Dexie,
 * which sees no change made around it.
 */
async function clearKept(): Promise<void> {
  const page = await session.browser.context.newPage();
  await page.goto(session.browser.extensionUrl('options.html'));
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('adviser-coach-notes');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const transaction = open.result.transaction('practiceResults', 'readwrite');
      transaction.objectStore('practiceResults').clear();
      transaction.oncomplete = () => {
        open.result.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  }));
  await page.close();
}

const lastReply = (page: Page) => page.locator('[data-testid=turn]').last().locator('[data-testid=client-says]').textContent();

describe('practice page', () => {
  it('plays a default scenario to the summary with exactly the expected feedback, and a new trainee starts clean', async () => {
    const page = await openPractice();

    // 1.1, closed: the client answers; the adviser enters her answer with the keyboard.
    await say(page, '#practice-household-0', 'Do you live alone?');
    expect(await lastReply(page)).toBe("It's just me. The children are grown up and have moved out.");
    await page.locator('#practice-household-0').focus();
    await page.keyboard.press('Space');

    // 3.2, open, no reason given; then a reflection before moving on. Its follow-up is left waiting.
    await say(page, '#practice-sick-leave-0', 'How has your health affected your work?');
    await page.locator('#practice-sick-leave-0').focus();
    await page.keyboard.press('Space');
    await overlay(page).locator('.followup[data-follow-up-id="sick-leave-road-back"]').waitFor();
    await say(page, '#practice-sick-leave-0', 'So you have been off work for fifteen years, first your back and then the depression.');

    // 3.4: the reason first, an open question: the hard disclosure comes; entered in the form, the critical card.
    await say(page, '#practice-psychological-health', 'I ask everyone about how they feel, because it affects what help fits. How have you been feeling lately, in yourself?');
    expect(await lastReply(page)).toBe("Not good, to be honest. I've tried to take my own life three times since January.");
    expect(await page.locator('[data-testid=client-value]').last().textContent()).toBe('Has tried to take her own life three times since January.');
    await page.locator('#practice-psychological-health').focus();
    // The health section's pre-check, confirmed from the keyboard (Alt+Shift+F, Tab, Enter): it stays confirmed for this trainee.
    const precheck = overlay(page).locator('.card[data-item-id="psychological-health"] [data-testid=precheck]');
    await precheck.waitFor();
    await page.keyboard.press('Alt+Shift+F');
    await precheck.locator('button').focus();
    await page.keyboard.press('Enter');
    await precheck.waitFor({ state: 'detached' });
    await page.locator('#practice-psychological-health').focus();
    await page.keyboard.insertText('Has tried to take her own life three times since January.');
    const critical = overlay(page).locator('.followup[data-follow-up-id="suicide-risk"]');
    await critical.waitFor();
    await say(page, '#practice-psychological-health', 'Thank you for telling me. That sounds really hard. Are you thinking about ending your life now?');
    // Dealt with in the card, from the keyboard: the second next step ticked, then Done.
    await critical.locator('.steps input[type=checkbox]').nth(1).focus();
    await page.keyboard.press('Space');
    await critical.locator('button.primary').focus();
    await page.keyboard.press('Enter');
    await critical.waitFor({ state: 'detached' });

    // 4.6, closed: the client's short answer; its follow-up left waiting.
    await say(page, '#practice-self-support-outlook-0', 'Do you think you can support yourself within three months?');
    expect(await lastReply(page)).toBe('What do you think? Put a one.');
    await page.locator('#practice-self-support-outlook-0').focus();
    await page.keyboard.press('Space');
    await overlay(page).locator('.followup[data-follow-up-id="low-outlook"]').waitFor();

    // 4.7: an open question with an explicit invitation.
    await say(page, '#practice-support-needed', 'What would help you most right now? Would you like me to book you a time with someone to talk to?');

    expect(await feedbackKinds(page)).toEqual([
      ['asked-closed'],
      ['asked-open', 'why-missing'],
      ['no-question', 'reflected'],
      ['follow-up-waiting', 'asked-open', 'why-offered'],
      ['asked-closed', 'acknowledged'],
      ['follow-up-acknowledged', 'asked-closed', 'why-missing'],
      ['follow-up-waiting', 'asked-closed', 'invitation'],
    ]);
    const feedbackText = (turn: number, kind: string) => page.locator('[data-testid=turn]').nth(turn).locator(`[data-feedback=${kind}]`).textContent();
    expect(await feedbackText(0, 'asked-closed')).toBe('To work on: Closed question: can be answered yes or no');
    // The pack's summary keeps its own full stop, with none added after the quote.
    expect(await feedbackText(3, 'follow-up-waiting')).toBe('To work on: You moved on while a follow-up was waiting: “On sick leave: ask how long, and how the client sees the road ahead.”');
    expect(await feedbackText(5, 'follow-up-acknowledged')).toBe(
      'Good: Follow-up done: “Possible suicide risk: stop, and ask directly about thoughts of ending their life.” 1 next step of 4 ticked.',
    );
    // A turn with no question after the client answered responds to her: not "nothing to answer yet".
    expect(await feedbackText(2, 'no-question')).toBe('Note: No new question: a response to what the client said.');

    // The summary, from the keyboard: goals met and missed item by item, with the adviser's own words.
    // Focus must land on the heading in the same moment the summary is put on screen (checked by a
    // mutation observer, which runs before the next frame): a key pressed right after Enter then goes
    // to the summary, and a test reading the focus after the summary appears cannot race it.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid=practice-summary]')) return;
        observer.disconnect();
        document.documentElement.dataset.focusWhenSummaryShown = document.activeElement?.id ?? '';
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await page.locator('[data-testid=end-session]').focus();
    await page.keyboard.press('Enter');
    const summary = page.locator('[data-testid=practice-summary]');
    await summary.waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.focusWhenSummaryShown)).toBe('practice-summary-heading');
    expect(await page.locator('#practice-summary-heading').evaluate((heading) => heading === document.activeElement)).toBe(true);
    expect(await summary.locator('[data-testid=summary-totals]').textContent()).toBe('6 goals met · 4 goals missed');
    const steps = await summary.locator('[data-testid=summary-step]').evaluateAll((sections) =>
      sections.map((section) => ({
        item: section.getAttribute('data-item-id'),
        goals: [...section.querySelectorAll('[data-goal]')].map((li) => `${li.getAttribute('data-goal')}:${li.getAttribute('data-met')}`),
        followUps: [...section.querySelectorAll('[data-follow-up-id]')].map((li) => `${li.getAttribute('data-follow-up-id')}:${li.getAttribute('data-feedback')}`),
        words: [...section.querySelectorAll('[data-testid=summary-words]')].map((quote) => quote.textContent),
      })),
    );
    expect(steps).toEqual([
      { item: 'household', goals: ['ask-open:false'], followUps: [], words: ['Do you live alone?'] },
      {
        item: 'sick-leave',
        goals: ['ask-open:true', 'reflect-before-next:true'],
        followUps: ['sick-leave-road-back:follow-up-waiting'],
        words: ['How has your health affected your work?', 'So you have been off work for fifteen years, first your back and then the depression.'],
      },
      {
        item: 'psychological-health',
        goals: ['explain-why-first:true', 'ask-open:true', 'acknowledge:true'],
        followUps: ['suicide-risk:follow-up-acknowledged'],
        words: [
          'I ask everyone about how they feel, because it affects what help fits. How have you been feeling lately, in yourself?',
          'Thank you for telling me. That sounds really hard. Are you thinking about ending your life now?',
        ],
      },
      {
        item: 'self-support-outlook',
        goals: ['explain-why-first:false', 'ask-open:false', 'reflect-before-next:false'],
        followUps: ['low-outlook:follow-up-waiting'],
        words: ['Do you think you can support yourself within three months?'],
      },
      {
        item: 'support-needed',
        goals: ['explicit-invitation:true'],
        followUps: [],
        words: ['What would help you most right now? Would you like me to book you a time with someone to talk to?'],
      },
    ]);
    // A missed goal judged on the question the client answered names it; a met one says nothing more.
    expect(await summary.locator('[data-item-id=household] [data-goal=ask-open]').textContent()).toBe('Ask it open: missed (judged on the question the client answered: “Do you live alone?”)');
    expect(await summary.locator('[data-item-id=psychological-health] [data-goal=ask-open]').textContent()).toBe('Ask it open: met');

    // Keep: in the extension's own database, under the notes retention.
    await summary.getByRole('button', { name: 'Keep on this computer' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=keep-status]').textContent()).toMatch(/^Kept on this computer until /);
    const kept = await page.evaluate(() => new Promise<{ scenarioId: string; days: number }[]>((resolve, reject) => {
      const open = indexedDB.open('adviser-coach-notes');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('practiceResults').objectStore('practiceResults').getAll();
        all.onsuccess = () => resolve(all.result.map((row) => ({ scenarioId: row.scenarioId, days: Math.round((row.expires - row.created) / 86_400_000) })));
      };
    }));
    expect(kept).toEqual([{ scenarioId: 'fifteen-years-sick-leave', days: 30 }]);

    // Export: Markdown and JSON, made in the page.
    const [markdown] = await Promise.all([page.waitForEvent('download'), summary.getByRole('button', { name: 'Export as Markdown' }).click()]);
    const md = await readFile((await markdown.path())!, 'utf8');
    expect(md).toContain('# Summary: Fifteen years on sick leave, and a hard answer about how she feels');
    expect(md).toContain('- ✓ Say why before asking: met');
    expect(md).toContain('> Do you think you can support yourself within three months?');
    const [json] = await Promise.all([page.waitForEvent('download'), summary.getByRole('button', { name: 'Export as JSON' }).click()]);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8')) as { goalsMet: number; goalsMissed: number; steps: unknown[] };
    expect([exported.goalsMet, exported.goalsMissed, exported.steps.length]).toEqual([6, 4, 5]);

    // The run lived in the page: the background's interview sessions (coverage, follow-ups of real interviews) hold nothing of it.
    const stored = await session.browser.worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
    expect(stored.filter((key) => key.startsWith('interview:'))).toEqual([]);

    // New trainee: nothing of the run before. No turns, no answers, no waiting follow-ups,
    // the pre-check to confirm again, and a disclosure brings its card anew.
    await page.locator('[data-testid=new-trainee]').focus();
    await page.keyboard.press('Enter');
    await summary.waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid=turn]').count()).toBe(0);
    expect(await page.locator('[data-testid=simulated-form] input:checked').count()).toBe(0);
    expect(await page.locator('#practice-psychological-health').inputValue()).toBe('');
    await expect.poll(() => overlay(page).locator('.followup').count()).toBe(0);
    await say(page, '#practice-psychological-health', 'Are you OK?');
    expect(await lastReply(page)).toBe("Fine. It's fine.");
    expect(await feedbackKinds(page)).toEqual([['asked-closed', 'why-missing']]);
    await page.locator('#practice-psychological-health').focus();
    await overlay(page).locator('.card[data-item-id="psychological-health"] [data-testid=precheck]').waitFor();
    await page.keyboard.insertText('She tried to take her own life');
    await overlay(page).locator('.followup[data-follow-up-id="suicide-risk"]').waitFor();
    await page.screenshot({ path: '.output/practice-screenshot.png' });
    await page.locator('[data-testid=end-session]').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-testid=summary-totals]').textContent()).toBe('0 goals met · 10 goals missed');
    // The session ended at 3.4 with its follow-up waiting: that is what the summary says, not "you moved on".
    expect(await page.locator('[data-testid=summary-step][data-item-id=psychological-health] [data-follow-up-id=suicide-risk]').textContent()).toBe(
      'The session ended with a follow-up still waiting: “Possible suicide risk: stop, and ask directly about thoughts of ending their life.” 0 next steps of 4 ticked.',
    );
    await page.close();
  });

  it('keeps the keyboard\'s place: Start puts focus on the scenario\'s title as the session appears, "Choose again" on the scenario list', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.browser.extensionUrl('practice.html?pack=adviser-coach.social-assistance-ia&scenario=fifteen-years-sick-leave'));
    await page.locator('#practice-scenario').waitFor();
    await page.locator('button[type=submit]').focus();
    const focusAtStart = await focusWhen(page, '[data-testid=simulated-form]', 1);
    await page.keyboard.press('Enter');
    const atStart = await focusAtStart();
    expect(atStart.text, 'focus on the session\'s title from the moment it shows').toBe('Fifteen years on sick leave, and a hard answer about how she feels');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('h2');
    // Tab goes on from there into the session, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('new-trainee');
    await page.keyboard.press('Tab');
    const focusAtChooser = await focusWhen(page, '#practice-scenario', 1);
    await page.keyboard.press('Enter'); // "Choose again"
    expect((await focusAtChooser()).id).toBe('practice-scenario');
    await page.close();
  });

  it('with a relative interpreting, rewards leaving the violence question for a meeting alone with a professional interpreter, never asking it through him', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.browser.extensionUrl('practice.html?pack=adviser-coach.social-assistance-ia&scenario=relative-interprets'));
    await page.locator('#practice-scenario').waitFor();
    await page.locator('button[type=submit]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=simulated-form]').waitFor();
    const goalsAt = async (item: string) => {
      await page.locator('[data-testid=end-session]').focus();
      await page.keyboard.press('Enter');
      const step = page.locator(`[data-testid=summary-step][data-item-id="${item}"]`);
      await step.waitFor();
      return step.locator('[data-goal]').evaluateAll((goals) => goals.map((li) => `${li.getAttribute('data-goal')}:${li.getAttribute('data-met')}`));
    };

    // Asking to speak with her alone, else a meeting with a professional interpreter: the brother-in-law answers nothing.
    await say(page, '#practice-partner-violence-0', 'Could I speak with Samira on her own? Otherwise we take these questions at a meeting with a professional interpreter.');
    expect(await page.locator('[data-testid=turn]').last().locator('[data-testid=client-says]').count()).toBe(0);
    await say(page, '#practice-support-needed', 'I would like to invite Samira to a meeting of her own, with a professional interpreter.');
    expect(await feedbackKinds(page)).toEqual([['asked-closed', 'setting-kept'], ['no-question', 'invitation']]);
    expect(await goalsAt('partner-violence')).toEqual(['safe-setting-first:true']);

    // Asked through him, with the reason given: he answers for her, and the goal is missed.
    await page.locator('[data-testid=new-trainee]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=practice-summary]').waitFor({ state: 'detached' });
    await say(page, '#practice-partner-violence-0', 'I ask everyone this, because violence at home is common. Has anyone at home hurt you?');
    expect(await lastReply(page)).toBe('(He answers at once, without turning to her) No, no, nothing like that. Everything is fine at home.');
    expect(await feedbackKinds(page)).toEqual([['asked-closed', 'why-offered', 'setting-asked']]);
    expect(await goalsAt('partner-violence')).toEqual(['safe-setting-first:false']);
    await page.close();
  });

  it('offers a scenario a trainer attached to the installed pack in the trainer editor, and plays it', async () => {
    const fixture = parse(await readFile(new URL('../../rules/fixtures/practice-social-assistance.yaml', import.meta.url), 'utf8')) as { practice: string; scenarios: unknown[] };
    const trainerScenarios = fixture.scenarios.map((scenario) => ({ packId: fixture.practice, scenario, attached: true, updatedAt: 1 }));
    await session.browser.worker.evaluate((list) => chrome.storage.local.set({ 'practice:scenarios': list }), trainerScenarios);
    const page = await session.browser.context.newPage();
    await page.goto(session.browser.extensionUrl('practice.html?pack=adviser-coach.social-assistance-ia&scenario=trainer:amira-first-meeting'));
    await page.locator('#practice-scenario').waitFor();
    await expect.poll(() => page.locator('#practice-scenario option:checked').textContent()).toBe("First meeting after a long sick leave (a trainer's scenario)");
    await page.locator('button[type=submit]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=simulated-form]').waitFor();
    await say(page, '#practice-psychological-health', 'Are you OK?');
    expect(await lastReply(page)).toBe('Fine, I suppose.');
    await page.close();
  });

  it('leaves the window\'s right edge to the coach\'s dock: at 1280×800 and 1024×768 the dock covers none of the conversation, the form or the session\'s buttons, and the conversation fits its column', async () => {
    const problems: string[] = [];
    for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
      const page = await openPractice(size);
      // A conversation to cover, a follow-up waiting and the list of what is left to ask open: the dock at its fullest.
      await say(page, '#practice-household-0', 'Do you live alone?');
      await say(page, '#practice-sick-leave-0', 'How has your health affected your work?');
      await page.locator('#practice-sick-leave-0').focus();
      await page.keyboard.press('Space');
      await overlay(page).locator('.followup').first().waitFor();
      await overlay(page).locator('.coverage-toggle').click();
      await overlay(page).locator('#coverage-list').waitFor();
      // The turn box, and the first and last question of every section of the form.
      const places = ['#practice-turn', ...(await page.locator('.form-section').evaluateAll((sections) =>
        sections.flatMap((section) => {
          const controls = [...section.querySelectorAll('input, textarea, select')].map((control) => `#${control.id}`);
          return [...new Set([controls[0], controls.at(-1)])].filter((id): id is string => !!id);
        }),
      ))];
      expect(places.length).toBeGreaterThan(4);
      // The conversation reads without scrolling sideways in its column.
      const talk = await page.locator('.practice-talk-column').evaluate((column) => [column.scrollWidth, column.clientWidth]);
      if (talk[0]! > talk[1]!) problems.push(`${size.width}×${size.height}: the conversation is ${talk[0]}px wide in a ${talk[1]}px column`);
      for (const place of places) {
        const control = page.locator(place);
        await control.scrollIntoViewIfNeeded();
        await control.focus();
        const dock = await settledBox(overlay(page).locator('.dock'));
        const where = `${size.width}×${size.height} at ${place} (dock ${JSON.stringify(dock)})`;
        const parts: [string, Box][] = [
          ['the conversation', await boxOf(page.locator('.practice-talk-column'))],
          ['the form', await boxOf(page.locator('.practice-form-column'))],
          ['the session\'s buttons', await boxOf(page.locator('.session-header .actions'))],
        ];
        for (const [what, box] of parts) if (overlaps(dock, box)) problems.push(`${where}: the dock covers ${what} ${JSON.stringify(box)}`);
        if (dock.left < 0 || dock.top < 0 || dock.left + dock.width > size.width + 0.5 || dock.top + dock.height > size.height + 0.5) {
          problems.push(`${where}: the dock is cut off by the window`);
        }
        // The waiting follow-up shows (its title and summary), not just the dock's edge.
        if (dock.height < 100) problems.push(`${where}: the dock shows too little of the follow-up`);
        const card = overlay(page).locator('.card-layer');
        if (await card.isVisible()) {
          const cardBox = await settledBox(card);
          if (overlaps(cardBox, dock)) problems.push(`${where}: the dock and the card overlap`);
        }
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('files a turn under the field the adviser was at when the scenario has no step there: no scripted answer, and the steps keep theirs', async () => {
    const page = await openPractice();
    const lastTurn = () => page.locator('[data-testid=turn]').last();
    // At a scenario step first, then at fields the script leaves out (a text box, a radio group), then back in the turn box.
    await page.locator('#practice-psychological-health').focus();
    await say(page, '#practice-rent', 'How much is your rent each month?');
    expect(await page.locator('#practice-about').inputValue()).toBe('rent');
    expect(await lastTurn().getAttribute('data-item-id')).toBe('rent');
    expect(await lastTurn().locator('[data-testid=client-reply]').count()).toBe(0);
    expect(await lastTurn().locator('[data-testid=off-script]').textContent()).toBe(
      "Not in the scenario: the script gives Anneli no answer to this question. Its answers come at the scenario's questions.",
    );
    expect(await lastTurn().locator('.turn-about').textContent()).toBe('About: Monthly rent (SEK)');
    await page.locator('#practice-driving-licence-1').focus();
    await page.keyboard.press('Space');
    await say(page, '#practice-driving-licence-1', 'And you have no driving licence?');
    expect(await lastTurn().getAttribute('data-item-id')).toBe('driving-licence');
    expect(await lastTurn().locator('[data-testid=client-reply]').count()).toBe(0);
    // The step the adviser came from still has its hard answer.
    await say(page, '#practice-psychological-health', 'I ask everyone about how they feel, because it affects what help fits. How have you been feeling lately, in yourself?');
    expect(await lastReply(page)).toBe("Not good, to be honest. I've tried to take my own life three times since January.");
    await page.close();
  });

  it('sums up what was said at questions off the scenario apart, marked off-script, each turn with its feedback, on screen, in Markdown and JSON; no goal counts it', async () => {
    const page = await openPractice();
    await say(page, '#practice-household-0', 'Do you live alone?');
    await say(page, '#practice-rent', 'How much is your rent each month?');
    await say(page, '#practice-debts-0', 'Tell me about your debts. What worries you most about them?');
    await say(page, '#practice-rent', 'So the rent takes most of what comes in.');
    await page.locator('[data-testid=end-session]').focus();
    await page.keyboard.press('Enter');
    const summary = page.locator('[data-testid=practice-summary]');
    await summary.waitFor();
    // The scenario's goals alone: household's open question missed, nothing else asked.
    expect(await summary.locator('[data-testid=summary-totals]').textContent()).toBe('0 goals met · 10 goals missed');
    expect(await summary.locator('[data-testid=summary-step][data-item-id=household] [data-testid=summary-words]').allTextContents()).toEqual(['Do you live alone?']);
    expect(await summary.locator('[data-testid=summary-step] [data-testid=summary-words]').count()).toBe(1);
    const off = summary.locator('[data-testid=summary-off-script]');
    expect(await off.locator('h3').textContent()).toBe('Elsewhere on the form (not in the scenario)');
    expect(await off.locator('p.muted').textContent()).toBe("Off-script: the scenario has no step for these questions, so they count toward none of the trainer's goals.");
    const items = await off.locator('[data-testid=summary-off-script-item]').evaluateAll((sections) =>
      sections.map((section) => ({
        item: section.getAttribute('data-item-id'),
        question: section.querySelector('h4')?.textContent,
        goals: section.querySelectorAll('[data-goal]').length,
        turns: [...section.querySelectorAll('[data-testid=summary-off-script-turn]')].map((turn) => [
          turn.querySelector('[data-testid=summary-words]')?.textContent,
          ...[...turn.querySelectorAll('[data-feedback]')].map((line) => line.textContent),
        ]),
      })),
    );
    expect(items).toEqual([
      {
        item: 'rent',
        question: 'Monthly rent (SEK)',
        goals: 0,
        turns: [
          // Off the scenario a closed question is a note, not a miss: no goal asks for it there.
          ['How much is your rent each month?', 'Note: Closed question: asks for one fact'],
          ['So the rent takes most of what comes in.', 'Note: No question: the client has nothing to answer yet.'],
        ],
      },
      {
        item: 'debts',
        question: 'Do you have debts or payment arrears?',
        goals: 0,
        turns: [['Tell me about your debts. What worries you most about them?', 'Good: Open question: invites the client to tell']],
      },
    ]);

    const [markdown] = await Promise.all([page.waitForEvent('download'), summary.getByRole('button', { name: 'Export as Markdown' }).click()]);
    const md = await readFile((await markdown.path())!, 'utf8');
    expect(md).toContain("## Elsewhere on the form (not in the scenario)\n\nOff-script: the scenario has no step for these questions, so they count toward none of the trainer's goals.");
    expect(md).toContain('### Monthly rent (SEK)\n\n> How much is your rent each month?\n\n- Note: Closed question: asks for one fact');
    expect(md).toContain('> Tell me about your debts. What worries you most about them?\n\n- Good: Open question');
    const [json] = await Promise.all([page.waitForEvent('download'), summary.getByRole('button', { name: 'Export as JSON' }).click()]);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8')) as { goalsMet: number; goalsMissed: number; offScript: { itemId: string; turns: { text: string; feedback: { asked?: { form: string } } }[] }[] };
    expect([exported.goalsMet, exported.goalsMissed]).toEqual([0, 10]);
    expect(exported.offScript.map((item) => [item.itemId, item.turns.map((turn) => [turn.text, turn.feedback.asked?.form ?? null])])).toEqual([
      ['rent', [['How much is your rent each month?', 'closed'], ['So the rent takes most of what comes in.', null]]],
      ['debts', [['Tell me about your debts. What worries you most about them?', 'open']]],
    ]);
    await page.close();
  });

  it('speaks the session\'s language on the simulated form, not the interface\'s: a Swedish session in an English browser', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.browser.extensionUrl('practice.html?pack=adviser-coach.social-assistance-ia&scenario=fifteen-years-sick-leave'));
    await page.locator('#practice-language').selectOption('sv');
    await page.locator('button[type=submit]').focus();
    await page.keyboard.press('Enter');
    const form = page.locator('[data-testid=simulated-form]');
    await form.waitFor();
    expect(await form.getAttribute('lang')).toBe('sv');
    // A question with more options than radio buttons take: a drop-down, its first choice in Swedish.
    expect(await page.locator('#practice-housing option').first().textContent()).toBe('-- Välj --');
    // Nothing on the form is one of the English interface's strings (those the Swedish one words alike aside).
    const english = JSON.parse(await readFile(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
    const swedish = JSON.parse(await readFile(new URL('../../public/_locales/sv/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
    const englishOnly = new Set(Object.entries(english).filter(([key, { message }]) => swedish[key]?.message !== message).map(([, { message }]) => message));
    const said = await form.evaluate((root) =>
      [root, ...root.querySelectorAll('*')].flatMap((element) => [
        ...[...element.attributes].map((attribute) => attribute.value),
        ...[...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent!.trim()),
      ]),
    );
    expect(said.filter((text) => englishOnly.has(text))).toEqual([]);
    await page.close();
  });

  it('keeps the card and a waiting follow-up off the turn box, its buttons and the client\'s last reply at several window sizes, in English and Swedish', async () => {
    const swedish = await launchWithExtension({ extraArgs: ['--lang=sv'] });
    const problems: string[] = [];
    /** Points on what the trainee needs now where the overlay, not the page, takes the click. */
    const coveredPoints = (page: Page) =>
      page.evaluate(() => {
        const parts: [string, string][] = [
          ['the turn box', '#practice-turn'],
          ['what the turn is about', '#practice-about'],
          ['"Say it"', '[data-testid=say]'],
          ['"End"', '[data-testid=end-session]'],
          ["the client's last reply", '.turn-log > .turn:last-child .turn-client'],
        ];
        const covered: string[] = [];
        let checked = 0;
        for (const [name, selector] of parts) {
          const element = document.querySelector(selector);
          if (!element) continue;
          const box = element.getBoundingClientRect();
          for (const [fx, fy] of [[0.5, 0.5], [0.05, 0.1], [0.95, 0.9], [0.05, 0.9], [0.95, 0.1]] as const) {
            const x = box.left + box.width * fx;
            const y = box.top + box.height * fy;
            if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
            const hit = document.elementFromPoint(x, y);
            if (hit === element || element.contains(hit)) checked++;
            // Out of sight in its own scrolling column is the page's doing; the overlay's element is outside the body.
            else if (hit && !document.body.contains(hit)) covered.push(`${name} at ${Math.round(x)},${Math.round(y)}`);
          }
        }
        return { covered, checked };
      });
    const runs: [ExtensionBrowser, string, { width: number; height: number }[]][] = [
      [session.browser, 'en', [{ width: 1280, height: 800 }, { width: 1024, height: 768 }, { width: 1440, height: 900 }, { width: 1920, height: 1080 }]],
      [swedish, 'sv', [{ width: 1280, height: 800 }, { width: 1366, height: 768 }]],
    ];
    let checkedAll = 0;
    try {
      for (const [browser, lang, sizes] of runs) {
        for (const size of sizes) {
          const page = await openPractice(size, browser);
          await say(page, '#practice-household-0', 'Do you live alone?');
          await say(page, '#practice-sick-leave-0', 'How has your health affected your work?');
          // A follow-up waits in the dock.
          await page.locator('#practice-sick-leave-0').focus();
          await page.keyboard.press('Space');
          await overlay(page).locator('.followup').first().waitFor();
          const places = ['#practice-sick-leave-0', '#practice-medical-certificate-0', '#practice-psychological-health', '#practice-self-support-outlook-0', '#practice-support-needed',
            ...(await page.locator('.form-section').evaluateAll((sections) =>
              sections.flatMap((section) => {
                const controls = [...section.querySelectorAll('input, textarea, select')].map((control) => `#${control.id}`);
                return [...new Set([controls[0], controls.at(-1)])].filter((id): id is string => !!id);
              }),
            ))];
          for (const place of places) {
            await page.locator('#practice-turn').scrollIntoViewIfNeeded();
            await page.locator(place).scrollIntoViewIfNeeded();
            await page.locator(place).focus();
            await overlay(page).locator('.card-layer').waitFor();
            await settledBox(overlay(page).locator('.card-layer'));
            await settledBox(overlay(page).locator('.dock'));
            const { covered, checked } = await coveredPoints(page);
            checkedAll += checked;
            for (const point of covered) problems.push(`${lang} ${size.width}×${size.height} at ${place}: the overlay covers ${point}`);
          }
          // In the turn box (no card): the waiting follow-up covers none of it either.
          await page.locator('#practice-turn').focus();
          await settledBox(overlay(page).locator('.dock'));
          for (const point of (await coveredPoints(page)).covered) problems.push(`${lang} ${size.width}×${size.height} in the turn box: the dock covers ${point}`);
          await page.close();
        }
      }
    } finally {
      await swedish.close();
    }
    expect(problems).toEqual([]);
    // The checks looked at the parts where they showed, not only at places out of sight.
    expect(checkedAll).toBeGreaterThan(500);
  });

  it('moves between the turn box and the field being practised with one key, and Esc in the overlay returns where the adviser came from', async () => {
    const page = await openPractice();
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    await say(page, '#practice-sick-leave-0', 'How has your health affected your work?');
    // From the turn box to the field the turn is about, and back.
    await page.keyboard.press('Alt+Shift+G');
    expect(await focused()).toBe('practice-sick-leave-0');
    await page.keyboard.press('Alt+Shift+G');
    expect(await focused()).toBe('practice-turn');
    // The turn chosen to be about another question: that question's field.
    await page.locator('#practice-about').selectOption('household');
    await page.locator('#practice-turn').focus();
    await page.keyboard.press('Alt+Shift+G');
    expect(await focused()).toBe('practice-household-0');
    // The same from the button beside the turn box, with the keyboard.
    await page.locator('#practice-turn').focus();
    await page.locator('[data-testid=go-to-form]').focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('practice-household-0');
    expect(await page.locator('#practice-turn').getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+G');

    // Into the overlay from the turn box (the list of what is left to ask), Esc: back in the turn box.
    await page.locator('#practice-turn').focus();
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(focused).toBe('DIV'); // the overlay's host: its inside is closed to the page
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('practice-turn');
    // A waiting follow-up reached from the turn box: Esc back there too.
    await page.locator('#practice-sick-leave-0').focus();
    await page.keyboard.press('Space');
    await overlay(page).locator('.followup').first().waitFor();
    await page.locator('#practice-turn').focus();
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(focused).toBe('DIV');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('practice-turn');
    // From a field of the form: back to that field, as on a case system's page.
    await page.locator('#practice-sick-leave-0').focus();
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(focused).toBe('DIV');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('practice-sick-leave-0');
    await page.close();
  });

  it('lists the kept summaries with date, scenario and goals, and deletes them one by one and all at once', async () => {
    await clearKept();
    const page = await openPractice();
    const title = await page.locator('.session-header h2').textContent();
    let totals = '';
    for (const words of ['Do you live alone?', 'Is it just you at home?', 'Do you live with anyone?']) {
      await say(page, '#practice-household-0', words);
      await page.locator('[data-testid=end-session]').click();
      totals = (await page.locator('[data-testid=summary-totals]').textContent())!.replace(' · ', ', ');
      await page.getByRole('button', { name: 'Keep on this computer' }).click();
      await expect.poll(() => page.locator('[data-testid=keep-status]').textContent()).toMatch(/^Kept on this computer until /);
      await page.locator('[data-testid=new-trainee]').click();
    }
    await page.getByRole('button', { name: 'Choose another scenario' }).click();
    const list = page.locator('[data-testid=kept-summaries]');
    const rows = list.locator('[data-testid=kept-summary]');
    // These three, newest first (none kept before: cleared above).
    await expect.poll(() => rows.count()).toBe(3);
    const before = 3;
    expect(await rows.first().locator('[data-testid=kept-title]').textContent()).toBe(title);
    expect(await rows.first().locator('[data-testid=kept-totals]').textContent()).toBe(totals);
    expect(await rows.first().locator('[data-testid=kept-date]').textContent()).toMatch(/\d/);
    // Opened, it shows the goals item by item.
    await rows.first().locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.first().locator('.feedback').count()).toBeGreaterThan(5);
    // One deleted from the keyboard; the focus goes to the list's heading in the moment the row
    // goes (whichever read of the list draws that first), never lost to the page in between.
    const focusWhenRowGone = await focusWhen(page, '[data-testid=kept-summary]', before - 1);
    await rows.first().locator('[data-testid=kept-delete]').focus();
    await page.keyboard.press('Enter');
    expect((await focusWhenRowGone()).id).toBe('kept-heading');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kept-heading');
    await expect.poll(() => page.locator('[data-testid=kept-status]').textContent()).toBe(`Deleted the summary “${title}”`);
    // All at once, confirmed once; Cancel is the focused choice, from the moment the question shows.
    const focusWhenAsked = await focusWhen(page, '#kept-delete-all-question', 1);
    await list.locator('[data-testid=kept-delete-all]').focus();
    await page.keyboard.press('Enter');
    expect((await focusWhenAsked()).text).toBe('Cancel');
    expect(await list.locator('#kept-delete-all-question').textContent()).toBe(`Delete all ${before - 1} kept summaries? This cannot be undone.`);
    // Cancel: back on the button that asked, in the moment it is there again.
    const focusWhenBack = await focusWhen(page, '[data-testid=kept-delete-all]', 1);
    await page.keyboard.press('Enter');
    expect((await focusWhenBack()).testId).toBe('kept-delete-all');
    await page.keyboard.press('Enter');
    await list.locator('[data-testid=kept-delete-all-confirm]').focus();
    const focusWhenAllGone = await focusWhen(page, '[data-testid=kept-summary]', 0);
    await page.keyboard.press('Enter');
    await list.locator('[data-testid=kept-none]').waitFor();
    expect((await focusWhenAllGone()).id).toBe('kept-heading');
    expect(await keptInDatabase(page)).toBe(0);
    await page.close();
  });

  it('"Delete everything" in the notes deletes the kept practice summaries: the practice page\'s list empties, also after a reload, and the database holds none', async () => {
    await clearKept();
    const page = await openPractice();
    await say(page, '#practice-household-0', 'Do you live alone?');
    await page.locator('[data-testid=end-session]').click();
    await page.getByRole('button', { name: 'Keep on this computer' }).click();
    await expect.poll(() => page.locator('[data-testid=keep-status]').textContent()).toMatch(/^Kept on this computer until /);
    await page.getByRole('button', { name: 'Choose another scenario' }).click();
    const rows = page.locator('[data-testid=kept-summaries] [data-testid=kept-summary]');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await keptInDatabase(page)).toBe(1);

    // The notes panel, beside the practice page (bound to its tab, as the side panel is to the tab in front).
    const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    const panel = await openPanel(session.browser, tabId);
    await panel.locator('details.settings summary').press('Enter');
    await panel.getByTestId('delete-all').press('Enter');
    await expect.poll(() => panel.locator('#delete-all-question').textContent(), { timeout: 10_000 }).toMatch(/kept practice summary/);
    await panel.getByTestId('delete-all-confirm').press('Enter');
    await expect.poll(() => panel.getByTestId('notes-status').textContent(), { timeout: 10_000 }).toBe('All notes deleted.');

    // The practice page still open: its list follows, with nothing left to open or delete.
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(0);
    expect(await page.locator('[data-testid=kept-none]').count()).toBe(1);
    expect(await keptInDatabase(page)).toBe(0);
    await page.reload();
    await page.locator('[data-testid=kept-none]').waitFor();
    expect(await rows.count()).toBe(0);
    await panel.close();
    await page.close();
  });
});
