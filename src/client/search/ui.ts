/**
 * The search page (tim-kiem.html): reads ?q= (and the filters) from the URL, searches as the
 * reader types, lists the hits in [data-search-results] and announces how many there are through
 * its status line (a polite live region). The form is a plain GET form, so without JavaScript it
 * still lands here; this script then replaces the "needs JavaScript" notice with the results.
 */
import { t, type UiKey } from '../../i18n/vi.ts';
import type { Hit, SearchOutcome, SearchRequest } from '../../lib/search/query/engine.ts';
import type { ExcerptRun } from '../../lib/search/query/rank.ts';
import { FIELD, HOOK, selector } from '../../lib/search/shared/names.ts';

type Search = (request: SearchRequest, count: number) => Promise<SearchOutcome>;

/** Hits shown at first, and added by each "more" press: each needs its record's text loaded. */
const PAGE = 10;
/** Pause in typing before searching. */
const TYPING_PAUSE_MS = 250;

export interface SearchPage {
  /** The whole panel: the form, the hits and the filters after them. */
  panel: HTMLElement;
  form: HTMLFormElement;
  results: HTMLElement;
  status: HTMLElement;
  none: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

/** The page's parts, or undefined when the page has no search panel. */
export function findSearchPage(root: ParentNode): SearchPage | undefined {
  const panel = root.querySelector<HTMLElement>(selector(HOOK.panel));
  const form = root.querySelector<HTMLFormElement>(selector(HOOK.form));
  const results = root.querySelector<HTMLElement>(selector(HOOK.results));
  const status = root.querySelector<HTMLElement>(selector(HOOK.status));
  const none = root.querySelector<HTMLElement>(selector(HOOK.none));
  const list = root.querySelector<HTMLOListElement>(selector(HOOK.list));
  const more = root.querySelector<HTMLButtonElement>(selector(HOOK.more));
  if (!panel || !form || !results || !status || !none || !list || !more) return undefined;
  return { panel, form, results, status, none, list, more };
}

export function startSearchPage(
  page: SearchPage,
  search: Search,
  available: Promise<Record<string, Record<string, number>>>,
): void {
  for (const el of document.querySelectorAll<HTMLElement>(selector(HOOK.noJs))) el.hidden = true;
  // Once the index is loaded and its kinds and documents known, the page is ready to search at once.
  void available.then(
    (filters) => {
      hideAbsentChoices(page.panel, filters);
      page.results.setAttribute(HOOK.ready, '');
    },
    () => undefined,
  );
  fillFromUrl(page.panel, new URLSearchParams(location.search));
  listen(page, runner(page, search));
}

type Run = (count: number, focusFrom?: number) => Promise<void>;

/** Searches what the form says and shows the hits; an answer overtaken by a newer search is dropped. */
function runner(page: SearchPage, search: Search): Run {
  let latest = 0;
  return async (count, focusFrom) => {
    const request = readForm(page.form);
    const mine = ++latest;
    page.results.setAttribute('aria-busy', 'true');
    try {
      const outcome = await search(request, count);
      if (mine !== latest) return;
      render(page, request, outcome);
      if (focusFrom !== undefined) page.list.children[focusFrom]?.querySelector('a')?.focus();
      requestIdleCallback(() => rememberInUrl(page.form));
    } catch {
      if (mine === latest) page.status.textContent = t('search.failed');
    } finally {
      if (mine === latest) page.results.setAttribute('aria-busy', 'false');
    }
  };
}

/**
 * Searches on submit and on a change of filter at once, after a pause in typing, and for "more".
 * The filters stand after the hits, outside the <form> element, so their events are heard on the panel.
 */
function listen(page: SearchPage, run: Run): void {
  let count = PAGE;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const now = () => {
    clearTimeout(timer);
    count = PAGE;
    void run(count);
  };
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    now();
  });
  page.panel.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name !== FIELD.query) now();
  });
  page.panel.addEventListener('input', (event) => {
    if ((event.target as HTMLInputElement).name !== FIELD.query) return;
    clearTimeout(timer);
    timer = setTimeout(now, TYPING_PAUSE_MS);
  });
  page.more.addEventListener('click', () => {
    const shown = page.list.children.length;
    count += PAGE;
    void run(count, shown);
  });
  if (readForm(page.form).query) now();
}

