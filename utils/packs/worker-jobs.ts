/**
 * The jobs the pack worker (utils/packs/import-worker.ts) takes, and the side
 * that posts them: each job posted with an id, answered once. The options page
 * runs "Check a pack" in it; the background runs an import's check in it where it
 * can start a worker (Firefox's background page shares its thread with the
 * extension's pages, so a check there would stall an open options page). Where no
 * worker can start (Chrome's service worker, whose own thread is no page's) or it
 * fails, the same pure function runs in this thread instead.
 */
import type { AcceptanceRules, PackCandidate } from '../../rules/accept-pack';
import { checkImportText, type CheckImportText, type ImportVerdict } from '../../rules/check-import';
import { checkPackFile, type PackFileCheck } from '../../rules/check-pack-file';

export type WorkerJob =
  | { id: number; kind: 'check-import'; candidate: PackCandidate; libraryText: string; rules: AcceptanceRules }
  | { id: number; kind: 'check-file'; bytes: Uint8Array; fileName: string };

type JobInput = WorkerJob extends infer J ? (J extends WorkerJob ? Omit<J, 'id'> : never) : never;

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();

function startWorker(): Worker | undefined {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
    const job = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (event.data.result !== undefined) job?.resolve(event.data.result);
    else job?.reject(new Error(event.data.error ?? 'the pack check stopped'));
  };
  worker.onerror = () => {
    // A worker that cannot run (or crashed): what waits is done here instead, and later jobs too.
    worker = undefined;
    for (const job of waiting.values()) job.reject(new Error('worker failed'));
    waiting.clear();
  };
  return worker;
}

/** Run `job` in the worker; `fallback` on the page if there is none or it fails. */
async function inWorker<T>(job: JobInput, fallback: () => Promise<T> | T): Promise<T> {
  const running = startWorker();
  if (!running) return fallback();
  const id = nextId++;
  try {
    return await new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
      running.postMessage({ ...job, id });
    });
  } catch {
    return fallback();
  }
}

/**
 * rules/check-import.ts in the worker: the background's check of an imported file, so a large pack is parsed and
 * compiled off the extension pages' thread. The worker is sent the library read beforehand; in this thread (Chrome's
 * service worker, or no worker) it is read only if the file gets as far as being compared with it.
 */
export const checkImportInWorker: CheckImportText = async (candidate, libraryText, rules) => {
  if (!startWorker()) return checkImportText(candidate, libraryText, rules);
  const text = typeof libraryText === 'string' ? libraryText : await libraryText();
  return inWorker<ImportVerdict>({ kind: 'check-import', candidate, libraryText: text, rules }, () => checkImportText(candidate, text, rules));
};

/** "Check a pack" (rules/check-pack-file.ts) in the worker: the CLI's lines for a file, without parsing it on the page. */
export const checkPackFileInWorker = (bytes: Uint8Array, fileName: string): Promise<PackFileCheck> =>
  inWorker<PackFileCheck>({ kind: 'check-file', bytes, fileName }, () => checkPackFile(bytes, fileName));
