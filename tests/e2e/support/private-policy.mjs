// Enterprise policy for one Chromium only. Chromium on Linux reads managed policy
// from /etc/chromium/policies/managed, for every browser on the machine: a file
// written there would reach other test runs' browsers too (with the same extension
// id, they would follow its packs). So the browser starts in a mount namespace of
// its own (`unshare --mount`, root), where a temporary directory stands in for that
// folder; the test writes and removes the policy there, and Chromium follows those
// changes live as it would the real folder's. Nothing machine-wide is written.
// Where the kernel refuses a mount namespace, CI (root, a fresh machine, browser test
// files one at a time) writes the policy in the machine-wide folder instead, so the
// policy tests run there rather than being skipped; elsewhere they are skipped.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './launch-browser.mjs';

const POLICY_DIR = '/etc/chromium/policies/managed';

const isRoot = () => process.getuid?.() === 0;
const inCi = () => process.env.CI === 'true';

/** Whether Chromium can be given a policy folder of its own here: root and a mount namespace. */
function mountNamespaceWorks() {
  // Debian's chromium package does not create the folder; an empty one sets no policy.
  if (isRoot()) {
    try {
      mkdirSync(POLICY_DIR, { recursive: true });
    } catch {
      // Read-only /etc: the check below says why.
    }
  }
  try {
    execFileSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', `test -d ${POLICY_DIR} && mount --bind /tmp ${POLICY_DIR}`], { stdio: 'pipe' });
    return { works: true };
  } catch (error) {
    return { works: false, detail: /** @type {{ stderr?: Buffer }} */ (error).stderr?.toString().trim() || String(error) };
  }
}

/**
 * Why no policy can be set for a test's Chromium here, or undefined when it can. In CI
 * (`CI=true`, as .ci/run sets) a missing root is an error, not a reason to skip.
 */
export function privatePolicyUnavailable() {
  const namespace = mountNamespaceWorks();
  if (namespace.works || (inCi() && isRoot())) return undefined;
  const reason = `cannot give Chromium a policy folder of its own (needs root, "unshare" and ${POLICY_DIR}): ${namespace.detail}`;
  if (inCi()) throw new Error(`The enterprise-policy tests cannot run in CI: ${reason}`);
  return reason;
}

export async function createPrivatePolicy() {
  if (!mountNamespaceWorks().works) return machineWidePolicy();
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

/** CI's fallback where mount namespaces are refused: the machine-wide folder, cleaned up after (see the header). */
async function machineWidePolicy() {
  await mkdir(POLICY_DIR, { recursive: true });
  const policyFile = join(POLICY_DIR, 'adviser-coach-test.json');
  const remove = () => rm(policyFile, { force: true });
  return {
    executablePath: CHROMIUM_PATH,
    /** @param {unknown} policy */
    write: (policy) => writeFile(policyFile, JSON.stringify(policy)),
    remove,
    dispose: remove,
  };
}
