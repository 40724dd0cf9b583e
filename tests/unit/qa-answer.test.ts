import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { answerCiteProblem } from '../../src/lib/answer-cite.ts';
import { extractCitations } from '../../src/lib/citations.ts';
import { AnswerFieldsSchema, AnswerSentenceSchema } from '../../src/schemas/answer.ts';
import { QA_GROUPS, QaGroupSchema } from '../../src/schemas/qa-group.ts';

const DIR = 'content/hoi-dap';
const answers = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const source = readFileSync(join(DIR, f), 'utf8');
    return { file: f, source, data: load(source.split('---\n')[1]) as Record<string, unknown> };
  });

const refused = (answer: string) =>
  AnswerSentenceSchema.safeParse(answer).error?.issues.map((i) => i.message);

describe('the one-sentence answer a Q&A opens with', () => {
  it('takes one plain sentence, numbers with dots and decree numbers included', () => {
    expect(refused('Có, nhưng phải trình báo Đồn Biên phòng.')).toBeUndefined();
    expect(refused('Rộng từ 100 m đến 1.000 m, theo Nghị định 299/2025/NĐ-CP.')).toBeUndefined();
    expect(refused('Có được không?')).toBeUndefined();
  });

  it('refuses an empty answer, two sentences, a missing full stop, a line break and a double negative', () => {
    expect(refused('  ')).toContain('write the answer in one sentence');
    expect(refused('Có. Nhưng phải báo trước.')?.[0]).toMatch(
      /^the answer is one sentence: split it/,
    );
    expect(refused('Có, nhưng phải báo trước')).toContain('end the answer with . or ? or !');
    expect(refused('Có, nhưng\nphải báo trước.')).toContain(
      'the answer is one sentence on one line',
    );
    expect(refused('Không phải không được vào.')?.[0]).toMatch(/double negative/);
    expect(refused('Không thể không báo.')?.[0]).toMatch(/double negative/);
    expect(refused(`${'a'.repeat(300)}.`)?.[0]).toMatch(/at most 260 characters/);
  });

  it('states a number or date only with the article or source it comes from', () => {
    const figure = { answer: 'Rộng từ 100 m đến 1.000 m.' };
    expect(AnswerFieldsSchema.safeParse(figure).error?.issues[0]).toMatchObject({
      path: ['answerCite'],
    });
    const cited = {
      ...figure,
      answerCite: { doc: 'luat-bien-phong-viet-nam-2020', dieu: 2, khoan: 4 },
    };
    expect(AnswerFieldsSchema.safeParse(cited).success).toBe(true);
    expect(
      AnswerFieldsSchema.safeParse({ ...figure, answerCite: { source: 'ts24-nd-299-2025' } })
        .success,
    ).toBe(true);
    expect(
      AnswerFieldsSchema.safeParse({ ...figure, answerCite: { doc: 'x', source: 'y' } }).success,
    ).toBe(false);
  });

  it('needs the body to cite what the answer cites', () => {
    const body = extractCitations(
      '<Cite doc="luat-a" dieu="2" khoan="4" /> <SourceRef id="nguon" />',
      'x.mdx',
    );
    expect(answerCiteProblem({ doc: 'luat-a', dieu: '2', khoan: '4' }, body)).toBeUndefined();
    expect(answerCiteProblem({ source: 'nguon' }, body)).toBeUndefined();
    expect(answerCiteProblem(undefined, body)).toBeUndefined();
    expect(answerCiteProblem({ doc: 'luat-a', dieu: '2' }, body)).toBe(
      "answerCite: the body does not cite luat-a Điều 2; cite it where the answer's figure is explained",
    );
    expect(answerCiteProblem({ source: 'khac' }, body)).toMatch(
      /does not cite <SourceRef id="khac" \/>/,
    );
  });
});

describe('every Q&A in content/hoi-dap/', () => {
  const named = answers.map((a) => [a.file, a] as const);
  it.each(named)('%s opens with a valid answer under one of the list headings', (_, a) => {
    expect(AnswerFieldsSchema.safeParse(a.data).error?.issues ?? []).toEqual([]);
    expect(QaGroupSchema.safeParse(a.data.group).success).toBe(true);
    const cite = AnswerFieldsSchema.parse(a.data).answerCite;
    expect(answerCiteProblem(cite, extractCitations(a.source, a.file))).toBeUndefined();
  });

  it('fall under at most six headings, none of them empty', () => {
    expect(QA_GROUPS.length).toBeLessThanOrEqual(6);
    for (const group of QA_GROUPS)
      expect(
        answers.some((a) => a.data.group === group),
        group,
      ).toBe(true);
  });
});
