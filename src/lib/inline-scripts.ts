/**
 * Every inline script the site writes, in one place. Pages render them from here; each
 * page's Content-Security-Policy allows exactly these by hash, with the site's own script files;
 * and the offline audit (scripts/lib/site-audit.ts) refuses any other inline script. So a script
 * that reaches a page any other way (content, a dependency) is refused by the audit before
 * packaging, and by the browser if it ever ships.
 */
import { createHash } from 'node:crypto';
import { TEXT_SIZE } from './text-size.ts';

const json = JSON.stringify;

export const INLINE_SCRIPTS = {
  /** In <head>: marks <html class="js"> and applies "Chữ to" before the first paint (no flash). */
  head:
    `var root=document.documentElement;root.classList.add('js');` +
    `try{if(localStorage.getItem(${json(TEXT_SIZE.storageKey)})===${json(json(TEXT_SIZE.storedValue))})` +
    `root.classList.add(${json(TEXT_SIZE.className)})}catch(e){}`,
  /** In the table of contents: closed on narrow screens as it is parsed, so the page does not jump. */
  toc: `document.currentScript.parentNode.open=!matchMedia('(max-width: 40em)').matches;`,
} as const;

/** The CSP source of an inline script: 'sha256-…' of its exact text. */
export const scriptHash = (code: string): string =>
  `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/**
 * The policy every page carries in a <meta>. Scripts: the site's own files ('self' over http,
 * `file:` for a folder opened from disk, where Firefox gives each file its own origin), the inline
 * scripts above, and WebAssembly for the search (Pagefind). No inline handlers, no javascript:
 * URLs, no plugins, no <base>. Styles are not limited: every page inlines its stylesheet.
 */
export function contentSecurityPolicy(): string {
  const inline = Object.values(INLINE_SCRIPTS).map(scriptHash).join(' ');
  return `script-src 'self' file: 'wasm-unsafe-eval' ${inline}; object-src 'none'; base-uri 'none'`;
}
