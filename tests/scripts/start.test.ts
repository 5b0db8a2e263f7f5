// `npm start` (issue 18 point 12): it remakes only what changed, prints its address and PID, and stopping it (or
// the process that started it) stops its server.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types
import { filesUnder, staleReason } from '../../scripts/freshness.mjs';

const REPO = resolve(__dirname, '..', '..');

describe('what npm start remakes', () => {
  const folder = mkdtempSync(join(tmpdir(), 'event-timeline-fresh-'));
  const file = (name: string, seconds: number) => {
    const path = join(folder, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, name);
    utimesSync(path, seconds, seconds);
    return path;
  };

  it('nothing when every output is newer than every input', () => {
    const inputs = [file('src/a.ts', 1000), file('src/deep/b.ts', 1100)];
    const outputs = [file('dist/a.js', 2000), file('dist/b.js', 2100)];
    expect(filesUnder([join(folder, 'src')]).sort()).toEqual(inputs.sort());
    expect(staleReason(inputs, outputs)).toBeNull();
  });

  it('again when one input is newer than the oldest output, or an output is missing', () => {
    const inputs = [file('src/a.ts', 1000), file('src/c.ts', 2050)];
    const outputs = [file('dist/a.js', 2000), file('dist/b.js', 2100)];
    expect(staleReason(inputs, outputs)).toBe(`${inputs[1]} changed`);
    expect(staleReason([inputs[0]], [...outputs, join(folder, 'dist/missing.js')])).toBe(`${join(folder, 'dist/missing.js')} is missing`);
  });
});

function status(url: string): Promise<number | string> {
  return new Promise((ok) => {
    const req = request(url, { headers: { host: 'localhost' } }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => ok(error.code ?? 'error'));
    req.end();
  });
}

/** Start it (through `sh` when `viaShell`, as npm does) and wait for the address and PID it prints. */
function start(viaShell: boolean): Promise<{ child: ChildProcess; output: string; url: string; pid: number }> {
  const env = { ...process.env, PORT: '0', EVENT_TIMELINE_START_BUILD: '0' };
  const child = viaShell
    ? spawn('sh', ['-c', `"${process.execPath}" scripts/start.mjs; true`], { cwd: REPO, env })
    : spawn(process.execPath, ['scripts/start.mjs'], { cwd: REPO, env });
  return new Promise((ok, fail) => {
    let output = '';
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const url = /(http:\/\/127\.0\.0\.1:\d+)\/examples\//.exec(output);
      const pid = /PID (\d+)\. Stop with Ctrl\+C or: kill \1/.exec(output);
      if (url && pid) ok({ child, output, url: url[1], pid: Number(pid[1]) });
    });
    child.on('exit', (code) => fail(new Error(`npm start ended (${code}) before serving:\n${output}`)));
  });
}

const gone = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
};

async function waitUntil(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await check()) return true;
  return check();
}

describe('npm start', () => {
  it('prints its address and PID, serves, and kill PID stops it and its server; a second start remakes nothing', async () => {
    const first = await start(false);
    expect(first.pid).toBe(first.child.pid);
    expect(await status(`${first.url}/examples/`)).toBe(200);
    process.kill(first.pid, 'SIGTERM');
    expect(await waitUntil(() => gone(first.pid), 10_000)).toBe(true);
    expect(await status(`${first.url}/examples/`)).toBe('ECONNREFUSED');

    const second = await start(false);
    expect(second.output).toContain("The examples' data is up to date");
    process.kill(second.pid, 'SIGINT');
    expect(await waitUntil(() => gone(second.pid), 10_000)).toBe(true);
  }, 240_000);

  it('ends with the process that started it, even one killed outright', async () => {
    const run = await start(true);
    expect(run.pid).not.toBe(run.child.pid);
    expect(await status(`${run.url}/examples/`)).toBe(200);
    run.child.kill('SIGKILL');
    expect(await waitUntil(() => gone(run.pid), 10_000)).toBe(true);
    expect(await status(`${run.url}/examples/`)).toBe('ECONNREFUSED');
  }, 240_000);
});
