/**
 * The handout builder (tai-lieu-phat-tay.html): the reader ticks articles and explainers, the
 * sheet below shows only those, and printing prints only the sheet. Every candidate text is
 * already in the page, hidden, so nothing is fetched; the choice is kept in localStorage, which
 * browsers also give pages opened from file://.
 */
import { t } from '../i18n/vi.ts';

const STORAGE_KEY = 'tu-sach-bien-gioi:tai-lieu-phat-tay';

interface Choice {
  items: string[];
  title: string;
}

function loadChoice(): Choice | undefined {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Choice) : undefined;
  } catch {
    return undefined;
  }
}

function saveChoice(choice: Choice): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
  } catch {
    // Storage refused (private window, full disk): the choice lasts until the page is closed.
  }
}

function initHandout(root: Document): void {
  const form = root.getElementById('ho-builder');
  const sheet = root.getElementById('ho-sheet');
  const title = root.getElementById('ho-title') as HTMLInputElement | null;
  if (!form || !sheet || !title) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const items = [...sheet.querySelectorAll<HTMLElement>('[data-ho-item]')];
  const sheetTitle = root.getElementById('ho-sheet-title')!;
  const status = root.getElementById('ho-status')!;
  const empty = sheet.querySelector<HTMLElement>('.ho-empty')!;

  const update = () => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    for (const item of items) item.hidden = !chosen.includes(item.dataset.hoItem!);
    empty.hidden = chosen.length > 0;
    sheetTitle.textContent = title.value.trim() || title.defaultValue;
    status.textContent = t('handout.selected', { count: chosen.length });
    saveChoice({ items: chosen, title: title.value });
  };

  const saved = loadChoice();
  if (saved) {
    for (const box of boxes) box.checked = saved.items.includes(box.value);
    title.value = saved.title || title.defaultValue;
  }
  // Show the reader what is already chosen in each law's list.
  for (const details of form.querySelectorAll('details')) details.open ||= details.querySelector('input:checked') !== null;
  form.addEventListener('change', update);
  title.addEventListener('input', update);
  form.querySelector('[data-ho="print"]')?.addEventListener('click', () => window.print());
  form.querySelector('[data-ho="clear"]')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    update();
  });
  root.getElementById('ho-no-script')?.setAttribute('hidden', '');
  form.hidden = false;
  sheet.hidden = false;
  update();
}

// Loaded with `defer` by tai-lieu-phat-tay.html only, so the page is parsed when this runs.
initHandout(document);
