/**
 * The background's side of pack distribution: answers the options page
 * (subscribe, unsubscribe, check now), follows the managed policy live
 * (storage.onChanged, area `managed`: no restart), wakes on the update alarm,
 * tells open case-system tabs when the packs changed so their coach picks
 * up a new version without a reload, and counts updates that wait for the
 * adviser on the toolbar button.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { MessageHandlers } from '../messages';
import { cachedManagedPolicy, MANAGED_POLICY_KEY, refreshManagedPolicy } from '../policy/policy-store';
import { applyPolicySites } from '../policy/policy-sites';
import {
  applyPolicyToSubscriptions,
  applyStagedUpdate,
  checkDueSubscriptions,
  checkSubscription,
  declineStagedUpdate,
  editSubscriptions,
  scheduleNextCheck,
  UPDATE_ALARM,
} from './pack-updates';
import { waitingUpdates } from './staged-update-link';
import { SITE_PACKS_KEY } from '../site-packs';
import { addSubscription, readSubscriptions, removeSubscription, SUBSCRIPTIONS_KEY } from './subscriptions';

export const packUpdateHandlers: MessageHandlers = {
  'packs:subscribe': async ({ url, signatureUrl }) => {
    const result = await editSubscriptions((subscriptions) => addSubscription(subscriptions, url, signatureUrl));
    if (!result.ok) return { ok: false, problem: result.problem };
    const check = await checkSubscription(result.subscription.url);
    return { ok: true, url: result.subscription.url, ...(check && { result: check }) };
  },
  'packs:unsubscribe': async ({ url }) => {
    await editSubscriptions((subscriptions) => ({ list: removeSubscription(subscriptions, url), result: undefined }));
    await scheduleNextCheck();
  },
  'packs:check-now': async ({ url }) => (await checkSubscription(url, { manual: true })) ?? null,
  'packs:apply-update': async ({ url }) => (await applyStagedUpdate(url)) ?? null,
  'packs:keep-current': async ({ url }) => (await declineStagedUpdate(url)) ?? null,
  'policy:sites-granted': async () => applyPolicySites(await cachedManagedPolicy()),
};

/** Policy in force now: cache it, follow its pack URLs and sites, check what became due. */
async function applyPolicy(): Promise<void> {
  const policy = await refreshManagedPolicy();
  // Each step on its own: one that storage refuses (a full disk) does not keep the others from running.
  const steps = [() => applyPolicyToSubscriptions(policy), () => applyPolicySites(policy), () => checkDueSubscriptions()];
  for (const step of steps) await step().catch((error: unknown) => console.error('Adviser Coach: applying the managed policy failed', error));
}

let applying: Promise<void> = Promise.resolve();
function applyPolicySoon(): void {
  applying = applying.then(applyPolicy).catch((error: unknown) => console.error('Adviser Coach: applying the managed policy failed', error));
}

/** What decides which pack coaches a page: the installed packs, those switched off, the packs chosen for sites and whether the policy lets them coach. */
const PACK_KEYS = ['packs:installed', 'packs:disabled', SITE_PACKS_KEY, MANAGED_POLICY_KEY];

export function registerPackUpdates(): void {
  applyPolicySoon();
  void showWaitingUpdatesOnBadge().catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') applyPolicySoon();
    if (area === 'local' && PACK_KEYS.some((key) => key in changes)) void tellTabsPacksChanged().catch(() => undefined);
    if (area === 'local' && SUBSCRIPTIONS_KEY in changes) void showWaitingUpdatesOnBadge().catch(() => undefined);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) void checkDueSubscriptions().catch((error: unknown) => console.error('Adviser Coach: pack check failed', error));
  });
}

/** Every tab's coach asks again which pack applies; a tab without our content script just rejects. */
async function tellTabsPacksChanged(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'packs:changed', data: {} }).catch(() => undefined);
  }
}

/** The number of updates waiting for the adviser on the toolbar button (none: no badge), and what it means in its tooltip for screen readers. */
async function showWaitingUpdatesOnBadge(): Promise<void> {
  const count = waitingUpdates(await readSubscriptions()).length;
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setTitle({ title: count > 0 ? `${t('extName')}: ${t('popupUpdatesBadge')}` : t('extName') });
}
