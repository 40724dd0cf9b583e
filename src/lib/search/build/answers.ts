/**
 * Pagefind's answers for the shelf's frequent words, worked out once at build time. Before it
 * returns, Pagefind scores every record that holds a word, so on a large shelf a word found in
 * thousands of records ("biên", "quốc", "tàu") costs a reader's browser far more than a rare one,
 * and the cost grows with the shelf. The search only ever ranks a word's best `RESULTS_PER_WORD`
 * records, so for each word in `FREQUENT` records or more the build asks Pagefind once and writes
 * those records down; the search page reads the answer instead of asking, and a query costs the
 * same however large the shelf. A search the reader narrows to a kind of page or a document asks
 * Pagefind, as the best records of the whole shelf may hold too few of what is asked for. A shelf
 * with no word that frequent (today's) has no answers, and searches as before.
 *
 * pagefind.js runs in Node on the index just made, asked once for each frequent word. The words
 * are shared out between worker threads, one a core: each answer takes Pagefind tens of
 * milliseconds, and a large shelf has hundreds of frequent words.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fold } from '../query/fold.ts';
import { answerKey, RESULTS_PER_WORD, type Answer, type AnswerList } from '../query/index-files.ts';
import { ANSWERS_FILE, answerFile } from '../shared/names.ts';
import { textCounts } from './common-words.ts';
import type { DataFile, IndexFile } from './index-scripts.ts';
import { NODE_OPTIONS, pagefindFolder } from './pagefind.ts';

/** A word found in this many records or more gets its answer worked out at build time. */
export const FREQUENT = 1000;

/**
 * The words a reader may type that are in at least `min` of the texts, in every way a query
 * holds them: as written ("biển"), without marks ("bien"), and for words with đ, without marks
 * but with đ, as a query's đ-readings search them ("đon", query/fold.ts).
 */
export function frequentWords(texts: readonly string[], min = FREQUENT): string[] {
  const counts = textCounts(texts, (word) => {
    const typed = answerKey(word);
    return typed.startsWith('đ')
      ? [typed, fold(word), `đ${fold(word).slice(1)}`]
      : [typed, fold(word)];
  });
  return [...counts]
    .filter(([, n]) => n >= min)
    .map(([form]) => form)
    .sort();
}

/** A worker's script: answers its words one by one, as [id, score, locations, inTitle] rows. */
const WORKER = `import { parentPort, workerData } from 'node:worker_threads';
import { createInstance } from './pagefind.mjs';
const pagefind = createInstance(workerData.options);
await pagefind.init();
for (const word of workerData.words) {
  const { results, unfilteredResultCount } = await pagefind.search(word);
  const best = results
    .slice(0, workerData.limit)
    .map((r) => [r.id, Math.round(r.score * 1e4) / 1e4, r.words, r.matchedMetaFields?.length ? 1 : 0]);
  parentPort.postMessage({ word, answer: { count: unfilteredResultCount, results: best } });
}
`;

/** Pagefind's answer for each word, and the list of them. */
export async function answerFiles(
  files: readonly IndexFile[],
  frequent: readonly string[],
): Promise<DataFile[]> {
  if (frequent.length === 0) return [{ path: ANSWERS_FILE, value: {} }];
  const { dir, close } = pagefindFolder(files, { 'answer-words.mjs': WORKER });
  try {
    const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(frequent.length / 50)));
    const shares = Array.from({ length: threads }, (_, k) =>
      frequent.filter((_, i) => i % threads === k),
    );
    const answers = new Map<string, Answer>();
    const workers = shares.map(
      (words) =>
        new Worker(join(dir, 'answer-words.mjs'), {
          workerData: { words, options: NODE_OPTIONS, limit: RESULTS_PER_WORD },
        }),
    );
    try {
      await Promise.all(workers.map((worker, k) => answered(worker, shares[k], answers)));
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
    const list: AnswerList = Object.fromEntries(frequent.map((word, n) => [word, n]));
    return [
      { path: ANSWERS_FILE, value: list },
      ...frequent.map((word, n) => ({ path: answerFile(n), value: answers.get(word) })),
    ];
  } finally {
    close();
  }
}

/** Resolves once `worker` has answered all its `words` into `answers`. */
function answered(worker: Worker, words: string[], answers: Map<string, Answer>): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.on('message', ({ word, answer }: { word: string; answer: Answer }) =>
      answers.set(word, answer),
    );
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 && words.every((w) => answers.has(w))
        ? resolve()
        : reject(new Error(`search answers: a worker stopped (exit ${code})`)),
    );
  });
}
