/**
 * Client bundles carry only the UI strings their code uses. src/i18n/vi.ts holds every string of
 * the site, some of them long (the edition guide), and bundling it whole put ~20 KB into every
 * page's script. The keys a bundle's modules quote ('article.copy') are kept, and for a key built
 * from a template (`pageKind.${kind}`) every key with that prefix.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Metafile, Plugin } from 'esbuild';

const STRINGS_MODULE = /src[\\/]i18n[\\/]vi\.ts$/;
const ENTRY = /^(\s*)'([^']+)':.*,\s*$/;

/** The keys of `vi` that the bundle's other modules use, from a first bundling pass's metafile. */
export function usedKeys(metafile: Metafile): (key: string) => boolean {
  const sources = Object.keys(metafile.inputs)
    // Generated modules (a plugin's namespace:path) and packages hold no UI strings.
    .filter((file) => !STRINGS_MODULE.test(file) && !file.includes('node_modules') && existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const quoted = new Set([...sources.matchAll(/['"`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1]));
  const prefixes = [...sources.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]);
  return (key) => quoted.has(key) || prefixes.some((p) => key.startsWith(p));
}

/** Loads src/i18n/vi.ts with only the entries `keep` accepts; everything else in the file stays. */
export function uiStringsSubset(keep: (key: string) => boolean): Plugin {
  return {
    name: 'ui-strings-subset',
    setup(build) {
      build.onLoad({ filter: STRINGS_MODULE }, (args) => {
        const lines = readFileSync(args.path, 'utf8').split('\n');
        const contents = lines.filter((line) => {
          const key = ENTRY.exec(line)?.[2];
          return key === undefined || keep(key);
        });
        return { contents: contents.join('\n'), loader: 'ts' };
      });
    },
  };
}
