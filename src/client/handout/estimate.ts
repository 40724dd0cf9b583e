/**
 * The printed page of each layout, and how many of them the sheet fills, measured, not guessed:
 * a copy of the sheet is laid out in a box the size of the page's text area, in columns one page
 * high, so the browser breaks it as it breaks printed pages (headings kept with what follows,
 * notices and pictures not split); each column is a page. The page's margins are set here too
 * (pageStyle), so the box and the paper cannot disagree.
 */
export type Layout = 'normal' | 'compact';

const A4 = { width: 210, height: 297 };

/** Margins in mm: top, right, bottom, left. Normal as every printed page of the site (print.css). */
const MARGINS: Record<Layout, [number, number, number, number]> = {
  normal: [20, 16, 18, 16],
  compact: [12, 12, 12, 12],
};

/** The @page rule of a layout (set by a named @page, Chromium 109 breaks the sheet at every block). */
export function pageStyle(layout: Layout): string {
  return `@page { margin: ${MARGINS[layout].map((mm) => `${mm}mm`).join(' ')}; }`;
}

export function printedPages(sheet: HTMLElement, box: HTMLElement, layout: Layout): number {
  const [top, right, bottom, left] = MARGINS[layout];
  const width = `${A4.width - left - right}mm`;
  const copy = sheet.cloneNode(true) as HTMLElement;
  // The copy must not answer for the sheet: no ids, nothing a screen reader or a link could reach.
  for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
  copy.className = `ho-paper ho-paper--${layout}`;
  const page = box.ownerDocument.createElement('div');
  page.className = 'ho-page';
  Object.assign(page.style, { width, columnWidth: width, height: `${A4.height - top - bottom}mm` });
  page.append(copy);
  box.replaceChildren(page);
  const pages = Math.max(1, Math.round(page.scrollWidth / page.clientWidth));
  box.replaceChildren();
  return pages;
}
