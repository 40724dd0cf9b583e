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

/**
 * A change to one of this document's articles made by a document that is not on the shelf, as a
 * named public source reports it. The reader is told, at the article, that the wording shown is
 * the original and where the change is.
 */
export const ExternalAmendmentSchema = z.object({
  /** The changed article of this document, e.g. "7". */
  article: z.string().regex(/^\d+[a-zđ]?$/),
  /** `sua-doi` (amended), `bo-sung` (supplemented) or `bai-bo` (repealed). */
  effect: z.enum(['sua-doi', 'bo-sung', 'bai-bo']),
  /** The provision that made the change, as the source names it ("khoản 1 Điều 52 Luật Tổ chức chính quyền địa phương năm 2025"). */
  by: z.string().min(1),
  /** Day the change took effect, as the source gives it. */
  inForce: isoDate.optional(),
  /** The named public source that reports the change. */
  source: reference('thamKhao'),
});

export type ExternalAmendment = z.output<typeof ExternalAmendmentSchema>;
