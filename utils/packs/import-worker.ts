/**
 * A dedicated worker (utils/packs/worker-jobs.ts): checks a pack file off the
 * thread of the extension's pages, so a file of the largest allowed size does not
 * freeze the settings while it is read, validated, verified and compiled. "Check
 * a pack" (rules/check-pack-file.ts) for the options page; an import's check
 * (rules/check-import.ts) for the background. Pure work, no storage: the library
 * comes and goes as JSON text, the rest is what the caller shows.
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
