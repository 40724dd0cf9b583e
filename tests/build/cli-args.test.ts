/**
 * The CLIs given odd arguments and odd folders: each says what is
 * wrong in a sentence and exits 1 or 2, never with a stack trace, and package never writes outside
 * the folder it was given.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noStackTrace, run, tempDir } from './run.ts';

/** A folder that looks like a built site with this manifest. */
function siteWith(manifest: string): string {
  const dist = tempDir('tu-sach-dist-');
  writeFileSync(join(dist, 'an-ban.json'), manifest);
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html lang="vi"><head><title>x</title></head><body>x</body></html>',
  );
  return dist;
}

const MANIFEST = JSON.stringify({ edition: '2026-11-22', folder: 'tu-sach-bien-gioi-2026-11-22' });
const packageSite = (dist: string, out: string) =>
  run('node', ['scripts/package.ts', '--reuse', '--dist', dist, '--out', out]);

describe('npm run serve', () => {
  it.each([['abc'], ['99999'], ['1.5']])('refuses --port %s as a usage error', (port) => {
    // A folder of its own: on a fresh clone the unit tests run before the build, with no dist/.
    const site = tempDir('tu-sach-site-');
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
    const result = run('node', ['scripts/serve.ts', site, '--port', port]);
    expect(result.status).toBe(2);
    expect(result.output).toContain(`--port ${port}`);
    noStackTrace(result.output);
  });

  it('refuses a folder that does not exist, instead of answering 404 to everything', () => {
    const result = run('node', [
      'scripts/serve.ts',
      join(tempDir('tu-sach-'), 'khong-co'),
      '--port',
      '0',
    ]);
    expect(result.status).toBe(2);
    expect(result.output).toContain('is not a folder');
    noStackTrace(result.output);
  });

  it('says the port is taken when it is', async () => {
    const other = createServer();
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const port = String((other.address() as AddressInfo).port);
    // A folder of its own: on a fresh clone the unit tests run before the build, with no dist/.
    const site = tempDir('tu-sach-site-');
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
    const result = run('node', ['scripts/serve.ts', site, '--port', port]);
    other.close();
    expect(result.status).toBe(1);
    expect(result.output).toContain(`port ${port} is in use`);
    noStackTrace(result.output);
  });
});

describe('npm run package with an odd build folder', () => {
  it('refuses a manifest that is not JSON, naming it', () => {
    const result = packageSite(siteWith('{bad'), tempDir('tu-sach-out-'));
    expect(result.status).toBe(2);
    expect(result.output).toContain('an-ban.json');
    noStackTrace(result.output);
  });

  it('refuses a manifest whose folder name would write outside --out and into ../ in the zip', () => {
    const base = tempDir('tu-sach-');
    const out = join(base, 'release');
    const result = packageSite(
      siteWith(JSON.stringify({ edition: '2026-11-22', folder: '../../ngoai' })),
      out,
    );
    expect(result.status).toBe(2);
    expect(result.output).toContain('folder');
    expect(readdirSync(base)).toEqual([]);
    noStackTrace(result.output);
  });

  it('says it cannot write when --out is a file, with no stack trace', () => {
    const out = join(tempDir('tu-sach-'), 'la-tep');
    writeFileSync(out, '');
    const result = packageSite(siteWith(MANIFEST), out);
    expect(result.status).toBe(2);
    expect(result.output).toContain('cannot write');
    noStackTrace(result.output);
  });
});

describe('npm run verify with an odd copy', () => {
  it('a SHA256SUMS that is a folder is a usage error', () => {
    const copy = tempDir('tu-sach-copy-');
    mkdirSync(join(copy, 'SHA256SUMS'));
    const result = run('node', ['scripts/verify.ts', copy]);
    expect(result.status).toBe(2);
    expect(result.output).toContain('SHA256SUMS');
    noStackTrace(result.output);
  });
});
