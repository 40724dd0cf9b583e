/**
 * "Sao chép trích dẫn" on every article: copies e.g. "khoản 2 Điều 14 Luật Biên giới quốc gia
 * năm 2003". The citation is of the khoản or điểm the reader last clicked or arrived at by link,
 * else of the article. Built from anchor ids with the same module the pages use. The article's
 * "Thêm vào tài liệu phát tay" link follows the same selection (handout/link.ts).
 */
import { t } from '../i18n/vi.ts';
import { citationText } from '../lib/legal/citation.ts';
import { IN_ARTICLE_SELECTOR, pinpointFromId } from '../lib/legal/ids.ts';
import { fragmentTarget } from './fragment.ts';
import { pointHandoutLink } from './handout/link.ts';

/** A khoản or điểm: an element with a pinpoint id that is not the article's heading. */
const PART = `${IN_ARTICLE_SELECTOR}:not(h2, h3, h4, h5)`;

export function initCopyCitation(root: Document): void {
  const doc = root.querySelector<HTMLElement>('[data-cite-title]');
  if (!doc) return;
  const title = doc.dataset.citeTitle!;
  const updaters = new Map<HTMLElement, (id: string) => void>();
  for (const section of doc.querySelectorAll<HTMLElement>('.dieu')) {
    const heading = section.querySelector<HTMLElement>(`:scope > ${IN_ARTICLE_SELECTOR}`);
    if (!heading) continue;
    const button = root.createElement('button');
    button.type = 'button';
    button.className = 'cite';
    button.dataset.ui = '';
    button.dataset.pagefindIgnore = '';
    const status = root.createElement('span');
    status.className = 'cite__status';
    status.setAttribute('role', 'status');
    status.dataset.ui = '';
    let target = heading.id;
    const update = (id: string) => {
      target = id;
      const pin = pinpointFromId(id);
      const own = id === heading.id;
      button.textContent =
        own || !pin
          ? t('article.copy')
          : t('article.copyPart', { citation: citationText(pin, '').trim() });
      pointHandoutLink(section, id);
    };
    update(heading.id);
    updaters.set(section, update);
    section.addEventListener('click', (event) => {
      const part = (event.target as Element).closest<HTMLElement>(PART);
      if (part && !(event.target as Element).closest('a, button')) select(section, part, update);
    });
    button.addEventListener('click', () => {
      const pin = pinpointFromId(target);
      if (pin) void copy(citationText(pin, title), status);
    });
    heading.after(button, status);
  }
  const part = fragmentTarget(root);
  const section = part?.matches(PART) ? part.closest<HTMLElement>('.dieu') : null;
  const update = section && updaters.get(section);
  if (part && section && update) select(section, part, update);
}

function select(section: HTMLElement, part: HTMLElement, update: (id: string) => void): void {
  for (const el of section.querySelectorAll('.is-selected')) el.classList.remove('is-selected');
  part.classList.add('is-selected');
  update(part.id);
}

async function copy(citation: string, status: HTMLElement): Promise<void> {
  try {
    if (navigator.clipboard) await navigator.clipboard.writeText(citation);
    else copyWithSelection(citation);
    status.textContent = t('article.copied', { citation });
  } catch {
    status.textContent = t('article.copyFailed', { citation });
  }
}

/** Older browsers, and pages that are not a secure context, have no navigator.clipboard. */
function copyWithSelection(text: string): void {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}
