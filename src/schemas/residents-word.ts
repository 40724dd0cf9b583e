import { z } from 'astro/zod';
import { LawRefSchema } from './law-ref.ts';

/**
 * A resident's word for what the law names otherwise (content/thuat-ngu/tu-nguoi-dan.yaml, a list
 * of these): a query holding `words` is also searched with `law` in their place. Each
 * entry says why, and the build checks it: the article whose words it maps to (`law` must occur
 * in it), or a public source (`law` must occur in its quote).
 */
export const ResidentsWordSchema = z
  .object({
    /** What residents type, as they say it: "lính biên phòng". With or without marks, it matches both ways. */
    words: z.string().min(1),
    /** The law's words for it, as the cited article writes them: "Bộ đội Biên phòng". */
    law: z.string().min(1),
    /** The article (or khoản, điểm) that uses the law's words for what residents mean. */
    at: LawRefSchema.optional(),
    /** A public source (content/tham-khao/<id>.yaml) whose quote uses the law's words for it. */
    source: z.string().min(1).optional(),
  })
  .refine((entry) => entry.at || entry.source, {
    message:
      'says no reason: give `at` (the article whose words it maps to) or `source` (a ' +
      'content/tham-khao id)',
  });

export const ResidentsWordsSchema = z.array(ResidentsWordSchema);

export type ResidentsWordEntry = z.output<typeof ResidentsWordSchema>;
