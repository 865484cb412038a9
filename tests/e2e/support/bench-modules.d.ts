// Types for the benchmark's plain-JavaScript helpers, where browser tests reuse them.
declare module '*/bundle-for-browser.mjs' {
  /** Bundle a TypeScript module (that assigns what it exposes to globalThis) into a script for a page. */
  export function bundleForBrowser(entry: string): Promise<string>;
}
