/**
 * The search index as classic scripts. A page opened from file:// may not fetch() other files or
 * import modules, but it may run `<script src>`: so every Pagefind index file X is written as
 * `X.js`, a script that hands its bytes (base64) to a callback the search page set up. The page
 * adds such a script only when Pagefind asks for that file, so a query loads only the chunks it
 * needs, as Pagefind does over http. The same files serve http, so both protocols run one path.
 * The search's own files (record facts, texts, catalog …) are JSON: their scripts hand over the
 * value itself, which the browser's parser reads at once, with nothing to decode.
 */

import { CHUNK_CALLBACK, DATA_CALLBACK, PAGEFIND_ENTRY, scriptPath } from '../shared/names.ts';

export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/** One of the search's own files: a JSON value. */
export interface DataFile {
  path: string;
  value: unknown;
}

export interface ScriptFile {
  path: string;
  text: string;
}

/**
 * Scripts for the files pagefind.js reads at run time: the entry, the language metadata, the
 * WebAssembly the entry names, and the index chunks. Pagefind's own UI files are left out, and
 * so are its filter chunks, as the search page never filters through Pagefind (record-facts.ts),
 * and its fragments, as hits show the records' own texts (record-texts.ts).
 */
export function indexScripts(files: readonly IndexFile[]): ScriptFile[] {
  const entryFile = files.find((f) => f.path === PAGEFIND_ENTRY);
  if (!entryFile) throw new Error(`Pagefind wrote no ${PAGEFIND_ENTRY}`);
  const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as {
    languages: Record<string, { wasm?: string }>;
  };
  const wasm = new Set(
    Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`),
  );
  const needed = (path: string) =>
    path === entryFile.path || wasm.has(path) || /\.pf_(meta|index)$/.test(path);
  return files.filter((f) => needed(f.path)).map(fileScript);
}

/** The classic script that hands one file's bytes to the page (loaded by src/client/search/index-loader.ts). */
export function fileScript(file: IndexFile): ScriptFile {
  return {
    path: scriptPath(file.path),
    text: `${CHUNK_CALLBACK}(${JSON.stringify(file.path)},"${Buffer.from(file.content).toString('base64')}");\n`,
  };
}

/** The classic script that hands one of the search's own files to the page, as a value. */
export function dataScript(file: DataFile): ScriptFile {
  return {
    path: scriptPath(file.path),
    text: `${DATA_CALLBACK}(${JSON.stringify(file.path)},${JSON.stringify(file.value)});\n`,
  };
}
