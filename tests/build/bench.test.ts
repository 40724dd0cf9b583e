import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { run } from './run.ts';

// The benchmark's smoke run (1x, one run) keeps `npm run bench` from rotting; its figures are
// not checked here (shared machines are noisy), only that every part ran and reported.
it('npm run bench -- --smoke measures builds, page weight and the Starlight peer', () => {
  const result = run('node', ['scripts/bench.ts', '--smoke']);
  expect(result.status, result.output).toBe(0);
  const results = JSON.parse(readFileSync('bench/work/results.json', 'utf8'));
  // `laws` counts the documents with a text: the three laws and, since issue 13, three decrees.
  expect(results.builds[0]).toMatchObject({ factor: 1, laws: 6 });
  expect(results.site.pages).toBeGreaterThan(50);
  expect(results.search[0].file.medianMs).toBeGreaterThan(0);
  expect(results.packages[0].ours.files).toBeGreaterThan(0);
  expect(results.builds[0].peerSeconds).toBeGreaterThan(0);
  const law = results.weights.ours.find((w: { page: string }) => w.page.startsWith('law'));
  expect(law.text).toBeGreaterThan(50_000);
  expect(law.jsToRead).toBe(0);
}, 300_000);
