#!/usr/bin/env node
// A dependency-free static file server for the page and its tests.
//
//   node scripts/serve.mjs <root> <port>      (port 0: any free port)
//
// Binds 127.0.0.1 only, serves .wasm as application/wasm (which
// WebAssembly.instantiateStreaming requires), never serves a file outside <root>, and
// disables caching so a rebuilt pkg/ is always what the browser loads.
// Also importable: `const { url, close } = await serve(root, port)`.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** The file under `root` that `urlPath` names, or null when it would lie outside `root`. */
function resolveInside(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const file = resolve(root, `.${path.startsWith('/') ? '' : '/'}${path}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`${text}\n`);
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'Method Not Allowed');
  }
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  let file = resolveInside(root, pathname);
  if (!file) return send(res, 404, 'Not Found');
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${pathname}/`, 'Content-Length': 0 });
      return res.end();
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return send(res, 404, 'Not Found');
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port).
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function serve(root, port = 0) {
  const dir = resolve(root);
  if (!(await stat(dir).catch(() => null))?.isDirectory()) throw new Error(`not a directory: ${dir}`);
  const server = createServer((req, res) => {
    handle(dir, req, res).catch((err) => {
      console.error(err);
      if (!res.headersSent) send(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [root = 'www', portArg = '8000'] = process.argv.slice(2);
  const port = Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: node scripts/serve.mjs <root> <port>');
    process.exit(2);
  }
  const { url } = await serve(root, port);
  console.log(url);
}
