/**
 * A dedicated worker of the options page: checks a pack file (rules/check-import.ts,
 * and "Check a pack": rules/check-pack-file.ts) off the page's thread, so a file
 * of the largest allowed size does not freeze the settings while it is read,
 * validated, verified and compiled. Pure work, no storage: the page sends the
 * library (as stored JSON text) and rules, and gets back only what it shows and
 * the new library as JSON text, which it hands to the background unread.
 */
import { checkImportText } from '../../rules/check-import';
import { checkPackFile } from '../../rules/check-pack-file';
import type { WorkerJob } from './worker-jobs';

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerJob>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  const job = event.data;
  const work = async () => {
    if (job.kind === 'check-file') return checkPackFile(job.bytes, job.fileName);
    return checkImportText(job.candidate, job.libraryText, job.rules);
  };
  work().then(
    (result) => scope.postMessage({ id: job.id, result }),
    (error: unknown) => scope.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
};
