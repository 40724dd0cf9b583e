/**
 * The only place that builds an href. Every link is relative to the page it is on, and every
 * page is an .html file (never a directory), so the same links work over http and from a folder
 * opened by file://.
 */
import { FIELD } from './search/shared/names.ts';
import { handoutQuery } from './handout/keys.ts';

export type Route =
  | { page: 'home' }
  | { page: 'document'; slug: string; anchor?: string }
  | { page: 'search'; query?: string }
  | { page: 'about' }
  | { page: 'guide' }
  | { page: 'explainers' }
  | { page: 'explainer'; slug: string; anchor?: string }
  | { page: 'questions'; anchor?: string }
  | { page: 'question'; slug: string; anchor?: string }
  | { page: 'glossary'; anchor?: string }
  | { page: 'outlines' }
  | { page: 'outline'; slug: string; anchor?: string }
  | { page: 'handout'; add?: readonly string[] }
  | { page: 'timeline' }
  | { page: 'reorg' }
  | { page: 'quizzes' }
  | { page: 'quiz'; slug: string; anchor?: string }
  | { page: 'quizSheet'; slug: string }
  | { page: 'quizKey'; slug: string; anchor?: string }
  | { page: 'asset'; file: string };

/** Site-relative path of a route, without a leading slash: "van-ban/luat-bien-viet-nam-2012.html". */
export function sitePath(route: Route): string {
  switch (route.page) {
    case 'home':
      return 'index.html';
    case 'document':
      return `van-ban/${route.slug}.html`;
    case 'search':
      return 'tim-kiem.html';
    case 'about':
      return 've-an-ban.html';
    case 'guide':
      return 'HUONG-DAN.txt';
    case 'explainers':
      return 'giai-thich.html';
    case 'explainer':
      return `giai-thich/${route.slug}.html`;
    case 'questions':
      return 'hoi-dap.html';
    case 'question':
      return `hoi-dap/${route.slug}.html`;
    case 'glossary':
      return 'thuat-ngu.html';
    case 'outlines':
      return 'de-cuong.html';
    case 'outline':
      return `de-cuong/${route.slug}.html`;
    case 'handout':
      return 'tai-lieu-phat-tay.html';
    case 'timeline':
      return 'dong-thoi-gian.html';
    case 'reorg':
      return 'sap-xep-2025.html';
    case 'quizzes':
      return 'trac-nghiem.html';
    case 'quiz':
      return `trac-nghiem/${route.slug}.html`;
    case 'quizSheet':
      return `trac-nghiem/${route.slug}/phieu.html`;
    case 'quizKey':
      return `trac-nghiem/${route.slug}/dap-an.html`;
    case 'asset':
      return `assets/${route.file}`;
  }
}

function suffix(route: Route): string {
  const query =
    route.page === 'search' && route.query
      ? `?${FIELD.query}=${encodeURIComponent(route.query)}`
      : route.page === 'handout' && route.add
        ? handoutQuery(route.add)
        : '';
  const anchor = 'anchor' in route && route.anchor ? `#${route.anchor}` : '';
  return query + anchor;
}

/**
 * A relative href from the page at `from` (its URL or site path, e.g. Astro.url) to `route`.
 * A link to an anchor on the page itself keeps only the fragment.
 */
export function href(from: URL | string, route: Route): string {
  return hrefToPath(from, sitePath(route) + suffix(route));
}

/**
 * A relative href from the page at `from` to a site path that may end in a query and a fragment
 * ("van-ban/x.html#dieu-14"), for paths that come from the search index rather than a route.
 */
export function hrefToPath(from: URL | string, target: string): string {
  const fromPath = (typeof from === 'string' ? from : from.pathname).replace(/^\//, '');
  const fromDirs = fromPath.split('/').slice(0, -1);
  const cut = target.search(/[?#]/);
  const [path, tail] = cut < 0 ? [target, ''] : [target.slice(0, cut), target.slice(cut)];
  if (path === fromPath && tail.startsWith('#')) return tail;
  const targetParts = path.split('/');
  let common = 0;
  while (
    common < fromDirs.length &&
    common < targetParts.length - 1 &&
    fromDirs[common] === targetParts[common]
  )
    common++;
  const up = fromDirs.slice(common).map(() => '..');
  return [...up, ...targetParts.slice(common)].join('/') + tail;
}
