/**
 * Pagefind at build time: its Node API makes the index (indexRecords), and pagefind.js runs in
 * Node on it (pagefindFolder). Two things rely on Pagefind's internals rather than its API, each
 * behind one function here, each with a test against the installed Pagefind
 * (tests/build/pagefind-internals.test.ts) that fails, saying what changed, when an upgrade
 * changes them:
 * - readFragments: the format of its fragment files, read back for the records' texts and facts;
 * - withFetch: pagefind.js calls `fetch` by its bare name, so a module binding of that name
 *   placed before its code answers every file it asks for (from index scripts on the page, from
 *   a folder in Node).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { RANKING } from '../query/engine.ts';
import type { Pagefind } from '../query/pagefind-api.ts';
import { PAGEFIND_BASE, PAGEFIND_ENTRY } from '../shared/names.ts';
import type { IndexFile } from './index-scripts.ts';
import type { SearchRecord } from './records.ts';

/** Records handed to Pagefind together. */
const ADD_AT_ONCE = 64;

/** Pagefind's files for these records: the index, and pagefind.js itself. */
export async function indexRecords(records: SearchRecord[]): Promise<IndexFile[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    // Pagefind's service takes many files at once; one at a time, the round trips dominate at scale.
    for (let i = 0; i < records.length; i += ADD_AT_ONCE) {
      await Promise.all(
        records.slice(i, i + ADD_AT_ONCE).map(async (record) => {
          const added = await index.addHTMLFile({ url: record.url, content: record.html });
          if (added.errors.length)
            throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
        }),
      );
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
    return files.map((f) => ({ path: f.path.split('\\').join('/'), content: f.content }));
  } finally {
    await pagefind.close();
  }
}

/** The Pagefind fragment fields a record's text and facts are made from. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** Magic bytes Pagefind puts before the JSON of a fragment, once ungzipped. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** The fields of a fragment this build reads, with the type of each. */
const FRAGMENT_FIELDS = {
  url: 'string',
  content: 'string',
  meta: 'object',
  filters: 'object',
  anchors: 'array',
} as const;

/**
 * Every record of Pagefind's index with its id (Pagefind's result id), read from its fragment
 * file: gzip of FRAGMENT_SIGNATURE and the record's JSON, as Pagefind 1.6 writes it.
 */
export function readFragments(files: readonly IndexFile[]): { id: string; fragment: Fragment }[] {
  const changed = (path: string, what: string) =>
    new Error(
      `The installed Pagefind (${versionOf(files)}) changed its fragment format: ${path} ${what}. ` +
        `src/lib/search/build/pagefind.ts reads Pagefind 1.6's (gzip of "${FRAGMENT_SIGNATURE}" and JSON with ` +
        `${Object.keys(FRAGMENT_FIELDS).join(', ')}); update readFragments and the fragment test.`,
    );
  return files
    .filter((f) => f.path.endsWith('.pf_fragment'))
    .map((f) => {
      let text: string;
      try {
        text = new TextDecoder().decode(gunzipSync(f.content));
      } catch {
        throw changed(f.path, 'is not gzip');
      }
      if (!text.startsWith(FRAGMENT_SIGNATURE))
        throw changed(f.path, `does not start with "${FRAGMENT_SIGNATURE}"`);
      const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Record<string, unknown>;
      for (const [field, type] of Object.entries(FRAGMENT_FIELDS)) {
        const value = fragment[field];
        const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
        if (actual !== type) throw changed(f.path, `has ${actual} for ${field}, not ${type}`);
      }
      return { id: basename(f.path, '.pf_fragment'), fragment: fragment as unknown as Fragment };
    });
}

/** Ways pagefind.js could reach `fetch` that a binding of the bare name would not answer. */
const OTHER_FETCH = new RegExp(
  [
    String.raw`\b(?:globalThis|window|self|global)\s*\.\s*fetch\b`, // a property of the global object
    String.raw`\[\s*["'\`]fetch["'\`]\s*\]`, // the same, by a computed name
    String.raw`\b(?:const|let|var|function)\s+fetch\b`, // a fetch of its own
  ].join('|'),
);

