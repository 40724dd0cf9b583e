/**
 * Search, built at the end of `astro build`: src/lib/search/build/ indexes the built pages and
 * writes the index scripts, then the search page's script is bundled with pagefind.js, whose
 * fetch() is bound to the page's index loader so that it works from file:// too.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withFetch } from '../lib/search/build/pagefind.ts';
import { writeSearchIndex, type SearchIndex } from '../lib/search/build/search-index.ts';
import { PAGE_SCRIPT } from '../lib/search/shared/names.ts';
import { bundle } from './client-scripts.ts';

interface Options {
  /** The search page's script, relative to the project root. */
  entry: string;
  /** esbuild targets, as for the other browser scripts. */
  target: string[];
}

export function searchIndex(options: Options): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const index = await writeSearchIndex(site);
        const script = { entries: { [PAGE_SCRIPT]: options.entry }, target: options.target };
        await bundle(script, join(site, 'assets'), true, [pagefindRuntime(index.runtime)]);
        report(logger, index, performance.now() - started);
      },
    },
  };
}

/** Resolves "pagefind-runtime" to pagefind.js with its fetch() bound to the index loader. */
function pagefindRuntime(runtime: string): Plugin {
  const loader = fileURLToPath(new URL('../client/search/index-loader.ts', import.meta.url));
  const contents = withFetch(
    runtime,
    `import { fetchIndexFile as fetch } from ${JSON.stringify(loader)};`,
  );
  return {
    name: 'pagefind-runtime',
    setup(build) {
      build.onResolve({ filter: /^pagefind-runtime$/ }, () => ({
        path: 'pagefind.js',
        namespace: 'pagefind-runtime',
      }));
      const resolveDir = dirname(loader);
      build.onLoad({ filter: /.*/, namespace: 'pagefind-runtime' }, () => ({
        contents,
        loader: 'js',
        resolveDir,
      }));
    },
  };
}

function report(
  logger: AstroIntegrationLogger,
  { records, answered, bytes }: SearchIndex,
  ms: number,
): void {
  const pages = new Set(records.map((r) => r.url.split('#')[0])).size;
  const took = `${(ms / 1000).toFixed(2)} s; index scripts ${(bytes / 1024).toFixed(0)} KB`;
  logger.info(
    `indexed ${records.length} records from ${pages} pages, with ${answered} frequent words answered, in ${took}`,
  );
}
