/**
 * Quiz questions (pure, no build context): their options with letters, the right one, and why a
 * question may be wrong; src/lib/quizzes/load.ts runs the check on every question.
 */
import type { QuizQuestion } from '../../schemas/quiz.ts';
import { lookupLaw, type CitationTargets } from '../citations.ts';
import { nodeText } from '../legal/model.ts';

/** Option letters, in printed order. */
export const LETTERS = ['A', 'B', 'C', 'D'] as const;
export type Letter = (typeof LETTERS)[number];

/** The text of the right option. */
export function rightOption(question: QuizQuestion): string {
  return question.options[LETTERS.indexOf(question.answer)];
}

/** The options with their letters: [["A", "12 hải lý"], …]. */
export function lettered(question: QuizQuestion): [Letter, string][] {
  return question.options.map((option, i) => [LETTERS[i], option]);
}

/** Why a question is wrong, or undefined: its basis must exist and hold its deciding words. */
export function questionProblem(
  question: QuizQuestion,
  targets: Pick<CitationTargets, 'document'>,
): string | undefined {
  const found = lookupLaw(targets, question.basis.doc, question.basis);
  if ('problem' in found) return found.problem;
  const words = question.basis.words.normalize('NFC').replace(/\s+/g, ' ');
  if (nodeText(found.node!).includes(words)) return undefined;
  return `the words "${question.basis.words}" are not in the text of its basis`;
}
