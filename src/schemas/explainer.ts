import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { AudienceSchema } from './audience.ts';

/** An explainer (content/giai-thich/<slug>.mdx): a law or a topic in plain words, citing the articles it rests on. */
export const ExplainerSchema = z.object({
  /** Plain, question-like title: "Mốc quốc giới là gì, và phải làm gì khi mốc bị hư hỏng". */
  title: z.string().min(1),
  /** One sentence saying what the piece helps the reader with; shown in lists and search results. */
  summary: z.string().min(1),
  /** Who it is written for. */
  audience: AudienceSchema,
  /** The documents it explains (content/van-ban/ slugs); the document pages link back to it. */
  documents: z.array(reference('vanBan')).min(1),
  /** Topics, in the reader's words ("mốc quốc giới", "khu vực biên giới"). */
  topics: z.array(z.string().min(1)).default([]),
  /** Position in the list of explainers; without it, after the ordered ones, by title. */
  order: z.number().int().optional(),
});

export type Explainer = z.output<typeof ExplainerSchema>;
