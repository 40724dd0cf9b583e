/** Size of the offline edition (our `npm run package`) and of the Starlight site zipped the same way. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { listFiles } from '../../src/lib/files.ts';
import { exec, type Timed } from './run.ts';

export interface PackageSize {
  zipBytes: number;
  files: number;
  unpackedBytes: number;
}

/** Runs `npm run package -- --reuse` on a build; the zip lands in `out`. */
export function packageOurs(dist: string, out: string): { timed: Timed; size: PackageSize } {
  const timed = exec(['scripts/package.ts', '--reuse', '--dist', dist, '--out', out]);
  const zip = join(out, readdirSync(out).find((f) => f.endsWith('.zip'))!);
  const files = listFiles(dist);
  // The zip adds SHA256SUMS to the built files.
  return { timed, size: { zipBytes: statSync(zip).size, files: files.length + 1, unpackedBytes: files.reduce((n, f) => n + statSync(join(dist, f)).size, 0) } };
}

/** Zips a Starlight build with the same compression (fflate, level 9). */
export function zipPeer(dist: string, out: string): PackageSize {
  const files = listFiles(dist).filter((f) => !f.startsWith('.'));
  const entries: Zippable = {};
  for (const f of files) entries[`peer/${f}`] = readFileSync(join(dist, f));
  mkdirSync(out, { recursive: true });
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(join(out, 'peer.zip'), zip);
  return { zipBytes: zip.length, files: files.length, unpackedBytes: files.reduce((n, f) => n + statSync(join(dist, f)).size, 0) };
}
