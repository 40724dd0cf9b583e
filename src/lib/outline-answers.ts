/**
 * An outline's questions for the audience (frontmatter `questions:`), each plain or naming where
 * it is answered: a Q&A page, or a quiz question, whose key quotes the deciding article. The build
 * checks each named answer exists (src/lib/content-index.ts).
 */
import { quizQuestionAnchor } from './legal/ids.ts';
import type { Route } from './paths.ts';

/** "hoi-dap/<slug>" or "trac-nghiem/<set>#<question id>". */
export const ANSWER_PATTERN = /^(?:hoi-dap\/([a-z0-9-]+)|trac-nghiem\/([a-z0-9-]+)#([a-z0-9-]+))$/;

export type AudienceQuestion = string | { text: string; answer: string };

/** What exists to be linked to: Q&A slugs, and each quiz set's question ids. */
export interface AnswerTargets {
  questions: ReadonlySet<string>;
  quizzes: ReadonlyMap<string, ReadonlySet<string>>;
}

export const questionText = (q: AudienceQuestion): string => (typeof q === 'string' ? q : q.text);
export const answerOf = (q: AudienceQuestion): string | undefined =>
  typeof q === 'string' ? undefined : q.answer;

function parse(answer: string): { qa: string } | { set: string; question: string } {
  const m = ANSWER_PATTERN.exec(answer);
  if (!m) throw new Error(`"${answer}" is not hoi-dap/<slug> or trac-nghiem/<set>#<question id>`);
  return m[1] ? { qa: m[1] } : { set: m[2], question: m[3] };
}

/** Where the answer is read: the Q&A page, or the question in its set's key. */
export function answerRoute(answer: string): Route {
  const target = parse(answer);
  if ('qa' in target) return { page: 'question', slug: target.qa };
  return { page: 'quizKey', slug: target.set, anchor: quizQuestionAnchor(target.question) };
}

/** Why an answer names nothing, or undefined when it exists. */
export function answerProblem(answer: string, targets: AnswerTargets): string | undefined {
  const target = parse(answer);
  if ('qa' in target) {
    return targets.questions.has(target.qa)
      ? undefined
      : `no question "${target.qa}" in content/hoi-dap/`;
  }
  const ids = targets.quizzes.get(target.set);
  if (!ids) return `no quiz set "${target.set}" in content/trac-nghiem/`;
  return ids.has(target.question)
    ? undefined
    : `no question "${target.question}" in quiz set "${target.set}"`;
}