/**
 * pagefind.js (`runtime`, an ES module) with `fetch` bound by `binding`, module code that declares
 * or imports the name `fetch`: every file pagefind.js asks for is then asked of that function.
 * Stops the build when pagefind.js no longer calls fetch by its bare name, or reaches it another
 * way, as the binding would then miss requests (from file:// they would fail).
 */
export function withFetch(runtime: string, binding: string): string {
  const version = /pagefind_version\s*=\s*"([^"]+)"/.exec(runtime)?.[1] ?? 'version unknown';
  const changed = (what: string) =>
    new Error(
      `pagefind.js (Pagefind ${version}) ${what}: src/lib/search/build/pagefind.ts binds its fetch by ` +
        "declaring the name before its code (withFetch), so its index files come from the page's index " +
        'loader (src/client/search/index-loader.ts); update withFetch and the fetch test.',
    );
  if (!/(?<![.\w$])fetch\s*\(/.test(runtime))
    throw changed('no longer calls fetch() by its bare name');
  const other = OTHER_FETCH.exec(runtime);
  if (other) throw changed(`reaches fetch another way ("${other[0]}")`);
  return `${binding}\n${runtime}`;
}

/** Pagefind's version, from its entry file. */
function versionOf(files: readonly IndexFile[]): string {
  const entry = files.find((f) => f.path === PAGEFIND_ENTRY);
  const version =
    entry && (JSON.parse(new TextDecoder().decode(entry.content)) as { version?: string }).version;
  return version ?? 'version unknown';
}

/** The text of pagefind.js, as Pagefind wrote it beside the index. */
export function runtimeOf(files: readonly IndexFile[]): string {
  const runtime = files.find((f) => f.path === 'pagefind.js');
  if (!runtime) throw new Error('Pagefind wrote no pagefind.js');
  return new TextDecoder().decode(runtime.content);
}

/** pagefind.js's options in Node, as the search page sets them. */
export const NODE_OPTIONS = { basePath: PAGEFIND_BASE, noWorker: true, ranking: RANKING };

/** Module code that binds `fetch` to the files of the folder the module is in. */
const FETCH_FROM_FOLDER = `import { readFile } from 'node:fs/promises';
const fileOf = (url) => String(url).replace(/[?#].*$/, '').split(${JSON.stringify(PAGEFIND_BASE)}).pop();
const fetch = async (url) => new Response(await readFile(new URL(fileOf(url), import.meta.url)));`;

interface PagefindFolder {
  dir: string;
  close: () => void;
}

/**
 * A temporary folder with the index files, `pagefind.mjs` (pagefind.js with its `fetch` bound to
 * the folder) and `scripts`, more modules by name. `close` removes the folder.
 */
export function pagefindFolder(
  files: readonly IndexFile[],
  scripts: Record<string, string> = {},
): PagefindFolder {
  const dir = mkdtempSync(join(tmpdir(), 'tu-sach-pagefind-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  writeFileSync(join(dir, 'pagefind.mjs'), withFetch(runtimeOf(files), FETCH_FROM_FOLDER));
  for (const [name, text] of Object.entries(scripts)) writeFileSync(join(dir, name), text);
  return { dir, close: () => rmSync(dir, { recursive: true, force: true }) };
}

/** pagefind.js on these index files, in this thread (the engine's tests search with it). */
export async function nodePagefind(
  files: readonly IndexFile[],
): Promise<{ pagefind: Pagefind; close: () => void }> {
  const { dir, close } = pagefindFolder(files);
  const runtime = (await import(pathToFileURL(join(dir, 'pagefind.mjs')).href)) as {
    createInstance: (options: object) => Pagefind;
  };
  const pagefind = runtime.createInstance(NODE_OPTIONS);
  await pagefind.init();
  return { pagefind, close };
}
