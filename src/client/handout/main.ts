/**
 * The handout builder (tai-lieu-phat-tay.html): the reader ticks articles, khoản,
 * điểm, answers, explainers and diagrams; the sheet below shows those, with each document's date
 * and notices, and the page says how many A4 pages it will print on; printing prints the sheet
 * only. A "Thêm vào tài liệu phát tay" link elsewhere opens this page with keys in its query,
 * which are added. Every candidate is already in the page, so nothing is fetched (file:// works).
 * The choice is kept through ../storage.ts.
 */
import * as z from 'zod/mini';
import { t } from '../../i18n/vi.ts';
import { keysInQuery } from '../../lib/handout/keys.ts';
import { readStored, writeStored } from '../storage.ts';
import { indexCandidates, type Candidates } from './candidates.ts';
import { pageStyle, printedPages, type Layout } from './estimate.ts';
import { addPartPickers } from './parts.ts';
import { fillSheet, findSheet, runningLines, type Sheet } from './sheet.ts';

const STORAGE_KEY = 'tu-sach-bien-gioi:tai-lieu-phat-tay';

/** The stored choice; a value of any other shape is dropped. */
const ChoiceSchema = z.object({
  items: z.array(z.string()),
  title: z.string(),
  layout: z.optional(z.enum(['normal', 'compact'])),
});
type Choice = z.infer<typeof ChoiceSchema>;

interface Builder {
  form: HTMLFormElement;
  title: HTMLInputElement;
  status: HTMLElement;
  estimate: HTMLElement;
  measure: HTMLElement;
}

function findBuilder(root: Document): Builder | undefined {
  const form = root.getElementById('ho-builder') as HTMLFormElement | null;
  const title = root.getElementById('ho-title') as HTMLInputElement | null;
  const [status, estimate, measure] = ['ho-status', 'ho-estimate', 'ho-measure'].map((id) =>
    root.getElementById(id),
  );
  return form && title && status && estimate && measure
    ? { form, title, status, estimate, measure }
    : undefined;
}

const boxes = (form: HTMLElement) => [
  ...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];

function initHandout(root: Document): void {
  const builder = findBuilder(root);
  const sheet = findSheet(root);
  if (!builder || !sheet) return;
  const { form, title } = builder;
  const candidates = indexCandidates(root);
  const saved = readStored(STORAGE_KEY, ChoiceSchema);
  const chosen = new Set((saved?.items ?? []).filter(candidates.has));
  addFromQuery(root, candidates, chosen);
  title.value = saved?.title || title.defaultValue;
  setLayout(form, saved?.layout ?? 'normal');
  addPartPickers(form, candidates, (key) => chosen.has(key));
  for (const box of boxes(form)) box.checked = chosen.has(box.value);
  // Show the reader what is already chosen in each list.
  for (const details of form.querySelectorAll('details')) {
    details.open ||= details.querySelector('input:checked') !== null;
  }

  const margins = root.head.appendChild(root.createElement('style'));
  const update = () => {
    const layout = layoutOf(form);
    sheet.root.classList.toggle('ho-paper--compact', layout === 'compact');
    const sheetTitle = title.value.trim() || title.defaultValue;
    sheet.root.querySelector('.ho-sheet__title')!.textContent = sheetTitle;
    const shown = fillSheet(sheet, candidates, chosen);
    margins.textContent = `${pageStyle(layout)}\n${runningLines(sheet, sheetTitle)}`;
    const stored = writeStored(STORAGE_KEY, {
      items: [...chosen],
      title: title.value,
      layout,
    } satisfies Choice);
    const said = t(stored ? 'handout.saved' : 'handout.notSaved');
    builder.status.textContent = `${t('handout.selected', { count: chosen.size })} ${said}`;
    builder.estimate.textContent = shown > 0 ? estimateText(sheet, builder.measure, layout) : '';
  };
  form.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.type === 'checkbox') {
      if (box.checked) chosen.add(box.value);
      else chosen.delete(box.value);
    }
    update();
  });
  title.addEventListener('input', update);
  form.querySelector('[data-ho="print"]')?.addEventListener('click', () => window.print());
  form.querySelector('[data-ho="clear"]')?.addEventListener('click', () => {
    chosen.clear();
    for (const box of boxes(form)) box.checked = false;
    update();
  });
  // The page's edition line prints with the sheet, so even a one-page handout says its edition.
  const edition = root.querySelector('.print-edition');
  if (edition) sheet.root.append(edition);
  root.getElementById('ho-no-script')?.setAttribute('hidden', '');
  form.hidden = false;
  sheet.root.hidden = false;
  update();
}

/** Adds the items a "Thêm vào tài liệu phát tay" link named, says so, and drops them from the address. */
function addFromQuery(root: Document, candidates: Candidates, chosen: Set<string>): void {
  const asked = keysInQuery(root.location.search);
  if (asked.length === 0) return;
  const found = asked.filter(candidates.has);
  for (const key of found) chosen.add(key);
  const items = found.map(candidates.name).join('; ');
  const said = found.length > 0 ? t('handout.added', { items }) : t('handout.notFound');
  root.getElementById('ho-added')!.textContent = said;
  try {
    // So that reloading the page, or coming back to it, does not add them again once untucked.
    history.replaceState(history.state, '', root.location.pathname + root.location.hash);
  } catch {
    // Some browsers refuse to rewrite a file:// address; the items are added again, which is harmless.
  }
}

const layoutOf = (form: HTMLFormElement): Layout =>
  form.querySelector<HTMLInputElement>('input[name="ho-layout"]:checked')?.value === 'compact'
    ? 'compact'
    : 'normal';

function setLayout(form: HTMLFormElement, layout: Layout): void {
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="ho-layout"]')) {
    radio.checked = radio.value === layout;
  }
}

function estimateText(sheet: Sheet, measure: HTMLElement, layout: Layout): string {
  const pages = printedPages(sheet.root, measure, layout);
  const compact =
    layout === 'normal' && pages > 1 ? printedPages(sheet.root, measure, 'compact') : pages;
  const shorter = compact < pages ? ` ${t('handout.estimateCompact', { pages: compact })}` : '';
  return `${t('handout.estimate', { pages })}${shorter} ${t('handout.estimateNote')}`;
}

// Loaded with `defer` by tai-lieu-phat-tay.html only, so the page is parsed when this runs.
initHandout(document);
