/**
 * Search's home has three rooms (docs/search-code.md): build/ makes the index, query/ is what a
 * query runs and shared/ names what both sides spell alike. query/ and shared/ go into the
 * browser's bundle and run in Node's tests and build, so they (and everything they import) use
 * neither Node (`node:`) nor the DOM, nor the page's code in src/client/, nor the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesFile, INDEX_DIR, scriptPath } from '../../src/lib/search/shared/names.ts';

const ROOT = resolve('.');
const SEARCH = join(ROOT, 'src/lib/search');
const PORTABLE_ROOMS = ['query', 'shared'].map((room) => join(SEARCH, room));
const roomFiles = PORTABLE_ROOMS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f)),
);

/** Every module specifier a TypeScript file imports or re-exports. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const fromClause = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g;
  const bare = /\bimport\s*\(?\s*['"]([^'"]+)['"]/g;
  return [...text.matchAll(fromClause), ...text.matchAll(bare)].map((m) => m[1]);
}

/** The files reached from `starts` through relative imports, each with what it imports. */
function importGraph(starts: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (graph.has(file)) continue;
    const specifiers = importsOf(file);
    graph.set(file, specifiers);
    for (const s of specifiers.filter((s) => s.startsWith('.')))
      queue.push(resolve(dirname(file), s));
  }
  return graph;
}

describe('the rooms query/ and shared/', () => {
  const graph = importGraph(roomFiles);
  const name = (file: string) => relative(ROOT, file);

  it('import nothing from Node, npm packages, the page’s code or the build, nor does anything they import', () => {
    const wrong = [...graph].flatMap(([file, specifiers]) =>
      specifiers
        .filter(
          (s) => !s.startsWith('.') || /\/(client|search\/build)\//.test(resolve(dirname(file), s)),
        )
        .map((s) => `${name(file)} imports ${s}`),
    );
    expect(wrong).toEqual([]);
    expect(graph.size).toBeGreaterThan(roomFiles.length);
  });

  it('type-check without the DOM’s or Node’s declarations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tu-sach-rooms-'));
    // URL is a global of browsers and Node alike; paths.ts names its type.
    const portable =
      'declare class URL { constructor(url: string, base?: string | URL); readonly pathname: string; }';
    writeFileSync(join(dir, 'portable.d.ts'), `${portable}\n`);
    const compilerOptions = {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      lib: ['ES2022'],
      types: [],
      skipLibCheck: true,
      module: 'preserve',
      moduleResolution: 'bundler',
      allowImportingTsExtensions: true,
    };
    const config = join(dir, 'tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({ compilerOptions, files: [join(dir, 'portable.d.ts'), ...roomFiles] }),
    );
    const tsc = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', config], {
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 60_000);
});

describe('the shared names', () => {
  it('put a document’s catalog file where its route writes it', () => {
    const served = posix.normalize(posix.join(INDEX_DIR, scriptPath(articlesFile('[slug]'))));
    expect(
      existsSync(join(ROOT, 'src/pages/assets', `${served}.ts`)),
      `src/pages/assets/${served}.ts`,
    ).toBe(true);
  });
});
