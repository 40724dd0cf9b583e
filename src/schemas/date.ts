import { z } from 'astro/zod';
import { isIsoDay } from '../lib/iso-day.ts';

const MESSAGE = 'must be a real calendar day written YYYY-MM-DD';

/**
 * Every date in every content schema: a real calendar day written YYYY-MM-DD, given to
 * the site as a Date at 00:00 UTC. It takes text only: content files are read with their dates as
 * written (src/lib/content-loader.ts), because YAML would turn an unquoted 2026-13-01 into 2027-01-01.
 */
export const isoDate = z
  .string({ error: MESSAGE })
  .refine(isIsoDay, { message: MESSAGE })
  .transform((day) => new Date(`${day}T00:00:00Z`));
