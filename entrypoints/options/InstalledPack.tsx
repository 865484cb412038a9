import { browser } from 'wxt/browser';
import type { CompiledPack } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import { compareVersions } from '../../rules/semver';
import { t } from '../../utils/i18n';

interface Props {
  pack: CompiledPack;
  /** The version kept for roll back, if any. */
  kept?: CompiledPack;
  onRollBack(): void;
  onRemove(): void;
}

const uiLanguage = () => browser.i18n.getUILanguage();

/** "en, sv" as "English, Swedish" in the reader's language; codes when the browser cannot name them. */
function languageNames(codes: string[]): string {
  try {
    const names = new Intl.DisplayNames([uiLanguage()], { type: 'language' });
    return codes.map((code) => names.of(code) ?? code).join(', ');
  } catch {
    return codes.join(', ');
  }
}

export function packTitle(pack: CompiledPack): string {
  return pickText(pack.title, [uiLanguage(), ...pack.languages]);
}

/** One installed pack: what it is, and roll back / remove. All pack text is rendered as text. */
export function InstalledPack({ pack, kept, onRollBack, onRemove }: Props) {
  const title = packTitle(pack);
  const headingId = `pack-${pack.id}`;
  const rollBackLabel = kept && (compareVersions(kept.version, pack.version) < 0 ? t('packsRollBack', kept.version) : t('packsReturnTo', kept.version));
  return (
    <li class="pack" aria-labelledby={headingId} data-pack-id={pack.id}>
      <h4 id={headingId}>{title}</h4>
      <dl class="pack-facts">
        <dt>{t('packsVersion')}</dt>
        <dd data-testid="pack-version">{pack.version}</dd>
        {pack.organisation && (
          <>
            <dt>{t('packsOrganisation')}</dt>
            <dd>{pickText(pack.organisation, [uiLanguage(), ...pack.languages])}</dd>
          </>
        )}
        <dt>{t('packsLanguages')}</dt>
        <dd>{languageNames(pack.languages)}</dd>
        <dt>{t('packsQuestions')}</dt>
        <dd data-testid="pack-item-count">{pack.items.length}</dd>
        <dt>{t('packsAppliesTo')}</dt>
        <dd>{pack.hostPatterns.join(', ')}</dd>
      </dl>
      <div class="pack-actions">
        {rollBackLabel && (
          <button type="button" onClick={onRollBack}>
            {rollBackLabel}
          </button>
        )}
        <button type="button" onClick={onRemove} aria-label={t('packsRemoveNamed', title)}>
          {t('packsRemove')}
        </button>
      </div>
    </li>
  );
}
