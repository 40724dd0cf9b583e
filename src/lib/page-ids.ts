/**
 * Ids that must be unique on a page although the component making them can be rendered there more
 * than once: the handout page holds every explainer, and two explainers show the same diagram.
 * Keyed by the page's render (Astro.locals is one object per page rendered).
 */
const used = new WeakMap<object, Map<string, number>>();

/** `id` the first time it is asked for on a page, then `id-2`, `id-3` … */
export function uniqueOnPage(page: object, id: string): string {
  const counts = used.get(page) ?? new Map<string, number>();
  used.set(page, counts);
  const n = (counts.get(id) ?? 0) + 1;
  counts.set(id, n);
  return n === 1 ? id : `${id}-${n}`;
}
