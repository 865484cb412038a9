// A pack host on 127.0.0.1 for the subscription tests (unit and browser): serves
// pack versions and their signatures the way a static HTTPS host does (ETag,
// Last-Modified, 304 for a conditional request), and on demand the ways one goes
// wrong: an HTTP error, a redirect to another origin, an HTML page, a slow answer,
// a body larger than it should be. Every request is recorded with its headers, so
// a test can see what the extension sent.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

/**
 * @typedef {{ body?: string | Uint8Array, status?: number, headers?: Record<string, string>,
 *   delayMs?: number, hold?: Promise<unknown>, contentType?: string, lastModified?: string, noValidators?: boolean }} Route
 *   hold: answer only once this settles (a request kept out until the test lets it go)
 * @typedef {{ method: string, path: string, headers: Record<string, string | string[] | undefined> }} LoggedRequest
 */

/**
 * @param {{ port?: number, cors?: boolean }} [options]
 *   cors: send the CORS headers a pack host needs (default true); false is a host not set up for it
 */
export async function startPackServer({ port = 0, cors: allowCors = true } = {}) {
  /** @type {Map<string, Route>} */
  const routes = new Map();
  /** @type {LoggedRequest[]} */
  const requests = [];
  /** @type {Set<import('node:http').ServerResponse>} */
  const open = new Set();

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ method: request.method ?? 'GET', path, headers: { ...request.headers } });
    // The extension reads packs cross-origin; a static host allows that with CORS headers (README, "Publish").
    const cors = allowCors
      ? { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'If-None-Match, If-Modified-Since', 'access-control-expose-headers': 'ETag, Last-Modified' }
      : {};
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors);
      response.end();
      return;
    }
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404, { ...cors, 'content-type': 'text/plain' });
      response.end('Not found');
      return;
    }
    const body = typeof route.body === 'string' ? Buffer.from(route.body) : Buffer.from(route.body ?? '');
    const validators = route.noValidators
      ? {}
      : { etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`, 'last-modified': route.lastModified ?? 'Sun, 29 Nov 2026 12:00:00 GMT' };
    const headers = { ...cors, 'content-type': route.contentType ?? 'application/json', ...validators, ...route.headers };
    const status = route.status ?? 200;
    const send = () => {
      open.delete(response);
      if (response.destroyed) return;
      const tags = String(request.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim());
      if (status === 200 && validators.etag && tags.includes(validators.etag)) {
        response.writeHead(304, { ...cors, ...validators });
        response.end();
        return;
      }
      response.writeHead(status, headers);
      response.end(status >= 300 && status < 400 ? undefined : body);
    };
    open.add(response);
    if (route.hold) void route.hold.finally(send);
    else if (route.delayMs) setTimeout(send, route.delayMs);
    else send();
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    origin,
    port: actualPort,
    requests,
    /** Serve `route` at `path` from now on (replacing what was there). @param {string} path @param {Route} route */
    set(path, route) {
      routes.set(path, route);
    },
    /** @param {string} path */
    remove(path) {
      routes.delete(path);
    },
    close: () =>
      new Promise((done) => {
        for (const response of open) response.destroy();
        server.closeAllConnections?.();
        server.close(() => done(undefined));
      }),
  };
}
