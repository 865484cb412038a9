import { useRef, useState } from 'preact/hooks';
import { lintPackBytes, testPackBytes } from '../../rules/check-pack-file';
import { t } from '../../utils/i18n';

interface Outcome {
  fileName: string;
  clean: boolean;
  /** Exactly the lines `adviser-coach pack lint` prints (problems, then the report), then `pack test`'s failures. */
  lines: string[];
}

/**
 * "Check a pack": validate, lint and run a pack file's example answers without
 * installing it, with the CLI's own functions and messages (rules/check-pack-file.ts),
 * for a supervisor without Node. The lines are the tool's (English), shown as text.
 */
export function CheckPack() {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  async function onChange() {
    const file = input.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const lint = lintPackBytes(bytes, file.name);
      // `pack test` adds each failing example; lint already counted them.
      const failures = lint.report.length > 1 ? testPackBytes(bytes, file.name).problems.filter((line) => !lint.problems.includes(line)) : [];
      setOutcome({ fileName: file.name, clean: lint.exitCode === 0 && failures.length === 0, lines: [...lint.problems, ...lint.report, ...failures] });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <section aria-labelledby="check-heading">
      <h3 id="check-heading" class="sub">
        {t('packsCheckHeading')}
      </h3>
      <p id="check-help" class="muted">
        {t('packsCheckHelp')}
      </p>
      <p>
        <label for="check-file">{t('packsCheckLabel')}</label>{' '}
        <input ref={input} id="check-file" type="file" accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml" aria-describedby="check-help" disabled={busy} onChange={() => void onChange()} />
      </p>
      <div role="status" data-testid="check-output">
        {outcome && (
          <>
            <p data-testid="check-verdict">{outcome.clean ? t('packsCheckClean', outcome.fileName) : t('packsCheckProblems', outcome.fileName)}</p>
            <pre class="check-lines" data-testid="check-lines">
              {outcome.lines.join('\n')}
            </pre>
          </>
        )}
      </div>
    </section>
  );
}
