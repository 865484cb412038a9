import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { notSavedText } from '../../components/not-saved';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import { packIdOfStagedUpdateHash } from '../../utils/packs/staged-update-link';
import type { StagedUpdate as Staged } from '../../utils/packs/subscriptions';
import { PackDiffView } from './PackDiffView';
import { checkResultText, waitReasonText } from './pack-words';

interface Props {
  url: string;
  staged: Staged;
  /** The version in use, kept when the adviser says so. */
  currentVersion: string;
  /** The first pack of an address just followed, in place of a pack from elsewhere (built in, a file, another address). */
  fromNewAddress: boolean;
  headingId: string;
  onStatus(message: string): void;
}

/**
 * An update from the adviser's subscription that waits for a click
 * (rules/update-approval.ts): what it changes and why it waits, then
 * Apply / Keep current. Until then the pack in use stays in use. Opened from
 * the popup's "Update ready" notice (`#update:<pack id>`), it is scrolled to
 * and focused, so a keyboard or screen-reader user starts right there.
 */
export function StagedUpdate({ url, staged, currentVersion, fromNewAddress, headingId, onStatus }: Props) {
  const [busy, setBusy] = useState(false);
  const readyId = `${headingId}-update`;
  const group = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (packIdOfStagedUpdateHash(location.hash) !== staged.pack.id) return;
    group.current?.scrollIntoView({ block: 'center' });
    group.current?.focus();
  }, [staged.pack.id]);

  async function answer(type: 'packs:apply-update' | 'packs:keep-current') {
    setBusy(true);
    try {
      const result = await sendMessage(type, { url });
      if (result) onStatus(checkResultText(result));
    } catch (error) {
      // Nothing changed: the update still waits beside the pack in use.
      onStatus(notSavedText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div ref={group} tabIndex={-1} class="confirm" role="group" aria-labelledby={readyId} data-testid="staged-update">
      <p id={readyId}>
        <strong>{t('packsUpdateReady', staged.pack.version)}</strong>
      </p>
      {fromNewAddress && (
        <p data-testid="staged-from-address">
          {t('packsUpdateFromNewAddress')} <code>{url}</code>
        </p>
      )}
      <PackDiffView diff={staged.diff} />
      <p>{t('packsUpdateWaitsBecause')}</p>
      <ul data-testid="staged-reasons">
        {staged.reasons.map((reason) => (
          <li key={reason}>{waitReasonText(reason, staged.diff)}</li>
        ))}
      </ul>
      <div class="pack-actions">
        <button type="button" disabled={busy} aria-describedby={headingId} onClick={() => void answer('packs:apply-update')}>
          {t('packsApplyUpdate', staged.pack.version)}
        </button>
        <button type="button" disabled={busy} aria-describedby={headingId} onClick={() => void answer('packs:keep-current')}>
          {t('packsKeepCurrent', currentVersion)}
        </button>
      </div>
    </div>
  );
}
