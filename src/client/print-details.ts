/**
 * Nothing the reader needs stays folded away on paper: closed <details> open for printing and
 * close again afterwards. (Navigation such as the table of contents is not printed at all.)
 */
export function initPrintDetails(win: Window): void {
  let opened: HTMLDetailsElement[] = [];
  win.addEventListener('beforeprint', () => {
    opened = [...win.document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of opened) details.open = true;
  });
  win.addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}
