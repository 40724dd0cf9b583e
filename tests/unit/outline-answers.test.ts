import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  answerOf,
  answerProblem,
  answerRoute,
  questionText,
  type AnswerTargets,
  type AudienceQuestion,
} from '../../src/lib/outline-answers.ts';
import { href } from '../../src/lib/paths.ts';
import { yamlFiles } from './content-files.ts';

const targets: AnswerTargets = {
  questions: new Set(['moc-quoc-gioi-la-gi']),
  quizzes: new Map([['luat-bien', new Set(['lanh-hai-rong'])]]),
};

describe('an audience question', () => {
  it('is plain, or names its answer: a Q&A page, or a quiz question in its key', () => {
    const plain: AudienceQuestion = 'Biên phòng là gì?';
    const linked: AudienceQuestion = {
      text: 'Lãnh hải rộng bao nhiêu?',
      answer: 'trac-nghiem/luat-bien#lanh-hai-rong',
    };
    expect([questionText(plain), answerOf(plain)]).toEqual(['Biên phòng là gì?', undefined]);
    expect(href('/de-cuong/a.html', answerRoute(answerOf(linked)!))).toBe(
      '../trac-nghiem/luat-bien/dap-an.html#cau-lanh-hai-rong',
    );
    expect(href('/de-cuong/a.html', answerRoute('hoi-dap/moc-quoc-gioi-la-gi'))).toBe(
      '../hoi-dap/moc-quoc-gioi-la-gi.html',
    );
  });

  it('must name an answer that exists', () => {
    expect(answerProblem('hoi-dap/moc-quoc-gioi-la-gi', targets)).toBeUndefined();
    expect(answerProblem('trac-nghiem/luat-bien#lanh-hai-rong', targets)).toBeUndefined();
    expect(answerProblem('hoi-dap/khong-co', targets)).toBe(
      'no question "khong-co" in content/hoi-dap/',
    );
    expect(answerProblem('trac-nghiem/khong-co#x', targets)).toBe(
      'no quiz set "khong-co" in content/trac-nghiem/',
    );
    expect(answerProblem('trac-nghiem/luat-bien#khong-co', targets)).toBe(
      'no question "khong-co" in quiz set "luat-bien"',
    );
  });
});

describe('the outlines in content/de-cuong/', () => {
  const frontmatter = (file: string) =>
    load(
      readFileSync(`content/de-cuong/${file}`, 'utf8')
        .split('\n---')[0]
        .replace(/^---\n/, ''),
    ) as { questions: AudienceQuestion[] };
  const outlines = readdirSync('content/de-cuong')
    .filter((f) => f.endsWith('.mdx'))
    .map(frontmatter);

  it('link most of their questions to answers that exist', () => {
    const real: AnswerTargets = {
      questions: new Set(readdirSync('content/hoi-dap').map((f) => f.replace(/\.mdx$/, ''))),
      quizzes: new Map(
        [...yamlFiles<{ questions: { id: string }[] }>('trac-nghiem')].map(([set, q]) => [
          set,
          new Set(q.questions.map((x) => x.id)),
        ]),
      ),
    };
    const answers = outlines.flatMap((o) => o.questions.flatMap((q) => answerOf(q) ?? []));
    expect(answers.length).toBeGreaterThan(outlines.flatMap((o) => o.questions).length / 2);
    expect(answers.filter((a) => answerProblem(a, real))).toEqual([]);
    expect(answers.some((a) => a.startsWith('trac-nghiem/'))).toBe(true);
  });
});
