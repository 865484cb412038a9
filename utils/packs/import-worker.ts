/**
 * A dedicated worker of the options page: checks a pack file (rules/check-import.ts)
 * off the page's thread, so a file of the largest allowed size does not freeze
 * the settings while it is read, validated, verified and compiled. Pure work,
 * no storage: the page sends the library and rules, and writes what it decides.
 */
import { checkImport } from '../../rules/check-import';
import type { AcceptanceRules, PackCandidate } from '../../rules/accept-pack';
import type { PackLibrary } from '../../rules/pack-store';

interface Job {
  id: number;
  candidate: PackCandidate;
  library: PackLibrary;
  rules: AcceptanceRules;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<Job>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  const { id, candidate, library, rules } = event.data;
  checkImport(candidate, library, rules).then(
    (result) => scope.postMessage({ id, result }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
