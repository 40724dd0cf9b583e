/** Runs the project's CLIs and builds from tests, capturing their output. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

export interface Run {
  status: number | null;
  output: string;
}

export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  cwd?: string,
): Run {
  // The same Node that runs the tests (Node 24 from the node@24 dev dependency), not the system one.
  // A CLI that hangs (a server that should have refused to start) fails its test instead of the run.
  const options = {
    cwd,
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  } as const;
  const result = spawnSync(command === 'node' ? process.execPath : command, args, options);
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A CLI's output shows its error in a sentence, never a Node stack trace ("    at main (x.ts:1:2)"). */
export function noStackTrace(output: string): void {
  if (/^\s+at .*:\d+:\d+\)?$/m.test(output))
    throw new Error(`stack trace in the output:\n${output}`);
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** A content folder that builds: the fixture law (tests/fixtures/site-dangling-citation) and its public source. */
export function smallContent(): string {
  const root = tempDir('tu-sach-content-');
  for (const part of ['van-ban', 'tham-khao']) {
    cpSync(`tests/fixtures/site-dangling-citation/${part}`, join(root, part), { recursive: true });
  }
  return root;
}

/** Builds the site from another content folder into a temporary output folder. */
export function buildWith(contentRoot: string): Run & { outDir: string } {
  const outDir = tempDir('tu-sach-build-');
  const result = run('node', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    TU_SACH_CONTENT: contentRoot,
    // Not inside outDir: the build empties outDir after the content sync has written its store there.
    TU_SACH_CACHE: tempDir('tu-sach-cache-'),
  });
  return { ...result, outDir };
}

/**
 * A copy of a fixture content folder with some files replaced (a string) or edited (a function),
 * so a test breaks one thing in an otherwise valid site.
 */
export function fixtureWith(
  fixture: string,
  edits: Record<string, string | ((text: string) => string)>,
): string {
  const dir = tempDir('tu-sach-content-');
  cpSync(fixture, dir, { recursive: true });
  for (const [name, edit] of Object.entries(edits)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof edit === 'string' ? edit : edit(readFileSync(path, 'utf8')));
  }
  return dir;
}

/** Extracts a zip into `dir` (created if needed), as a reader's "Extract All" would. */
export function unzipTo(zip: string, dir: string): void {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
}
