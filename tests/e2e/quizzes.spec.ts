import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { expect, test, type Page } from '@playwright/test';
import type { QuizQuestion } from '../../src/schemas/quiz.ts';
import { a4Pages, copyOfSite, squash, trackErrors } from './helpers.ts';

// Quizzes for the "tìm hiểu pháp luật về biên giới" contests.
const SET = 'luat-bien-viet-nam';
const SELF_CHECK = `/trac-nghiem/${SET}.html`;
const SHEET = `/trac-nghiem/${SET}/phieu.html`;
const KEY = `/trac-nghiem/${SET}/dap-an.html`;
const { questions } = load(readFileSync(`content/trac-nghiem/${SET}.yaml`, 'utf8')) as {
  questions: QuizQuestion[];
};
const wrongLetter = (q: QuizQuestion) => (q.answer === 'A' ? 'B' : 'A');

/** Ticks the right answer to every question but the last two: one wrong, one left blank. */
async function answer(page: Page): Promise<void> {
  for (const [i, q] of questions.entries()) {
    if (i === questions.length - 1) continue;
    const letter = i === questions.length - 2 ? wrongLetter(q) : q.answer;
    await page.locator(`#cau-${q.id} input[value="${letter}"]`).check();
  }
}

async function selfCheck(page: Page, url: string): Promise<void> {
  const errors = trackErrors(page);
  await page.goto(url);
  await expect(page.locator('#qz-no-script')).toBeHidden();
  await answer(page);
  await page.getByRole('button', { name: 'Chấm bài' }).click();
  await expect(page.getByRole('status')).toHaveText(
    `Bạn trả lời đúng ${questions.length - 2} trên ${questions.length} câu.`,
  );
  const [first, wrong, blank] = [questions[0], questions.at(-2)!, questions.at(-1)!].map((q) =>
    page.locator(`#cau-${q.id} [data-qz-feedback]`),
  );
  await expect(first).toHaveText('Đúng.');
  await expect(wrong).toHaveText(
    `Chưa đúng. Đáp án đúng: ${questions.at(-2)!.answer}. ${rightText(questions.at(-2)!)}.`,
  );
  await expect(blank).toHaveText(
    `Chưa chọn. Đáp án đúng: ${questions.at(-1)!.answer}. ${rightText(questions.at(-1)!)}.`,
  );
  await expect(page.locator('#dap-an')).toHaveAttribute('open');
  await page.getByRole('button', { name: 'Làm lại' }).click();
  await expect(page.locator('input:checked')).toHaveCount(0);
  await expect(page.locator('[data-qz-feedback]:visible')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('');
  expect(errors).toEqual([]);
}

const rightText = (q: QuizQuestion) => q.options['ABCD'.indexOf(q.answer)];

test('the self-check marks each answer in words and gives the score, over http', async ({
  page,
}) => {
  await selfCheck(page, SELF_CHECK);
});

test('the self-check works from a folder opened by file://', async ({ page }) => {
  await selfCheck(page, pathToFileURL(join(copyOfSite(), 'trac-nghiem', `${SET}.html`)).href);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the self-check still shows every question and a folded answer key', async ({ page }) => {
    await page.goto(SELF_CHECK);
    await expect(page.getByText('trình duyệt cần bật JavaScript')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Chấm bài' })).toBeHidden();
    await expect(page.locator('.quiz__q legend')).toHaveCount(questions.length);
    const key = page.locator('#dap-an');
    await expect(key).not.toHaveAttribute('open');
    await key.locator('summary').click();
    await expect(key.locator('li').first()).toContainText(
      `${questions[0].answer}. ${rightText(questions[0])}`,
    );
    await expect(
      key.getByRole('link', { name: 'Điều 11 Luật Biển Việt Nam năm 2012' }).first(),
    ).toBeVisible();
  });
});

/** What a printed page shows: the body's text with print styles applied. */
async function printed(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  return squash(await page.locator('body').innerText());
}

