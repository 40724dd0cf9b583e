/**
 * After following a search hit, the words searched for are marked on the page the hit opened:
 * the hit's link carries them in ?tim=, and the marks go in the article it points at (or in the
 * page's main content). Works the same from file:// as over http.
 */
import { matchesTerm, words } from '../../lib/search/query/fold.ts';
import { HIGHLIGHT_PARAM, RECORD_HOOK, selector } from '../../lib/search/shared/names.ts';
import { fragmentTarget } from '../fragment.ts';

/**
 * Words marked at most: each is compared with every word of the page, so a link carrying
 * thousands would freeze a law page; a reader's query has a handful.
 */
const MAX_TERMS = 12;

export function highlightSearchWords(doc: Document): void {
  const terms = [
    ...new Set(words(new URLSearchParams(doc.location.search).get(HIGHLIGHT_PARAM) ?? '')),
  ].slice(0, MAX_TERMS);
  if (terms.length === 0) return;
  const target = fragmentTarget(doc);
  const scope = target?.closest(selector(RECORD_HOOK)) ?? target ?? doc.querySelector('main');
  if (scope) markWords(scope, terms);
}

/** Wraps every word that matches a term in <mark class="search-mark">; the last term may be unfinished. */
export function markWords(scope: Element, terms: string[]): void {
  const doc = scope.ownerDocument;
  const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-ui], script, style, mark')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const wanted = (word: string) =>
    terms.some((term, i) => matchesTerm(word, term, i === terms.length - 1));
  for (const text of texts) {
    const value = text.data;
    const parts: Node[] = [];
    let last = 0;
    for (const match of value.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (!wanted(match[0])) continue;
      const start = match.index ?? 0;
      if (start > last) parts.push(doc.createTextNode(value.slice(last, start)));
      const mark = doc.createElement('mark');
      mark.className = 'search-mark';
      mark.textContent = match[0];
      parts.push(mark);
      last = start + match[0].length;
    }
    if (parts.length === 0) continue;
    if (last < value.length) parts.push(doc.createTextNode(value.slice(last)));
    text.replaceWith(...parts);
  }
}
