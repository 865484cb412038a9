/**
 * Which rule pack coaches a case system that no pack is written for: a labelled
 * list of the packs that coach (installed, switched on) and a button that stores the
 * choice through the background. Shown in the popup and on the settings page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PackSummary } from '../../rules/pack-store';
import { pickText } from '../../rules/localized-text';
import { interfaceLanguage, t, tCount } from '../../utils/i18n';
import { sendMessage, type PackOnPage } from '../../utils/messages';
import { notSavedText } from '../not-saved';

/** What the list shows of a pack. */
export type ChoosablePack = Pick<PackSummary, 'id' | 'version' | 'title' | 'languages'>;

interface Props {
  /** The site, `https://host/*`. */
  pattern: string;
  packs: readonly ChoosablePack[];
  /** The pack chosen for the site now, if any. */
  chosenId: string | undefined;
  /** On a page of the site (popup): how many of each pack's questions it shows, most first; the first that shows any is offered first. */
  onPage?: readonly PackOnPage[];
  /** After the choice is stored, so the page shows it. */
  onChosen?: () => void;
  /** The list's name, where one page lists several sites (default: "Rule pack for this case system"). */
  label?: string;
}

export const packName = (pack: ChoosablePack) => `${pickText(pack.title, [interfaceLanguage(), ...pack.languages])} (${pack.version})`;

export function SitePackChoice({ pattern, packs, chosenId, onPage, onChosen, label = t('sitePackLabel') }: Props) {
  const suggested = onPage?.find((fit) => fit.found > 0)?.packId;
  const [selected, setSelected] = useState(chosenId ?? suggested ?? '');
  /** The adviser picked from the list: a suggestion that arrives later does not override it. */
  const [picked, setPicked] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    if (!picked) setSelected(chosenId ?? suggested ?? '');
  }, [chosenId, suggested]);
  const foundOf = (packId: string) => onPage?.find((fit) => fit.packId === packId)?.found;
  // One id per site: the settings page lists several sites.
  const id = `site-pack-${pattern.replace(/[^a-z0-9]+/gi, '-')}`;

  async function choose(event: Event) {
    event.preventDefault();
    setStatus('');
    setError('');
    const packId = selected || null;
    try {
      await sendMessage('site:choose-pack', { pattern, packId });
    } catch (problem) {
      setError(notSavedText(problem));
      return;
    }
    const pack = packs.find((candidate) => candidate.id === packId);
    setStatus(pack ? t('sitePackChosen', packName(pack)) : t('sitePackCleared'));
    onChosen?.();
  }

  return (
    <form class="site-pack" onSubmit={(e) => void choose(e)}>
      <label for={id}>{label}</label>{' '}
      <select
        id={id}
        value={selected}
        onChange={(e) => {
          setPicked(true);
          setSelected(e.currentTarget.value);
        }}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">{t('sitePackNone')}</option>
        {packs.map((pack) => {
          const found = foundOf(pack.id);
          return (
            <option key={pack.id} value={pack.id}>
              {found === undefined ? packName(pack) : tCount('sitePackFound', found, [packName(pack), String(found)])}
            </option>
          );
        })}
      </select>{' '}
      <button type="submit">{t('sitePackUse')}</button>
      {error && <p id={`${id}-error`} role="alert">{error}</p>}
      <p role="status" class="status">{status}</p>
    </form>
  );
}
