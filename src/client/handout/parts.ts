/**
 * The khoản and điểm of each article in the chooser: a folded list under the article's checkbox,
 * made from the article's text already in the page (so the page carries no second copy), filled
 * when first opened, and open from the start when one of them is chosen.
 */
import { t } from '../../i18n/vi.ts';
import { parseHandoutKey } from '../../lib/handout/keys.ts';
import { pinpointLabel } from '../../lib/legal/citation.ts';
import type { Candidates, Part } from './candidates.ts';

export function addPartPickers(form: HTMLElement, candidates: Candidates, isChosen: (key: string) => boolean): void {
  for (const article of form.querySelectorAll<HTMLElement>('[data-ho-article]')) {
    const key = article.dataset.hoArticle!;
    const parts = candidates.parts(key);
    const item = parseHandoutKey(key);
    if (parts.length === 0 || item?.kind !== 'law') continue;
    const doc = form.ownerDocument;
    const details = doc.createElement('details');
    details.className = 'ho-parts';
    const summary = doc.createElement('summary');
    summary.textContent = t('handout.parts', { article: pinpointLabel(item.pin), count: parts.length });
    details.append(summary);
    const fill = () => {
      if (!details.querySelector('ul')) details.append(partList(doc, parts, isChosen));
    };
    details.addEventListener('toggle', fill);
    if (parts.some((part) => isChosen(part.key))) {
      fill();
      details.open = true;
    }
    article.append(details);
  }
}

function partList(doc: Document, parts: Part[], isChosen: (key: string) => boolean): HTMLUListElement {
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
