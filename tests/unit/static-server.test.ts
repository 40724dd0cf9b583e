import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../../scripts/lib/static-server.ts';

const site = mkdtempSync(join(tmpdir(), 'tu-sach-serve-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>Tủ sách</title>');
// Port 0: the system picks a free port, so parallel checkouts never collide.
const server = await serveFolder(site, 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => new Promise((done) => server.close(done)));

describe('the static server (one bad URL must not kill it)', () => {
  it('answers a malformed percent-encoding with 400, then goes on serving pages', async () => {
    for (const bad of ['/%E0%A4%A', '/%', '/van-ban/%ZZ.html']) {
      const res = await fetch(`${base}${bad}`);
      expect(res.status, bad).toBe(400);
    }
    const page = await fetch(`${base}/index.html`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Tủ sách');
  });

  it('answers 404 for a NUL byte, a path outside the folder and a missing file', async () => {
    for (const path of ['/%00', '/..%2f..%2fetc%2fpasswd', '/khong-co.html']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });
});
