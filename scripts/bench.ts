#!/usr/bin/env node
/**
 * The benchmark (issue 7): build time, page weight, search and package size at 1x, 10x and 100x
 * the corpus, side by side with a minimal Starlight site built from the same texts. Writes
 * bench/results.json and bench/results.md, and puts the table in the README.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { launch } from './bench/browser.ts';
import { LAW_TEXT, pageWeight, type PageWeight } from './bench/page-weight.ts';
import { buildOurs, buildPeer, exec, timeMedian, work } from './bench/run.ts';
import { writeStarlightPeer } from './bench/starlight-peer.ts';
import { renderTable, updateReadme } from './bench/report.ts';
import { serveFolder } from './lib/static-server.ts';

const HELP = `Usage: npm run bench [-- --factors 1,10,100] [--runs 3] [--smoke] [--no-readme]

  --factors   corpus sizes to build, as multiples of the real corpus (default 1,10,100)
  --runs      timed runs per measurement; the median is reported (default 3)
  --smoke     1x only, one run, results to bench/work/ (what npm test runs)
  --no-readme do not rewrite the README's results section`;

export interface BuildResult {
  factor: number;
  laws: number;
  seconds: number;
  secondsPerLaw: number;
  peerSeconds: number;
}

export interface Results {
  date: string;
  machine: { cores: number; memoryGiB: number; cpu: string; node: string };
  runs: number;
  builds: BuildResult[];
  weights: { ours: PageWeight[]; peer: PageWeight[] };
}

const PORT_OURS = 4391;
const PORT_PEER = 4392;

async function measureBuilds(factors: number[], runs: number): Promise<BuildResult[]> {
  const out: BuildResult[] = [];
  for (const factor of factors) {
    const content = work(`corpus-${factor}x`);
    exec(['scripts/gen-corpus.ts', '--factor', String(factor), '--out', content]);
    const laws = writeStarlightPeer(content, work(`peer-src-${factor}x`));
    const seconds = timeMedian(runs, () => buildOurs(content, work(`dist-${factor}x`)));
    const peerSeconds = timeMedian(runs, () => buildPeer(work(`peer-src-${factor}x`), work(`peer-dist-${factor}x`)));
    out.push({ factor, laws, seconds, secondsPerLaw: seconds / laws, peerSeconds });
    console.log(`build ${factor}x: ${laws} laws, ours ${seconds.toFixed(1)} s, Starlight ${peerSeconds.toFixed(1)} s`);
  }
  return out;
}

async function measureWeights(): Promise<Results['weights']> {
  const ours = await serveFolder(work('dist-1x'), PORT_OURS);
  const peer = await serveFolder(work('peer-dist-1x'), PORT_PEER);
  const browser = await launch();
  try {
    const law = 'luat-bien-viet-nam-2012';
    const oursBase = `http://127.0.0.1:${PORT_OURS}`;
    const peerBase = `http://127.0.0.1:${PORT_PEER}`;
    return {
      ours: [
        await pageWeight(browser, 'home', `${oursBase}/index.html`, LAW_TEXT.ours),
        await pageWeight(browser, `law (${law})`, `${oursBase}/van-ban/${law}.html`, LAW_TEXT.ours),
        await pageWeight(browser, 'treaty without text', `${oursBase}/van-ban/hiep-uoc-bien-gioi-viet-trung-1999.html`, LAW_TEXT.ours),
      ],
      peer: [
        await pageWeight(browser, 'home', `${peerBase}/index.html`, LAW_TEXT.peer),
        await pageWeight(browser, `law (${law})`, `${peerBase}/van-ban/${law}/index.html`, LAW_TEXT.peer),
      ],
    };
  } finally {
    await browser.close();
    ours.close();
    peer.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      factors: { type: 'string', default: '1,10,100' },
      runs: { type: 'string', default: '3' },
      smoke: { type: 'boolean' },
      'no-readme': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const factors = values.smoke ? [1] : values.factors!.split(',').map(Number);
  const runs = values.smoke ? 1 : Number(values.runs);
  mkdirSync(work(''), { recursive: true });
  const results: Results = {
    date: new Date().toISOString().slice(0, 10),
    machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), cpu: cpus()[0]?.model ?? '?', node: process.version },
    runs,
    builds: await measureBuilds(factors, runs),
    weights: await measureWeights(),
  };
  const dir = values.smoke ? work('') : 'bench';
  writeFileSync(`${dir}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
  const table = renderTable(results);
  writeFileSync(`${dir}/results.md`, table);
  if (!values.smoke && !values['no-readme']) updateReadme('README.md', table);
  console.log(table);
  return 0;
}

process.exitCode = await main();
