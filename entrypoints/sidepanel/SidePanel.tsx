import { t } from '../../utils/i18n';

/** The adviser's private space beside the interview. */
export function SidePanel() {
  return (
    <main>
      <h1>{t('sidepanelTitle')}</h1>
      <p class="muted">{t('sidepanelPrivacy')}</p>
    </main>
  );
}
