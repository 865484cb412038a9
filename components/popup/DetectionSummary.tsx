/**
 * What field detection found on a tab: "Found 37 of 40 questions on this page",
 * which questions are missing, and (folded) where each was found and by which
 * rule. Supervisors use it to tune packs; it updates live as the page changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CompiledPack, MatchRule } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import { readInstalledPack } from '../../rules/pack-store';
import { detectionKey, readDetection, type DetectionReport, type FrameReport } from '../../utils/detection-store';
import { interfaceLanguage, t, tCount } from '../../utils/i18n';
import { sendMessage, type TabUnmatched } from '../../utils/messages';
import { UnmatchedQuestions } from './UnmatchedQuestions';

const RULE_KEYS: Record<MatchRule, string> = {
  selector: 'detectionRuleSelector',
  name: 'detectionRuleName',
  'label-exact': 'detectionRuleLabelExact',
  'label-approximate': 'detectionRuleLabelApproximate',
};

function frameName(where: FrameReport): string {
  if (where.frameId === 0) return t('detectionTopFrame');
  return t('detectionInFrame', where.frameUrl);
}

export function DetectionSummary({ tabId }: { tabId: number | undefined }) {
  const [report, setReport] = useState<DetectionReport | undefined>();
  const [pack, setPack] = useState<CompiledPack | undefined>();
  /** Fields that look like questions and match no item (kept by the background in memory only). */
  const [unmatched, setUnmatched] = useState<TabUnmatched | null>(null);

  useEffect(() => {
    if (tabId === undefined) return undefined;
    const key = detectionKey(tabId);
    const load = async () => {
      const next = await readDetection(tabId);
      setReport(next);
      if (next) setPack(await readInstalledPack(next.packId));
      setUnmatched(next ? await sendMessage('detection:unmatched', { tabId }).catch(() => null) : null);
    };
    void load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);

  if (!report) return <p data-testid="detection-summary">{t('popupNoPage')}</p>;

  const languages = [interfaceLanguage(), ...(pack?.languages ?? [])];
  const question = (itemId: string) => {
    const item = pack?.items.find((candidate) => candidate.id === itemId);
    return (item && pickText(item.question, languages)) || itemId;
  };
  const found = Object.entries(report.found);
  const total = found.length + report.missing.length;

  return (
    <section class="detection">
      <p data-testid="detection-summary">
        <strong>{tCount('popupFound', total, [String(found.length), String(total)])}</strong>
      </p>
      <p class="muted">{t('popupPackVersion', [pack ? pickText(pack.title, languages) : report.packId, report.packVersion])}</p>
      {report.missing.length === 0 ? (
        <p>{t('popupAllFound')}</p>
      ) : (
        <>
          <h2>{t('popupMissingHeading')}</h2>
          <ul data-testid="detection-missing">
            {report.missing.map((itemId) => (
              <li key={itemId} title={itemId}>
                {question(itemId)}
              </li>
            ))}
          </ul>
        </>
      )}
      {unmatched && unmatched.packId === report.packId && <UnmatchedQuestions unmatched={unmatched} question={question} />}
      {found.length > 0 && (
        <details>
          <summary>{t('popupFoundHeading')}</summary>
          <ul data-testid="detection-found">
            {found.map(([itemId, where]) => (
              <li key={itemId} title={where.element ?? itemId}>
                {question(itemId)} — {t(RULE_KEYS[where.rule])}: “{where.matchedText}” ({frameName(where)})
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
