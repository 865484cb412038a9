// Probes for the security tests: what the host page can see of its own origin
// (web storage, cookies, IndexedDB, Cache Storage) and of its own DOM (every
// mutation since the document started), read from the page's main world, as the
// host's own scripts would. Chromium content scripts share the page's storage and
// DOM, so anything the extension wrote there would show up here.
import type { BrowserContext, Page } from 'playwright-core';

export interface IdbStoreSnapshot {
  name: string;
  count: number;
  keys: string;
  values: string;
}

export interface HostStorageSnapshot {
  localStorage: Record<string, string | null>;
  sessionStorage: Record<string, string | null>;
  documentCookie: string;
  /** Every cookie the browser holds for the origin, httpOnly ones too. */
  cookies: { name: string; value: string; domain: string; path: string; httpOnly: boolean }[];
  indexedDB: { name: string; version: number; stores: IdbStoreSnapshot[] }[];
  cacheStorage: string[];
}

/** The host origin's storage as its own scripts see it, in a form that compares with toEqual. */
export async function snapshotHostStorage(page: Page, context: BrowserContext): Promise<HostStorageSnapshot> {
  const inPage = await page.evaluate(async () => {
    const entries = (storage: Storage) => {
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').sort();
      return Object.fromEntries(keys.map((key) => [key, storage.getItem(key)]));
    };
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const databases = (await indexedDB.databases()).sort((a, b) => String(a.name).localeCompare(String(b.name)));
    const idb = [];
    for (const { name, version } of databases) {
      if (name === undefined) continue;
      const db = await done(indexedDB.open(name));
      const stores = [];
      for (const storeName of Array.from(db.objectStoreNames).sort()) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [count, keys, values] = await Promise.all([done(store.count()), done(store.getAllKeys()), done(store.getAll())]);
        stores.push({ name: storeName, count, keys: JSON.stringify(keys), values: JSON.stringify(values) });
      }
      db.close();
      idb.push({ name, version: version ?? db.version, stores });
    }
    return {
      localStorage: entries(localStorage),
      sessionStorage: entries(sessionStorage),
      documentCookie: document.cookie,
      indexedDB: idb,
      cacheStorage: 'caches' in window ? (await caches.keys()).sort() : [],
    };
  });
  const cookies = (await context.cookies(page.url()))
    .map(({ name, value, domain, path, httpOnly }) => ({ name, value, domain, path, httpOnly }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { ...inPage, cookies };
}

/** Empty the origin's storage (as a user clearing site data would), so a test starts from nothing. */
export async function clearHostStorage(page: Page, context: BrowserContext): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    for (const { name } of await indexedDB.databases()) {
      if (name === undefined) continue;
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        // onblocked: the page still has it open; deletion completes when it closes.
      });
    }
    if ('caches' in window) for (const key of await caches.keys()) await caches.delete(key);
  });
  await context.clearCookies({ domain: new URL(page.url()).hostname });
}

/** Nothing at all. */
export const EMPTY_STORAGE: HostStorageSnapshot = {
  localStorage: {}, sessionStorage: {}, documentCookie: '', cookies: [], indexedDB: [], cacheStorage: [],
};

/**
 * Give the demo case system data of its own in every kind of storage, as a real
 * case system would have, so a write, an overwrite or a clear by anyone else shows.
 */
export async function seedDemoHostStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.setItem('caseworks:ui', '{"menu":"expanded"}');
    localStorage.setItem('caseworks:lastCase', '2026-04417');
    sessionStorage.setItem('caseworks:tab', 'segment-3');
    document.cookie = 'ASP.NET_SessionId=q1w2e3r4t5; path=/';
    document.cookie = 'caseworks_unit=sodermalm; path=/';
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('caseworks-offline', 3);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('cases', { keyPath: 'id' });
        open.result.createObjectStore('outbox', { autoIncrement: true });
      };
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['cases', 'outbox'], 'readwrite');
        tx.objectStore('cases').put({ id: '2026-04417', client: 'Samira Lindqvist' });
        tx.objectStore('cases').put({ id: '2026-03981', client: 'Jonas Berg' });
        tx.objectStore('outbox').put({ kind: 'journal', text: 'Called the client' });
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
}

// ---- the host DOM ---------------------------------------------------------------------

/** One MutationRecord, described by what it touched. */
export interface RecordedMutation {
  /** parse: before DOMContentLoaded; setup: the page's own DOMContentLoaded handlers; after: everything later. */
  phase: 'parse' | 'setup' | 'after';
  type: MutationRecordType;
  target: string;
  attributeName: string | null;
  oldValue: string | null;
  added: string[];
  removed: string[];
}

export interface MutationLog {
  /** Parse-phase records that are not the parser appending nodes or text (attributes, text edits, removals). */
  parseOther: RecordedMutation[];
  /** How many parser insertions and text appends were seen (only counted: they are the served HTML). */
  parseInsertions: number;
  setup: RecordedMutation[];
  after: RecordedMutation[];
}

