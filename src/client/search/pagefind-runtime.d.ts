/** pagefind.js from the Pagefind binary, bundled by src/integrations/search-index.ts. */
declare module 'pagefind-runtime' {
  import type { Pagefind, Ranking } from '../../lib/search/query/pagefind-api.ts';

  export function createInstance(options: {
    basePath: string;
    noWorker: boolean;
    ranking?: Ranking;
  }): Pagefind;
}
