/**
 * The two places the search relies on Pagefind's internals rather than its API
 * (src/lib/search/build/pagefind.ts), checked against the installed Pagefind: when an upgrade
 * changes either, these tests fail and say what changed.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  indexRecords,
  nodePagefind,
  readFragments,
  runtimeOf,
  withFetch,
} from '../../src/lib/search/build/pagefind.ts';
import type { IndexFile } from '../../src/lib/search/build/index-scripts.ts';
import { pageRecords } from '../../src/lib/search/build/records.ts';

const SITE = 'Tủ sách';
const PAGE = `<!doctype html><html lang="vi"><head><title>Luật Mẫu – ${SITE}</title></head><body>
<main data-pagefind-body data-page-kind="van-ban"><h1 data-document="luat-mau">Luật Mẫu</h1>
<section data-search-record><h2 id="dieu-1">Điều 1. Mốc quốc giới</h2>
<p>Mốc quốc giới được bảo vệ.</p></section>
<h2 id="ghi-chu">Ghi chú</h2><p>Biên giới trên đất liền.</p></main></body></html>`;

let files: IndexFile[];

beforeAll(async () => {
  files = await indexRecords(pageRecords(PAGE, 'van-ban/luat-mau.html', SITE));
}, 60_000);

describe('Pagefind’s fragment files, read back for the records’ texts and facts', () => {
  it('are read as this Pagefind writes them: address, text, title, filters and headings', () => {
    const fragments = readFragments(files)
      .map((f) => f.fragment)
      .sort((a, b) => a.url.localeCompare(b.url));
    expect(fragments.map((f) => f.url)).toEqual([
      '/van-ban/luat-mau.html',
      '/van-ban/luat-mau.html#dieu-1',
    ]);
    const [page, article] = fragments;
    expect(article.content).toContain('Mốc quốc giới được bảo vệ.');
    expect(article.meta.title).toBe('Điều 1. Mốc quốc giới');
    expect(article.filters).toEqual({
      kind: ['van-ban'],
      level: ['content'],
      document: ['luat-mau'],
    });
    expect(page.filters.level).toEqual(['document']);
    expect(page.anchors).toContainEqual(
      expect.objectContaining({ element: 'h2', id: 'ghi-chu', text: 'Ghi chú' }),
    );
    expect(page.anchors.every((a) => typeof a.location === 'number')).toBe(true);
  });

  it('stop the build, saying the format changed, when a fragment is not in it', () => {
    const read = (content: Uint8Array) => () =>
      readFragments([{ path: 'fragment/vi_1.pf_fragment', content }]);
    const gzipped = (text: string) => gzipSync(Buffer.from(text));
    const noAnchors = 'pagefind_dcd{"url":"/a.html","content":"a","meta":{},"filters":{}}';
    expect(read(gzipped('{"url":"/a.html"}'))).toThrow(
      /changed its fragment format: fragment\/vi_1\.pf_fragment does not start/,
    );
    expect(read(gzipped(noAnchors))).toThrow(/has undefined for anchors, not array/);
    expect(read(new Uint8Array([1, 2]))).toThrow(/vi_1\.pf_fragment is not gzip/);
  });
});

describe('pagefind.js’s fetch, bound to the search’s own loader', () => {
  let close = () => {};
  afterAll(() => close());

  it('answers every file this pagefind.js asks for: it searches with the global fetch out of reach', async () => {
    vi.stubGlobal('fetch', (url: unknown) => {
      throw new Error(`pagefind.js fetched ${String(url)} around the bound fetch: see withFetch`);
    });
    try {
      const node = await nodePagefind(files);
      close = node.close;
      const { results } = await node.pagefind.search('mốc');
      expect(results.length).toBeGreaterThan(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('is bound by declaring the name before pagefind.js’s code', () => {
    const binding = 'const fetch = () => undefined;';
    expect(withFetch(runtimeOf(files), binding).startsWith(`${binding}\n`)).toBe(true);
  });

  it('stops the build, saying what changed, when pagefind.js calls fetch some other way', () => {
    const bind = (runtime: string) => () => withFetch(runtime, '');
    expect(bind('const pagefind_version="9.0.0";load(url);')).toThrow(
      /\(Pagefind 9\.0\.0\) no longer calls fetch\(\) by its bare name/,
    );
    expect(bind('await fetch(a); await globalThis.fetch(b);')).toThrow(
      /reaches fetch another way \("globalThis\.fetch"\)/,
    );
    expect(bind('await fetch(a); function fetch() {}')).toThrow(/reaches fetch another way/);
  });
});
