/**
 * The oldest browsers we promise to work in: Chromium 109 (the last on Windows 7, so the last on
 * many reading-room PCs) and Firefox ESR 115. The build lowers CSS and JS to them
 * (astro.config.mjs) and the site audit (scripts/lib/site-audit.ts) checks the output.
 */
export const OLDEST_BROWSERS = { chrome: 109, firefox: 115 } as const;

/** The same, as esbuild and Vite targets: ["chrome109", "firefox115"]. */
export const BUILD_TARGETS = Object.entries(OLDEST_BROWSERS).map(
  ([name, version]) => `${name}${version}`,
);
