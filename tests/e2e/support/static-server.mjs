// A small static file server for the demo case system and the host-page fixtures.
// Loopback only. Used by `npm run demo`, the browser tests and the benchmark.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = resolve(fileURLToPath(new URL('../fixtures', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serve `root` on 127.0.0.1. Paths ending in `/` serve `index.html`. A request
 * whose path has no file falls back to the nearest `app.html` up the tree, so
 * single-page fixtures can navigate with the history API and still reload.
 * Response headers for a file can be set in a sibling `<file>.headers.json`
 * (used to give a fixture a strict Content-Security-Policy).
 * `host` is another loopback address for a second origin (`127.0.0.2`: Chromium treats it as a site of its own).
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root = FIXTURES_DIR, port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', `http://${host}`);
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      if (url.pathname.endsWith('/')) path = join(path, 'index.html');
      const file = await resolveFile(path, root);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      try {
        Object.assign(headers, JSON.parse(await readFile(`${file}.headers.json`, 'utf8')));
      } catch {
        // no extra headers for this file
      }
      response.writeHead(200, headers);
      response.end(await readFile(file));
    } catch (error) {
      response.writeHead(error?.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
      response.end(error?.code === 'ENOENT' ? 'Not found' : 'Server error');
    }
  });
  await new Promise((done) => server.listen(port, host, done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://${host}:${actualPort}`,
    port: actualPort,
    // A browser still open keeps its connections alive: end them, or close waits for the browser.
    close: () => new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }),
  };
}

async function resolveFile(path, root) {
  try {
    if ((await stat(path)).isFile()) return path;
  } catch {
    // fall through to the single-page fallback
  }
  for (let dir = join(path, '..'); dir.startsWith(root); dir = join(dir, '..')) {
    const app = join(dir, 'app.html');
    try {
      if ((await stat(app)).isFile()) return app;
    } catch {
      // keep looking upwards
    }
    if (dir === root) break;
  }
  throw Object.assign(new Error('not found'), { code: 'ENOENT' });
}
