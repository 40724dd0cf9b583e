import { z } from 'astro/zod';
import { LawRefSchema } from './law-ref.ts';

/**
 * A term defined outside the laws' definitions articles (content/thuat-ngu/them.yaml, a list of
 * these). The build checks the clause exists and mentions the term.
 */
export const GlossaryAdditionSchema = z.object({
  /** The term as the law writes it, capitalised: "Biên giới quốc gia". Its glossary id is derived from it. */
  term: z.string().min(1),
  /** The clause that defines it. */
  at: LawRefSchema,
});

export const GlossaryAdditionsSchema = z.array(GlossaryAdditionSchema);

export type GlossaryAddition = z.output<typeof GlossaryAdditionSchema>;
