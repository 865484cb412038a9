import { useState } from 'preact/hooks';
import { exportToJson, exportToMarkdown, type MarkdownLabels } from '../../utils/notes/notes-export';
import { MAX_IMPORT_BYTES, type ImportResult } from '../../utils/notes/notes-import';
import { t } from '../../utils/i18n';
import { download } from '../download';
import { formatDateTime, uiLanguage } from './format';
import type { NotesController } from './notes-controller';

const markdownLabels = (): MarkdownLabels => ({
  title: t('notesExportTitle'),
  exportedAt: t('notesExportedAt'),
  caseHeading: (ref) => t('notesExportCase', [ref]),
  sessionHeading: (ref) => t('notesExportInterview', [ref]),
  pinned: t('notesPinnedMark'),
  about: t('notesExportAbout'),
  written: t('notesExportWritten'),
  edited: t('notesExportEdited'),
});

/** Export (JSON to import back, Markdown to read) and import. Always the adviser's explicit action. */
export function ExportImport({ controller }: { controller: NotesController }) {
  const [result, setResult] = useState<ImportResult | null>(null);
  if (controller.lock.value === 'locked') return null;
  const day = new Date().toISOString().slice(0, 10);

  return (
    <section aria-labelledby="export-heading">
      <h3 id="export-heading">{t('notesExportHeading')}</h3>
      <p class="muted">{t('notesExportWarning')}</p>
      <button
        type="button"
        data-testid="export-json"
        onClick={() =>
          void controller.collectExport().then((data) => download(exportToJson(data), 'application/json', `adviser-notes-${day}.json`))
        }
      >
        {t('notesExportJson')}
      </button>{' '}
      <button
        type="button"
        data-testid="export-markdown"
        onClick={() =>
          void controller
            .collectExport()
            .then((data) =>
              download(exportToMarkdown(data, markdownLabels(), (ms) => formatDateTime(ms), uiLanguage()), 'text/markdown', `adviser-notes-${day}.md`),
            )
        }
      >
        {t('notesExportMarkdown')}
      </button>
      <p>
        <label for="notes-import" class="field-label">
          {t('notesImportLabel')}
        </label>
        <input
          id="notes-import"
          type="file"
          data-testid="notes-import"
          accept="application/json,.json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            setResult(null);
            if (file.size > MAX_IMPORT_BYTES) {
              controller.status.value = { kind: 'error', key: 'notesImportInvalid' };
              return;
            }
            void file.text().then(async (text) => {
              setResult(await controller.importFile(text));
              input.value = '';
            });
          }}
        />
      </p>
      {result && (
        <p role="status" data-testid="import-result">
          {t('notesImportResult', [String(result.added), String(result.updated), String(result.unchanged), String(result.expired + result.invalid)])}
        </p>
      )}
    </section>
  );
}
