/**
 * The build's side of src/lib/search/answers.ts: pagefind.js run in Node on the index just made,
 * asked once for each frequent word, its best records written down for the search page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pagefind } from '../client/search/pagefind-api.ts';
import { RANKING } from '../client/search/engine.ts';
import { ANSWERS_FILE, answerFile, RESULTS_PER_WORD, type Answer, type AnswerList } from '../lib/search/answers.ts';
import type { DataFile, IndexFile } from '../lib/search/index-scripts.ts';

/**
 * pagefind.js from these index files, reading them from a temporary folder instead of fetching
 * them (its `fetch` is bound to the folder, as the search page binds it to the index scripts).
 * `close` removes the folder.
 */
export async function nodePagefind(files: readonly IndexFile[]): Promise<{ pagefind: Pagefind; close: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'tu-sach-pagefind-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  const runtime = files.find((f) => f.path === 'pagefind.js');
  if (!runtime) throw new Error('Pagefind wrote no pagefind.js');
  const fetchFromDir = `import { readFile } from 'node:fs/promises';
const fetch = async (url) => new Response(await readFile(new URL(String(url).replace(/^\\/pagefind\\//, '').replace(/[?#].*$/, ''), import.meta.url)));
`;
  const module = join(dir, 'pagefind-node.mjs');
  writeFileSync(module, fetchFromDir + new TextDecoder().decode(runtime.content));
  const { createInstance } = (await import(pathToFileURL(module).href)) as { createInstance: (options: object) => Pagefind };
  const pagefind = createInstance({ basePath: '/pagefind/', noWorker: true, ranking: RANKING });
  await pagefind.init();
  return { pagefind, close: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Pagefind's answer for each word, and the list of them (answers.ts). */
export async function answerFiles(files: readonly IndexFile[], frequent: readonly string[]): Promise<DataFile[]> {
  if (frequent.length === 0) return [{ path: ANSWERS_FILE, value: {} }];
  const { pagefind, close } = await nodePagefind(files);
  try {
    const list: AnswerList = {};
    const answers: DataFile[] = [];
    for (const word of frequent) {
      const response = await pagefind.search(word);
      const answer: Answer = {
        count: response.unfilteredResultCount,
        results: response.results.slice(0, RESULTS_PER_WORD).map((r) => [r.id, Math.round(r.score * 1e4) / 1e4, r.words, r.matchedMetaFields?.length ? 1 : 0]),
      };
      list[word] = answers.length;
      answers.push({ path: answerFile(answers.length), value: answer });
    }
    return [{ path: ANSWERS_FILE, value: list }, ...answers];
  } finally {
    close();
  }
}
