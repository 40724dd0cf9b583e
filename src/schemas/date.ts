import { z } from 'astro/zod';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a day written YYYY-MM-DD that is on the calendar (not 2026-13-01, not 2009-02-31). */
export function isIsoDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Date rolls an impossible day over to a real one; only a real day comes back unchanged.
  return day.toISOString().slice(0, 10) === text;
}

const MESSAGE = 'must be a real calendar day written YYYY-MM-DD';

/**
 * Every date in every content schema (issue 16): a real calendar day written YYYY-MM-DD, given to
 * the site as a Date at 00:00 UTC. It takes text only: content files are read with their dates as
 * written (src/lib/content-loader.ts), because YAML would turn an unquoted 2026-13-01 into 2027-01-01.
 */
export const isoDate = z
  .string({ error: MESSAGE })
  .refine(isIsoDay, { message: MESSAGE })
  .transform((day) => new Date(`${day}T00:00:00Z`));
