/**
 * Browser scripts as classic scripts (IIFE) in dist/assets/: Chromium refuses module scripts on
 * file:// pages, which Astro's own <script> bundling emits. Pages load them with href(…asset…).
 */
import { build, type Plugin } from 'esbuild';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { uiStringsSubset, usedKeys } from './ui-strings.ts';

export interface Options {
  /** Output name (without .js) -> entry file, relative to the project root. */
  entries: Record<string, string>;
  /** esbuild targets, e.g. ["chrome109", "firefox115"]. */
  target: string[];
}

/**
 * Bundles each entry as a minified classic script into `outdir`, with only the UI strings it uses
 * (ui-strings.ts: a first pass lists its modules); `plugins` resolve generated modules.
 */
export async function bundle(
  options: Options,
  outdir: string,
  write: boolean,
  plugins: Plugin[] = [],
) {
  const outputs = [];
  for (const [name, entry] of Object.entries(options.entries)) {
    const common = {
      entryPoints: { [name]: entry },
      outdir,
      bundle: true,
      format: 'iife',
      minify: true,
      charset: 'utf8',
      target: options.target,
      logLevel: 'error',
    } as const;
    const { metafile } = await build({ ...common, write: false, metafile: true, plugins });
    const result = await build({
      ...common,
      write,
      plugins: [...plugins, uiStringsSubset(usedKeys(metafile))],
    });
    outputs.push(...(result.outputFiles ?? []));
  }
  return { outputFiles: outputs };
}

export function clientScripts(options: Options): AstroIntegration {
  return {
    name: 'client-scripts',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await bundle(options, fileURLToPath(new URL('assets/', dir)), true);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const name = /^\/assets\/([\w-]+)\.js$/.exec(req.url ?? '')?.[1];
          if (!name || !(name in options.entries)) return next();
          const result = await bundle(
            { ...options, entries: { [name]: options.entries[name] } },
            'assets',
            false,
          );
          res.setHeader('content-type', 'text/javascript; charset=utf-8');
          res.end(result.outputFiles?.[0]?.text ?? '');
        });
      },
    },
  };
}
