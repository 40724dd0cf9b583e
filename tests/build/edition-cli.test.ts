import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { run, smallContent, tempDir, unzipTo } from './run.ts';

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>x</title></head><body>${body}</body></html>`;

/** A tiny built site, as `npm run package -- --reuse --dist` expects one. */
function builtSite(extra: Record<string, string> = {}): string {
  const dir = tempDir('tu-sach-dist-');
  const files = {
    'an-ban.json': JSON.stringify({
      edition: '2026-11-22',
      folder: 'tu-sach-bien-gioi-2026-11-22',
    }),
    'index.html': page('<a href="van-ban/a.html">a</a>'),
    'van-ban/a.html': page('<p>Điều 1. Phạm vi</p><a href="../index.html">về</a>'),
    ...extra,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function packageSite(
  dist: string,
  ...options: string[]
): { status: number | null; output: string; zip: string } {
  const out = tempDir('tu-sach-release-');
  const result = run('node', [
    'scripts/package.ts',
    '--reuse',
    '--dist',
    dist,
    '--out',
    out,
    ...options,
  ]);
  return { ...result, zip: join(out, 'tu-sach-bien-gioi-2026-11-22.zip') };
}

function freshCopy(zip: string): string {
  const dir = tempDir('tu-sach-copy-');
  unzipTo(zip, dir);
  return join(dir, 'tu-sach-bien-gioi-2026-11-22');
}

const verify = (folder: string) => run('node', ['scripts/verify.ts', folder]);

describe('npm run package', () => {
  it('writes one folder named after the edition, with SHA256SUMS for every file, the same bytes every time', () => {
    const dist = builtSite();
    const first = packageSite(dist);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/tu-sach-bien-gioi-2026-11-22\.zip: [\d.]+ KB, 4 files/);
    const entries = Object.keys(unzipSync(readFileSync(first.zip)));
    expect(entries).toEqual(
      ['an-ban.json', 'index.html', 'SHA256SUMS', 'van-ban/a.html']
        .map((f) => `tu-sach-bien-gioi-2026-11-22/${f}`)
        .sort(),
    );
    const again = packageSite(dist);
    expect(readFileSync(again.zip).equals(readFileSync(first.zip))).toBe(true);
  });

  it('refuses a site that breaks the offline promise and writes nothing', () => {
    const result = packageSite(
      builtSite({
        'index.html': page('<link rel="stylesheet" href="/a.css"><a href="van-ban/">x</a>'),
      }),
    );
    expect(result.status).toBe(1);
    expect(result.output).toContain('index.html: root-absolute URL /a.css');
    expect(result.output).toContain('index.html: van-ban/ points at a folder');
    expect(existsSync(result.zip)).toBe(false);
  });

  it('says how to use it when the options are wrong', () => {
    const result = run('node', ['scripts/package.ts', '--zip']);
    expect(result.status).toBe(2);
    expect(result.output).toContain('Usage: npm run package');
  });
});

describe('npm run package --publisher', () => {
  const PUBLISHER = 'Đồn Biên phòng Mẫu';
  const manifest = (publisher: string | null) =>
    JSON.stringify({ edition: '2026-11-22', folder: 'tu-sach-bien-gioi-2026-11-22', publisher });

  it('packages a reused build only for the publisher it was built for', () => {
    const unnamed = packageSite(builtSite(), '--publisher', PUBLISHER);
    expect(unnamed.status).toBe(2);
    expect(unnamed.output).toContain(
      `was built for no publisher, not publisher "${PUBLISHER}"; run without --reuse`,
    );
    expect(existsSync(unnamed.zip)).toBe(false);
    const other = packageSite(
      builtSite({ 'an-ban.json': manifest('Đồn khác') }),
      '--publisher',
      PUBLISHER,
    );
    expect(other.status).toBe(2);
    const same = packageSite(
      builtSite({ 'an-ban.json': manifest(PUBLISHER) }),
      '--publisher',
      PUBLISHER,
    );
    expect(same.status, same.output).toBe(0);
    expect(same.output).toContain(`publisher "${PUBLISHER}"`);
  });

  it('refuses a build whose manifest names its publisher with something other than text', () => {
    const numbered = JSON.stringify({ ...JSON.parse(manifest(null)), publisher: 5 });
    const result = packageSite(builtSite({ 'an-ban.json': numbered }));
    expect(result.status).toBe(2);
    expect(result.output).toContain('publisher must be text or null');
  });

  it('refuses a name of two lines, or none at all after --publisher', () => {
    const bare = run('node', ['scripts/package.ts', '--reuse', '--publisher']);
    expect(bare.status).toBe(2);
    expect(bare.output).toContain('Usage: npm run package');
    const result = packageSite(builtSite(), '--publisher', 'Đồn A\nĐồn B');
    expect(result.status).toBe(2);
    expect(result.output).toContain('--publisher: the publisher must be one line of text');
  });

  /** `npm run package -- --publisher …` on a small content folder: it builds, then zips. */
  function packageBuild(content: string): Buffer {
    const out = tempDir('tu-sach-release-');
    const env = { TU_SACH_CONTENT: content, TU_SACH_CACHE: tempDir('tu-sach-cache-') };
    const args = ['--publisher', PUBLISHER, '--dist', tempDir('tu-sach-dist-'), '--out', out];
    const result = run('node', ['scripts/package.ts', ...args], env);
    expect(result.status, result.output).toBe(0);
    return readFileSync(join(out, listFiles(out)[0]));
  }

  it('builds the same zip twice for the same content and publisher, who is named in the three edition files', () => {
    const content = smallContent();
    const zip = packageBuild(content);
    expect(packageBuild(content).equals(zip)).toBe(true);
    const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
    const entries = Object.entries(unzipSync(zip)).map(([name, bytes]) => [
      name.replace(/^[^/]+\//, ''),
      text(bytes),
    ]);
    const files = Object.fromEntries(entries);
    expect(JSON.parse(files['an-ban.json']).publisher).toBe(PUBLISHER);
    expect(files['HUONG-DAN.txt']).toContain(`Ấn bản này ghi nơi phát hành là: ${PUBLISHER}.`);
    expect(files['ve-an-ban.html']).toContain(`Ấn bản này ghi nơi phát hành là: ${PUBLISHER}.`);
  }, 240_000);
});

describe('npm run verify', () => {
  const zip = packageSite(builtSite()).zip;

  it('passes a fresh copy', () => {
    const result = verify(freshCopy(zip));
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('OK: all 3 files present and unchanged, no extra files.');
  });

  it('names a changed, a missing and an extra file, and exits 1', () => {
    const copy = freshCopy(zip);
    const law = join(copy, 'van-ban/a.html');
    writeFileSync(law, readFileSync(law, 'utf8').replace('Phạm vi', 'Phạm vị'));
    writeFileSync(join(copy, 'index.html.bak'), '');
    writeFileSync(join(copy, 'Thumbs.db'), '');
    rmSync(join(copy, 'an-ban.json'));
    const result = verify(copy);
    expect(result.status).toBe(1);
    expect(result.output).toContain('changed  van-ban/a.html');
    expect(result.output).toContain('missing  an-ban.json');
    expect(result.output).toContain('extra    index.html.bak');
    expect(result.output).toContain('ignored  Thumbs.db');
    expect(result.output).toContain('PROBLEMS: 1 changed, 1 missing, 1 extra.');
  });

  it('exits 2 without a folder, or with one that is not an edition', () => {
    expect(run('node', ['scripts/verify.ts']).status).toBe(2);
    const notEdition = verify(tempDir('tu-sach-empty-'));
    expect(notEdition.status).toBe(2);
    expect(notEdition.output).toContain('no SHA256SUMS');
  });
});
