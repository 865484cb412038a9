/**
 * rules/check-import.ts run in a worker (utils/packs/import-worker.ts): the options
 * page's import, so a large pack is parsed and compiled off the page's thread.
 * Where no worker can start, the same check runs here instead.
 */
import { checkImport, type CheckImport, type ImportCheck } from '../../rules/check-import';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve(result: ImportCheck): void; reject(error: Error): void }>();

function startWorker(): Worker | undefined {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<{ id: number; result?: ImportCheck; error?: string }>) => {
    const job = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (event.data.result) job?.resolve(event.data.result);
    else job?.reject(new Error(event.data.error ?? 'the pack check stopped'));
  };
  worker.onerror = () => {
    // A worker that cannot run (or crashed): what waits is checked here instead, and later checks too.
    worker = undefined;
    for (const job of waiting.values()) job.reject(new Error('worker failed'));
    waiting.clear();
  };
  return worker;
}

export const checkImportInWorker: CheckImport = async (candidate, library, rules) => {
  const running = startWorker();
  if (!running) return checkImport(candidate, library, rules);
  const id = nextId++;
  try {
    return await new Promise<ImportCheck>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      running.postMessage({ id, candidate, library, rules });
    });
  } catch {
    return checkImport(candidate, library, rules);
  }
};
