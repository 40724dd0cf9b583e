import { describe, expect, it } from 'vitest';
import {
  fetchIndexFile,
  loadIndexData,
  serveIndexFrom,
} from '../../src/client/search/index-loader.ts';
import {
  dataScript,
  indexScripts,
  type ScriptFile,
} from '../../src/lib/search/build/index-scripts.ts';
import { CHUNK_CALLBACK, DATA_CALLBACK } from '../../src/lib/search/shared/names.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const FILES = [
  {
    path: 'pagefind-entry.json',
    content: new TextEncoder().encode(
      '{"version":"1.6.0","languages":{"vi":{"hash":"vi_1","wasm":null,"page_count":2}}}',
    ),
  },
  { path: 'pagefind.vi_1.pf_meta', content: bytes(1, 2) },
  { path: 'wasm.unknown.pagefind', content: bytes(0, 97, 115, 109) },
  { path: 'wasm.en.pagefind', content: bytes(9) },
  { path: 'index/vi_a.pf_index', content: bytes(255, 0, 128) },
  { path: 'fragment/vi_b.pf_fragment', content: bytes(3) },
  { path: 'filter/vi_c.pf_filter', content: bytes(4) },
  { path: 'pagefind.js', content: bytes(5) },
  { path: 'pagefind-ui.js', content: bytes(6) },
];

describe('the index as classic scripts', () => {
  const scripts = indexScripts(FILES);

  it('carry exactly the files pagefind.js reads at run time: not its filters, which the search never asks for, nor its fragments', () => {
    expect(scripts.map((s) => s.path).sort()).toEqual([
      'index/vi_a.pf_index.js',
      'pagefind-entry.json.js',
      'pagefind.vi_1.pf_meta.js',
      'wasm.unknown.pagefind.js',
    ]);
  });

  it('hand their bytes to the page as base64', () => {
    expect(scripts.find((s) => s.path === 'index/vi_a.pf_index.js')?.text).toBe(
      `${CHUNK_CALLBACK}("index/vi_a.pf_index","/wCA");\n`,
    );
  });
});

/** A document whose <script> elements run the given files, or fail for missing ones. */
function fakeDocument(dir: string, files: ScriptFile[]) {
  const window: Record<string, unknown> = {};
  const added: string[] = [];
  const document = {
    defaultView: window,
    createElement: () => ({ src: '', onload: () => {}, onerror: () => {}, remove: () => {} }),
    head: {
      append(script: { src: string; onload: () => void; onerror: () => void }) {
        added.push(script.src);
        const file = files.find((f) => dir + f.path === script.src);
        setTimeout(() => {
          if (!file) return script.onerror();
          new Function(CHUNK_CALLBACK, DATA_CALLBACK, file.text)(
            window[CHUNK_CALLBACK],
            window[DATA_CALLBACK],
          );
          script.onload();
        });
      },
    },
  };
  return { document: document as unknown as Document, added };
}

describe('fetch() for pagefind.js, answered by the index scripts', () => {
  const dir = 'file:///T%E1%BB%A7%20s%C3%A1ch/assets/pagefind/';

  it('loads a requested file from its script, once however often it is asked for at once', async () => {
    const { document, added } = fakeDocument(dir, indexScripts(FILES));
    serveIndexFrom(new URL(dir), document);
    const [a, b] = await Promise.all([
      fetchIndexFile('/pagefind/index/vi_a.pf_index'),
      fetchIndexFile('/pagefind/index/vi_a.pf_index'),
    ]);
    expect(new Uint8Array(await a.arrayBuffer())).toEqual(bytes(255, 0, 128));
    expect(new Uint8Array(await b.arrayBuffer())).toEqual(bytes(255, 0, 128));
    expect(added).toEqual([`${dir}index/vi_a.pf_index.js`]);
  });

  it('ignores the cache-busting query Pagefind adds to the entry file', async () => {
    const { document } = fakeDocument(dir, indexScripts(FILES));
    serveIndexFrom(new URL(dir), document);
    const entry = await (await fetchIndexFile('/pagefind/pagefind-entry.json?ts=123')).json();
    expect(entry.version).toBe('1.6.0');
  });

  it('hands over the search’s own JSON files as values, nothing to decode', async () => {
    const record = {
      url: '/van-ban/a.html#dieu-1',
      title: 'Điều 1',
      content: 'Điều 1. “Một” </script>',
      kind: 'van-ban',
    };
    const { document } = fakeDocument(dir, [dataScript({ path: 'text/vi_b.json', value: record })]);
    serveIndexFrom(new URL(dir), document);
    expect(await loadIndexData('text/vi_b.json')).toEqual(record);
  });

  it('fails with the file named when its script is missing', async () => {
    const { document } = fakeDocument(dir, []);
    serveIndexFrom(new URL(dir), document);
    await expect(fetchIndexFile('/pagefind/fragment/vi_z.pf_fragment')).rejects.toThrow(
      'search index file missing: fragment/vi_z.pf_fragment',
    );
  });
});
