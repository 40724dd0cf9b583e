import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { AudienceSchema } from './audience.ts';
import { LETTERS } from '../lib/quizzes/check.ts';
import { LawRefSchema } from './law-ref.ts';

/** The article, khoản or điểm whose text decides a question. */
export const BasisSchema = LawRefSchema.extend({
  /** The words of that text that decide it, copied verbatim; the build checks they are in it. */
  words: z.string().min(1),
});

/** One multiple-choice question. Its article decides it: no trick questions, every qualifier kept. */
export const QuizQuestionSchema = z
  .object({
    /** Stable id within the set: the question's anchor, and what an outline's question links to ("lanh-hai-rong"). */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The question, as printed and read aloud. */
    question: z.string().min(1),
    /** The choices in printed order (A, B, C, D); each plausible, all but one clearly wrong by the article. */
    options: z.array(z.string().min(1)).min(2).max(LETTERS.length),
    /** Letter of the right option. */
    answer: z.enum(LETTERS),
    /** The article that decides it; the key quotes it whole, which is the explanation (no uncited words). */
    basis: BasisSchema,
  })
  .refine((q) => LETTERS.indexOf(q.answer) < q.options.length, {
    message: 'names an option that does not exist',
    path: ['answer'],
  })
  .refine((q) => new Set(q.options).size === q.options.length, {
    message: 'two options are the same',
    path: ['options'],
  });

/**
 * A set of questions for a "tìm hiểu pháp luật về biên giới" contest (content/trac-nghiem/<set>.yaml):
 * an on-screen self-check, a student sheet and a teacher's key are made from it.
 */
export const QuizSchema = z.object({
  /** Title of the set: "Luật Biển Việt Nam". */
  title: z.string().min(1),
  /** One sentence saying what the set covers; shown in the list and on its pages. */
  summary: z.string().min(1),
  /** Who it is written for. */
  audience: AudienceSchema,
  /** The documents the questions are about (content/van-ban/ slugs). */
  documents: z.array(reference('vanBan')).min(1),
  /** The questions, in order. */
  questions: z.array(QuizQuestionSchema).min(1),
  /** Position in the list of sets; without it, after the ordered ones, by title. */
  order: z.number().int().optional(),
});

export type Quiz = z.output<typeof QuizSchema>;
export type QuizQuestion = z.output<typeof QuizQuestionSchema>;
