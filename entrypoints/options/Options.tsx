import { t } from '../../utils/i18n';
import { PackManager } from './PackManager';
import './options.css';

/** Settings: rule packs. */
export function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <PackManager />
    </main>
  );
}
