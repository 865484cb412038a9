import { t } from '../../utils/i18n';
import { PackManager } from './PackManager';
import { SiteList } from './SiteList';
import './options.css';

/** Settings: the case systems coached, and rule packs. */
export function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <SiteList />
      <PackManager />
    </main>
  );
}
