#!/usr/bin/env node
/**
 * Search benchmark (issue 3): the query set of tests/fixtures/search-queries.ts typed into the
 * built search page in headless Chromium with the CPU slowed down, over http and from file://.
 * Reports the time from submitting a query to its hits on screen (median, worst) and the bytes
 * each query loads. Search runs on the page's own thread (as it must from file://), so the CPU
 * throttling applies to all of it.
 */
import { cpSync, existsSync, mkdtempSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { SEARCH_CASES } from '../tests/fixtures/search-queries.ts';

const HELP = `Usage: node scripts/bench-search.ts [--dist dist] [--protocol both|http|file] [--cpu 4] [--port 4391]
Runs the search query set against a built site (npm run build first) in headless Chromium with
the CPU slowed --cpu times, and prints time to results and bytes loaded per query.`;

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
  process.exit(0);
}
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'tim-kiem.html'))) {
  console.error(`${dist}/tim-kiem.html not found: run npm run build first.`);
  process.exit(1);
}
const protocols = values.protocol === 'both' ? ['http', 'file'] : [values.protocol];
const cpu = Number(values.cpu);

interface Measure {
  query: string;
  ms: number;
  bytes: number;
}

/** Runs one query through the page's form; milliseconds until its hits are painted. */
async function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const results = document.querySelector<HTMLElement>('[data-search-results]')!;
    const done = () => results.dataset.query === q && results.getAttribute('aria-busy') === 'false';
    const start = performance.now();
    input.value = q;
    input.form!.requestSubmit();
    await new Promise<void>((resolveDone) => {
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        resolveDone();
      });
      observer.observe(results, { attributes: true, childList: true, subtree: true });
    });
    await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
    return performance.now() - start;
  }, query);
}

async function bench(protocol: string, base: string, root: string): Promise<{ page: number; queries: Measure[] }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  let loaded = 0;
  const seen = new Set<string>();
  // Bytes are the sizes of the files the page asked for, the same measure on both protocols.
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    const url = request.url.split(/[?#]/)[0];
    if (seen.has(url) || !url.startsWith(base)) return;
    seen.add(url);
    const path = protocol === 'file' ? fileURLToPath(url) : join(root, decodeURIComponent(new URL(url).pathname));
    loaded += statSync(path).size;
  });
  await page.goto(`${base}tim-kiem.html`);
  // A reader opens the page and types: by the first query the index entry and WebAssembly are in.
  await page.waitForFunction(() => document.querySelector('[data-search-results]')?.hasAttribute('data-ready'));
  const pageBytes = loaded;
  const queries: Measure[] = [];
  for (const { query } of SEARCH_CASES) {
    const before = loaded;
    const ms = await timeQuery(page, query);
    queries.push({ query, ms, bytes: loaded - before });
  }
  await browser.close();
  return { page: pageBytes, queries };
}

function report(protocol: string, { page, queries }: { page: number; queries: Measure[] }): void {
  const times = queries.map((q) => q.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const worst = queries.reduce((a, b) => (b.ms > a.ms ? b : a));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const later = queries.slice(1);
  console.log(`${protocol}, CPU ×${cpu}, ${queries.length} queries:`);
  console.log(`  time to results: median ${median.toFixed(0)} ms, worst ${worst.ms.toFixed(0)} ms ("${worst.query}"), first query ${queries[0].ms.toFixed(0)} ms`);
  console.log(`  loaded: search page ${kb(page)} (HTML, scripts, index entry, WebAssembly); first query ${kb(page + queries[0].bytes)} in all (${kb(queries[0].bytes)} of index chunks); later queries ${kb(later.reduce((s, q) => s + q.bytes, 0) / later.length)} on average`);
}

async function serve(): Promise<{ base: string; stop: () => void }> {
  const server = spawn(process.execPath, [fileURLToPath(new URL('serve.ts', import.meta.url)), dist, '--port', values.port], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${values.port}/`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${base}index.html`)).ok) return { base, stop: () => server.kill() };
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  server.kill();
  throw new Error(`the server on port ${values.port} did not start`);
}

for (const protocol of protocols) {
  if (protocol === 'http') {
    const server = await serve();
    try {
      report(protocol, await bench(protocol, server.base, dist));
    } finally {
      server.stop();
    }
  } else {
    const copy = join(mkdtempSync(join(tmpdir(), 'tu-sach-bench-')), 'Tủ sách biên giới');
    cpSync(dist, copy, { recursive: true });
    report(protocol, await bench(protocol, pathToFileURL(`${copy}/`).href, copy));
  }
}
