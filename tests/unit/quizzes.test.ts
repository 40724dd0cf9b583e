import { describe, expect, it } from 'vitest';
import { LETTERS, lettered, questionProblem, rightOption } from '../../src/lib/quizzes/check.ts';
import type { Quiz, QuizQuestion } from '../../src/schemas/quiz.ts';
import { lawTargets, yamlFiles } from './content-files.ts';

const SETS = yamlFiles<Omit<Quiz, 'documents'>>('trac-nghiem');
const laws = lawTargets();
const questions = [...SETS].flatMap(([set, quiz]) =>
  quiz.questions.map((q): [string, QuizQuestion] => [`${set}#${q.id}`, q]),
);

describe('the quiz sets in content/trac-nghiem/', () => {
  it('are at least three sets of ten: the sea law, borders and markers, the Border Guard', () => {
    expect(SETS.size).toBeGreaterThanOrEqual(3);
    for (const [set, quiz] of SETS) expect(quiz.questions.length, set).toBeGreaterThanOrEqual(10);
    expect([...SETS.keys()]).toEqual(
      expect.arrayContaining([
        'luat-bien-viet-nam',
        'bien-gioi-va-moc-quoc-gioi',
        'bo-doi-bien-phong',
      ]),
    );
  });

  it.each(questions)('%s is decided by its article: the deciding words are in its text', (_, q) => {
    expect(questionProblem(q, laws)).toBeUndefined();
    expect(LETTERS.indexOf(q.answer)).toBeLessThan(q.options.length);
    expect(new Set(q.options).size).toBe(q.options.length);
  });

  it('do not always put the right answer under the same letter', () => {
    for (const [set, quiz] of SETS)
      expect(new Set(quiz.questions.map((q) => q.answer)).size, set).toBeGreaterThanOrEqual(3);
  });

  it('ask for Ngày Biên phòng toàn dân from Luật Biên phòng Việt Nam, Điều 23', () => {
    const q = SETS.get('bo-doi-bien-phong')!.questions.find(
      (x) => x.id === 'ngay-bien-phong-toan-dan',
    )!;
    expect(rightOption(q)).toBe('Ngày 03 tháng 3');
    expect(q.basis).toMatchObject({ doc: 'luat-bien-phong-viet-nam-2020', dieu: '23', khoan: '1' });
  });
});

describe('a question', () => {
  const q: QuizQuestion = {
    id: 'x',
    question: 'Lãnh hải rộng bao nhiêu?',
    options: ['3 hải lý', '12 hải lý'],
    answer: 'B',
    basis: { doc: 'luat-bien-viet-nam-2012', dieu: '11', words: 'chiều rộng 12 hải lý' },
  };

  it('has lettered options and one right answer', () => {
    expect(lettered(q)).toEqual([
      ['A', '3 hải lý'],
      ['B', '12 hải lý'],
    ]);
    expect(rightOption(q)).toBe('12 hải lý');
  });

  it('is refused when its deciding words are not in its article, or the article does not exist', () => {
    expect(
      questionProblem({ ...q, basis: { ...q.basis, words: 'chiều rộng 24 hải lý' } }, laws),
    ).toBe('the words "chiều rộng 24 hải lý" are not in the text of its basis');
    expect(questionProblem({ ...q, basis: { ...q.basis, dieu: '13', khoan: '5' } }, laws)).toBe(
      'khoản 5 Điều 13 does not exist in luat-bien-viet-nam-2012',
    );
  });
});
