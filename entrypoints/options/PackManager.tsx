import { useState } from 'preact/hooks';
import type { CompiledPack } from '../../rules/compiled-pack';
import { removeInstalledPack, rollBackInstalledPack } from '../../rules/import-pack';
import { writePackLibrary, type PackLibrary } from '../../rules/pack-store';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import { ImportPack } from './ImportPack';
import { InstalledPack, packTitle } from './InstalledPack';
import { usePackLibrary } from './use-pack-library';

/** "Rule packs": installed packs with roll back and remove, and import. */
export function PackManager() {
  const library = usePackLibrary();
  const [status, setStatus] = useState('');
  /** The library as it was before the last removal, for one-click undo. */
  const [undo, setUndo] = useState<PackLibrary>();

  async function remove(pack: CompiledPack) {
    if (!library) return;
    setUndo(library);
    await removeInstalledPack(pack.id);
    setStatus(t('packsRemoved', packTitle(pack)));
  }

  async function rollBack(pack: CompiledPack) {
    setUndo(undefined);
    const version = await rollBackInstalledPack(pack.id);
    if (version) setStatus(t('packsRolledBack', [packTitle(pack), version]));
  }

  async function undoRemove() {
    if (!undo) return;
    await writePackLibrary(undo);
    setUndo(undefined);
    setStatus('');
  }

  async function restoreDefaults() {
    setUndo(undefined);
    try {
      const { restored } = await sendMessage('packs:restore-defaults', {});
      setStatus(restored.length > 0 ? t('packsDefaultsRestored', restored.join(', ')) : t('packsDefaultsPresent'));
    } catch {
      setStatus(t('packsDefaultsFailed'));
    }
  }

  const report = (message: string) => {
    setUndo(undefined);
    setStatus(message);
  };

  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('optionsPacks')}</h2>
      <p>{t('packsIntro')}</p>
      <h3 class="sub">{t('packsInstalled')}</h3>
      {library && library.installed.length === 0 && <p>{t('packsNone')}</p>}
      <ul class="packs" data-testid="installed-packs">
        {library?.installed.map((pack) => (
          <InstalledPack
            key={pack.id}
            pack={pack}
            kept={library.previous[pack.id]}
            onRollBack={() => void rollBack(pack)}
            onRemove={() => void remove(pack)}
          />
        ))}
      </ul>
      <p role="status" class="status" data-testid="packs-status">
        {status}
        {undo && status && (
          <>
            {' '}
            <button type="button" onClick={() => void undoRemove()}>
              {t('packsUndo')}
            </button>
          </>
        )}
      </p>
      <ImportPack onStatus={report} />
      <h3 class="sub">{t('packsDefaultsHeading')}</h3>
      <p>
        {t('packsDefaultsIntro')}{' '}
        <button type="button" onClick={() => void restoreDefaults()}>
          {t('packsDefaultsRestore')}
        </button>
      </p>
    </section>
  );
}
