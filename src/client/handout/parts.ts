/**
 * The khoản and điểm of each article in the chooser: a folded list under the article's checkbox,
 * made from the article's text already in the page (so the page carries no second copy), filled
 * when first opened, and open from the start when one of them is chosen. A button that shows and
 * hides the list rather than a nested <details>: the article lists are <details> already, and one
 * summary per list keeps each list's own control plain to find (for readers and tests alike).
 */
import { t } from '../../i18n/vi.ts';
import { parseHandoutKey } from '../../lib/handout/keys.ts';
import { pinpointLabel } from '../../lib/legal/citation.ts';
import type { Candidates, Part } from './candidates.ts';

export function addPartPickers(
  form: HTMLElement,
  candidates: Candidates,
  isChosen: (key: string) => boolean,
): void {
  for (const article of form.querySelectorAll<HTMLElement>('[data-ho-article]')) {
    const key = article.dataset.hoArticle!;
    const parts = candidates.parts(key);
    const item = parseHandoutKey(key);
    if (parts.length === 0 || item?.kind !== 'law') continue;
    const doc = form.ownerDocument;
    const toggle = doc.createElement('button');
    toggle.type = 'button';
    toggle.className = 'ho-parts__toggle';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.textContent = t('handout.parts', {
      article: pinpointLabel(item.pin),
      count: parts.length,
    });
    const box = doc.createElement('div');
    box.className = 'ho-parts';
    box.append(toggle);
    const open = (shown: boolean) => {
      if (shown && !box.querySelector('ul')) box.append(partList(doc, parts, isChosen));
      box.querySelector('ul')?.toggleAttribute('hidden', !shown);
      toggle.setAttribute('aria-expanded', String(shown));
    };
    toggle.addEventListener('click', () => open(toggle.getAttribute('aria-expanded') !== 'true'));
    if (parts.some((part) => isChosen(part.key))) open(true);
    article.append(box);
  }
}

function partList(
  doc: Document,
  parts: Part[],
  isChosen: (key: string) => boolean,
): HTMLUListElement {
  const list = doc.createElement('ul');
  for (const part of parts) {
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.value = part.key;
    box.checked = isChosen(part.key);
    const label = doc.createElement('label');
    label.append(box, ` ${part.text}`);
    const row = doc.createElement('li');
    row.className = `ho-part ho-part--${part.kind}`;
    row.append(label);
    list.append(row);
  }
  return list;
}
