import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** A question and its answer (content/hoi-dap/<slug>.mdx); the body answers it, citing at least one article. */
export const QuestionSchema = z.object({
  /** The question as people ask it: "Người dân có được vào vành đai biên giới không?". */
  question: z.string().min(1),
  /** Topics it belongs to; the list page groups questions under each of them. */
  topics: z.array(z.string().min(1)).min(1),
  /** The documents the answer rests on (content/van-ban/ slugs). */
  documents: z.array(reference('vanBan')).min(1),
  /** Position within its topics; without it, after the ordered ones, by question. */
  order: z.number().int().optional(),
});

export type Question = z.output<typeof QuestionSchema>;
