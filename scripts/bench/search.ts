/**
 * Timing search in headless Chromium with the CPU slowed (CDP Emulation.setCPUThrottlingRate).
 * Throttling does not reach web workers, so both sites search on the page's own thread: ours
 * always does (file:// forbids workers), Starlight's Pagefind is told `noWorker`.
 * Bytes are the sizes of the files each query made the page load.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { HOOK, QUERY_INPUT_ID, selector } from '../../src/lib/search/shared/names.ts';

export interface QueryMeasure {
  query: string;
  ms: number;
  bytes: number;
}

export interface SearchRun {
  /** Bytes loaded by opening the search page, before the first query. */
  pageBytes: number;
  queries: QueryMeasure[];
}

export interface SearchSummary {
  medianMs: number;
  worstMs: number;
  worstQuery: string;
  /** Everything loaded up to the first query's results. */
  firstQueryBytes: number;
  /** Bytes each later query loaded, on average. */
  laterQueryBytes: number;
}

/** Runs one query on a site's search page; resolves with the milliseconds, measured in the page, until its results are on screen. */
export type RunQuery = (page: Page, query: string) => Promise<number>;

/** How the benchmark finds our search page's parts (shared/names.ts), handed into the page. */
const PAGE_NAMES = {
  input: `#${QUERY_INPUT_ID}`,
  results: selector(HOOK.results),
  shownQuery: HOOK.shownQuery,
};

/** Our search page: submit the form, wait until the hits of this query are painted. */
export const oursQuery: RunQuery = (page, query) =>
  page.evaluate(
    async ({ q, names }) => {
      const input = document.querySelector<HTMLInputElement>(names.input)!;
      const results = document.querySelector<HTMLElement>(names.results)!;
      const done = () =>
        results.getAttribute(names.shownQuery) === q &&
        results.getAttribute('aria-busy') === 'false';
      const start = performance.now();
      input.value = q;
      input.form!.requestSubmit();
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(results, { attributes: true, childList: true, subtree: true });
      });
      await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
      return performance.now() - start;
    },
    { q: query, names: PAGE_NAMES },
  );

/**
 * Starlight's search, without its input debounce: Pagefind's search and the data of the first
 * five results, as its UI loads them before showing them.
 */
export const peerQuery: RunQuery = (page, query) =>
  page.evaluate(async (q) => {
    const pagefind = (
      window as unknown as {
        __benchPagefind: {
          search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
        };
      }
    ).__benchPagefind;
    const start = performance.now();
    const response = await pagefind.search(q);
    await Promise.all(response.results.slice(0, 5).map((r) => r.data()));
    await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
    return performance.now() - start;
  }, query);

/** Loads Starlight's pagefind.js on the page, on the main thread, ready to search. */
export async function preparePeer(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    (window as unknown as { __benchPagefind: unknown }).__benchPagefind = pagefind;
  });
}

/**
 * Opens `url` (the search page) and runs every query in turn, throttled `cpu` times. `root` is the
 * folder served at `base`, to size the files requested.
 */
export async function measureSearch(
  browser: Browser,
  options: {
    url: string;
    base: string;
    root: string;
    cpu: number;
    queries: readonly string[];
    runQuery: RunQuery;
    prepare?: (page: Page) => Promise<void>;
  },
): Promise<SearchRun> {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu });
  await cdp.send('Network.enable');
  let loaded = 0;
  const seen = new Set<string>();
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    const url = request.url.split(/[?#]/)[0];
    if (seen.has(url) || !url.startsWith(options.base)) return;
    seen.add(url);
    const path = url.startsWith('file:')
      ? fileURLToPath(url)
      : join(options.root, decodeURIComponent(new URL(url).pathname));
    try {
      loaded += statSync(path).isFile()
        ? statSync(path).size
        : statSync(join(path, 'index.html')).size;
    } catch {
      // A request for a file that is not there loads nothing.
    }
  });
  await page.goto(options.url);
  await page.waitForLoadState('networkidle');
  await options.prepare?.(page);
  const pageBytes = loaded;
  const queries: QueryMeasure[] = [];
  for (const query of options.queries) {
    const before = loaded;
    const ms = await options.runQuery(page, query);
    queries.push({ query, ms, bytes: loaded - before });
  }
  await page.close();
  return { pageBytes, queries };
}

export function summarize({ pageBytes, queries }: SearchRun): SearchSummary {
  const times = queries.map((q) => q.ms).sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const worst = queries.reduce((a, b) => (b.ms > a.ms ? b : a));
  const later = queries.slice(1);
  return {
    medianMs: times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2,
    worstMs: worst.ms,
    worstQuery: worst.query,
    firstQueryBytes: pageBytes + queries[0].bytes,
    laterQueryBytes: later.reduce((s, q) => s + q.bytes, 0) / Math.max(later.length, 1),
  };
}
