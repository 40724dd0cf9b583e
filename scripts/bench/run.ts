/** Running builds for the benchmark: our site and the Starlight peer, timed. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export interface Timed {
  seconds: number;
}

/** Runs a command with Node 24 (the one running the bench), failing loudly with its output. */
export function exec(args: string[], env: Record<string, string> = {}): Timed {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return { seconds };
}

const ASTRO = 'node_modules/astro/bin/astro.mjs';

/** Builds our site from a content folder into `out`. */
export function buildOurs(content: string, out: string): Timed {
  return exec([ASTRO, 'build', '--outDir', resolve(out)], {
    TU_SACH_CONTENT: resolve(content),
    TU_SACH_CACHE: resolve(`${out}-cache`),
  });
}

/** Builds the Starlight peer from its generated source folder into `out`. */
export function buildPeer(srcDir: string, out: string): Timed {
  return exec([ASTRO, 'build', '--root', 'bench/starlight'], {
    PEER_SRC: resolve(srcDir),
    PEER_OUT: resolve(out),
    PEER_CACHE: resolve(`${out}-cache`),
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `runs` times and returns the median seconds. */
export function timeMedian(runs: number, fn: () => Timed): number {
  return median(Array.from({ length: runs }, () => fn().seconds));
}

export const work = (name: string) => join('bench', 'work', name);
