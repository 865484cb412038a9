import { t } from '../../utils/i18n';
import { PackManager } from './PackManager';
import { SiteList } from './SiteList';
import { TrainerEditor } from './trainer/TrainerEditor';
import './options.css';

/** Settings: the case systems coached, rule packs, and trainers' practice scenarios. */
export function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <SiteList />
      <PackManager />
      <TrainerEditor />
    </main>
  );
}