/**
 * Runs in the page's main world before any of its scripts (page.addInitScript).
 * Observes the whole document from its start: childList, every attribute (value,
 * style, class, aria-*…), character data, the subtree. Phases: the parser
 * building the page; the page's own DOMContentLoaded handlers (this listener is
 * registered first on `document`, the one that closes the phase runs on `window`,
 * after every `document` listener); and everything after, where the extension's
 * content script (run at document_idle) lives.
 */
export function recordHostMutations(): void {
  type Log = {
    parseOther: unknown[];
    parseInsertions: number;
    setup: unknown[];
    after: unknown[];
  };
  const log: Log = { parseOther: [], parseInsertions: 0, setup: [], after: [] };
  let phase: 'parse' | 'setup' | 'after' = 'parse';
  const describe = (node: Node | null): string => {
    if (!node) return 'null';
    if (node.nodeType === Node.TEXT_NODE) return `#text(${JSON.stringify((node.nodeValue ?? '').slice(0, 60))})`;
    if (node.nodeType === Node.COMMENT_NODE) return '#comment';
    if (node.nodeType === Node.DOCUMENT_NODE) return '#document';
    if (!(node instanceof Element)) return `#node(${node.nodeType})`;
    const id = node.id ? `#${node.id}` : '';
    const name = node.getAttribute('name') ? `[name="${node.getAttribute('name')}"]` : '';
    return `${node.localName}${id}${name}`;
  };
  const keep = (record: MutationRecord) => {
    const entry = {
      phase,
      type: record.type,
      target: describe(record.target),
      attributeName: record.attributeName,
      oldValue: record.oldValue,
      added: Array.from(record.addedNodes, describe),
      removed: Array.from(record.removedNodes, describe),
    };
    if (phase !== 'parse') log[phase].push(entry);
    else if (parserAppend(record)) log.parseInsertions += 1;
    else log.parseOther.push(entry);
  };
  // The parser inserts nodes and appends to the text node it is filling; nothing else.
  const parserAppend = (record: MutationRecord) =>
    (record.type === 'childList' && record.removedNodes.length === 0) ||
    (record.type === 'characterData' && (record.target.nodeValue ?? '').startsWith(record.oldValue ?? ''));
  const observer = new MutationObserver((records) => records.forEach(keep));
  observer.observe(document, {
    childList: true,
    attributes: true,
    attributeOldValue: true,
    characterData: true,
    characterDataOldValue: true,
    subtree: true,
  });
  document.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords().forEach(keep);
    phase = 'setup';
  });
  window.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords().forEach(keep);
    phase = 'after';
  });
  Object.defineProperty(window, '__hostMutations', {
    value: { log, flush: () => observer.takeRecords().forEach(keep) },
  });
}

export async function readHostMutations(page: Page): Promise<MutationLog> {
  return page.evaluate(() => {
    const recorder = (window as unknown as { __hostMutations: { log: unknown; flush(): void } }).__hostMutations;
    recorder.flush();
    return JSON.parse(JSON.stringify(recorder.log)) as MutationLog;
  });
}

/** The one addition the extension may make to the host DOM: a plain `<div>` (its closed root unseen). */
export const OVERLAY_ADDED: Omit<RecordedMutation, 'phase'> = {
  type: 'childList',
  target: 'html',
  attributeName: null,
  oldValue: null,
  added: ['div'],
  removed: [],
};

/**
 * How a page script finds the overlay's element: the one `<div>` the extension adds to
 * `<html>` (or into an open modal dialog), a manual popover. Only a selector for tests:
 * the page could find it the same way, but never read inside it.
 */
export const OVERLAY_HOST_SELECTOR = ':root > div[popover], dialog > div[popover]';
/** The same, for an expression evaluated in the content script's world: the `<div>` with a closed root. */
export const OVERLAY_HOST_IN_EXTENSION_WORLD =
  "[...document.querySelectorAll(':root > div, dialog > div')].find((el) => !el.shadowRoot && chrome.dom.openOrClosedShadowRoot(el))";

/** The form's submittable values, as the host would receive them on Save. */
export async function formValues(page: Page, formSelector: string): Promise<string[]> {
  return page.locator(formSelector).evaluate((form) =>
    [...new FormData(form as HTMLFormElement).entries()].map(([key, value]) => `${key}=${String(value)}`).sort(),
  );
}

/** Where focus is in the host document: the focused element's id, or '(overlay)' when it is inside the overlay. */
export async function hostFocus(page: Page): Promise<string> {
  return page.evaluate((overlay) => {
    const active = document.activeElement;
    if (!active) return '(none)';
    if (active.matches(overlay)) return '(overlay)';
    return active.id || active.localName;
  }, OVERLAY_HOST_SELECTOR);
}