function readForm(form: HTMLFormElement): SearchRequest {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '').trim();
  return { query: value(FIELD.query), kind: value(FIELD.kind), document: value(FIELD.document) };
}

function fillFromUrl(panel: HTMLElement, params: URLSearchParams): void {
  const query = panel.querySelector<HTMLInputElement>(`input[name="${FIELD.query}"]`);
  if (query) query.value = params.get(FIELD.query) ?? '';
  const kind = params.get(FIELD.kind) ?? '';
  for (const radio of panel.querySelectorAll<HTMLInputElement>(`input[name="${FIELD.kind}"]`))
    radio.checked = radio.value === kind;
  const documentSelect = panel.querySelector<HTMLSelectElement>(`select[name="${FIELD.document}"]`);
  if (documentSelect) documentSelect.value = params.get(FIELD.document) ?? '';
}

/** Keeps the address bar in step with the search, so it can be bookmarked or shared. */
function rememberInUrl(form: HTMLFormElement): void {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form))
    if (String(value)) params.set(name, String(value));
  try {
    history.replaceState(null, '', `?${params.toString()}`);
  } catch {
    // Some browsers refuse to change the address of a page opened from file://; the search still works.
  }
}

/** Choices for kinds of page or documents the index has nothing of are hidden. */
function hideAbsentChoices(
  panel: HTMLElement,
  filters: Record<string, Record<string, number>>,
): void {
  for (const radio of panel.querySelectorAll<HTMLInputElement>(`input[name="${FIELD.kind}"]`)) {
    const label = radio.closest('label');
    if (radio.value && label) label.hidden = !filters.kind?.[radio.value];
  }
  for (const option of panel.querySelectorAll<HTMLOptionElement>(
    `select[name="${FIELD.document}"] option`,
  )) {
    if (option.value) option.hidden = !filters.document?.[option.value];
  }
}

function render(page: SearchPage, request: SearchRequest, outcome: SearchOutcome): void {
  page.list.replaceChildren(...outcome.hits.map(hitItem));
  page.more.hidden = outcome.hits.length >= outcome.total;
  page.results.setAttribute(HOOK.shownQuery, request.query);
  page.status.textContent = request.query
    ? t(outcome.total ? 'search.count' : 'search.none', {
        count: outcome.total,
        query: request.query,
      })
    : '';
  page.none.hidden = !request.query || outcome.total > 0;
}

function hitItem(hit: Hit): HTMLLIElement {
  const item = el('li', 'search-hit');
  const heading = el('h2', 'search-hit__title');
  heading.append(link(hit.href, hit.title));
  const meta = el('p', 'search-hit__meta');
  meta.textContent = [
    hit.documentName !== hit.title && hit.documentName,
    t(`pageKind.${hit.kind}` as UiKey),
  ]
    .filter(Boolean)
    .join(' · ');
  item.append(heading, meta);
  if (hit.status) {
    const status = el('p', 'search-hit__status');
    status.textContent = hit.status;
    item.append(status);
  }
  if (hit.excerpt.length) {
    const excerpt = el('p', 'search-hit__excerpt');
    excerpt.append(...excerptNodes(hit.excerpt));
    item.append(excerpt);
  }
  if (hit.parts.length) {
    const parts = el('ul', 'search-hit__parts');
    parts.setAttribute('aria-label', t('search.parts'));
    parts.append(
      ...hit.parts.map((part) => {
        const li = el('li');
        li.append(link(part.href, part.title));
        return li;
      }),
    );
    item.append(parts);
  }
  return item;
}

/** An excerpt as nodes: the matched words in <mark>, all of it as text (never as HTML). */
function excerptNodes(excerpt: readonly ExcerptRun[]): Node[] {
  return excerpt.map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = el('mark');
    mark.textContent = text;
    return mark;
  });
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a');
  a.setAttribute('href', href);
  a.textContent = text;
  return a;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
