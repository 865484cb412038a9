/** Pack states in the adviser's words: refusals, signature states, sources, check results. */
import type { PackSource, SignatureState } from '../../rules/pack-provenance';
import type { PackRefusal } from '../../rules/pack-refusal';
import { formatDateTime } from '../../components/notes/format';
import type { PackDiff } from '../../rules/pack-diff';
import { otherQuestionDetailsChanged, wordingsChanged, type WaitReason } from '../../rules/update-approval';
import { t, tCount } from '../../utils/i18n';
import type { CheckResult } from '../../utils/packs/subscriptions';

/** The cause in plain words (`packRefusal_<code>`), then the technical detail for whoever looks into it. */
export function refusalText(refusal: PackRefusal): string {
  const words = t(`packRefusal_${refusal.code.replaceAll('-', '_')}`);
  return refusal.detail ? `${words} (${refusal.detail})` : words;
}

export function signatureText({ source, signature }: { source: PackSource; signature: SignatureState }): string {
  if (source === 'built-in') return t('packsSignatureBuiltIn');
  if (signature.state === 'verified') return t('packsSignedBy', signature.keyId);
  if (signature.state === 'unsigned') return t('packsUnsigned');
  return t('packsSignatureFailed', refusalText(signature.refusal));
}

export function sourceText(source: PackSource): string {
  return t(`packsSource_${source.replace('-', '')}`);
}

export function checkResultText(result: CheckResult): string {
  if (result.outcome === 'installed') return t('packsCheckInstalled', result.version);
  if (result.outcome === 'staged') return t('packsCheckStaged', result.version);
  if (result.outcome === 'declined') return t('packsCheckDeclined', result.version);
  if (result.outcome === 'unchanged') return result.version ? t('packsCheckUnchanged', result.version) : t('packsCheckUnchangedNoVersion');
  return t('packsCheckFailed', refusalText(result.refusal));
}

export const when = (ms: number) => formatDateTime(ms);

/** Why an update waits, in plain words, with how many questions where a count says more (rules/update-approval.ts). */
export function waitReasonText(reason: WaitReason, diff: PackDiff): string {
  switch (reason) {
    case 'follow-up-conditions':
      return t('packsWait_follow_up_conditions');
    case 'safety-resources':
      return t('packsWait_safety_resources');
    case 'removed-questions':
      return tCount('packsWait_removed_questions', diff.removed.length);
    case 'older-version':
      return t('packsWait_older_version');
    case 'added-questions':
      return tCount('packsWait_added_questions', diff.added.length);
    case 'changed-wordings':
      return tCount('packsWait_changed_wordings', wordingsChanged(diff).length);
    case 'other-question-details':
      return tCount('packsWait_other_question_details', otherQuestionDetailsChanged(diff).length);
    case 'pack-details':
      return t('packsWait_pack_details');
  }
}
