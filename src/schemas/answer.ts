import { z } from 'astro/zod';
import { LawRefSchema } from './law-ref.ts';

/**
 * The one-sentence answer a Q&A opens with: what a resident can act on, read
 * before the law. Its words are ours, so it states no number or date unless `answerCite` names
 * the article or public source it comes from, which the page shows right after it and the build
 * checks the body cites too (src/lib/content-index.ts).
 */

/** A sentence ends at . ! ? or … followed by a space and more words; "1.000" and "299/2025" do not end one. */
const SENTENCE_BREAK = /[.!?…]["”’)]?\s+\S/u;
/** "không phải không", "không thể không", "chẳng … không": a reader who reads little loses the sense. */
const DOUBLE_NEGATIVE =
  /\b(?:không|chẳng|chưa)\s+(?:phải\s+(?:là\s+)?|thể\s+|hề\s+)?(?:không|chẳng)\b/iu;
/** Short enough to read on one phone screen with the question: about three lines at 360 px. */
export const ANSWER_MAX_LENGTH = 260;

export const AnswerSentenceSchema = z
  .string()
  .trim()
  .min(1, 'write the answer in one sentence')
  .max(
    ANSWER_MAX_LENGTH,
    `keep the answer to one sentence of at most ${ANSWER_MAX_LENGTH} characters`,
  )
  .refine((s) => !s.includes('\n'), 'the answer is one sentence on one line')
  .refine((s) => /[.!?]$/u.test(s), 'end the answer with . or ? or !')
  .refine(
    (s) => !SENTENCE_BREAK.test(s),
    'the answer is one sentence: split it, keep the first, move the rest to the body',
  )
  .refine((s) => !DOUBLE_NEGATIVE.test(s), 'say it without a double negative ("không … không")');

/** What the answer sentence rests on: an article, khoản or điểm, or a public source (content/tham-khao/<id>). */
export const AnswerCiteSchema = z.union([
  LawRefSchema.strict(),
  z.object({ source: z.string().min(1) }).strict(),
]);

export type AnswerCite = z.output<typeof AnswerCiteSchema>;

/** True when the sentence states a figure (a number or a date) and so needs `answerCite`. */
export function statesFigure(answer: string): boolean {
  return /\d/u.test(answer);
}

/** The answer's two fields, for a schema to spread; refine that schema with `figureIsCited`. */
export const ANSWER_FIELDS = {
  /** The answer in one sentence, shown first on the page: "Có, nhưng phải …". No double negatives. */
  answer: AnswerSentenceSchema,
  /** The article or source the sentence rests on, shown after it; required when it has a number or date. */
  answerCite: AnswerCiteSchema.optional(),
};

/** A figure in the answer needs its citation: the refinement for a schema with ANSWER_FIELDS. */
export function figureIsCited(a: { answer: string; answerCite?: AnswerCite }): boolean {
  return Boolean(a.answerCite) || !statesFigure(a.answer);
}

/** What the build says when `figureIsCited` fails, at the field to fill in. */
export const FIGURE_NEEDS_CITE = {
  message:
    'the answer states a number or date: name its article or source in answerCite (the body must ' +
    'cite it too)',
  path: ['answerCite'],
};

export const AnswerFieldsSchema = z.object(ANSWER_FIELDS).refine(figureIsCited, FIGURE_NEEDS_CITE);