test('the student sheet prints the questions with boxes and lines to write on, and no answer anywhere', async ({
  page,
}) => {
  await page.goto(SHEET);
  expect(await page.content()).not.toMatch(/data-answer|Đáp án đúng/);
  const text = await printed(page);
  expect(text.startsWith('Phiếu làm bài: Vùng biển Việt Nam theo Luật Biển Việt Nam')).toBe(true);
  for (const q of questions) {
    expect(text).toContain(squash(q.question));
    for (const [i, option] of q.options.entries())
      expect(text).toContain(`${'ABCD'[i]}. ${option}`);
  }
  // Every printed page ends with the edition it came from ("In từ Tủ sách …"); nothing else of the site prints.
  const sheet = text.replace(/In từ Tủ sách pháp luật biên giới, ấn bản ngày [\d/]+\.$/, '');
  for (const hidden of [
    'Tủ sách pháp luật biên giới',
    'Tự kiểm tra trên máy',
    'Đáp án cho người chấm',
    'Ctrl + P',
  ])
    expect(sheet).not.toContain(hidden);
  await expect(page.locator('.sheet__box')).toHaveCount(
    questions.reduce((n, q) => n + q.options.length, 0),
  );
  await expect(page.locator('.sheet__blank')).toHaveCount(4);
  expect(await a4Pages(page)).toBeLessThanOrEqual(3);
});

test('the key gives every right answer and quotes the article that decides it, printed on A4', async ({
  page,
}) => {
  await page.goto(KEY);
  await expect(page.locator('.key__summary li')).toHaveText(
    questions.map((q, i) => `Câu ${i + 1}: ${q.answer}`),
  );
  const first = page.locator(`#cau-${questions[0].id}`);
  await expect(first.locator('.key__answer')).toHaveText(
    `Đáp án đúng: ${questions[0].answer}. ${rightText(questions[0])}`,
  );
  const law = readFileSync('content/van-ban/nguon/luat-bien-viet-nam-2012.txt', 'utf8').split('\n');
  const article = law.indexOf('Điều 11. Lãnh hải');
  await expect(first.locator('.lq blockquote p')).toHaveText(law.slice(article, article + 3));
  await expect(
    first.getByRole('link', { name: 'Điều 11 Luật Biển Việt Nam năm 2012' }),
  ).toHaveAttribute('href', '../../van-ban/luat-bien-viet-nam-2012.html#dieu-11');
  const text = await printed(page);
  expect(text).not.toContain('Tự kiểm tra trên máy');
  expect(text).toContain(`Câu ${questions.length}. ${squash(questions.at(-1)!.question)}`);
  expect(await a4Pages(page)).toBeGreaterThan(1);
});

test("the quizzes are reached from the home page, and an outline's question leads to its answer", async ({
  page,
}) => {
  await page.goto('/index.html');
  await page.getByRole('link', { name: 'Trắc nghiệm tìm hiểu pháp luật về biên giới' }).click();
  await expect(page.locator('main')).toHaveAttribute('data-page-kind', 'trac-nghiem');
  await page.getByRole('link', { name: 'Bộ đội Biên phòng và Ngày Biên phòng toàn dân' }).click();
  await expect(
    page
      .getByRole('navigation', { name: 'Bộ câu hỏi này' })
      .getByRole('link', { name: 'Tự kiểm tra trên máy' }),
  ).toHaveAttribute('aria-current', 'page');
  await page.goto('/de-cuong.html');
  await page.getByRole('link', { name: 'Trắc nghiệm tìm hiểu pháp luật về biên giới' }).click();
  await expect(page).toHaveURL(/trac-nghiem\.html$/);
  await page.goto('/de-cuong/phap-luat-bien-gioi-cho-nguoi-dan-xa-bien-gioi.html');
  const questionsForAudience = page.locator('.audience-questions');
  await questionsForAudience
    .getByRole('link', { name: 'Ngày Biên phòng toàn dân là ngày nào?' })
    .click();
  await expect(page).toHaveURL(
    /trac-nghiem\/bo-doi-bien-phong\/dap-an\.html#cau-ngay-bien-phong-toan-dan$/,
  );
  await expect(page.locator('#cau-ngay-bien-phong-toan-dan .key__answer')).toHaveText(
    'Đáp án đúng: B. Ngày 03 tháng 3',
  );
  await page.goBack();
  await questionsForAudience
    .getByRole('link', { name: 'Xã mình có thuộc khu vực biên giới không? Vì sao?' })
    .click();
  await expect(page).toHaveURL(/hoi-dap\/khu-vuc-bien-gioi-gom-nhung-xa-nao\.html$/);
});

test('the sheet and the key stay out of search; the self-check is found', async ({ page }) => {
  for (const [url, indexed] of [
    [SELF_CHECK, true],
    [SHEET, false],
    [KEY, false],
  ] as const) {
    await page.goto(url);
    expect(await page.locator('main[data-pagefind-body]').count(), url).toBe(indexed ? 1 : 0);
  }
});
