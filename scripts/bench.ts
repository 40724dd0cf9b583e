#!/usr/bin/env node
/**
 * The benchmark: build time, page weight, search and package size at 1x, 10x and 100x the corpus,
 * side by side with a minimal Starlight site built from the same texts. The comparisons with
 * Starlight use the laws alone (the peer has no explainers or Q&A); the real site, with all of its
 * content, is built too, for its own build time, page weight and package. Writes
 * bench/results.json and its own section of bench/results.md (docs/benchmark.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SEARCH_CASES } from '../tests/fixtures/search-queries.ts';
import { benchOurSearch } from './bench-search.ts';
import { launch } from './bench/browser.ts';
import { packageOurs, zipPeer, type PackageSize } from './bench/package-size.ts';
import { LAW_TEXT, pageWeight, type PageWeight } from './bench/page-weight.ts';
import { renderTable } from './bench/report.ts';
import { machine, today, writeSection, type Machine } from './bench/results-file.ts';
import { buildOurs, buildPeer, exec, timeMedian, work } from './bench/run.ts';
import {
  measureSearch,
  peerQuery,
  preparePeer,
  summarize,
  type SearchSummary,
} from './bench/search.ts';
import { writeStarlightPeer } from './bench/starlight-peer.ts';
import { serveFolder } from './lib/static-server.ts';
import { listFiles } from '../src/lib/files.ts';
import { sitePath } from '../src/lib/paths.ts';

const HELP = `Usage: npm run bench [-- --factors 1,10,100] [--runs 3] [--cpu 4] [--smoke] [--port 4391] [--peer-port 4392]

  --factors   corpus sizes to build, as multiples of the real corpus (default 1,10,100)
  --runs      timed runs per build; the median is reported (default 3)
  --cpu       CPU slow-down for the search timings (default 4)
  --smoke     1x only, one run, results to bench/work/ (what npm test runs)
  --port      port our site is served on while measured (default 4391); --peer-port Starlight's (4392)

Writes bench/results.json and the "bench" section of bench/results.md (the other sections are kept).`;

export interface BuildResult {
  factor: number;
  laws: number;
  /** Astro build with the search index (median). */
  seconds: number;
  /** Offline package: audit, SHA256SUMS, zip (median). */
  packageSeconds: number;
  secondsPerLaw: number;
  peerSeconds: number;
}

export interface SearchResult {
  factor: number;
  http: SearchSummary;
  file: SearchSummary;
  /** Starlight over http; it does not search from file://. */
  peer: SearchSummary;
}

export interface PackageResult {
  factor: number;
  ours: PackageSize;
  peer: PackageSize;
}

export interface Results {
  date: string;
  machine: Machine;
  runs: number;
  cpuSlowdown: number;
  /** Laws alone, at each factor, beside Starlight. */
  builds: BuildResult[];
  /** The real site with all its content (1x). */
  site: { seconds: number; packageSeconds: number; pages: number; package: PackageSize };
  weights: { ours: PageWeight[]; peer: PageWeight[] };
  search: SearchResult[];
  packages: PackageResult[];
}

/** Where our site and the Starlight peer are served while they are measured. */
interface Ports {
  ours: number;
  peer: number;
}

const LAW = 'luat-bien-viet-nam-2012';

function measureBuilds(factors: number[], runs: number): BuildResult[] {
  return factors.map((factor) => {
    const content = work(`corpus-${factor}x`);
    exec(['scripts/gen-corpus.ts', '--factor', String(factor), '--out', content, '--laws-only']);
    const laws = writeStarlightPeer(content, work(`peer-src-${factor}x`));
    const dist = work(`dist-${factor}x`);
    const seconds = timeMedian(runs, () => buildOurs(content, dist));
    const packageSeconds = timeMedian(
      runs,
      () => packageOurs(dist, work(`release-${factor}x`)).timed,
    );
    const peerSeconds = timeMedian(runs, () =>
      buildPeer(work(`peer-src-${factor}x`), work(`peer-dist-${factor}x`)),
    );
    console.log(
      `build ${factor}x: ${laws} laws, ours ${seconds.toFixed(1)} s + package ${packageSeconds.toFixed(1)} ` +
        `s, Starlight ${peerSeconds.toFixed(1)} s`,
    );
    return {
      factor,
      laws,
      seconds,
      packageSeconds,
      secondsPerLaw: (seconds + packageSeconds) / laws,
      peerSeconds,
    };
  });
}

function measureSite(runs: number): Results['site'] {
  const dist = work('dist-site');
  const seconds = timeMedian(runs, () => buildOurs('content', dist));
  const packaged = () => packageOurs(dist, work('release-site'));
  const packageSeconds = timeMedian(runs, () => packaged().timed);
  const size = packaged().size;
  const pages = listFiles(dist).filter((f) => f.endsWith('.html')).length;
  console.log(
    `build of the real site: ${pages} pages, ${seconds.toFixed(1)} s + package ${packageSeconds.toFixed(1)} s`,
  );
  return { seconds, packageSeconds, pages, package: size };
}

