import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readDetection, type DetectionReport } from '../../utils/detection-store';
import { t } from '../../utils/i18n';

/** What the extension found on the current tab, and the ways into notes and settings. */
export function Popup() {
  const [report, setReport] = useState<DetectionReport | undefined>();
  const [tabId, setTabId] = useState<number | undefined>();

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
      if (tab?.id === undefined) return;
      setTabId(tab.id);
      setReport(await readDetection(tab.id));
    });
  }, []);

  const found = report ? Object.keys(report.found).length : 0;
  const total = report ? found + report.missing.length : 0;
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <p data-testid="detection-summary">
        {report ? t('popupFound', [String(found), String(total)]) : t('popupNoPage')}
      </p>
      <button
        type="button"
        onClick={() => {
          if (tabId !== undefined) void browser.sidePanel?.open({ tabId });
        }}
      >
        {t('popupOpenSidePanel')}
      </button>{' '}
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOpenOptions')}
      </button>
    </main>
  );
}
