/**
 * "Chữ to": a class on <html> that raises the scale of the rem-based size tokens
 * (src/styles/tokens.css), remembered in localStorage, which also works from file://. The head of
 * every page applies it before the first paint (Base.astro); src/client/text-size.ts toggles it.
 * Only `storedValue` (stored as JSON, "1") turns it on, so no other stored value can.
 */
export const TEXT_SIZE = {
  className: 'chu-to',
  storageKey: 'tu-sach.chu-to',
  storedValue: 1,
} as const;
