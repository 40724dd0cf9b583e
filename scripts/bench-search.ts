#!/usr/bin/env node
/**
 * Search benchmark (issue 3): the query set of tests/fixtures/search-queries.ts typed into the
 * built search page in headless Chromium with the CPU slowed down, over http and from file://.
 * Reports the time from submitting a query to its hits on screen (median, worst) and the bytes
 * each query loads. `npm run bench` runs the same measurement at 1x and 100x beside Starlight.
 */
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SEARCH_CASES } from '../tests/fixtures/search-queries.ts';
import { launch } from './bench/browser.ts';
import { measureSearch, oursQuery, summarize, type SearchSummary } from './bench/search.ts';
import { portOf, serveFolder } from './lib/static-server.ts';

const HELP = `Usage: node scripts/bench-search.ts [--dist dist] [--protocol both|http|file] [--cpu 4] [--port 4391]
Runs the search query set against a built site (npm run build first) in headless Chromium with
the CPU slowed --cpu times, and prints time to results and bytes loaded per query.`;

/** Our search over the query set, on one protocol; file:// runs from a copy in a Vietnamese-named folder. */
export async function benchOurSearch(dist: string, protocol: 'http' | 'file', cpu: number, port: number): Promise<SearchSummary> {
  const browser = await launch();
  const server = protocol === 'http' ? await serveFolder(dist, port) : undefined;
  try {
    const root = protocol === 'http' ? dist : join(mkdtempSync(join(tmpdir(), 'tu-sach-bench-')), 'Tủ sách biên giới');
    if (!server) cpSync(dist, root, { recursive: true });
    const base = server ? `http://127.0.0.1:${portOf(server)}/` : pathToFileURL(`${root}/`).href;
    const queries = SEARCH_CASES.map((c) => c.query);
    return summarize(await measureSearch(browser, { url: `${base}tim-kiem.html`, base, root, cpu, queries, runQuery: oursQuery }));
  } finally {
    server?.close();
    await browser.close();
  }
}

export function describeSearch(label: string, s: SearchSummary): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  return `${label}: median ${s.medianMs.toFixed(0)} ms, worst ${s.worstMs.toFixed(0)} ms ("${s.worstQuery}"); first query ${kb(s.firstQueryBytes)} loaded in all, later queries ${kb(s.laterQueryBytes)} on average`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      protocol: { type: 'string', default: 'both' },
      cpu: { type: 'string', default: '4' },
      port: { type: 'string', default: '4391' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const dist = resolve(values.dist!);
  if (!existsSync(join(dist, 'tim-kiem.html'))) {
    console.error(`${dist}/tim-kiem.html not found: run npm run build first.`);
    return 1;
  }
  const protocols = values.protocol === 'both' ? (['http', 'file'] as const) : ([values.protocol] as ('http' | 'file')[]);
  for (const protocol of protocols) {
    const summary = await benchOurSearch(dist, protocol, Number(values.cpu), Number(values.port));
    console.log(describeSearch(`${protocol}, CPU ×${values.cpu}, ${SEARCH_CASES.length} queries`, summary));
  }
  return 0;
}

if (import.meta.main) process.exitCode = await main();
