import type { CompiledPack } from '../../rules/compiled-pack';
import type { PackSummary } from '../../rules/pack-store';
import { pickText } from '../../rules/localized-text';
import { isUnsigned, type PackProvenance } from '../../rules/pack-provenance';
import { compareVersions } from '../../rules/semver';
import { interfaceLanguage, t } from '../../utils/i18n';
import type { Subscription } from '../../utils/packs/subscriptions';
import type { PackMatching } from './pack-matching';
import { PackDiffView } from './PackDiffView';
import { StagedUpdate } from './StagedUpdate';
import { checkResultText, refusalText, signatureText, sourceText, when } from './pack-words';
import { languageName } from './trainer/trainer-words';

interface Props {
  pack: PackSummary;
  provenance: PackProvenance;
  /** The subscription that keeps this pack current, if any. */
  subscription?: Subscription;
  /** The version kept for roll back, if any. */
  kept?: Pick<PackSummary, 'version'>;
  enabled: boolean;
  /** Set by the organisation's policy: the adviser cannot remove or switch it off. */
  locked: boolean;
  onRollBack(): void;
  onRemove(): void;
  /** Resolves false when the change was not stored (the switch then shows the state in force again). */
  onToggle(enabled: boolean): Promise<boolean>;
  /** A message for the page's status line (an update applied or kept back). */
  onStatus(message: string): void;
  /** Whether it matches answers as this version would (absent: it does). */
  matching?: PackMatching;
}

/** "en, sv" as "English, Swedish" in the interface language (one language per screen). */
const languageNames = (codes: string[]) => codes.map(languageName).join(', ');

/** The pack's title in the interface language when the pack has it, else in its first language. */
export function packTitle(pack: Pick<CompiledPack, 'title' | 'languages'>): string {
  return pickText(pack.title, [interfaceLanguage(), ...pack.languages]);
}

/**
 * One installed pack: what it is, where it came from, whether its signature was
 * verified, its last update check, and roll back / switch off / remove. All pack
 * text is rendered as text.
 */
export function InstalledPack({ pack, provenance, subscription, kept, enabled, locked, onRollBack, onRemove, onToggle, onStatus, matching }: Props) {
  const title = packTitle(pack);
  const headingId = `pack-${pack.id}`;
  const lockedId = `pack-locked-${pack.id}`;
  const rollBackLabel = kept && (compareVersions(kept.version, pack.version) < 0 ? t('packsRollBack', kept.version) : t('packsReturnTo', kept.version));
  const unsigned = isUnsigned(provenance);
  const result = subscription?.lastResult;
  // What the update now in use changed (shown until the next one); kept with the subscription's results.
  const lastUpdate = subscription?.lastUpdate?.diff.toVersion === pack.version ? subscription.lastUpdate.diff : undefined;
  return (
    <li class={`pack${enabled ? '' : ' pack-off'}`} aria-labelledby={headingId} data-pack-id={pack.id}>
      <h4 id={headingId}>
        <span data-testid="pack-title">{title}</span>
        {unsigned && (
          <>
            {' '}
            <span class="badge badge-unsigned" data-testid="unsigned-badge">
              {t('packsUnsignedBadge')}
            </span>
          </>
        )}
        {!enabled && (
          <>
            {' '}
            <span class="badge">{t('packsOffBadge')}</span>
          </>
        )}
      </h4>
      <dl class="pack-facts">
        <dt>{t('packsVersion')}</dt>
        <dd data-testid="pack-version">{pack.version}</dd>
        <dt>{t('packsSource')}</dt>
        <dd data-testid="pack-source">
          {sourceText(provenance.source)}
          {provenance.url && (
            <>
              {': '}
              <code>{provenance.url}</code>
            </>
          )}
        </dd>
        <dt>{t('packsSignature')}</dt>
        <dd data-testid="pack-signature">{signatureText(provenance)}</dd>
        {subscription?.lastCheckAt !== undefined && result && (
          <>
            <dt>{t('packsLastCheck')}</dt>
            <dd data-testid="pack-last-check">
              {when(subscription.lastCheckAt)}: {checkResultText(result)}
            </dd>
          </>
        )}
        {subscription?.lastError && (
          <>
            <dt>{t('packsLastError')}</dt>
            <dd data-testid="pack-last-error">
              {when(subscription.lastError.at)}: {refusalText(subscription.lastError.refusal)}
            </dd>
          </>
        )}
        {pack.organisation && (
          <>
            <dt>{t('packsOrganisation')}</dt>
            <dd>{pickText(pack.organisation, [interfaceLanguage(), ...pack.languages])}</dd>
          </>
        )}
        <dt>{t('packsLanguages')}</dt>
        <dd>{languageNames(pack.languages)}</dd>
        <dt>{t('packsQuestions')}</dt>
        <dd data-testid="pack-item-count">{pack.itemCount}</dd>
        <dt>{t('packsAppliesTo')}</dt>
        <dd>{pack.hostPatterns.join(', ')}</dd>
      </dl>
      {subscription?.staged && (
        <StagedUpdate
          url={subscription.url}
          staged={subscription.staged}
          currentVersion={pack.version}
          fromNewAddress={subscription.packId === undefined}
          headingId={headingId}
          onStatus={onStatus}
        />
      )}
      {lastUpdate && <PackDiffView diff={lastUpdate} heading={t('packsLastUpdate')} />}
      {matching?.kind === 'no-document' && (
        <p class="pack-matching" data-testid="pack-matching-old">
          {t(provenance.source === 'file' ? 'packsMatchingOldImport' : 'packsMatchingOldUpdate')}
        </p>
      )}
      {matching?.kind === 'refused' && (
        <p class="pack-matching" data-testid="pack-matching-refused">
          {t('packsMatchingRefused')} <span lang="en">{matching.problem}</span>
        </p>
      )}
      {subscription?.source === 'policy' && (
        <p class="muted" data-testid="pack-policy-updates">
          {t('packsPolicyUpdatesAtOnce')}
        </p>
      )}
      {locked && (
        <p id={lockedId} class="muted locked" data-testid="pack-locked">
          {t('packsLockedByPolicy')}
        </p>
      )}
      <div class="pack-actions">
        <label>
          <input
            type="checkbox"
            checked={enabled}
            disabled={locked}
            // The same label on every pack: the heading says which one.
            aria-describedby={locked ? `${headingId} ${lockedId}` : headingId}
            onChange={(event) => {
              const box = event.target as HTMLInputElement;
              void onToggle(box.checked).then((stored) => {
                if (!stored) box.checked = enabled;
              });
            }}
          />{' '}
          {t('packsUse')}
        </label>
        {rollBackLabel && (
          <button type="button" onClick={onRollBack}>
            {rollBackLabel}
          </button>
        )}
        <button type="button" onClick={onRemove} disabled={locked} aria-describedby={locked ? lockedId : undefined} aria-label={t('packsRemoveNamed', title)}>
          {t('packsRemove')}
        </button>
      </div>
    </li>
  );
}
