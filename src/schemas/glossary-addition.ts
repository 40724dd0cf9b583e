import { z } from 'astro/zod';

/**
 * A term defined outside the laws' definitions articles (content/thuat-ngu/them.yaml, a list of
 * these). The build checks the clause exists and mentions the term.
 */
export const GlossaryAdditionSchema = z.object({
  /** The term as the law writes it, capitalised: "Biên giới quốc gia". Its glossary id is derived from it. */
  term: z.string().min(1),
  /** The clause that defines it. */
  at: z.object({
    /** Document slug in content/van-ban/. */
    doc: z.string().min(1),
    /** Article number, e.g. "1". */
    dieu: z.coerce.string(),
    /** Khoản number, when the definition is one khoản of the article. */
    khoan: z.coerce.string().optional(),
    /** Điểm letter, when the definition is one điểm of the khoản. */
    diem: z.string().optional(),
  }),
});

export const GlossaryAdditionsSchema = z.array(GlossaryAdditionSchema);

export type GlossaryAddition = z.output<typeof GlossaryAdditionSchema>;
