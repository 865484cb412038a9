// A case system that words the default pack's questions its own way (tests/e2e/fixtures/rewordings):
// a reworded safety question gets its card and, when answered, its follow-up; a topic label with
// a question after a dash gets the free-text item and its critical follow-up; look-alike fields
// ("Partner's name", "Home address", "Do you drink coffee?", "Date of last drink") get no item.
import { describe, expect, it } from 'vitest';
import { coachReady, DISCLOSURE } from './support/coaching-session';
import { detectionProblems, waitForExactDetection } from './support/detection-harness';
import { useExtensionSession } from './support/extension-session';
import { useInstalledPack } from './support/installed-packs';

const session = useExtensionSession();
// The default initial-assessment pack, which applies to 127.0.0.1, installed at first run.
useInstalledPack(session, 'adviser-coach.social-assistance-ia');

const inOverlay = (selector: string) => `coach-overlay=host >> ${selector}`;

describe("a case system's own wording of the pack's questions", () => {
  it('finds the reworded questions and no look-alike, and brings the follow-ups', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/rewordings/index.html`);
    await coachReady(page);
    const snapshots = await waitForExactDetection(page, 1, { require: ['partner-violence', 'psychological-health'] });
    // Every field marked data-expect has its item, and no unmarked field (the look-alikes) has one.
    expect(detectionProblems(snapshots)).toEqual([]);

    const violence = page.locator('input[name=q17]').first();
    await violence.focus();
    await page.locator(inOverlay('.card[data-item-id="partner-violence"]')).waitFor();
    await violence.check();
    await page.locator(inOverlay('.followup[data-follow-up-id="violence-disclosed"]')).waitFor();

    await page.locator('#wellbeing').focus();
    await page.locator(inOverlay('.card[data-item-id="psychological-health"]')).waitFor();
    await page.keyboard.type(DISCLOSURE);
    await page.locator(inOverlay('.followup[data-follow-up-id="suicide-risk"]')).waitFor();
  });
});
