/**
 * Client bundles carry only the UI strings their code uses. src/i18n/vi.ts holds every string of
 * the site, some of them long (the edition guide), and bundling it whole put ~20 KB into every
 * page's script. The keys a bundle's modules quote ('article.copy') are kept, and for a key built
 * from a template (`pageKind.${kind}`) every key with that prefix.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Metafile, Plugin } from 'esbuild';

const STRINGS_MODULE = /src[\\/]i18n[\\/]vi\.ts$/;
/** The first line of an entry (`'key': 'text',`, or `'key':` with the text on the lines below). */
const ENTRY = /^\s*'([^']+)':/;

/** The keys of `vi` that the bundle's other modules use, from a first bundling pass's metafile. */
export function usedKeys(metafile: Metafile): (key: string) => boolean {
  const sources = Object.keys(metafile.inputs)
    // Generated modules (a plugin's namespace:path) and packages hold no UI strings.
    .filter(
      (file) => !STRINGS_MODULE.test(file) && !file.includes('node_modules') && existsSync(file),
    )
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const quoted = new Set(
    [...sources.matchAll(/['"`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1]),
  );
  const prefixes = [...sources.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]);
  return (key) => quoted.has(key) || prefixes.some((p) => key.startsWith(p));
}

/** Loads src/i18n/vi.ts with only the entries `keep` accepts; everything else in the file stays. */
export function uiStringsSubset(keep: (key: string) => boolean): Plugin {
  return {
    name: 'ui-strings-subset',
    setup(build) {
      build.onLoad({ filter: STRINGS_MODULE }, (args) => {
        const contents = withoutEntries(readFileSync(args.path, 'utf8').split('\n'), keep);
        return { contents: contents.join('\n'), loader: 'ts' };
      });
    },
  };
}

/**
 * The lines of vi.ts without the entries `keep` refuses. An entry runs from its key to the first
 * line that ends with a comma (a long text is split over lines ending in `+`).
 */
export function withoutEntries(lines: string[], keep: (key: string) => boolean): string[] {
  const out: string[] = [];
  let dropping = false;
  for (const line of lines) {
    const key = ENTRY.exec(line)?.[1];
    if (key !== undefined) dropping = !keep(key);
    if (!dropping) out.push(line);
    if (dropping && line.trimEnd().endsWith(',')) dropping = false;
  }
  return out;
}
