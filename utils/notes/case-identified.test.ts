import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { forgetInstallSecret } from '../crypto/install-secret';
import { nextTabCase, onCaseIdentified } from './case-identified';

const sender = (tabId: number, frameId = 0, url = 'https://cases.example.org/intake?x=1') =>
  ({ tab: { id: tabId }, frameId, url }) as Browser.runtime.MessageSender;

describe('nextTabCase', () => {
  const report = { packId: 'ia', frameId: 0, now: 100 };
  it('sets a new case, keeps the start time when the same case is reported again', () => {
    expect(nextTabCase({}, { ...report, caseKey: 'c:1' })).toEqual({ action: 'set', caseKey: 'c:1', meta: { packId: 'ia', frameId: 0, since: 100 } });
    const current = { caseKey: 'c:1', meta: { packId: 'ia', frameId: 0, since: 50 } };
    expect(nextTabCase(current, { ...report, caseKey: 'c:1' })).toEqual({ action: 'keep' });
    expect(nextTabCase(current, { ...report, caseKey: 'c:1', frameId: 3 })).toMatchObject({ action: 'set', meta: { frameId: 3, since: 50 } });
    expect(nextTabCase(current, { ...report, caseKey: 'c:2' })).toMatchObject({ action: 'set', caseKey: 'c:2', meta: { since: 100 } });
  });

  it('lets only the reporting frame clear its case', () => {
    const current = { caseKey: 'c:1', meta: { packId: 'ia', frameId: 0, since: 50 } };
    expect(nextTabCase(current, { ...report, caseKey: null, frameId: 2 })).toEqual({ action: 'keep' });
    expect(nextTabCase(current, { ...report, caseKey: null })).toEqual({ action: 'clear' });
    expect(nextTabCase({}, { ...report, caseKey: null })).toEqual({ action: 'keep' });
  });
});

describe('case:identified handler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetInstallSecret();
  });

  it('stores the HMAC case key per tab, never the identifier', async () => {
    await onCaseIdentified({ caseIdentifier: '19850312-4521', packId: 'ia' }, sender(7));
    const session = await fakeBrowser.storage.session.get(null);
    expect(session['case:7']).toMatch(/^c:[A-Za-z0-9_-]{43}$/);
    expect(session['case-meta:7']).toMatchObject({ packId: 'ia', frameId: 0 });
    const everything = JSON.stringify([session, await fakeBrowser.storage.local.get(null)]);
    expect(everything).not.toContain('19850312');
    expect(everything).not.toContain('4521');
  });

  it('files the same case under the same key in any tab; another origin gets another key', async () => {
    await onCaseIdentified({ caseIdentifier: 'AB-1', packId: 'ia' }, sender(1));
    await onCaseIdentified({ caseIdentifier: ' ab-1 ', packId: 'ia' }, sender(2));
    await onCaseIdentified({ caseIdentifier: 'AB-1', packId: 'ia' }, sender(3, 0, 'https://other.example.org/'));
    const s = await fakeBrowser.storage.session.get(null);
    expect(s['case:2']).toBe(s['case:1']);
    expect(s['case:3']).not.toBe(s['case:1']);
  });

  it('serialises reports from several frames of one tab', async () => {
    await Promise.all([
      onCaseIdentified({ caseIdentifier: 'AB-1', packId: 'ia' }, sender(1, 0)),
      onCaseIdentified({ caseIdentifier: null, packId: 'ia' }, sender(1, 4)),
    ]);
    expect((await fakeBrowser.storage.session.get('case:1'))['case:1']).toMatch(/^c:/);
    await onCaseIdentified({ caseIdentifier: null, packId: 'ia' }, sender(1, 0));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('ignores messages that do not come from a tab', async () => {
    await onCaseIdentified({ caseIdentifier: 'AB-1', packId: 'ia' }, {} as Browser.runtime.MessageSender);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
