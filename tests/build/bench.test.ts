import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { expect, it } from 'vitest';
import { run } from './run.ts';

/** Holds a port, as another checkout's benchmark on the same machine would; already held is as good. */
function hold(port: number): Promise<Server> {
  const server = createServer();
  return new Promise((done) => {
    server.once('error', () => done(server));
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

// The benchmark's smoke run (1x, one run) keeps `npm run bench` from rotting; its figures are
// not checked here (shared machines are noisy), only that every part ran and reported.
it('npm run bench -- --smoke measures builds, page weight and the Starlight peer', async () => {
  // The ports it used to take (4391, 4392) are busy: it must not need any port in particular.
  const held = await Promise.all([4391, 4392].map(hold));
  const result = run('node', ['scripts/bench.ts', '--smoke']);
  for (const server of held) server.close();
  expect(result.status, result.output).toBe(0);
  const results = JSON.parse(readFileSync('bench/work/results.json', 'utf8'));
  expect(results.builds[0]).toMatchObject({ factor: 1, laws: 3 });
  expect(results.site.pages).toBeGreaterThan(50);
  expect(results.search[0].file.medianMs).toBeGreaterThan(0);
  expect(results.packages[0].ours.files).toBeGreaterThan(0);
  expect(results.builds[0].peerSeconds).toBeGreaterThan(0);
  const law = results.weights.ours.find((w: { page: string }) => w.page.startsWith('law'));
  expect(law.text).toBeGreaterThan(50_000);
  expect(law.jsToRead).toBe(0);
}, 300_000);
