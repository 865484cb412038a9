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
    /** What starts Chromium (default CHROMIUM_PATH), e.g. a private-policy launcher. */
    executablePath?: string;
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
    /** Answer only once this settles. */
    hold?: Promise<unknown>;
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

declare module '*/private-policy.mjs' {
  export interface PrivatePolicy {
    /** Start Chromium with this (launchWithExtension's executablePath): it sees only this policy. */
    executablePath: string;
    /** Chrome's policy for this browser (the whole file: `{ "3rdparty": … }`). */
    write(policy: unknown): Promise<void>;
    /** No policy from now on. */
    remove(): Promise<void>;
    dispose(): Promise<void>;
  }
  /** Why a private policy cannot be set up on this machine, or undefined when it can. */
  export function privatePolicyUnavailable(): string | undefined;
  export function createPrivatePolicy(): Promise<PrivatePolicy>;
}
