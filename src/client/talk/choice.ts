/**
 * The choice of parts for a shorter talk: a box per part with its minutes and a running total.
 * The parts left out are marked `talk-out`, which print hides, with the quotes no chosen part
 * reads; a printed shorter talk says that it is one. The choice is kept per outline.
 */
import { t } from '../../i18n/vi.ts';
import { chosenParts, totalMinutes, type TalkPart } from '../../lib/talk/parts.ts';
import type { OutlinePage } from './outline-page.ts';
import { readStored, writeStored, type StoredSchema } from '../storage.ts';

export interface Choice {
  /** The parts to show and print, in outline order. */
  kept(): TalkPart[];
}

interface Options {
  tools: HTMLElement;
  status: HTMLElement;
  /** The line a printed shorter talk starts with. */
  note: HTMLElement;
  storageKey: string;
}

/**
 * Keys of the parts left out, as stored: a section added to the outline later is in the talk. A
 * stored value that is not a list of this outline's parts is dropped (src/client/storage.ts).
 */
function storedLeftOut(key: string, parts: TalkPart[]): string[] {
  const known = (v: unknown) => parts.some((p) => p.key === v);
  const leftOut: StoredSchema<string[]> = {
    safeParse: (v) =>
      Array.isArray(v) && v.every(known)
        ? { success: true, data: v as string[] }
        : { success: false },
  };
  return readStored(key, leftOut) ?? [];
}

export function initChoice(parts: TalkPart[], page: OutlinePage, options: Options): Choice {
  const { tools, status, note, storageKey } = options;
  const boxes = Array.from(tools.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
  const ticked = () => boxes.filter((b) => b.checked).map((b) => b.value);
  const kept = () => chosenParts(parts, ticked());

  const show = (saved: boolean) => {
    const keep = kept();
    mark(page, parts, keep);
    const minutes = { minutes: totalMinutes(keep), total: totalMinutes(parts) };
    const counts = { chosen: keep.length, count: parts.length, ...minutes };
    const shorter = keep.length < parts.length;
    if (shorter)
      status.textContent = `${t('talk.some', counts)} ${t(saved ? 'talk.saved' : 'talk.notSaved')}`;
    else status.textContent = ticked().length === 0 ? t('talk.none') : t('talk.all', counts);
    note.textContent = t('talk.printNote', counts);
    note.hidden = !shorter;
  };
  const change = () =>
    show(
      writeStored(
        storageKey,
        boxes.filter((b) => !b.checked).map((b) => b.value),
      ),
    );

  const leftOut = storedLeftOut(storageKey, parts);
  for (const box of boxes) box.checked = !leftOut.includes(box.value);
  if (leftOut.length > 0) tools.querySelector('details')?.setAttribute('open', '');
  tools.addEventListener('change', change);
  tools.querySelector('[data-talk="all"]')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = true;
    change();
  });
  tools.querySelector('[data-talk="print"]')?.addEventListener('click', () => window.print());
  show(true);
  return { kept };
}

/** Marks what a shorter talk leaves out: the parts not chosen, and the quotes only they read. */
function mark(page: OutlinePage, parts: TalkPart[], keep: TalkPart[]): void {
  parts.forEach((part, i) => {
    for (const el of page.parts[i]) el.classList.toggle('talk-out', !keep.includes(part));
  });
  const read = new Set(keep.flatMap((p) => p.quotes));
  page.quotes.forEach((quote, i) => quote.classList.toggle('talk-out', !read.has(i)));
  for (const el of page.reading) el.classList.toggle('talk-out', read.size === 0);
}
