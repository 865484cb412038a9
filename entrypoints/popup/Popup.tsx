import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DetectionSummary } from '../../components/popup/DetectionSummary';
import { t } from '../../utils/i18n';

/** What the extension found on the current tab, and the ways into notes and settings. */
export function Popup() {
  const [tabId, setTabId] = useState<number | undefined>();

  useEffect(() => {
    // `popup.html?tab=<id>` shows another tab's report (opened as a page, e.g. in tests).
    const asked = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(asked) && asked > 0) {
      setTabId(asked);
      return;
    }
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) setTabId(tab.id);
    });
  }, []);

  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <DetectionSummary tabId={tabId} />
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
