// Types for the plain-JavaScript support modules, which also run without a
// TypeScript step (`npm run demo`, the benchmark).
declare module '*/static-server.mjs' {
  export const FIXTURES_DIR: string;
  export function startStaticServer(options?: { root?: string; port?: number; host?: string }): Promise<{
    origin: string;
    port: number;
    close(): Promise<void>;
  }>;
}

declare module '*/launch-browser.mjs' {
  import type { BrowserContext, Worker } from 'playwright-core';
  export const PROJECT_DIR: string;
  export const CHROME_EXTENSION_DIR: string;
  export const CHROME_PRODUCTION_DIR: string;
  export const CHROMIUM_PATH: string;
  export interface ExtensionBrowser {
    context: BrowserContext;
    worker: Worker;
    extensionId: string;
    userDataDir: string;
    extensionUrl(path: string): string;
    close(): Promise<void>;
  }
  export function launchWithExtension(options?: {
    headless?: boolean;
    userDataDir?: string;
    extensionDir?: string;
    viewport?: { width: number; height: number };
    /** More Chromium switches, e.g. `--log-net-log=<file>`. */
    extraArgs?: string[];
  }): Promise<ExtensionBrowser>;
}

declare module '*/extension-state.mjs' {
  import type { Page } from 'playwright-core';
  import type { ExtensionBrowser } from '*/launch-browser.mjs';
  export function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number | undefined>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export function readDetectionReport(browser: ExtensionBrowser, page: Page, options?: { timeoutMs?: number; until?: (report: any) => boolean }): Promise<any>;
}

declare module '*/pack-server.mjs' {
  export interface PackRoute {
    body?: string | Uint8Array;
    status?: number;
    headers?: Record<string, string>;
    delayMs?: number;
    contentType?: string;
    lastModified?: string;
    noValidators?: boolean;
  }
  export interface LoggedRequest {
    method: string;
    path: string;
    headers: Record<string, string | string[] | undefined>;
  }
  export interface PackServer {
    origin: string;
    port: number;
    requests: LoggedRequest[];
    set(path: string, route: PackRoute): void;
    remove(path: string): void;
    close(): Promise<void>;
  }
  export function startPackServer(options?: { port?: number; cors?: boolean }): Promise<PackServer>;
}

declare module '*/extension-id.mjs' {
  export function extensionIdFromKey(base64Key: string): string;
  export function builtExtensionId(extensionDir?: string): string;
}
