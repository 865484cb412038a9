import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { refused, refusedBySize, type ExamplesSummary, type ImportResult } from '../../rules/import-pack';
import type { PackDiff } from '../../rules/pack-diff';
import { formatPath, type PackIssue } from '../../rules/pack-issues';
import { notStoredRefusal } from '../../rules/pack-refusal';
import { toBase64Url } from '../../utils/crypto/bytes';
import { t, tCount } from '../../utils/i18n';
import type { ManagedPolicy } from '../../utils/policy/managed-policy';
import { sendMessage } from '../../utils/messages';
import { packTitle } from './InstalledPack';
import { PackDiffView } from './PackDiffView';
import { refusalText, signatureText } from './pack-words';

interface Refusal {
  fileName: string;
  reason: string;
  errors: PackIssue[];
}

/**
 * Import `file` in the background (utils/packs/pack-library-background.ts), which
 * checks, compiles and stores it and answers with what this page shows; `dryRun`:
 * only what installing would change. A file over the size limit is refused
 * before it is read; a message the background could not answer is refused in
 * plain words, and nothing was installed.
 */
async function importInBackground(file: File, signature: string | undefined, dryRun: boolean): Promise<ImportResult> {
  const tooLarge = refusedBySize(file.size);
  if (tooLarge) return tooLarge;
  const bytes = toBase64Url(new Uint8Array(await file.arrayBuffer()));
  try {
    return await sendMessage('packs:import-file', { bytes, fileName: file.name, dryRun, ...(signature !== undefined && { signature }) });
  } catch (error) {
    return refused(notStoredRefusal(error));
  }
}

/** A replacement waiting for the adviser's yes, with what it changes. */
interface Pending {
  file: File;
  signature?: string;
  title: string;
  diff: PackDiff;
}

interface Props {
  /** The organisation's policy: shown locked when it turns file imports off (the background applies the rest). */
  policy: ManagedPolicy;
  onStatus(message: string): void;
}

/**
 * Import a pack file, with its signature file if there is one: validated with
 * the same loader as the CLI and checked like a subscribed pack. A pack that
 * would replace an installed one shows what changes first. A refused file
 * shows its reason and each problem (path, message, line) as plain text;
 * nothing is installed, so the packs in use stay in force.
 */
export function ImportPack({ policy, onStatus }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const signatureInput = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<Refusal>();
  const [pending, setPending] = useState<Pending>();
  const [examples, setExamples] = useState<ExamplesSummary>();
  const [busy, setBusy] = useState(false);
  const confirmGroup = useRef<HTMLDivElement>(null);

  // The question takes the focus when it appears (the file chooser gave it back to the
  // file field), so a screen reader reads what changes and the next Tab reaches "Install".
  useLayoutEffect(() => {
    if (pending) confirmGroup.current?.focus();
  }, [pending]);

  if (policy.allowFileImports === false) {
    return (
      <section aria-labelledby="import-heading">
        <h3 id="import-heading" class="sub">{t('packsImport')}</h3>
        <p class="locked" data-testid="import-locked">{t('packsImportLocked')}</p>
      </section>
    );
  }

  function report(fileName: string, result: ImportResult) {
    if (result.ok) {
      setExamples(result.examples);
      const title = packTitle(result.pack);
      const installed = result.replacedVersion
        ? t('packsReplaced', [title, result.pack.version, result.replacedVersion])
        : t('packsImported', [title, result.pack.version]);
      onStatus(`${installed} ${signatureText({ source: 'file', signature: result.signature })}`);
    } else {
      onStatus('');
      setRefusal({ fileName, reason: refusalText({ code: result.refusal.code }), errors: result.errors });
    }
  }

  async function onChange() {
    const file = input.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setRefusal(undefined);
    setPending(undefined);
    setExamples(undefined);
    onStatus(t('packsWorking', file.name));
    try {
      const signatureFile = signatureInput.current?.files?.[0];
      const signature = signatureFile ? await signatureFile.text() : undefined;
      const preview = await importInBackground(file, signature, true);
      if (preview.ok && preview.diff) {
        onStatus('');
        setPending({ file, ...(signature !== undefined && { signature }), title: packTitle(preview.pack), diff: preview.diff });
        return;
      }
      report(file.name, preview.ok ? await importInBackground(file, signature, false) : preview);
    } finally {
      setBusy(false);
      // The same file can be picked again after it is fixed.
      if (input.current) input.current.value = '';
    }
  }

  async function confirm() {
    if (!pending) return;
    setPending(undefined);
    report(pending.file.name, await importInBackground(pending.file, pending.signature, false));
    if (signatureInput.current) signatureInput.current.value = '';
  }

  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading" class="sub">{t('packsImport')}</h3>
      <p id="import-help" class="muted">
        {t('packsImportHelp')} {policy.requireSignedPacks ? t('packsImportSignatureRequired') : t('packsImportSignatureOptional')}
      </p>
      <p>
        <label for="pack-signature-file">{t('packsImportSignatureLabel')}</label>{' '}
        <input ref={signatureInput} id="pack-signature-file" type="file" accept=".sig,.jws,text/plain" disabled={busy} />
      </p>
      <p>
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
      </p>
      {pending && (
        <div ref={confirmGroup} tabIndex={-1} class="confirm" role="group" aria-labelledby="confirm-heading" data-testid="import-confirm">
          <p id="confirm-heading">{t('packsConfirmReplace', pending.title)}</p>
          <PackDiffView diff={pending.diff} />
          <div class="pack-actions">
            <button type="button" onClick={() => void confirm()}>
              {t('packsConfirmReplaceButton', pending.diff.toVersion)}
            </button>
            <button type="button" onClick={() => setPending(undefined)}>
              {t('packsCancel')}
            </button>
          </div>
        </div>
      )}
      {examples && (
        <div class={examples.failures.length > 0 ? 'refusal' : 'muted'} data-testid="import-examples">
          <p>
            {examples.total === 0
              ? t('packsExamplesNone')
              : tCount('packsExamples', examples.total, [String(examples.total), String(examples.passed)])}
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
          <p data-testid="import-reason">{refusal.reason}</p>
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
