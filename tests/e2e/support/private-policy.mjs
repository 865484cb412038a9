// Enterprise policy for one Chromium only. Chromium on Linux reads managed policy
// from /etc/chromium/policies/managed, for every browser on the machine: a file
// written there would reach other test runs' browsers too (with the same extension
// id, they would follow its packs). So the browser starts in a mount namespace of
// its own (`unshare --mount`, root), where a temporary directory stands in for that
// folder; the test writes and removes the policy there, and Chromium follows those
// changes live as it would the real folder's. Nothing machine-wide is written.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './launch-browser.mjs';

const POLICY_DIR = '/etc/chromium/policies/managed';

/** Why a private policy cannot be set up here (no root, no mount namespaces), or undefined when it can. */
export function privatePolicyUnavailable() {
  try {
    execFileSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', `test -d ${POLICY_DIR} && mount --bind /tmp ${POLICY_DIR}`], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    const detail = /** @type {{ stderr?: Buffer }} */ (error).stderr?.toString().trim() || String(error);
    return `cannot give Chromium a policy folder of its own (needs root, "unshare" and ${POLICY_DIR}): ${detail}`;
  }
}

export async function createPrivatePolicy() {
  const dir = await mkdtemp(join(tmpdir(), 'adviser-coach-policy-'));
  const policyDir = join(dir, 'managed');
  await mkdir(policyDir);
  const policyFile = join(policyDir, 'adviser-coach.json');
  const executablePath = join(dir, 'chromium');
  // sh -c '…' <policy dir> <chromium> <args…>: bind the folder, then become Chromium with the launcher's arguments.
  await writeFile(
    executablePath,
    `#!/bin/sh\nexec unshare --mount --propagation private sh -c 'mount --bind "$0" ${POLICY_DIR} && exec "$@"' '${policyDir}' '${CHROMIUM_PATH}' "$@"\n`,
  );
  await chmod(executablePath, 0o755);
  return {
    executablePath,
    /** @param {unknown} policy */
    write: (policy) => writeFile(policyFile, JSON.stringify(policy)),
    remove: () => rm(policyFile, { force: true }),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
