import { useRef, useState } from 'preact/hooks';
import { importPackFile, type ExamplesSummary } from '../../rules/import-pack';
import { formatPath, type PackIssue } from '../../rules/pack-issues';
import { t, tPlural } from '../../utils/i18n';
import { packTitle } from './InstalledPack';

interface Refusal {
  fileName: string;
  errors: PackIssue[];
}

interface Props {
  onStatus(message: string): void;
}

/**
 * Import a pack file: validated with the same loader as the CLI. A refused file
 * shows each problem (path, message, line) as plain text; nothing is installed,
 * so the packs in use stay in force.
 */
export function ImportPack({ onStatus }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<Refusal>();
  const [examples, setExamples] = useState<ExamplesSummary>();
  const [busy, setBusy] = useState(false);

  async function onChange() {
    const file = input.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setRefusal(undefined);
    setExamples(undefined);
    onStatus(t('packsWorking', file.name));
    try {
      const result = await importPackFile(file);
      if (result.ok) {
        setExamples(result.examples);
        const title = packTitle(result.pack);
        onStatus(
          result.replacedVersion
            ? t('packsReplaced', [title, result.pack.version, result.replacedVersion])
            : t('packsImported', [title, result.pack.version]),
        );
      } else {
        onStatus('');
        setRefusal({ fileName: file.name, errors: result.errors });
      }
    } finally {
      setBusy(false);
      // The same file can be picked again after it is fixed.
      if (input.current) input.current.value = '';
    }
  }

  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading" class="sub">{t('packsImport')}</h3>
      <p id="import-help" class="muted">
        {t('packsImportHelp')}
      </p>
      <label for="pack-file">{t('packsImportLabel')}</label>{' '}
      <input
        ref={input}
        id="pack-file"
        type="file"
        accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        aria-describedby="import-help"
        disabled={busy}
        onChange={() => void onChange()}
      />
      {examples && (
        <div class={examples.failures.length > 0 ? 'refusal' : 'muted'} data-testid="import-examples">
          <p>
            {examples.total === 0
              ? t('packsExamplesNone')
              : tPlural('packsExamples', examples.total, [String(examples.passed)])}
          </p>
          {examples.failures.length > 0 && (
            <>
              <p>{t('packsExamplesFailed')}</p>
              <ul>
                {examples.failures.map((line, i) => (
                  <li key={i}>
                    <code>{line}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {refusal && (
        <div class="refusal" role="alert" data-testid="import-errors">
          <p>{t('packsRefused', refusal.fileName)}</p>
          <ul>
            {refusal.errors.map((issue, i) => (
              <li key={i}>
                <code>{formatPath(issue.path)}</code>: {issue.message}
                {issue.line !== undefined && <span class="muted"> ({t('packsLine', [String(issue.line), String(issue.column ?? 1)])})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
