import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { caseKeyFor } from './case-key';
import { forgetInstallSecret, installSecret, INSTALL_SECRET_STORAGE_KEY } from './install-secret';

describe('install secret', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetInstallSecret();
  });

  it('is created once, even when asked for twice at the same time', async () => {
    const [a, b] = await Promise.all([installSecret(), installSecret()]);
    expect(a).toBe(b);
    const stored = await fakeBrowser.storage.local.get(INSTALL_SECRET_STORAGE_KEY);
    expect(stored[INSTALL_SECRET_STORAGE_KEY]).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('survives a restart: the same case gets the same key', async () => {
    const before = await caseKeyFor(await installSecret(), 'https://x.example', '42');
    forgetInstallSecret(); // as if the service worker restarted
    const after = await caseKeyFor(await installSecret(), 'https://x.example', '42');
    expect(after).toBe(before);
  });
});
