/**
 * The fetch() that pagefind.js calls, answered from the index scripts (see
 * src/lib/search/build/index-scripts.ts): each requested file is loaded with a classic <script>,
 * which works over http and from file://. The build binds pagefind.js's `fetch` to
 * `fetchIndexFile` when it bundles the search script (withFetch in build/pagefind.ts); nothing
 * else on the page is affected. The search's own JSON files come through the same scripts as
 * values (`loadIndexData`).
 */
import {
  CHUNK_CALLBACK,
  DATA_CALLBACK,
  PAGEFIND_BASE,
  scriptPath,
} from '../../lib/search/shared/names.ts';

interface Source {
  dir: URL;
  doc: Document;
  pending: Map<string, (content: unknown) => void>;
  inflight: Map<string, Promise<unknown>>;
}

let source: Source | undefined;

/** Serve index files from the scripts in `dir` (the folder of pagefind-entry.json.js). */
export function serveIndexFrom(dir: URL, doc: Document): void {
  const pending: Source['pending'] = new Map();
  source = { dir, doc, pending, inflight: new Map() };
  const deliver = (path: string, content: unknown) => {
    pending.get(path)?.(content);
    pending.delete(path);
  };
  Object.assign(doc.defaultView ?? globalThis, {
    [CHUNK_CALLBACK]: (path: string, base64: string) => deliver(path, decodeBase64(base64)),
    [DATA_CALLBACK]: deliver,
  });
}

export async function fetchIndexFile(input: RequestInfo | URL): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path =
    url
      .replace(/[?#].*$/, '')
      .split(PAGEFIND_BASE)
      .pop() ?? '';
  const bytes = (await load(path)) as Uint8Array;
  return new Response(bytes.buffer as ArrayBuffer);
}

/** The value of one of the search's own JSON files (or one beside the index, "../catalog/x.json"), loaded by its script once. */
export function loadIndexData<T>(path: string): Promise<T> {
  return load(path) as Promise<T>;
}

function load(path: string): Promise<unknown> {
  if (!source) return Promise.reject(new Error('search index: serveIndexFrom() was not called'));
  const { inflight } = source;
  let loading = inflight.get(path);
  if (!loading) {
    loading = inject(source, path).finally(() => inflight.delete(path));
    inflight.set(path, loading);
  }
  return loading;
}

function inject({ dir, doc, pending }: Source, path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    pending.set(path, resolve);
    const script = doc.createElement('script');
    script.src = new URL(scriptPath(path), dir).href;
    script.onload = () => script.remove();
    script.onerror = () => {
      script.remove();
      pending.delete(path);
      reject(new Error(`search index file missing: ${path}`));
    };
    doc.head.append(script);
  });
}

function decodeBase64(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
