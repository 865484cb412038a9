// Small statistics for benchmark samples.

/** @param {number[]} samples */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (/** @type {number} */ q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN, n: sorted.length };
}

/** @param {number} ms */
export const fmt = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

/** Round for the JSON line. @param {number} ms */
export const round = (ms) => Math.round(ms * 1000) / 1000;
