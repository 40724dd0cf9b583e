/** The benchmark's Markdown table, and its place in the README between two markers. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Results } from '../bench.ts';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (ours: number, peer: number) => (peer > 0 ? (ours / peer).toFixed(2) : 'n/a');

function buildTable(results: Results): string[] {
  const rows = results.builds.map((b) =>
    `| ${b.factor}x | ${b.laws} | ${b.seconds.toFixed(1)} s | ${(b.secondsPerLaw * 1000).toFixed(0)} ms | ${b.peerSeconds.toFixed(1)} s | ${ratio(b.seconds, b.peerSeconds)} |`);
  const first = results.builds[0];
  const last = results.builds.at(-1)!;
  const growth = last.factor > first.factor ? Math.log(last.seconds / first.seconds) / Math.log(last.laws / first.laws) : NaN;
  return [
    '| corpus | law pages | build (ours) | per law page | build (Starlight) | ours / Starlight |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    Number.isFinite(growth) ? `Build time grows as (law pages)^${growth.toFixed(2)} from ${first.factor}x to ${last.factor}x (1.00 = linear).` : '',
  ];
}

function weightTable(results: Results): string[] {
  const peerByPage = new Map(results.weights.peer.map((w) => [w.page, w]));
  const rows = results.weights.ours.map((w) => {
    const peer = peerByPage.get(w.page);
    const total = w.html + w.css + w.js;
    const peerTotal = peer ? peer.html + peer.css + peer.js : 0;
    return `| ${w.page} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.text)} | ${kb(w.html + w.css - w.text)} | ${w.jsToRead} | ${peer ? `${kb(peerTotal)} (JS ${kb(peer.js)})` : '–'} | ${peer ? ratio(total, peerTotal) : '–'} |`;
  });
  return [
    '| page | HTML KB | CSS KB | JS KB | legal text KB | HTML+CSS above text KB | JS needed to read | Starlight HTML+CSS+JS KB | ours / Starlight |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ];
}

export function renderTable(results: Results): string {
  const m = results.machine;
  return [
    `Measured ${results.date} on ${m.cores} cores, ${m.memoryGiB} GiB (${m.cpu}), Node ${m.node}; median of ${results.runs} run(s). Command: \`npm run bench\`.`,
    '',
    '**Build** (site + search index, from the content folder):',
    '',
    ...buildTable(results),
    '',
    '**Page weight** (bytes a reader downloads, uncompressed, first visit):',
    '',
    ...weightTable(results),
    '',
  ].join('\n');
}

export function updateReadme(path: string, table: string): void {
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} section for the results`);
  writeFileSync(path, `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`);
}
