/**
 * The "Chữ to" button: toggles the large-text class on <html> and remembers the choice. The
 * class itself is applied before the first paint by the inline script in Base.astro.
 */
import { TEXT_SIZE } from '../lib/text-size.ts';

export function initTextSize(root: Document): void {
  const button = root.querySelector<HTMLButtonElement>('[data-text-size]');
  if (!button) return;
  const html = root.documentElement;
  const show = () => button.setAttribute('aria-pressed', String(html.classList.contains(TEXT_SIZE.className)));
  show();
  button.addEventListener('click', () => {
    const large = html.classList.toggle(TEXT_SIZE.className);
    try {
      if (large) localStorage.setItem(TEXT_SIZE.storageKey, '1');
      else localStorage.removeItem(TEXT_SIZE.storageKey);
    } catch {
      // Storage can be turned off; the choice then lasts for this page only.
    }
    show();
  });
}
