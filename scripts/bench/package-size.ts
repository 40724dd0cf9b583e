/** Size of the offline edition (our `npm run package`) and of the Starlight site zipped the same way. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
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
  return {
    timed,
    size: zipSize(
      join(
        out,
        readdirSync(out).find((f) => f.endsWith('.zip'))!,
      ),
    ),
  };
}

/** What a reader copies: the zip, and the files it unpacks to (SHA256SUMS included), as `npm run package` reports them. */
function zipSize(zip: string): PackageSize {
  const bytes = readFileSync(zip);
  const entries = Object.values(unzipSync(bytes));
  return {
    zipBytes: bytes.length,
    files: entries.length,
    unpackedBytes: entries.reduce((n, e) => n + e.length, 0),
  };
}

/** Zips a Starlight build with the same compression (fflate, level 9). */
export function zipPeer(dist: string, out: string): PackageSize {
  const files = listFiles(dist).filter((f) => !f.startsWith('.'));
  const entries: Zippable = {};
  for (const f of files) entries[`peer/${f}`] = readFileSync(join(dist, f));
  mkdirSync(out, { recursive: true });
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(join(out, 'peer.zip'), zip);
  return {
    zipBytes: zip.length,
    files: files.length,
    unpackedBytes: files.reduce((n, f) => n + statSync(join(dist, f)).size, 0),
  };
}
