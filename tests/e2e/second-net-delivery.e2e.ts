// The second net reaches the page only inside the compiled pack (rules/pack-second-net.ts; the content script
// bundles no weights, tests/e2e/security-bundle.e2e.ts). A pack stored by an earlier version, without the net's
// models or with another training's, must still answer with this version's net: in real Chromium with the built
// extension, the default pack's stored body is rewritten as such a version stored it, then a veiled disclosure
// that the rules alone leave without a card is typed in the demo case system, and the critical follow-up comes up
// with the net's reason. The background gives the pack this version's models when it reads it for the page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evaluateFollowUps } from '../../rules/evaluate-follow-ups';
import type { CompiledPack } from '../../rules/compiled-pack';
import { SECOND_NET } from '../../rules/match/second-net-weights';
import { coachReady, PSYCH_FIELD } from './support/coaching-session';
import { useExtensionSession } from './support/extension-session';
import { useInstalledPack } from './support/installed-packs';

const session = useExtensionSession();
const social = useInstalledPack(session, 'adviser-coach.social-assistance-ia');
const overlay = (page: Page) => page.locator('coach-overlay=host');

/**
 * Rewrite the installed pack's stored body in place (same key, as a string, as rules/pack-store.ts keeps it) with
 * `secondNet` as given (`null`: none, as a version before the models travelled stored it). Returns what is stored.
 */
async function storeAsEarlierVersion(secondNet: CompiledPack['secondNet'] | null): Promise<CompiledPack['secondNet'] | 'absent'> {
  return session.browser.worker.evaluate(
    async ({ id, net }) => {
      const refs = (await chrome.storage.local.get('packs:installed'))['packs:installed'] as { id: string; body: string }[];
      const ref = refs.find((entry) => entry.id === id)!;
      const pack = JSON.parse((await chrome.storage.local.get(ref.body))[ref.body] as string) as Record<string, unknown>;
      if (net === null) delete pack.secondNet;
      else pack.secondNet = net;
      await chrome.storage.local.set({ [ref.body]: JSON.stringify(pack) });
      const stored = JSON.parse((await chrome.storage.local.get(ref.body))[ref.body] as string) as { secondNet?: unknown };
      return (stored.secondNet ?? 'absent') as never;
    },
    { id: social.pack.id, net: secondNet },
  );
}

/** Type `answer` in the demo's psychological-health field and wait for the suicide-risk follow-up. */
async function typedFollowUp(answer: string): Promise<{ severity: string | null }> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/demo/intake-3.html?case=2026-07110`);
  await coachReady(page);
  await page.locator(PSYCH_FIELD).click();
  await page.keyboard.type(answer, { delay: 5 });
  const followUp = overlay(page).locator('.followup[data-follow-up-id="suicide-risk"]');
  await followUp.waitFor({ timeout: 10_000 });
  const severity = await followUp.getAttribute('data-severity');
  await page.close();
  return { severity };
}

// Veiled disclosures of our own, in the pack's other languages (the answer's language is never assumed).
const VEILED = { sv: 'Hon har bestämt hur och när hon ska göra det.', nb: 'Han har bestemt seg, han vet hvordan han vil gjøre det.' };

describe('a pack stored by an earlier version answers with this version’s second net', () => {
  it('the disclosures are ones only the net reads: the rules alone raise nothing for them', () => {
    const item = social.item('psychological-health');
    for (const text of Object.values(VEILED)) expect(evaluateFollowUps(social.pack, item, { text, options: [] }, null), text).toEqual([]);
    expect(social.pack.secondNet?.stamp).toBe(SECOND_NET.stamp);
  });

  it('stored without the models: the critical follow-up comes up', async () => {
    expect(await storeAsEarlierVersion(null)).toBe('absent');
    expect(await typedFollowUp(VEILED.sv)).toEqual({ severity: 'critical' });
  });

  it('stored with another training’s models: this version’s are used', async () => {
    // Another training that would never raise anything: a very low bias and a threshold of 1.
    const other = { stamp: 'an-earlier-training', models: { suicide: { bias: -50, threshold: 1, scale: 0, weights: btoa('\0\0\0\0') } } };
    expect(await storeAsEarlierVersion(other)).toEqual(other);
    expect(await typedFollowUp(VEILED.nb)).toEqual({ severity: 'critical' });
  });
});
