import { z } from 'astro/zod';
import { isoDate } from './date.ts';

/** A named public source for a fact that is not in a legal text on the shelf (content/tham-khao/). */
export const PublicSourceSchema = z.object({
  /** Title of the page or publication, as published. */
  title: z.string().min(1),
  /** Who published it (agency, newspaper, site). */
  publisher: z.string().min(1),
  /** Address where it can be read. */
  url: z.url(),
  /** Publication date, when the source shows one. */
  published: isoDate.optional(),
  /** Day the editors read it. */
  accessed: isoDate,
  /** The words of the source that support our statements, quoted verbatim. */
  quote: z.string().min(1),
});

export type PublicSource = z.output<typeof PublicSourceSchema>;
