/**
 * CI fails when `npm install` changes the committed package-lock.json: the
 * lockfile in a commit must be the one a fresh install writes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './run.ts';

const CHECK = resolve('.ci/check-lockfile');

function repoWithLockfile(): string {
  const dir = tempDir('tu-sach-ci-');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.org', ...args], {
      cwd: dir,
    });
  git('init', '-q');
  writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion": 3}\n');
  git('add', 'package-lock.json');
  git('commit', '-qm', 'lockfile');
  return dir;
}

describe('.ci/check-lockfile', () => {
  it('passes when the lockfile is as committed', () => {
    const result = run('bash', [CHECK], {}, repoWithLockfile());
    expect(result.status, result.output).toBe(0);
  });

  it('fails, saying why, when npm install changed the lockfile', () => {
    const dir = repoWithLockfile();
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}\n');
    const result = run('bash', [CHECK], {}, dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain('npm install changed package-lock.json');
  });

  it('runs in CI right after npm install', () => {
    const lines = readFileSync('.ci/run', 'utf8').split('\n');
    const install = lines.findIndex((l) => l.startsWith('npm install'));
    expect(install).toBeGreaterThan(0);
    expect(lines[install + 1]).toBe('bash .ci/check-lockfile');
  });
});
