import { useEffect, useRef, useState } from 'preact/hooks';
import { notSavedText } from '../../components/not-saved';
import { saysStorageIsFull } from '../../utils/db/storage-health';
import type { PackSummary } from '../../rules/pack-store';
import { provenanceKey, provenanceOf } from '../../rules/pack-provenance';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import { CheckPack } from './CheckPack';
import { ImportPack } from './ImportPack';
import { InstalledPack, packTitle } from './InstalledPack';
import { PackSubscriptions } from './PackSubscriptions';
import { TrustedKeys } from './TrustedKeys';
import { packIdOf } from '../../utils/packs/subscriptions';
import { packMatching } from './pack-matching';
import { usePackLibrary } from './use-pack-library';

/** "Rule packs": installed packs with where they came from, roll back, switch off and remove; subscriptions; import. */
export function PackManager() {
  const view = usePackLibrary();
  const [status, setStatus] = useState('');
  /** The pack last removed, for one-click undo (the background keeps the pack, its kept copy and its place). */
  const [undo, setUndo] = useState<PackSummary>();
  /**
   * Where focus goes once the list is drawn again: the removed pack's button went with its card, so the
   * Undo offered for it; after Undo, the pack put back (its first button). Never moved otherwise.
   */
  const focusNext = useRef<'undo' | { packId: string; until: number } | undefined>(undefined);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const next = focusNext.current;
    if (next === 'undo' && undoButton.current) {
      focusNext.current = undefined;
      undoButton.current.focus();
    } else if (typeof next === 'object') {
      // The pack comes back when the library is read again; not later than a moment after, when the adviser may be elsewhere.
      if (Date.now() > next.until) focusNext.current = undefined;
      const button = document.querySelector<HTMLElement>(`[data-testid="installed-packs"] li[data-pack-id="${CSS.escape(next.packId)}"] button:not(:disabled)`);
      if (button && focusNext.current) {
        focusNext.current = undefined;
        button.focus();
      }
    }
  });

  /** Run a change the background stores; when storage refuses it (a full disk), say so (nothing changed) and resolve false. */
  async function change(run: () => Promise<void>): Promise<boolean> {
    try {
      await run();
      return true;
    } catch (error) {
      setUndo(undefined);
      setStatus(notSavedText(error));
      return false;
    }
  }

  const remove = (pack: PackSummary) =>
    change(async () => {
      if (!view) return;
      // The background applies it, in turn with every other change to the packs, to the library as it is then.
      await sendMessage('packs:remove', { id: pack.id });
      // Said as the card goes, with its undo; an earlier removal's undo is no longer offered.
      focusNext.current = 'undo';
      setUndo(pack);
      setStatus(t('packsRemoved', packTitle(pack)));
      // Following the address would bring the pack straight back (or, for a first pack still waiting, install it unasked).
      for (const subscription of view.subscriptions.filter((s) => packIdOf(s) === pack.id && s.source === 'url')) {
        await sendMessage('packs:unsubscribe', { url: subscription.url });
      }
    });

  const rollBack = (pack: PackSummary) =>
    change(async () => {
      setUndo(undefined);
      const version = await sendMessage('packs:roll-back', { id: pack.id });
      if (version) setStatus(t('packsRolledBack', [packTitle(pack), version]));
    });

  const undoRemove = () =>
    change(async () => {
      if (!undo) return;
      const putBack = await sendMessage('packs:put-back', { id: undo.id });
      focusNext.current = putBack ? { packId: undo.id, until: Date.now() + 5_000 } : undefined;
      setUndo(undefined);
      setStatus(putBack ? '' : t('packsUndoGone', packTitle(undo)));
    });

  async function restoreDefaults() {
    setUndo(undefined);
    try {
      const { restored } = await sendMessage('packs:restore-defaults', {});
      setStatus(restored.length > 0 ? t('packsDefaultsRestored', restored.join(', ')) : t('packsDefaultsPresent'));
    } catch (error) {
      setStatus(saysStorageIsFull(error) ? t('storageFullNotSaved') : t('packsDefaultsFailed'));
    }
  }

  const report = (message: string) => {
    setUndo(undefined);
    setStatus(message);
  };

  return (
    <>
      <section aria-labelledby="packs-heading">
        <h2 id="packs-heading">{t('optionsPacks')}</h2>
        <p>{t('packsIntro')}</p>
        <h3 class="sub">{t('packsInstalled')}</h3>
        {view && view.installed.length === 0 && <p>{t('packsNone')}</p>}
        <ul class="packs" data-testid="installed-packs">
          {view?.installed.map((pack) => {
            const provenance = provenanceOf(view.provenance[provenanceKey(pack.id, pack.version)], view.builtIn.includes(pack.id));
            const about = view.subscriptions.filter((s) => packIdOf(s) === pack.id);
            // A new address's first pack waits on the pack it would replace, which another address may keep current.
            const subscription = about.find((s) => s.staged) ?? about[0];
            return (
              <InstalledPack
                key={pack.id}
                pack={pack}
                provenance={provenance}
                {...(subscription && { subscription })}
                {...(view.previous[pack.id] && { kept: view.previous[pack.id] })}
                enabled={!view.disabled.includes(pack.id)}
                locked={about.some((s) => s.source === 'policy')}
                onRollBack={() => void rollBack(pack)}
                onRemove={() => void remove(pack)}
                onToggle={(enabled) => change(() => sendMessage('packs:set-enabled', { id: pack.id, enabled }))}
                onStatus={report}
                matching={packMatching(pack, view.recompileProblems)}
              />
            );
          })}
        </ul>
        <p role="status" class="status" data-testid="packs-status">
          {status}
          {undo && status && (
            <>
              {' '}
              <button type="button" ref={undoButton} onClick={() => void undoRemove()}>
                {t('packsUndo')}
              </button>
            </>
          )}
        </p>
        {view && <TrustedKeys policy={view.policy} adviserKeys={view.adviserKeys} />}
        {view && <PackSubscriptions subscriptions={view.subscriptions} onStatus={report} />}
        {view && <ImportPack policy={view.policy} onStatus={report} />}
        <CheckPack />
        <h3 class="sub">{t('packsDefaultsHeading')}</h3>
        <p>
          {t('packsDefaultsIntro')}{' '}
          <button type="button" onClick={() => void restoreDefaults()}>
            {t('packsDefaultsRestore')}
          </button>
        </p>
      </section>
    </>
  );
}
