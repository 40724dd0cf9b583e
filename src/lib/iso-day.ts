const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a day written YYYY-MM-DD that is on the calendar (not 2026-13-01, not 2009-02-31). */
export function isIsoDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Date rolls an impossible day over to a real one; only a real day comes back unchanged.
  return day.toISOString().slice(0, 10) === text;
}
