/**
 * What the browser stores for a reader (the handout's choice, "Chữ to") can be anything: a value
 * from an older version, a hand edit, or storage refused outright. The page must keep working and
 * never claim a choice is saved when it is not.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import config from '../../playwright.config.ts';
import { trackErrors } from './helpers.ts';

const HANDOUT = '/tai-lieu-phat-tay.html';
const HANDOUT_KEY = 'tu-sach-bien-gioi:tai-lieu-phat-tay';
const SAVED = 'Lựa chọn được lưu trên máy này.';
const NOT_SAVED = 'Máy này không cho lưu lựa chọn: lựa chọn chỉ giữ đến khi đóng trang.';
const TEXT_SIZE_NOT_SAVED = 'Máy này không cho lưu: chữ to chỉ giữ trên trang này.';

const handoutStatus = (page: Page) => page.locator('#ho-status');

async function tickFirstArticle(page: Page): Promise<void> {
  const list = page.locator('#ho-builder details').first();
  await list.locator('summary').click();
  await list.getByRole('checkbox').first().check();
}

test('a bad stored handout choice is dropped, and the builder still works', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto(HANDOUT);
  for (const bad of [
    '{"items":null}',
    '[]',
    '5',
    'null',
    '{not json',
    '{"items":[1,2],"title":"x"}',
    '{"items":["a"],"title":{}}',
  ]) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [HANDOUT_KEY, bad]);
    await page.reload();
    await expect(page.locator('#ho-builder'), bad).toBeVisible();
    await expect(page.locator('#ho-no-script'), bad).toBeHidden();
    await expect(handoutStatus(page), bad).toHaveText(`Đã chọn 0 mục. ${SAVED}`);
    const stored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? 'null'),
      HANDOUT_KEY,
    );
    expect(stored.items, bad).toEqual([]);
  }
  await tickFirstArticle(page);
  await expect(handoutStatus(page)).toHaveText(`Đã chọn 1 mục. ${SAVED}`);
  expect(errors).toEqual([]);
});

test('a stored title is shown as text, never as markup', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto(HANDOUT);
  const title = '<img src="data:," onerror="window.ran = 1">';
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    [HANDOUT_KEY, JSON.stringify({ items: [], title })],
  );
  await page.reload();
  await expect(page.locator('#ho-sheet-title')).toHaveText(title);
  expect(await page.evaluate(() => (window as unknown as { ran?: number }).ran)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('"Chữ to" turns on only for the value it stores, not for any other stored text', async ({
  page,
}) => {
  await page.goto('/index.html');
  for (const value of ['0', 'false', '"1"', 'true']) {
    await page.evaluate((v) => localStorage.setItem('tu-sach.chu-to', v), value);
    await page.reload();
    await expect(page.locator('html'), value).not.toHaveClass(/\bchu-to\b/);
  }
});

test.describe('when the browser refuses to store (setItem throws)', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('refused', 'QuotaExceededError');
      };
    });
  });

  test('the handout says its choice lasts until the page is closed', async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto(HANDOUT);
    await tickFirstArticle(page);
    await expect(handoutStatus(page)).toHaveText(`Đã chọn 1 mục. ${NOT_SAVED}`);
    await expect(page.locator('.ho-item:visible')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('"Chữ to" still enlarges the text and says it lasts for this page only, even on a 320px screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/index.html');
    await expect(page.getByText(TEXT_SIZE_NOT_SAVED)).toHaveCount(0);
    await page.getByRole('button', { name: 'Chữ to' }).click();
    await expect(page.locator('html')).toHaveClass(/\bchu-to\b/);
    await expect(page.getByText(TEXT_SIZE_NOT_SAVED)).toBeVisible();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
  });
});

test('with local storage turned off in Chromium, the handout and "Chữ to" work and say nothing is saved', async ({
  baseURL,
}) => {
  const browser = await chromium.launch({
    ...config.use?.launchOptions,
    args: [...(config.use?.launchOptions?.args ?? []), '--disable-local-storage'],
  });
  const page = await browser.newPage({ baseURL });
  const errors = trackErrors(page);
  await page.goto(HANDOUT);
  await tickFirstArticle(page);
  await expect(handoutStatus(page)).toHaveText(`Đã chọn 1 mục. ${NOT_SAVED}`);
  await page.getByRole('button', { name: 'Chữ to' }).click();
  await expect(page.getByText(TEXT_SIZE_NOT_SAVED)).toBeVisible();
  expect(errors).toEqual([]);
  await browser.close();
});
