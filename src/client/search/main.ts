/**
 * The search page's script (dist/assets/search.js, bundled with pagefind.js by
 * src/integrations/search-index.ts). Loaded with `defer`, so the page is parsed when it runs.
 * Pagefind runs on the page's own thread (noWorker): file:// pages may not start workers.
 */
import { createInstance } from 'pagefind-runtime';
import type { SearchCatalog } from '../../lib/search/catalog.ts';
import { createSearch, RANKING } from './engine.ts';
import { BASE_PATH, serveIndexFrom } from './index-loader.ts';
import { findSearchPage, startSearchPage } from './ui.ts';

const page = findSearchPage(document);
const panel = document.querySelector<HTMLElement>('[data-search-index]');
if (page && panel) {
  serveIndexFrom(new URL('.', new URL(panel.dataset.searchIndex ?? '', location.href)), document);
  const pagefind = createInstance({ basePath: BASE_PATH, noWorker: true, ranking: RANKING });
  const catalog = JSON.parse(document.querySelector('[data-search-catalog]')?.textContent ?? '{}') as SearchCatalog;
  startSearchPage(page, createSearch(pagefind, catalog.documents ?? [], catalog.terms ?? []), pagefind.filters());
}
