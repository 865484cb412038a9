// A small disk of the test's own that fills up for real: a tmpfs holding a browser
// profile, filled to the last byte by a ballast file, so the browser's writes fail
// as they do on a full disk (notes, packs). Needs root or password-less sudo to mount.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'vitest';

/** Run a command as root: directly when we are root, else through `sudo -n` (no password prompt); null when neither can. */
function asRoot(): ((command: string, args: string[]) => void) | null {
  if (process.getuid?.() === 0) return (command, args) => execFileSync(command, args, { stdio: 'ignore' });
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return (command, args) => execFileSync('sudo', ['-n', command, ...args], { stdio: 'ignore' });
}

/**
 * A profile on a small tmpfs (40 MB) of its own, filled to the last byte by a
 * ballast file: the browser's writes then fail as they do on a full disk. Needs
 * root or password-less sudo (mount); the tmpfs is open to all (mode 1777) so
 * the browser and dd run as the test's own user. `available` is what df says is
 * left, in kB. `keepFull` fills it and goes on taking whatever the browser frees
 * (it deletes files of its own now and then), every 20 ms, until `free`.
 */
export async function smallDisk(): Promise<
  { dir: string; fill: () => Promise<void>; keepFull: () => Promise<void>; free: () => Promise<void>; available: () => number; remove: () => Promise<void> } | string
> {
  const root = asRoot();
  if (!root) return 'neither root nor password-less sudo: cannot mount a small tmpfs';
  const dir = await mkdtemp(join(tmpdir(), 'adviser-coach-full-disk-'));
  try {
    root('mount', ['-t', 'tmpfs', '-o', 'size=40m,mode=1777', 'tmpfs', dir]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    return `cannot mount a tmpfs here (${(error as Error).message.split('\n')[0]})`;
  }
  const ballast = join(dir, 'ballast');
  // dd stops with "No space left on device": the disk is then full.
  const fill = async () => {
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${ballast}`, 'bs=64k'], { stdio: 'ignore' });
    } catch {
      /* ENOSPC is the point */
    }
  };
  let topUp: ReturnType<typeof spawn> | undefined;
  return {
    dir: join(dir, 'profile'),
    fill,
    keepFull: async () => {
      await fill();
      // Appends to a second ballast in 4 kB pieces (one page), so even a freed page is taken.
      topUp ??= spawn('sh', ['-c', `while :; do dd if=/dev/zero bs=4k count=256 >> '${ballast}-more' 2>/dev/null; sleep 0.02; done`], { stdio: 'ignore' });
    },
    free: async () => {
      topUp?.kill();
      topUp = undefined;
      await rm(`${ballast}-more`, { force: true });
      await rm(ballast, { force: true });
    },
    available: () => Number(execFileSync('df', ['--output=avail', '-k', dir]).toString().split('\n')[1]),
    remove: async () => {
      topUp?.kill();
      root('umount', ['-l', dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Skip a test whose small disk could not be had (`reason`, from `smallDisk`), with a warning.
 * In CI it must run (.ci/run runs as root, or through sudo): a skip for want of root there would
 * hide a regression, so it fails instead. A machine whose kernel refuses the mount even to root
 * (some containers) is skipped there too.
 */
export function skipUnlessSmallDisk(reason: string, context: TestContext): void {
  if (process.env.CI === 'true' && !reason.startsWith('cannot mount')) throw new Error(`The full-disk test cannot run in CI: ${reason}`);
  console.warn(`Skipping the full-disk test: ${reason}`);
  context.skip();
}
