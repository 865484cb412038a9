import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CompiledPack } from '../../rules/compiled-pack';
import type { PagePacks } from '../../rules/pack-store';
import { pickText } from '../../rules/localized-text';
import { sendMessage, type PackOnPage } from '../../utils/messages';
import type { SiteStatus } from '../../utils/site-access';
import { interfaceLanguage, t } from '../../utils/i18n';
import { notSavedText } from '../not-saved';
import { SitePackChoice, type ChoosablePack } from '../sites/SitePackChoice';

interface Props {
  tabId: number;
  url: string;
  /** The pack that coaches this page, if any: one whose host bindings name it, or the one chosen for its site. */
  pack: CompiledPack | null;
  /** Why `pack` is the one (`none`: no pack is written for this page and none was chosen for its site). */
  by: PagePacks<CompiledPack>['by'];
  /** The packs the adviser can choose for this site: installed and switched on. */
  choices: readonly ChoosablePack[];
  /** The organisation's policy lets advisers choose a pack for a site (utils/site-packs.ts). */
  mayChoose: boolean;
  /** The pack chosen for this site now, if any. */
  chosenId: string | undefined;
  /** Where no pack is written for the page: how many of each choosable pack's questions it shows, if known. */
  onPage: readonly PackOnPage[] | undefined;
  /** The site was switched or a pack chosen for it: the popup reads the packs again. */
  onChanged: () => void;
}

/** Why nothing coaches a page no pack is written for, and what the adviser can do about it. */
function noPackText(anyPackOn: boolean, mayChoose: boolean, onPage: readonly PackOnPage[] | undefined): string {
  if (!anyPackOn) return t('siteNoPackInstalled');
  if (!mayChoose) return t('siteNoPackAsk');
  if (onPage?.every((fit) => fit.found === 0)) return t('siteNoPackFits');
  return t('siteNoPack');
}

/**
 * Turn the coach on for the case system in this tab (asks the browser for the site), or off
 * again. Where no pack is written for the page, it says so and offers the packs to choose
 * from, in place of a switch that would say "on" for a coach with nothing to show.
 */
export function SiteSwitch({ tabId, url, pack, by, choices, mayChoose, chosenId, onPage, onChanged }: Props) {
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [error, setError] = useState('');

  const refresh = () => void sendMessage('site:status', { url }).then(setStatus);
  useEffect(refresh, [url]);

  if (!status?.pattern) return status ? <p class="muted">{t('siteNotPossible')}</p> : null;
  const pattern = status.pattern;

  async function turnOn() {
    setError('');
    // Must run in the popup's click handler: browsers only ask the user from a gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) {
      setError(t('siteDenied'));
      return;
    }
    await setEnabled(true);
  }

  /** Store the switch; when storage refuses (a full disk) the alert says so and the switch shows the state in force. */
  async function setEnabled(enabled: boolean) {
    setError('');
    try {
      await sendMessage('site:set-enabled', { pattern, enabled, tabId: enabled ? tabId : undefined });
    } catch (problem) {
      setError(notSavedText(problem));
    }
    refresh();
    onChanged();
  }

  const host = new URL(url).hostname;
  const noPack = by === 'none';
  return (
    <section class="site" aria-labelledby="site-heading">
      <h2 id="site-heading">{host}</h2>
      {pack && by === 'named' && !status.granted && <p>{t('siteOffered', pickText(pack.title, [interfaceLanguage(), ...pack.languages]))}</p>}
      {noPack && (
        <p class="warning" data-testid="site-no-pack">
          {noPackText(choices.length > 0, mayChoose, onPage)}
        </p>
      )}
      {!status.granted ? (
        <button type="button" class="primary" onClick={() => void turnOn()}>
          {t('siteTurnOn')}
        </button>
      ) : (
        // On with no pack, coaching has nothing to show: the message above says so instead.
        !(noPack && status.enabled) && (
          <label class="switch">
            <input type="checkbox" role="switch" checked={status.enabled} onChange={(e) => void setEnabled(e.currentTarget.checked)} />{' '}
            {t('siteSwitch')}
          </label>
        )
      )}
      {error && <p role="alert">{error}</p>}
      {by !== 'named' && mayChoose && choices.length > 0 && <SitePackChoice pattern={pattern} packs={choices} chosenId={chosenId} onPage={onPage} onChosen={onChanged} />}
    </section>
  );
}