/** One page of each kind of the real site, and the Starlight pages that match. */
async function measureWeights(port: Ports): Promise<Results['weights']> {
  const ours = await serveFolder(work('dist-site'), port.ours);
  const peer = await serveFolder(work('peer-dist-1x'), port.peer);
  const browser = await launch();
  const at = (port: number, path: string) => `http://127.0.0.1:${port}/${path}`;
  try {
    const pages: [string, string][] = [
      ['home', sitePath({ page: 'home' })],
      [`law (${LAW})`, sitePath({ page: 'document', slug: LAW })],
      [
        'treaty without text',
        sitePath({ page: 'document', slug: 'hiep-uoc-bien-gioi-viet-trung-1999' }),
      ],
      ['explainer', sitePath({ page: 'explainer', slug: 'moc-quoc-gioi-va-khi-moc-bi-hu-hong' })],
      ['question', sitePath({ page: 'question', slug: 'co-duoc-xe-dich-moc-quoc-gioi-khong' })],
      ['glossary', sitePath({ page: 'glossary' })],
      ['search', sitePath({ page: 'search' })],
    ];
    const weights: PageWeight[] = [];
    for (const [name, path] of pages)
      weights.push(await pageWeight(browser, name, at(port.ours, path), LAW_TEXT.ours));
    return {
      ours: weights,
      peer: [
        await pageWeight(browser, 'home', at(port.peer, 'index.html'), LAW_TEXT.peer),
        await pageWeight(
          browser,
          `law (${LAW})`,
          at(port.peer, `van-ban/${LAW}/index.html`),
          LAW_TEXT.peer,
        ),
      ],
    };
  } finally {
    await browser.close();
    ours.close();
    peer.close();
  }
}

async function measurePeerSearch(
  factor: number,
  cpu: number,
  port: number,
): Promise<SearchSummary> {
  const root = work(`peer-dist-${factor}x`);
  const server = await serveFolder(root, port);
  const browser = await launch();
  try {
    const base = `http://127.0.0.1:${port}/`;
    const queries = SEARCH_CASES.map((c) => c.query);
    return summarize(
      await measureSearch(browser, {
        url: `${base}index.html`,
        base,
        root,
        cpu,
        queries,
        runQuery: peerQuery,
        prepare: preparePeer,
      }),
    );
  } finally {
    await browser.close();
    server.close();
  }
}

async function measureSearches(
  factors: number[],
  cpu: number,
  port: Ports,
): Promise<SearchResult[]> {
  const out: SearchResult[] = [];
  for (const factor of [...new Set([factors[0], factors.at(-1)!])]) {
    const dist = work(`dist-${factor}x`);
    const result = {
      factor,
      http: await benchOurSearch(dist, 'http', cpu, port.ours),
      file: await benchOurSearch(dist, 'file', cpu, port.ours),
      peer: await measurePeerSearch(factor, cpu, port.peer),
    };
    console.log(
      `search ${factor}x: ours ${result.http.medianMs.toFixed(0)} ms (http), ${result.file.medianMs.toFixed(0)} ` +
        `ms (file), Starlight ${result.peer.medianMs.toFixed(0)} ms`,
    );
    out.push(result);
  }
  return out;
}

function measurePackages(factors: number[]): PackageResult[] {
  return [...new Set([factors[0], factors.at(-1)!])].map((factor) => ({
    factor,
    ours: packageOurs(work(`dist-${factor}x`), work(`release-${factor}x`)).size,
    peer: zipPeer(work(`peer-dist-${factor}x`), work(`peer-release-${factor}x`)),
  }));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      factors: { type: 'string', default: '1,10,100' },
      runs: { type: 'string', default: '3' },
      cpu: { type: 'string', default: '4' },
      smoke: { type: 'boolean' },
      port: { type: 'string', default: '4391' },
      'peer-port': { type: 'string', default: '4392' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const factors = values.smoke ? [1] : values.factors!.split(',').map(Number);
  const runs = values.smoke ? 1 : Number(values.runs);
  const cpu = Number(values.cpu);
  const port: Ports = { ours: Number(values.port), peer: Number(values['peer-port']) };
  mkdirSync(work(''), { recursive: true });
  const builds = measureBuilds(factors, runs);
  const site = measureSite(runs);
  const results: Results = {
    date: today(),
    machine: machine(),
    runs,
    cpuSlowdown: cpu,
    builds,
    site,
    weights: await measureWeights(port),
    search: await measureSearches(factors, cpu, port),
    packages: measurePackages(factors),
  };
  const dir = values.smoke ? work('') : 'bench';
  writeFileSync(`${dir}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
  const table = renderTable(results);
  writeSection(`${dir}/results.md`, 'bench', table);
  console.log(table);
  return 0;
}

process.exitCode = await main();
