/**
 * The search page's script (dist/assets/search.js, bundled with pagefind.js by
 * src/integrations/search-index.ts). Loaded with `defer`, so the page is parsed when it runs.
 * Pagefind runs on the page's own thread (noWorker): file:// pages may not start workers.
 */
import { createInstance } from 'pagefind-runtime';
import { ANSWERS_FILE, answerFile, type Answer, type AnswerList } from '../../lib/search/query/index-files.ts';
import { articlesFile, type CatalogArticle, type SearchCatalog } from '../../lib/search/build/catalog.ts';
import { COMMON_WORDS_FILE, type CommonWords } from '../../lib/search/build/common-words.ts';
import { documentRecordsFile, RECORD_FACTS_FILE, type RecordFacts } from '../../lib/search/build/record-facts.ts';
import { recordTextFile, type RecordText } from '../../lib/search/build/record-texts.ts';
import { createSearch, RANKING } from '../../lib/search/query/engine.ts';
import { BASE_PATH, loadIndexData as json, serveIndexFrom } from './index-loader.ts';
import { findSearchPage, startSearchPage } from './ui.ts';

const page = findSearchPage(document);
const panel = document.querySelector<HTMLElement>('[data-search-index]');
if (page && panel) {
  serveIndexFrom(new URL('.', new URL(panel.dataset.searchIndex ?? '', location.href)), document);
  const pagefind = createInstance({ basePath: BASE_PATH, noWorker: true, ranking: RANKING });
  const catalog = JSON.parse(document.querySelector('[data-search-catalog]')?.textContent ?? '{}') as SearchCatalog;
  // Loaded with the page: every query needs them.
  const facts = json<RecordFacts>(RECORD_FACTS_FILE);
  const common = json<CommonWords>(COMMON_WORDS_FILE);
  const answers = json<AnswerList>(ANSWERS_FILE);
  const source = {
    documents: catalog.documents ?? [],
    terms: catalog.terms ?? [],
    articles: (slug: string) => json<CatalogArticle[]>(articlesFile(slug)),
    commonWords: () => common,
    recordFacts: () => facts,
    // Only documents the index has records of: a link may name any slug (?vb=…).
    documentRecords: async (slug: string) => (Object.hasOwn((await facts).counts.document, slug) ? json<string[]>(documentRecordsFile(slug)) : []),
    record: (id: string) => json<RecordText>(recordTextFile(id)),
    answers: () => answers,
    answer: (n: number) => json<Answer>(answerFile(n)),
  };
  // Ready once the index is loaded and the kinds and documents it holds are known.
  const ready = Promise.all([facts, common, answers, pagefind.init()]).then(([f]) => f.counts);
  startSearchPage(page, createSearch(pagefind, source), ready);
}
