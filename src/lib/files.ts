/** Files of a folder and their SHA-256 (Node only: the build, package and verify). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Sums } from './checksums.ts';

/** Every file under `dir`, as relative paths with "/", sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The SHA-256 of each of `files` (default: every file) under `dir`. */
export function hashFiles(dir: string, files = listFiles(dir)): Sums {
  return new Map(files.map((file) => [file, sha256(readFileSync(join(dir, file)))]));
}
