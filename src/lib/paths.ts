/**
 * The only place that builds an href. Every link is relative to the page it is on, and every
 * page is an .html file, so the same links work over http and from a folder opened by file://.
 */
export type Route =
  | { page: 'home' }
  | { page: 'document'; slug: string; anchor?: string }
  | { page: 'asset'; file: string };

/** Site-relative path of a route, without a leading slash: "van-ban/luat-bien-viet-nam-2012.html". */
export function sitePath(route: Route): string {
  switch (route.page) {
    case 'home':
      return 'index.html';
    case 'document':
      return `van-ban/${route.slug}.html`;
    case 'asset':
      return `assets/${route.file}`;
  }
}

function fragment(route: Route): string {
  return 'anchor' in route && route.anchor ? `#${route.anchor}` : '';
}

/**
 * A relative href from the page at `from` (its URL or site path, e.g. Astro.url) to `route`.
 * A link to the page itself keeps only its fragment.
 */
export function href(from: URL | string, route: Route): string {
  const fromPath = (typeof from === 'string' ? from : from.pathname).replace(/^\//, '');
  const fromDirs = fromPath.split('/').slice(0, -1);
  const target = sitePath(route);
  if (target === fromPath && fragment(route)) return fragment(route);
  const targetParts = target.split('/');
  let common = 0;
  while (common < fromDirs.length && common < targetParts.length - 1 && fromDirs[common] === targetParts[common]) common++;
  const up = fromDirs.slice(common).map(() => '..');
  const rel = [...up, ...targetParts.slice(common)].join('/');
  return `${rel}${fragment(route)}`;
}
