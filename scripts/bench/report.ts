/** The benchmark's Markdown tables: the "bench" section of bench/results.md. */
import type { Results } from '../bench.ts';
import { describeMachine, kb } from './results-file.ts';
import type { SearchSummary } from './search.ts';

const ms = (value: number) => value.toFixed(0);
const ratio = (ours: number, peer: number) => (peer > 0 ? (ours / peer).toFixed(2) : 'n/a');
/** One row of a Markdown table. */
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function buildTable(results: Results): string[] {
  const rows = results.builds.map((b) => {
    const total = b.seconds + b.packageSeconds;
    return row([
      `${b.factor}x`,
      b.laws,
      `${b.seconds.toFixed(1)} s`,
      `${b.packageSeconds.toFixed(1)} s`,
      `${total.toFixed(1)} s`,
      `${(b.secondsPerLaw * 1000).toFixed(0)} ms`,
      `${b.peerSeconds.toFixed(1)} s`,
      ratio(total, b.peerSeconds),
    ]);
  });
  const first = results.builds[0];
  const last = results.builds.at(-1)!;
  const total = (b: typeof first) => b.seconds + b.packageSeconds;
  const growth =
    last.laws > first.laws
      ? Math.log(total(last) / total(first)) / Math.log(last.laws / first.laws)
      : NaN;
  return [
    '| corpus | law pages | build + search index | offline package | total (ours) | per law page ' +
      '| Starlight build (with its index) | ours / Starlight |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...(Number.isFinite(growth)
      ? [
          '',
          `Total build time grows as (law pages)^${growth.toFixed(2)} ` +
            `from ${first.factor}x to ${last.factor}x (1.00 = linear).`,
        ]
      : []),
    '',
    `The real site (the laws with every explainer, Q&A, outline and the glossary, ` +
      `${results.site.pages} pages): build + search index ${results.site.seconds.toFixed(1)} s, ` +
      `package ${results.site.packageSeconds.toFixed(1)} s.`,
  ];
}

function weightTable(results: Results): string[] {
  const peerByPage = new Map(results.weights.peer.map((w) => [w.page, w]));
  const rows = results.weights.ours.map((w) => {
    const peer = peerByPage.get(w.page);
    const total = w.html + w.css + w.js;
    const peerTotal = peer ? peer.html + peer.css + peer.js : 0;
    return row([
      w.page,
      kb(w.html),
      kb(w.css),
      kb(w.js),
      kb(w.text),
      kb(w.html + w.css - w.text),
      w.jsToRead,
      peer ? `${kb(peerTotal)} (JS ${kb(peer.js)})` : '–',
      peer ? ratio(total, peerTotal) : '–',
    ]);
  });
  return [
    '| page | HTML KB | CSS KB | JS KB | legal text KB | HTML+CSS above text KB | JS needed to ' +
      'read | Starlight HTML+CSS+JS KB | ours / Starlight |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ];
}

function searchRow(label: string, s: SearchSummary, peer?: SearchSummary): string {
  const vs = peer
    ? ` | ${ratio(s.medianMs, peer.medianMs)} | ${ratio(s.firstQueryBytes, peer.firstQueryBytes)}`
    : ' | – | –';
  return `| ${label} | ${ms(s.medianMs)} ms | ${ms(s.worstMs)} ms | ${kb(s.firstQueryBytes)} | ${kb(s.laterQueryBytes)}${vs} |`;
}

function searchTable(results: Results): string[] {
  return [
    '| site, corpus, protocol | median | worst | first query, all loaded (KB) | later queries (KB) ' +
      '| median ours / Starlight | first-query bytes ours / Starlight |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...results.search.flatMap((s) => [
      searchRow(`ours ${s.factor}x http`, s.http, s.peer),
      searchRow(`ours ${s.factor}x file://`, s.file, s.peer),
      searchRow(`Starlight ${s.factor}x http (no file://)`, s.peer),
    ]),
  ];
}

function packageTable(results: Results): string[] {
  const site = results.site.package;
  return [
    `The real site: ${kb(site.zipBytes)} KB zip, ${site.files} files, ` +
      `${kb(site.unpackedBytes)} KB unpacked. The laws alone, beside Starlight:`,
    '',
    '| corpus | zip (ours) | files | unpacked | zip (Starlight, same compression) | files | zip ' +
      'ours / Starlight | files ours / Starlight |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.packages.map((p) =>
      row([
        `${p.factor}x`,
        `${kb(p.ours.zipBytes)} KB`,
        p.ours.files,
        `${kb(p.ours.unpackedBytes)} KB`,
        `${kb(p.peer.zipBytes)} KB`,
        p.peer.files,
        ratio(p.ours.zipBytes, p.peer.zipBytes),
        ratio(p.ours.files, p.peer.files),
      ]),
    ),
  ];
}

export function renderTable(results: Results): string {
  return [
    '## Benchmark: 1x, 10x and 100x the corpus, beside Starlight',
    '',
    `Measured ${results.date} on ${describeMachine(results.machine)}; ` +
      `builds are the median of ${results.runs} run(s). Command: \`npm run bench\`.`,
    '',
    '**Build**, from the content folder to the zip, the laws alone beside Starlight:',
    '',
    ...buildTable(results),
    '',
    '**Page weight** of the real site, bytes a reader downloads on a first visit (uncompressed):',
    '',
    ...weightTable(results),
    '',
    '**Search** over the laws alone, the query set of `tests/fixtures/search-queries.ts` in headless ' +
      `Chromium, CPU ×${results.cpuSlowdown}, on the page's own thread; ` +
      'time from submitting to results painted:',
    '',
    ...searchTable(results),
    '',
    '**Offline package**:',
    '',
    ...packageTable(results),
    '',
  ].join('\n');
}
