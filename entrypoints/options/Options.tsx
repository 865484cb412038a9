import { t } from '../../utils/i18n';
import { PackManager } from './PackManager';
import { SiteList } from './SiteList';
import './options.css';

/** Settings: the case systems coached, and rule packs. */
export function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {/* The practice page is an extension page of its own; the trainer's scenario editor will sit here. */}
      <p>
        <a href="/practice.html" target="_blank" data-testid="open-practice">
          {t('optionsOpenPractice')}
        </a>
      </p>
      <SiteList />
      <PackManager />
    </main>
  );
}
