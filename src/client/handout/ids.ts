/**
 * Ids on the sheet made unique on the page: two items may show the same diagram (an explainer and
 * the diagram itself), or list the same source. A repeated id gets "-2", "-3" … (as the build's
 * uniqueOnPage names them), and the item's references to it (aria-labelledby, "#id", url(#id))
 * follow, so each copy stays labelled by its own title.
 */
const ID_LISTS = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']);

export function makeIdsUnique(container: HTMLElement): void {
  const others = [...container.ownerDocument.querySelectorAll('[id]')].filter(
    (el) => !container.contains(el),
  );
  const taken = new Set(others.map((el) => el.id));
  for (const item of container.children) {
    const renamed = new Map<string, string>();
    for (const el of item.querySelectorAll('[id]')) {
      let [id, n] = [el.id, 1];
      while (taken.has(id)) id = `${el.id}-${++n}`;
      taken.add(id);
      if (id !== el.id) renamed.set(el.id, id);
      el.id = id;
    }
    if (renamed.size > 0) followRenames(item, renamed);
  }
}

function followRenames(root: Element, renamed: Map<string, string>): void {
  for (const el of root.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      const value = ID_LISTS.has(attr.name)
        ? attr.value
            .split(/\s+/)
            .map((id) => renamed.get(id) ?? id)
            .join(' ')
        : attr.value.replace(/(^#|url\(#)([^)\s]+)/, (ref, start: string, id: string) => {
            const to = renamed.get(id);
            return to ? start + to : ref;
          });
      if (value !== attr.value) attr.value = value;
    }
  }
}
