// Read a Chromium net log (`--log-net-log=<file>`): every URL request the network
// stack started, with who started it. Used by the network test to prove the
// extension requests nothing beyond the pages it was shown.
import { readFile } from 'node:fs/promises';

export interface NetRequest {
  url: string;
  /** An origin (`http://127.0.0.1:8417`, `chrome-extension://…`), or `not an origin` for the browser's own and browser-started navigations. */
  initiator: string;
  /** `main frame`, `script`, `xhr`, `other`… */
  requestType: string;
  method: string;
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: Record<string, unknown> }[];
}

/** The file is complete once the browser has closed; a crash leaves it unterminated, so close it. */
function parseNetLog(text: string): NetLog {
  try {
    return JSON.parse(text) as NetLog;
  } catch {
    return JSON.parse(`${text.trimEnd().replace(/,$/, '')}]}`) as NetLog;
  }
}

export async function readNetRequests(file: string): Promise<NetRequest[]> {
  const log = parseNetLog(await readFile(file, 'utf8'));
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  if (startJob === undefined) throw new Error('not a Chromium net log: no URL_REQUEST_START_JOB event type');
  return log.events
    .filter((event) => event.type === startJob && typeof event.params?.url === 'string')
    .map(({ params = {} }) => ({
      url: String(params.url),
      initiator: typeof params.initiator === 'string' ? params.initiator : 'not an origin',
      requestType: typeof params.request_type === 'string' ? params.request_type : 'other',
      method: typeof params.method === 'string' ? params.method : 'GET',
    }));
}

/**
 * Requests the browser makes for itself (account, update and autofill services):
 * started by no web page or extension (no initiator origin) and not a navigation
 * or a page's subresource. A page or an extension cannot make such a request.
 */
export function isBrowserOwn(request: NetRequest): boolean {
  return request.initiator === 'not an origin' && request.requestType === 'other';
}

/** `scheme://host[:port]` of a URL, or its scheme for data:, blob: and the like. */
export function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : parsed.protocol;
  } catch {
    return url.slice(0, 40);
  }
}
