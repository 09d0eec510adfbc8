// Zero-dependency static file server for the e2e tests: serves a built dist/ folder,
// optionally under a sub-path (the app must work from one: Trunk.toml uses public_url "./").
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', // required by WebAssembly.instantiateStreaming
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Serves `root` at http://127.0.0.1:<free port><base>. Returns { url, close }. */
export async function startServer(root, { base = '/' } = {}) {
  root = resolve(root);
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;

  const server = createServer(async (req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      // Redirect the bare sub-path so relative asset URLs resolve under it.
      if (`${path}/` === base) {
        res.writeHead(301, { location: base });
        return res.end();
      }
      if (!path.startsWith(base)) return send(404, 'not found');
      let file = join(root, path.slice(base.length));
      if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (body === null) return send(404, 'not found');
      send(200, body, MIME[extname(file).toLowerCase()] ?? 'application/octet-stream');
    } catch (err) {
      send(500, String(err));
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok); // port 0: the OS picks a free port
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
