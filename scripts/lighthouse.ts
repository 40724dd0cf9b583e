#!/usr/bin/env node
/**
 * Benchmark: Lighthouse accessibility and performance of the home page and the largest law page,
 * on phone (Lighthouse's default: slow 4G, 4x slower CPU) and desktop settings, with the system
 * Chromium. Serves the built site with scripts/serve.ts; run `npm run build` first. Writes the
 * "lighthouse" section of bench/results.md.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { RESULTS_FILE, today, writeSection } from './bench/results-file.ts';
import { CHROMIUM_ARGS } from './lib/chromium.ts';
import { listFiles } from '../src/lib/files.ts';
import { sitePath } from '../src/lib/paths.ts';

const HELP = `Usage: npm run bench:lighthouse -- [--dist dist] [--port 4399] [--runs 3] [--out bench/work/lighthouse.json]
                                    [--results bench/results.md]
Serves the built site, runs Lighthouse (accessibility, performance) on the home page and the
largest law page as a phone and as a desktop, --runs times each, keeps the run with the median
performance, prints the figures, writes them as JSON (--out) and rewrites the "lighthouse"
section of the --results file (give --results '' to skip it).
Exits 1 if accessibility is below 100 or performance below 95 anywhere.
Chromium: CHROME_PATH, else /usr/bin/chromium.`;

/** What the reading room's pages must score (docs/reading-room.md). */
const TARGET = { accessibility: 100, performance: 95 };
/** The flags the tests' Chromium runs with (playwright.config.ts), headless. */
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

interface Row {
  page: string;
  formFactor: 'mobile' | 'desktop';
  accessibility: number;
  performance: number;
  metrics: Record<(typeof METRICS)[number], string>;
  failedAudits: string[];
}

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4399' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench/work/lighthouse.json' },
    results: { type: 'string', default: RESULTS_FILE },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

/** The site path of the largest document page, by HTML size. */
function largestLawPage(dist: string): string {
  const isDocumentPage = (f: string) =>
    f === sitePath({ page: 'document', slug: basename(f, '.html') });
  const files = listFiles(dist).filter(isDocumentPage);
  if (files.length === 0) throw new Error(`${dist}: no document pages; run npm run build first`);
  const sized = files.map((f) => ({ f, size: statSync(join(dist, f)).size }));
  return sized.sort((a, b) => b.size - a.size)[0].f;
}

function serve(dist: string, port: string): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [resolve(import.meta.dirname, 'serve.ts'), dist, '--port', port],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((done, fail) => {
    server.stdout!.once('data', () => done(server));
    server.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
}

async function audit(url: string, port: number, formFactor: Row['formFactor']): Promise<Row> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'performance'] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`${url}: Lighthouse gave no result`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id].score ?? 0) * 100);
  return {
    page: new URL(url).pathname.slice(1),
    formFactor,
    accessibility: score('accessibility'),
    performance: score('performance'),
    metrics: Object.fromEntries(
      METRICS.map((m) => [m, audits[m].displayValue ?? '']),
    ) as Row['metrics'],
    failedAudits: categories.accessibility.auditRefs
      .filter((r) => r.weight > 0 && audits[r.id].score !== 1)
      .map((r) => r.id),
  };
}

/** Lighthouse's performance varies with the machine's load: the run with the median score stands. */
async function medianRun(
  url: string,
  port: number,
  formFactor: Row['formFactor'],
  runs: number,
): Promise<Row> {
  const results: Row[] = [];
  for (let i = 0; i < runs; i++) results.push(await audit(url, port, formFactor));
  return results.sort((a, b) => a.performance - b.performance)[Math.floor(runs / 2)];
}

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs ${values.runs}: give a whole number of runs, 1 or more`);
  process.exit(2);
}
const dist = resolve(values.dist);
const pages = [sitePath({ page: 'home' }), largestLawPage(dist)];
const server = await serve(dist, values.port);
const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
const rows: Row[] = [];
try {
  for (const page of pages) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      rows.push(
        await medianRun(`http://127.0.0.1:${values.port}/${page}`, chrome.port, formFactor, runs),
      );
    }
  }
} finally {
  chrome.kill();
  server.kill();
}

const chromium = execFileSync(CHROME, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
const version = JSON.parse(
  readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8'),
).version as string;
const date = today();
const below = rows.filter(
  (r) => r.accessibility < TARGET.accessibility || r.performance < TARGET.performance,
);
const section = [
  '## Lighthouse',
  '',
  `Measured ${date} with \`npm run build && npm run bench:lighthouse\` (${chromium}, Lighthouse ${version}, ` +
    `median of ${runs} run(s)):`,
  '',
  '| page | as | accessibility | performance | FCP | LCP | TBT | CLS | Speed Index |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => {
    const as = r.formFactor === 'mobile' ? 'phone' : 'desktop';
    return `| ${r.page} | ${as} | ${r.accessibility} | ${r.performance} | ${METRICS.map((m) => r.metrics[m]).join(' | ')} |`;
  }),
  '',
  `Targets: accessibility ${TARGET.accessibility}, performance ≥ ${TARGET.performance}: ${below.length ? '**not met**' : 'met'}.`,
  '',
].join('\n');
console.log(section);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(
  values.out,
  `${JSON.stringify({ date, chromium, lighthouse: version, runs, rows }, null, 2)}\n`,
);
console.log(`written to ${values.out}`);
if (values.results) {
  writeSection(values.results, 'lighthouse', section);
  console.log(`and to the "lighthouse" section of ${values.results}`);
}

for (const r of below)
  console.error(
    `below target: ${r.page} (${r.formFactor}) accessibility ${r.accessibility}, performance ` +
      `${r.performance}; failed: ${r.failedAudits.join(', ')}`,
  );
process.exit(below.length > 0 ? 1 : 0);
