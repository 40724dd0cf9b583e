/**
 * What a hit shows: each record's address, title and text, one small file per record that the
 * search page loads only for the hits on screen. Pagefind's own fragment files hold the same and
 * more (every paragraph's text a second time, as an anchor), gzipped, so the page would have to
 * unpack them in JavaScript, and Pagefind works each one into sub-results and an excerpt the
 * search page does not use (it makes its own, query/rank.ts). So the build writes these from
 * Pagefind's fragments instead, and the fragments themselves are not shipped.
 */
import type { RecordText } from '../query/index-files.ts';
import type { Fragment } from './pagefind.ts';

export function recordTextOf(fragment: Fragment): RecordText {
  const headings = fragment.url.includes('#')
    ? []
    : fragment.anchors
        .filter((a) => /^h\d$/i.test(a.element) && a.id && a.text.trim())
        .map(({ id, text, location }) => ({ id, text, location }));
  return {
    url: fragment.url,
    title: fragment.meta.title ?? fragment.url,
    content: fragment.content,
    kind: fragment.filters.kind?.[0] ?? 'khac',
    ...(fragment.filters.document?.[0] && { document: fragment.filters.document[0] }),
    ...(headings.length > 0 && { headings }),
  };
}
