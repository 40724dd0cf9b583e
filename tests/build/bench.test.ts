import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { run } from './run.ts';

// The benchmark's smoke run (1x, one run) keeps `npm run bench` from rotting; its figures are
// not checked here (shared machines are noisy), only that every part ran and reported. Its time
// limit is generous: a few minutes alone, many more on a machine shared by several builds.
it('npm run bench -- --smoke measures builds, page weight and the Starlight peer', () => {
  const committed = ['README.md', 'bench/results.md'].map((f) => readFileSync(f, 'utf8'));
  // Clear of the e2e server (PORT) and of other checkouts' runs, as PORT is per checkout.
  const port = Number(process.env.PORT ?? 4321);
  const result = run('node', [
    'scripts/bench.ts',
    '--smoke',
    '--port',
    String(port + 100),
    '--peer-port',
    String(port + 200),
  ]);
  expect(result.status, result.output).toBe(0);
  // A smoke run writes under bench/work/ only; the figures anyone quotes are a full run's.
  expect(['README.md', 'bench/results.md'].map((f) => readFileSync(f, 'utf8'))).toEqual(committed);
  expect(readFileSync('bench/work/results.md', 'utf8')).toMatch(
    /<!-- bench:start -->\n## Benchmark[^]*<!-- bench:end -->/,
  );
  const results = JSON.parse(readFileSync('bench/work/results.json', 'utf8'));
  // `laws` counts the documents with a text: the three laws and three decrees.
  expect(results.builds[0]).toMatchObject({ factor: 1, laws: 6 });
  expect(results.site.pages).toBeGreaterThan(50);
  expect(results.search[0].file.medianMs).toBeGreaterThan(0);
  expect(results.packages[0].ours.files).toBeGreaterThan(0);
  expect(results.builds[0].peerSeconds).toBeGreaterThan(0);
  const law = results.weights.ours.find((w: { page: string }) => w.page.startsWith('law'));
  expect(law.text).toBeGreaterThan(50_000);
  expect(law.jsToRead).toBe(0);
}, 900_000);
