/**
 * The search page's script (dist/assets/search.js, bundled with pagefind.js by
 * src/integrations/search-index.ts). Loaded with `defer`, so the page is parsed when it runs.
 * Pagefind runs on the page's own thread (noWorker): file:// pages may not start workers.
 */
import { createInstance } from 'pagefind-runtime';
import type { CatalogArticle, SearchCatalog } from '../../lib/search/query/catalog.ts';
import { createSearch, RANKING } from '../../lib/search/query/engine.ts';
import type {
  Answer,
  AnswerList,
  CommonWords,
  RecordFacts,
  RecordText,
} from '../../lib/search/query/index-files.ts';
import {
  ANSWERS_FILE,
  answerFile,
  articlesFile,
  COMMON_WORDS_FILE,
  documentRecordsFile,
  HOOK,
  PAGEFIND_BASE,
  RECORD_FACTS_FILE,
  recordTextFile,
  selector,
} from '../../lib/search/shared/names.ts';
import { loadIndexData as json, serveIndexFrom } from './index-loader.ts';
import { findSearchPage, startSearchPage } from './ui.ts';

const page = findSearchPage(document);
if (page) {
  serveIndexFrom(
    new URL('.', new URL(page.panel.getAttribute(HOOK.panel) ?? '', location.href)),
    document,
  );
  const pagefind = createInstance({ basePath: PAGEFIND_BASE, noWorker: true, ranking: RANKING });
  const catalog = JSON.parse(
    document.querySelector(selector(HOOK.catalog))?.textContent ?? '{}',
  ) as SearchCatalog;
  // Loaded with the page: every query needs them.
  const facts = json<RecordFacts>(RECORD_FACTS_FILE);
  const common = json<CommonWords>(COMMON_WORDS_FILE);
  const answers = json<AnswerList>(ANSWERS_FILE);
  const source = {
    documents: catalog.documents ?? [],
    terms: catalog.terms ?? [],
    residentsWords: catalog.residentsWords ?? [],
    articles: (slug: string) => json<CatalogArticle[]>(articlesFile(slug)),
    commonWords: () => common,
    recordFacts: () => facts,
    // Only documents the index has records of: a link may name any slug (?vb=…).
    documentRecords: async (slug: string) =>
      Object.hasOwn((await facts).counts.document, slug)
        ? json<string[]>(documentRecordsFile(slug))
        : [],
    record: (id: string) => json<RecordText>(recordTextFile(id)),
    answers: () => answers,
    answer: (n: number) => json<Answer>(answerFile(n)),
  };
  // Ready once the index is loaded and the kinds and documents it holds are known.
  const ready = Promise.all([facts, common, answers, pagefind.init()]).then(([f]) => f.counts);
  startSearchPage(page, createSearch(pagefind, source), ready);
}
