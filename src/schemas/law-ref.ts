import { z } from 'astro/zod';

/** An article, khoản or điểm of a document on the shelf; the build checks it exists. */
export const LawRefSchema = z.object({
  /** Document slug in content/van-ban/. */
  doc: z.string().min(1),
  /** Article number, e.g. "11". */
  dieu: z.coerce.string(),
  /** Khoản number, when one khoản of the article is meant. */
  khoan: z.coerce.string().optional(),
  /** Điểm letter, when one điểm of the khoản is meant. */
  diem: z.string().optional(),
});

export type LawRef = z.output<typeof LawRefSchema>;
