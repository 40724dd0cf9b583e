/**
 * The "Chữ to" button: toggles the large-text class on <html> and remembers the choice. The
 * class itself is applied before the first paint by the inline script in Base.astro. When the
 * browser will not keep the choice, the note beside the button says it lasts for this page only.
 */
import { t } from '../i18n/vi.ts';
import { TEXT_SIZE } from '../lib/text-size.ts';
import { removeStored, writeStored } from './storage.ts';

export function initTextSize(root: Document): void {
  const button = root.querySelector<HTMLButtonElement>('[data-text-size]');
  if (!button) return;
  const note = root.querySelector<HTMLElement>('[data-text-size-note]');
  const html = root.documentElement;
  const show = () =>
    button.setAttribute('aria-pressed', String(html.classList.contains(TEXT_SIZE.className)));
  show();
  button.addEventListener('click', () => {
    const large = html.classList.toggle(TEXT_SIZE.className);
    const kept = large
      ? writeStored(TEXT_SIZE.storageKey, TEXT_SIZE.storedValue)
      : removeStored(TEXT_SIZE.storageKey);
    if (note) note.textContent = kept ? '' : t('aids.textSizeNotSaved');
    show();
  });
}
