/**
 * Addresses a reader may follow or bookmark, however odd: a law page
 * opened from a search hit with a malformed fragment or a huge ?tim= still opens, marks the words
 * it can, and throws nothing.
 */
import { expect, test } from '@playwright/test';
import { lawPage, trackErrors } from './helpers.ts';

const LAW = lawPage('luat-bien-gioi-quoc-gia-2003');

test('a malformed #fragment beside ?tim= does not stop the marking', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto(`${LAW}?tim=bien#%E0%A4%A`);
  await expect(page.locator('main mark.search-mark').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("a malformed #fragment alone throws nothing, and the page's tools are there", async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto(`${LAW}#%E0%A4%A`);
  await expect(page.getByRole('button', { name: 'Sao chép trích dẫn' }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a ?tim= of a thousand words opens the page and marks its first words', async ({ page }) => {
  const errors = trackErrors(page);
  const many = Array.from({ length: 1000 }, (_, i) => `x${i.toString(36)}`).join(' ');
  await page.goto(`${LAW}?tim=${encodeURIComponent(`mốc ${many}`)}#dieu-14`);
  await expect(page.locator('[data-article="14"] mark.search-mark').first()).toHaveText(/mốc/i);
  expect(errors).toEqual([]);
});
