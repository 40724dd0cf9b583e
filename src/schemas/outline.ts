import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { ANSWER_PATTERN } from '../lib/outline-answers.ts';
import { AudienceSchema } from './audience.ts';

/** A question for the audience; the build checks that an answer it names exists. */
export const AudienceQuestionSchema = z.union([
  z.string().min(1),
  z.object({
    /** The question, as asked. */
    text: z.string().min(1),
    /** "hoi-dap/<slug>" (a Q&A page) or "trac-nghiem/<set>#<question id>" (a quiz question). */
    answer: z
      .string()
      .regex(ANSWER_PATTERN, 'write hoi-dap/<slug> or trac-nghiem/<set>#<question id>'),
  }),
]);

/**
 * A talk outline for officers (content/de-cuong/<slug>.mdx). The body has "## Nội dung chính"
 * (talking points, each citing articles, in sections headed "### 1. Title (khoảng 7 phút)") then
 * "## Điều luật cần đọc" (the articles, as <LawQuote>); the page shows `aims` before the body and
 * `questions` after it. The build reads the sections' minutes and checks them (src/lib/talk/plan.ts).
 */
export const OutlineSchema = z.object({
  /** Title of the talk: "Pháp luật về biên giới quốc gia cho người dân xã biên giới". */
  title: z.string().min(1),
  /** Who gives the talk (usually `can-bo`). */
  audience: AudienceSchema,
  /** How long the talk takes, "45 phút": the sections' minutes plus `questionsMinutes`, as the build checks. */
  duration: z.string().min(1),
  /** Minutes left for the questions to the audience at the end; the presentation view times them. */
  questionsMinutes: z.number().int().min(0).default(0),
  /** The documents the talk is about (content/van-ban/ slugs). */
  documents: z.array(reference('vanBan')).min(1),
  /** What the audience should take away, one sentence each. */
  aims: z.array(z.string().min(1)).min(1),
  /** Questions to ask the audience at the end: plain, or with where they are answered. */
  questions: z.array(AudienceQuestionSchema).min(1),
  /** Position in the list of outlines; without it, after the ordered ones, by title. */
  order: z.number().int().optional(),
});

export type Outline = z.output<typeof OutlineSchema>;
