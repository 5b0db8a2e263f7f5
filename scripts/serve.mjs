#!/usr/bin/env node
/**
 * A small static file server for the examples: node:http only, no dependencies.
 * It serves the repository root (so a page under examples/ can import ../../dist/...), binds 127.0.0.1,
 * sends correct MIME types, never lists directories and never leaves the root: only regular files whose real path
 * (symlinks resolved) is inside the root, no dotfile or dot folder (.git/, .env), and only to requests whose Host
 * is localhost or 127.0.0.1 (a page on another site cannot reach it by DNS rebinding).
 *
 * The bare address sends the reader to the gallery (`home`, when the root has no index.html of its own).
 *
 *   node scripts/serve.mjs [--port 5173] [--root .]
 *   import { startServer } from './scripts/serve.mjs'; const s = await startServer({ port: 0 }); s.url; await s.close();
 */
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The MIME type for a path, `application/octet-stream` when unknown. */
export function mimeType(path) {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Host names the server answers to (with any port): what a browser on this machine sends for 127.0.0.1. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a Host header names this machine: `localhost`, `127.0.0.1` or `[::1]`, with an optional port. */
export function isLocalHost(host) {
  const match = /^(\[[^\]]*\]|[^:]*)(?::\d{1,5})?$/.exec(host ?? '');
  return match !== null && LOCAL_HOSTS.has(match[1].toLowerCase());
}

/** Whether `path` is `root` or inside it. */
const isInside = (root, path) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** The real path of `path` when it is a regular file whose real path is inside `realRoot`, else null. */
async function regularFileInside(realRoot, path) {
  const real = await realpath(path).catch(() => null);
  if (!real || !isInside(realRoot, real)) return null;
  const info = await stat(real).catch(() => null);
  return info?.isFile() ? real : null;
}

/**
 * Resolve a request path inside root; null when it would leave the root (also through a symlink), names a dotfile
 * or dot folder, is not a regular file, or is malformed. A directory resolves to its index.html.
 */
async function resolveFile(root, realRoot, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  if (decoded.split(/[\\/]/).some((segment) => segment.startsWith('.'))) return null;
  const full = normalize(join(root, decoded));
  if (!isInside(root, full)) return null;
  const real = await realpath(full).catch(() => null);
  if (!real || !isInside(realRoot, real)) return null;
  const info = await stat(real).catch(() => null);
  if (info?.isDirectory()) {
    const index = await regularFileInside(realRoot, join(real, 'index.html'));
    return index ? { path: index, directory: !urlPath.endsWith('/') } : null;
  }
  return info?.isFile() ? { path: real, directory: false } : null;
}

/**
 * Start serving `root` on 127.0.0.1. Port 0 picks a free port.
 * @returns {Promise<{ url: string, port: number, server: import('node:http').Server, close: () => Promise<void> }>}
 */
export async function startServer({ root = REPO_ROOT, port = 0, host = '127.0.0.1', log = false, home = '/examples/' } = {}) {
  const base = resolve(root);
  const realBase = await realpath(base);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!isLocalHost(req.headers.host)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Only localhost and 127.0.0.1 are served\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    const found = await resolveFile(base, realBase, url.pathname);
    if (!found && url.pathname === '/' && home) {
      res.writeHead(302, { Location: home }).end();
      return;
    }
    if (!found) {
      if (log) console.log(`404 ${url.pathname}`);
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    if (found.directory) {
      // Relative links in index.html only work under a trailing slash.
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    try {
      const body = await readFile(found.path);
      res.writeHead(200, {
        'Content-Type': mimeType(found.path),
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      if (log) console.log(`200 ${url.pathname}`);
    } catch {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Could not read file\n');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    server,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

function parseArgs(argv) {
  const out = { port: Number(process.env.PORT ?? 5173), root: REPO_ROOT };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port' || argv[i] === '-p') out.port = Number(argv[++i]);
    else if (argv[i] === '--root') out.root = resolve(argv[++i]);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { port, root } = parseArgs(process.argv.slice(2));
  const s = await startServer({ port, root });
  console.log(`Serving ${root} at ${s.url}/`);
  console.log(`Examples: ${s.url}/examples/`);
}
