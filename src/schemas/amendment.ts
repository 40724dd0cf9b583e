import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { isoDate } from './date.ts';

/**
 * One article of this document that changes an article of another document. The build checks
 * both articles exist and that `inForceArticle` states `inForce` (src/lib/library.ts).
 */
export const AmendmentSchema = z.object({
  /** The amending article in this document, e.g. "35". */
  article: z.string().regex(/^\d+[a-zđ]?$/),
  /** The document whose article is changed. */
  target: reference('vanBan'),
  /** The changed article of the target document, e.g. "21". */
  targetArticle: z.string().regex(/^\d+[a-zđ]?$/),
  /** What the amendment does: `thay-the` gives the article new wording (quoted in `article`), `bai-bo` repeals it. */
  effect: z.enum(['thay-the', 'bai-bo']),
  /** Day the amendment took effect. */
  inForce: isoDate,
  /** The article of this document that states `inForce`, e.g. "36". */
  inForceArticle: z.string().regex(/^\d+[a-zđ]?$/),
});

export type Amendment = z.output<typeof AmendmentSchema>;
