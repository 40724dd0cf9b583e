/**
 * Quiz sets (content/trac-nghiem/<set>.yaml), loaded and checked once per build like
 * every citation: a question whose basis names no article, or whose deciding words are not in that
 * article's text, or an id used twice in a set, stops the build at the question's line.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Quiz } from '../../schemas/quiz.ts';
import type { CitationTargets } from '../citations.ts';
import { getLibrary } from '../library.ts';
import { SourceError } from '../source-error.ts';
import { questionProblem } from './check.ts';

export interface QuizSet {
  /** The file name: the set's pages are trac-nghiem/<slug>.html and its sheet and key. */
  slug: string;
  data: Quiz;
}

let loading: Promise<QuizSet[]> | undefined;

/** Every set, by `order` then title, checked against the shelf once per build. */
export function getQuizzes(): Promise<QuizSet[]> {
  loading ??= loadQuizzes();
  return loading;
}

async function loadQuizzes(): Promise<QuizSet[]> {
  const [library, entries] = await Promise.all([getLibrary(), getCollection('tracNghiem')]);
  const targets = { document: (slug: string) => library.documents.find((d) => d.slug === slug) };
  for (const entry of entries) check(entry, targets);
  const sets = entries.map((e) => ({ slug: e.id, data: e.data }));
  const order = (set: QuizSet) => set.data.order ?? Infinity;
  return sets.sort((a, b) => order(a) - order(b) || a.data.title.localeCompare(b.data.title, 'vi'));
}

function check(
  entry: CollectionEntry<'tracNghiem'>,
  targets: Pick<CitationTargets, 'document'>,
): void {
  const file = entry.filePath ?? `trac-nghiem/${entry.id}.yaml`;
  const source = readFileSync(file, 'utf8');
  const idLines = source.split('\n').flatMap((l, i) => (/^\s*-?\s*id:/.test(l) ? [i + 1] : []));
  const seen = new Set<string>();
  entry.data.questions.forEach((question, i) => {
    const line = idLines[i] ?? 1;
    if (seen.has(question.id))
      throw new SourceError(file, line, `question id "${question.id}" is used twice`);
    seen.add(question.id);
    const problem = questionProblem(question, targets);
    if (problem) throw new SourceError(file, line, `question "${question.id}": ${problem}`);
  });
}

/** The props of each page made from a set. */
export interface QuizPageProps {
  set: QuizSet;
}

/** getStaticPaths of a set's pages: one page per set, the set as its prop. */
export async function quizPaths(): Promise<{ params: { slug: string }; props: QuizPageProps }[]> {
  return (await getQuizzes()).map((set) => ({ params: { slug: set.slug }, props: { set } }));
}
