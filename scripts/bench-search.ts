#!/usr/bin/env node
/**
 * Search benchmark: the query set of tests/fixtures/search-queries.ts typed into the built search
 * page in headless Chromium with the CPU slowed down, over http and from file://. Reports the time
 * from submitting a query to its hits on screen (median, worst) and the bytes each query loads,
 * and writes them to the "search" section of bench/results.md. `npm run bench` runs the same
 * measurement at 1x and 100x beside Starlight.
 */
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SEARCH_CASES } from '../tests/fixtures/search-queries.ts';
import { sitePath } from '../src/lib/paths.ts';
import { launch } from './bench/browser.ts';
import {
  describeMachine,
  kb,
  machine,
  RESULTS_FILE,
  today,
  writeSection,
} from './bench/results-file.ts';
import { measureSearch, oursQuery, summarize, type SearchSummary } from './bench/search.ts';
import { serveFolder } from './lib/static-server.ts';

const HELP = `Usage: npm run bench:search -- [--dist dist] [--protocol both|http|file] [--cpu 4] [--port 4391]
                                [--results bench/results.md]
Runs the search query set against a built site (npm run build first) in headless Chromium with
the CPU slowed --cpu times, prints time to results and bytes loaded per query, and rewrites the
"search" section of the --results file (give --results '' to only print).`;

const SEARCH_PAGE = sitePath({ page: 'search' });

/** What the search should meet on the reader's old PC (CPU ×4): docs/search.md. */
export const SEARCH_TARGET = { medianMs: 150, firstQueryKB: 300 };

type Protocol = 'http' | 'file';

/** Our search over the query set, on one protocol; file:// runs from a copy in a Vietnamese-named folder. */
export async function benchOurSearch(
  dist: string,
  protocol: Protocol,
  cpu: number,
  port: number,
): Promise<SearchSummary> {
  const browser = await launch();
  const server = protocol === 'http' ? await serveFolder(dist, port) : undefined;
  try {
    const root =
      protocol === 'http'
        ? dist
        : join(mkdtempSync(join(tmpdir(), 'tu-sach-bench-')), 'Tủ sách biên giới');
    if (!server) cpSync(dist, root, { recursive: true });
    const base = server ? `http://127.0.0.1:${port}/` : pathToFileURL(`${root}/`).href;
    const queries = SEARCH_CASES.map((c) => c.query);
    return summarize(
      await measureSearch(browser, {
        url: `${base}${SEARCH_PAGE}`,
        base,
        root,
        cpu,
        queries,
        runQuery: oursQuery,
      }),
    );
  } finally {
    server?.close();
    await browser.close();
  }
}

export function describeSearch(label: string, s: SearchSummary): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  return (
    `${label}: median ${s.medianMs.toFixed(0)} ms, worst ${s.worstMs.toFixed(0)} ms ("${s.worstQuery}"); ` +
    `first query ${kb(s.firstQueryBytes)} loaded in all, later queries ${kb(s.laterQueryBytes)} ` +
    `on average`
  );
}

const met = (ok: boolean) => (ok ? 'met' : '**not met**');

/** The "search" section of the results file. */
export function renderSearch(summaries: [Protocol, SearchSummary][], cpu: number): string {
  const median = Math.max(...summaries.map(([, s]) => s.medianMs));
  const first = Math.max(...summaries.map(([, s]) => s.firstQueryBytes)) / 1024;
  return [
    '## Search on the real site',
    '',
    `Measured ${today()} on ${describeMachine(machine())}. Command: \`npm run build && npm run bench:search\`.`,
    `The ${SEARCH_CASES.length} queries of \`tests/fixtures/search-queries.ts\` typed in turn into one page,`,
    `headless Chromium, CPU ×${cpu}; time from submitting to the hits painted; bytes are the files loaded.`,
    '',
    '| protocol | median | worst | worst query | first query, all loaded (KB) | later queries, ' +
      'on average (KB) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...summaries.map(
      ([protocol, s]) =>
        `| ${protocol === 'file' ? 'file://' : protocol} | ${s.medianMs.toFixed(0)} ms | ${s.worstMs.toFixed(0)} ms | ` +
        `${s.worstQuery} | ${kb(s.firstQueryBytes)} | ${kb(s.laterQueryBytes)} |`,
    ),
    '',
    `Targets: median ≤ ${SEARCH_TARGET.medianMs} ms: ${met(median <= SEARCH_TARGET.medianMs)}; ` +
      `first query ≤ ${SEARCH_TARGET.firstQueryKB} KB: ${met(first <= SEARCH_TARGET.firstQueryKB)}.`,
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      protocol: { type: 'string', default: 'both' },
      cpu: { type: 'string', default: '4' },
      port: { type: 'string', default: '4391' },
      results: { type: 'string', default: RESULTS_FILE },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const dist = resolve(values.dist!);
  if (!existsSync(join(dist, SEARCH_PAGE))) {
    console.error(`${dist}/${SEARCH_PAGE} not found: run npm run build first.`);
    return 1;
  }
  const protocols =
    values.protocol === 'both' ? (['http', 'file'] as const) : ([values.protocol] as Protocol[]);
  const summaries: [Protocol, SearchSummary][] = [];
  for (const protocol of protocols) {
    const summary = await benchOurSearch(dist, protocol, Number(values.cpu), Number(values.port));
    console.log(
      describeSearch(`${protocol}, CPU ×${values.cpu}, ${SEARCH_CASES.length} queries`, summary),
    );
    summaries.push([protocol, summary]);
  }
  if (values.results) {
    writeSection(values.results, 'search', renderSearch(summaries, Number(values.cpu)));
    console.log(`written to the "search" section of ${values.results}`);
  }
  return 0;
}

if (import.meta.main) process.exitCode = await main();
