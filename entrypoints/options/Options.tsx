import { t } from '../../utils/i18n';
import { PackManager } from './PackManager';
import { PolicySummary } from './PolicySummary';
import { SiteList } from './SiteList';
import { TrainerEditor } from './trainer/TrainerEditor';
import './options.css';

/** Settings: the case systems coached, rule packs, and trainers' practice scenarios. */
export function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {/* What the organisation set comes first: it explains what is locked below. */}
      <PolicySummary />
      {/* The practice page is an extension page of its own: it plays the scenarios the editor below attaches. */}
      <p>
        <a href="/practice.html" target="_blank" data-testid="open-practice">
          {t('optionsOpenPractice')}
        </a>
      </p>
      <SiteList />
      <PackManager />
      <TrainerEditor />
    </main>
  );
}
