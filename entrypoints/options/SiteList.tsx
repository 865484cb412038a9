import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { notSavedText } from '../../components/not-saved';
import { t } from '../../utils/i18n';
import { originPattern } from '../../utils/match-pattern';
import { sendMessage } from '../../utils/messages';
import type { SiteEntry } from '../../utils/site-access';
import { readSitePacks, sitePacksAllowed, type SitePacks } from '../../utils/site-packs';
import { useManagedPolicy } from '../../components/policy/use-managed-policy';
import { readDisabledPackIds, readPackLibrarySummary, type PackSummary } from '../../rules/pack-store';
import { SitePackChoice } from '../../components/sites/SitePackChoice';

/** `https://cases.example.org/*` as the adviser knows it: the address without the pattern's `/*`. */
const siteName = (pattern: string) => pattern.replace(/\/\*$/, '');

/** What the adviser typed, as a site's origin pattern; a bare host name is taken as https. */
function patternFor(typed: string): string | null {
  const text = typed.trim();
  if (!text) return null;
  const pattern = originPattern(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  // Browsers' URL parsers let much through (spaces become %20): a site's host is letters,
  // digits, dots and hyphens (IDN hosts arrive as punycode), or a bracketed IPv6 address.
  return pattern && /^https?:\/\/([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])\/\*$/i.test(pattern) ? pattern : null;
}

/**
 * "Case systems with coaching": the sites the extension may read, switched on or off,
 * with add (the browser asks the adviser) and remove (the permission is given back).
 */
export function SiteList() {
  const [sites, setSites] = useState<SiteEntry[]>();
  /** The packs that coach (installed, switched on), to choose from for a site no pack is written for, and the choices made. */
  const [packs, setPacks] = useState<PackSummary[]>([]);
  const [sitePacks, setSitePacks] = useState<SitePacks>({});
  const policy = useManagedPolicy();
  /** The organisation's policy lets advisers choose a pack for a site. */
  const mayChoose = policy !== undefined && sitePacksAllowed(policy);
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  /** Switches turned and not yet stored: pattern → the state chosen. */
  const [switching, setSwitching] = useState<Record<string, boolean>>({});

  useEffect(() => {
    const refresh = () => {
      void sendMessage('sites:list', {}).then(setSites);
      void Promise.all([readPackLibrarySummary(), readDisabledPackIds(), readSitePacks()]).then(([library, disabled, chosen]) => {
        setPacks(library.installed.filter((pack) => !disabled.includes(pack.id)));
        setSitePacks(chosen);
      });
    };
    // The list is permissions and storage.local; session changes (one per note the side panel saves) are not its business.
    const onStorage = (_changes: unknown, area: string) => {
      if (area === 'local') refresh();
    };
    refresh();
    // Granted or removed elsewhere too (the popup, the browser's own site settings).
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, []);

  async function add(event: Event) {
    event.preventDefault();
    setStatus('');
    const pattern = patternFor(address);
    if (!pattern) {
      setError(t('sitesBadAddress', address));
      return;
    }
    setError('');
    // From the click itself: browsers ask the user only during a gesture. The background
    // starts coaching in the site's open tabs when the grant arrives (permissions.onAdded).
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => null);
    if (granted === null) {
      setError(t('sitesBadAddress', address));
      return;
    }
    if (!granted) {
      setError(t('siteDenied'));
      return;
    }
    setAddress('');
    setStatus(t('sitesAdded', siteName(pattern)));
  }

  async function remove(pattern: string) {
    await browser.permissions.remove({ origins: [pattern] });
    setStatus(t('sitesRemoved', siteName(pattern)));
  }

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p class="muted">{t('sitesIntro')}</p>
      {mayChoose && <p class="muted">{t('sitesPackIntro')}</p>}
      {sites && sites.length === 0 && <p>{t('sitesNone')}</p>}
      <ul class="sites" data-testid="sites">
        {sites?.map((site) => (
          <li key={site.pattern} data-pattern={site.pattern}>
            <span class="site-name">{siteName(site.pattern)}</span>
            {!site.removable && <span class="muted"> ({t('sitesBuiltIn')})</span>}
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                checked={switching[site.pattern] ?? site.enabled}
                onChange={(e) => {
                  const enabled = e.currentTarget.checked;
                  // The switch shows the adviser's choice at once (a render meanwhile, such as clearing the
                  // status, must not flip it back), until the stored state comes back.
                  setSwitching((now) => ({ ...now, [site.pattern]: enabled }));
                  setStatus('');
                  sendMessage('site:set-enabled', { pattern: site.pattern, enabled })
                    .then(() => sendMessage('sites:list', {}))
                    .then((stored) => {
                      setSites(stored);
                      // Said once it is in force, not when the switch is turned: a reload before that would still be coached.
                      setStatus(t(enabled ? 'sitesAdded' : 'sitesSwitchedOff', siteName(site.pattern)));
                    })
                    // Not stored (a full disk): the switch shows the state in force again, and the status says why.
                    .catch((error: unknown) => setStatus(notSavedText(error)))
                    .finally(() => setSwitching(({ [site.pattern]: _done, ...rest }) => rest));
                }}
              />{' '}
              {t('sitesOn')}
            </label>
            {site.removable && (
              <button type="button" onClick={() => void remove(site.pattern)}>
                {t('sitesRemove', siteName(site.pattern))}
              </button>
            )}
            {mayChoose && packs.length > 0 && <SitePackChoice pattern={site.pattern} packs={packs} chosenId={sitePacks[site.pattern]} label={t('sitesPackLabel', siteName(site.pattern))} />}
          </li>
        ))}
      </ul>
      <form class="site-add" onSubmit={(e) => void add(e)}>
        <label for="site-address">{t('sitesAddLabel')}</label>{' '}
        <input
          id="site-address"
          type="text"
          inputMode="url"
          autoComplete="url"
          placeholder="https://"
          value={address}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setAddress(e.currentTarget.value)}
        />{' '}
        <button type="submit">{t('sitesAdd')}</button>
      </form>
      {error && <p id="site-error" role="alert">{error}</p>}
      <p role="status" class="status" data-testid="sites-status">{status}</p>
    </section>
  );
}
