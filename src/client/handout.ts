/**
 * The handout builder (tai-lieu-phat-tay.html): the reader ticks articles and explainers, the
 * sheet below shows only those, and printing prints only the sheet. Every candidate text is
 * already in the page, hidden, so nothing is fetched; the choice is kept in localStorage, which
 * browsers also give pages opened from file://, through ./storage.ts.
 */
import * as z from 'zod/mini';
import { t } from '../i18n/vi.ts';
import { readStored, writeStored } from './storage.ts';

const STORAGE_KEY = 'tu-sach-bien-gioi:tai-lieu-phat-tay';

/** The stored choice; a value of any other shape is dropped (issue 16). */
const ChoiceSchema = z.object({ items: z.array(z.string()), title: z.string() });
type Choice = z.infer<typeof ChoiceSchema>;

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
    const saved = writeStored(STORAGE_KEY, { items: chosen, title: title.value } satisfies Choice);
    status.textContent = `${t('handout.selected', { count: chosen.length })} ${t(saved ? 'handout.saved' : 'handout.notSaved')}`;
  };

  const saved = readStored(STORAGE_KEY, ChoiceSchema);
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
