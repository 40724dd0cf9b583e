/**
 * The element the address's #fragment names. A hand-typed or truncated link can carry a
 * malformed escape (#%E0%A4), which decodeURIComponent refuses with an error: it is
 * then looked up as written, and names nothing.
 */
export function fragmentTarget(doc: Document): HTMLElement | null {
  const raw = doc.location.hash.slice(1);
  if (!raw) return null;
  try {
    return doc.getElementById(decodeURIComponent(raw));
  } catch {
    return doc.getElementById(raw);
  }
}
