/**
 * The sheet (#ho-sheet): the chosen items in the page's order, each once (a khoản whose article is
 * also chosen is not printed twice), then the status and "văn bản cập nhật đến ngày …" of every
 * document they show; and the lines every printed page carries in its margins.
 */
import { t } from '../../i18n/vi.ts';
import { formatDate } from '../../lib/format.ts';
import { containingKeys, parseHandoutKey } from '../../lib/handout/keys.ts';
import type { Candidates } from './candidates.ts';
import { makeIdsUnique } from './ids.ts';

export interface Sheet {
  root: HTMLElement;
  items: HTMLElement;
  empty: HTMLElement;
  about: HTMLElement;
}

export function findSheet(root: Document): Sheet | undefined {
  const sheet = root.getElementById('ho-sheet');
  const items = root.getElementById('ho-items');
  const empty = sheet?.querySelector<HTMLElement>('.ho-empty');
  const about = sheet?.querySelector<HTMLElement>('[data-ho-about]');
  return sheet && items && empty && about ? { root: sheet, items, empty, about } : undefined;
}

const covered = (key: string, chosen: ReadonlySet<string>) =>
  containingKeys(parseHandoutKey(key)!).some((holder) => chosen.has(holder));

/** Puts the chosen items on the sheet; returns how many it shows. */
export function fillSheet(
  sheet: Sheet,
  candidates: Candidates,
  chosen: ReadonlySet<string>,
): number {
  const shown = [...chosen]
    .filter((key) => candidates.has(key) && !covered(key, chosen))
    .sort(candidates.compare);
  sheet.items.replaceChildren(
    ...shown.map((key) => {
      const item = sheet.root.ownerDocument.createElement('div');
      item.className = 'ho-item';
      item.dataset.hoItem = key;
      item.append(candidates.render(key)!);
      return item;
    }),
  );
  makeIdsUnique(sheet.items);
  const docs = new Set(shown.flatMap(candidates.docs));
  for (const line of sheet.about.querySelectorAll<HTMLElement>('[data-ho-doc]')) {
    line.hidden = !docs.has(line.dataset.hoDoc!);
  }
  sheet.about.hidden = docs.size === 0;
  sheet.empty.hidden = shown.length > 0;
  return shown.length;
}

/** A CSS string holding `text` (one line). */
const cssString = (text: string) => JSON.stringify(text.replace(/\s+/g, ' '));

/**
 * What every printed page of the sheet carries in its margins: its title at the top, and at the
 * foot the edition's date and the day the texts shown are up to (the oldest of their documents'
 * days, so the line holds for each). @page margin boxes (Chromium 131+) replace the site's running
 * head (PrintRunningHead.astro); a browser without them prints the same lines once, at the end of
 * the sheet ("Văn bản trong tài liệu này" and the edition line).
 */
export function runningLines(sheet: Sheet, title: string): string {
  const shown = [...sheet.about.querySelectorAll<HTMLElement>('[data-ho-doc]:not([hidden])')];
  const oldest = shown.map((line) => line.dataset.hoChecked!).sort()[0];
  const edition = sheet.root.dataset.hoEdition!;
  const foot = oldest
    ? t('handout.pageFoot', { edition, date: formatDate(new Date(`${oldest}T00:00:00Z`)) })
    : '';
  const bottom = foot ? `@bottom-left { content: ${cssString(foot)}; }` : '';
  return `@page { @top-left { content: ${cssString(title)}; } ${bottom} }`;
}
