import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPackFileInWorker } from '../../utils/packs/worker-jobs';
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
 * for a supervisor without Node, in the options page's worker. The lines are the tool's (English), shown as text.
 */
/** Lines added to the page per frame: the largest pack's report (over a thousand lines) at once was a long task. */
const LINES_PER_FRAME = 100;

export function CheckPack() {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const [shown, setShown] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!outcome || shown >= outcome.lines.length) return;
    const frame = requestAnimationFrame(() => setShown((count) => count + LINES_PER_FRAME));
    return () => cancelAnimationFrame(frame);
  }, [outcome, shown]);

  async function onChange() {
    const file = input.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(undefined);
    setShown(0);
    try {
      // Parsed, validated and its examples tried in the worker: the largest pack would freeze the page here.
      const { clean, lines } = await checkPackFileInWorker(new Uint8Array(await file.arrayBuffer()), file.name);
      setOutcome({ fileName: file.name, clean, lines });
      setShown(LINES_PER_FRAME);
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
            <div class="check-lines" data-testid="check-lines" aria-busy={shown < outcome.lines.length}>
              {/* One block per slice: a frame lays out only the lines it adds. */}
              {Array.from({ length: Math.ceil(Math.min(shown, outcome.lines.length) / LINES_PER_FRAME) }, (_, i) => {
                const end = (i + 1) * LINES_PER_FRAME;
                return <pre key={i}>{outcome.lines.slice(i * LINES_PER_FRAME, end).join('\n') + (end < outcome.lines.length ? '\n' : '')}</pre>;
              })}
            </div>
          </>
        )}
      </div>
    </section>
  );
}
