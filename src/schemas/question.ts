import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { ANSWER_FIELDS, FIGURE_NEEDS_CITE, figureIsCited } from './answer.ts';
import { QaGroupSchema } from './qa-group.ts';

/** A question and its answer (content/hoi-dap/<slug>.mdx): one sentence first, then the body citing the law. */
export const QuestionSchema = z
  .object({
    /** The question as people ask it: "Người dân có được vào vành đai biên giới không?". */
    question: z.string().min(1),
    /** The heading it is listed under on the Q&A list (a handful, so the list starts with questions). */
    group: QaGroupSchema,
    /** Topics it is about (words for search and the page's topic line). */
    topics: z.array(z.string().min(1)).min(1),
    /** The documents the answer rests on (content/van-ban/ slugs). */
    documents: z.array(reference('vanBan')).min(1),
    /** Position within its group; without it, after the ordered ones, by question. */
    order: z.number().int().optional(),
    ...ANSWER_FIELDS,
  })
  .refine(figureIsCited, FIGURE_NEEDS_CITE);

export type Question = z.output<typeof QuestionSchema>;
