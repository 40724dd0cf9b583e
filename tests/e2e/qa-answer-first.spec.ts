import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test, type Locator, type Page } from '@playwright/test';

// A Q&A opens with its one-sentence answer, then the law; the list opens with questions.
const SCREENS = [
  { width: 1024, height: 768 },
  { width: 360, height: 640 },
];

const answerOf = (slug: string) =>
  (
    load(readFileSync(`content/hoi-dap/${slug}.mdx`, 'utf8').split('---\n')[1]) as {
      answer: string;
    }
  ).answer;

/** True when the element's top and bottom are both inside the first screen, without scrolling. */
async function onFirstScreen(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  return !!box && box.y >= 0 && box.y + box.height <= page.viewportSize()!.height;
}

for (const screen of SCREENS) {
  test.describe(`at ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen });

    test('a Q&A page shows its answer sentence first, above the law it rests on', async ({
      page,
    }) => {
      await page.goto('/hoi-dap/vanh-dai-bien-gioi-rong-bao-nhieu.html');
      const answer = page.locator('article.content > .qa-answer');
      await expect(answer).toContainText(answerOf('vanh-dai-bien-gioi-rong-bao-nhieu'));
      // Right under the question: nothing of the body comes before it.
      const next = await page.locator('article.content > h1 + *').evaluate((el) => el.className);
      expect(next).toBe('qa-answer');
      expect(await onFirstScreen(page, answer.getByText('Trả lời ngắn:'))).toBe(true);
      const quote = page.locator('article.content .lq').first();
      expect((await answer.boundingBox())!.y).toBeLessThan((await quote.boundingBox())!.y);
      // Its figure comes with its article, which lands on the law page's anchor.
      const cite = answer.getByRole('link', {
        name: 'khoản 4 Điều 2 Luật Biên phòng Việt Nam năm 2020',
      });
      await expect(cite).toHaveAttribute(
        'href',
        '../van-ban/luat-bien-phong-viet-nam-2020.html#dieu-2-khoan-4',
      );
    });

    test('the Q&A list opens with its first heading and questions on the first screen', async ({
      page,
    }) => {
      await page.goto('/hoi-dap.html');
      const headings = page.locator('main h2');
      expect(await headings.count()).toBeLessThanOrEqual(6);
      const first = page.locator('main section.qa-group').first();
      expect(await onFirstScreen(page, first.locator('h2'))).toBe(true);
      expect(await onFirstScreen(page, first.locator('li a').first())).toBe(true);
      // No wall of links before the questions: the first link in <main> is the first question.
      await expect(page.locator('main a').first()).toHaveText(
        (await first.locator('li a').first().textContent())!,
      );
    });
  });
}

test('a Q&A names its heading on the list and links back to it', async ({ page }) => {
  await page.goto('/hoi-dap/ngu-dan-ra-khu-vuc-bien-gioi-bien-can-mang-giay-to-gi.html');
  const back = page.locator('main .meta-line').getByRole('link', { name: 'Biển, đảo và ngư dân' });
  await expect(back).toHaveAttribute('href', '../hoi-dap.html#nhom-bien-dao');
  await back.click();
  await expect(page.locator('#nhom-bien-dao + .qa-list')).toContainText(
    'Ngư dân đưa tàu ra khu vực biên giới biển cần mang theo giấy tờ gì?',
  );
});
