/**
 * A Q&A whose question is close to the query comes first: a resident who types the
 * question ("nguoi dan co duoc vao vanh dai bien gioi khong") is best served by its answer, which
 * opens with one sentence to act on and then quotes the law.
 */
import { fold, words } from './fold.ts';

/** How close a query must be to a question: the share of words they have in common (Dice's coefficient). */
export const CLOSE_QUESTION = 0.8;

/** The ids of the questions close to the query, closest first. */
export function closeQuestions(
  query: string,
  questions: Readonly<Record<string, string>>,
): string[] {
  const asked = foldedWords(query);
  return Object.entries(questions)
    .map(([id, question]) => ({ id, closeness: closeness(asked, foldedWords(question)) }))
    .filter((q) => q.closeness >= CLOSE_QUESTION)
    .sort((a, b) => b.closeness - a.closeness)
    .map((q) => q.id);
}

function foldedWords(text: string): Set<string> {
  return new Set(words(text).map(fold));
}

function closeness(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  return a.size + b.size > 0 ? (2 * shared) / (a.size + b.size) : 0;
}
