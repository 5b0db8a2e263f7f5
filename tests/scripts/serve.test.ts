import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ES module without types
import { startServer } from '../../scripts/serve.mjs';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(url: string, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request(`${url}${path}`, { method }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** The status of a request written byte for byte, so a path like /../x (or any Host) reaches the server as it is. */
function rawStatus(url: string, path: string, host = new URL(url).host): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((ok, fail) => {
    const socket = connect(Number(port), hostname, () => socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.on('data', (chunk) => (text += chunk));
    socket.on('end', () => ok(Number(text.split(' ')[1])));
    socket.on('error', fail);
  });
}

describe('the examples server', () => {
  const outside = mkdtempSync(join(tmpdir(), 'et-serve-'));
  const root = join(outside, 'site');
  mkdirSync(join(root, 'examples', 'seed'), { recursive: true });
  writeFileSync(join(root, 'examples', 'index.html'), '<!doctype html><title>Gallery</title>');
  writeFileSync(join(root, 'examples', 'seed', 'app.js'), 'export {};');
  writeFileSync(join(outside, 'secret.txt'), 'beside the served root');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), '[core]');
  writeFileSync(join(root, 'examples', '.env'), 'TOKEN=1');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'examples', 'leak.txt'));
  symlinkSync(outside, join(root, 'examples', 'up'));
  symlinkSync(join(root, 'examples', 'index.html'), join(root, 'examples', 'inside.html'));
  execFileSync('mkfifo', [join(root, 'examples', 'pipe.txt')]);
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await startServer({ root, port: 0 });
  });
  afterAll(() => server.close());

  it('sends the bare address to the gallery', async () => {
    const reply = await get(server.url, '/');
    expect(reply.status).toBe(302);
    expect(reply.headers.location).toBe('/examples/');
    expect((await get(server.url, '/examples/')).body).toContain('<title>Gallery</title>');
  });
  it('adds the trailing slash a directory needs for its relative links', async () => {
    const reply = await get(server.url, '/examples?x=1');
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('/examples/?x=1');
  });
  it('serves scripts with a JavaScript type and nosniff', async () => {
    const reply = await get(server.url, '/examples/seed/app.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });
  it('never leaves the root, lists no directory and answers only GET and HEAD', async () => {
    expect(await rawStatus(server.url, '/examples/index.html')).toBe(200); // the raw request itself works
    expect(await rawStatus(server.url, '/../secret.txt')).toBe(404);
    expect(await rawStatus(server.url, '/examples/../../secret.txt')).toBe(404);
    expect(await rawStatus(server.url, '/%2e%2e/secret.txt')).toBe(404);
    // URL parsing removes the dot segments above; an escaped slash survives it and only the root check stops it.
    expect(await rawStatus(server.url, '/..%2fsecret.txt')).toBe(404);
    expect(await rawStatus(server.url, '/examples/..%2f..%2f..%2fsecret.txt')).toBe(404);
    expect((await get(server.url, '/examples/seed/')).status).toBe(404); // no index.html, no listing
    expect((await get(server.url, '/examples/%E0%A4%A')).status).toBe(404); // malformed escape
    expect((await get(server.url, '/examples/index.html', 'POST')).status).toBe(405);
    const head = await get(server.url, '/examples/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
  it('serves no dotfile, nothing a symlink reaches outside the root, and no special file', async () => {
    expect((await get(server.url, '/.git/config')).status).toBe(404);
    expect((await get(server.url, '/examples/.env')).status).toBe(404);
    expect((await get(server.url, '/examples/%2egit/config')).status).toBe(404);
    expect((await get(server.url, '/examples/leak.txt')).status).toBe(404);
    expect((await get(server.url, '/examples/up/secret.txt')).status).toBe(404);
    expect((await get(server.url, '/examples/pipe.txt')).status).toBe(404); // a FIFO would hang a read
    const inside = await get(server.url, '/examples/inside.html'); // a symlink that stays inside is fine
    expect(inside.status).toBe(200);
    expect(inside.body).toContain('Gallery');
  });
  it('answers only requests for localhost or 127.0.0.1', async () => {
    const { port } = new URL(server.url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'localhost', `[::1]:${port}`]) {
      expect(await rawStatus(server.url, '/examples/index.html', host), host).toBe(200);
    }
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`, 'localhost.evil', '']) {
      expect(await rawStatus(server.url, '/examples/index.html', host), host).toBe(421);
    }
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });
});
