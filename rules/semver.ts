/** Comparing semantic versions ("1.2.0", "1.2.0-beta.1") to decide whether an imported pack is newer. */

const PARTS = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Negative when a < b, positive when a > b, 0 when equal (build metadata ignored). Unparseable sorts first. */
export function compareVersions(a: string, b: string): number {
  const x = PARTS.exec(a);
  const y = PARTS.exec(b);
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  for (let i = 1; i <= 3; i++) {
    const difference = Number(x[i]) - Number(y[i]);
    if (difference !== 0) return Math.sign(difference);
  }
  return comparePrerelease(x[4], y[4]);
}

function comparePrerelease(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1; // 1.0.0 > 1.0.0-beta
  if (b === undefined) return -1;
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i];
    const r = right[i];
    if (l === undefined) return -1;
    if (r === undefined) return 1;
    const ln = /^\d+$/.test(l);
    const rn = /^\d+$/.test(r);
    if (ln && rn && Number(l) !== Number(r)) return Math.sign(Number(l) - Number(r));
    if (ln !== rn) return ln ? -1 : 1;
    if (l !== r) return l < r ? -1 : 1;
  }
  return 0;
}
