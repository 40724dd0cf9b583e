import { expect, test } from '@playwright/test';
import { LAWS, lawPage, trackErrors } from './helpers.ts';

test('the home page shows the shelf grouped by kind, with number, date and status', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto('/index.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 2, name: 'Luật' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Điều ước quốc tế' })).toBeVisible();
  const law = page.locator('.card', {
    has: page.getByRole('link', { name: 'Luật Biên giới quốc gia' }),
  });
  await expect(law).toContainText('06/2003/QH11');
  await expect(law).toContainText('17/06/2003');
  await expect(law).toContainText('Còn hiệu lực');
  expect(errors).toEqual([]);
});

test('a reader opens a law from the shelf and follows the table of contents to Điều 14', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto('/index.html');
  await page.getByRole('link', { name: 'Luật Biên giới quốc gia' }).click();
  await expect(page).toHaveURL(/\/van-ban\/luat-bien-gioi-quoc-gia-2003\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Luật Biên giới quốc gia');
  await page.locator('.toc').getByRole('link', { name: 'Điều 14', exact: true }).click();
  await expect(page).toHaveURL(/#dieu-14$/);
  await expect(page.locator('#dieu-14')).toBeInViewport();
  await expect(page.locator('#dieu-14-khoan-1')).toContainText(
    '1. Xê dịch, phá hoại mốc quốc giới',
  );
  expect(errors).toEqual([]);
});

test('Điều 21 of the 2003 law says it was amended, by what, from when, with the new wording', async ({
  page,
}) => {
  await page.goto(`${lawPage('luat-bien-gioi-quoc-gia-2003')}#dieu-21`);
  const article = page.locator('[data-article="21"]');
  const notice = article.locator('.amend');
  await expect(notice).toContainText('Điều này đã được sửa đổi');
  await expect(
    notice.getByRole('link', { name: 'Điều 35 Luật Biên phòng Việt Nam năm 2020' }),
  ).toHaveAttribute('href', 'luat-bien-phong-viet-nam-2020.html#dieu-35');
  await expect(notice).toContainText('01/01/2022');
  await expect(notice).toContainText('tạm dừng hoạt động ở vành đai biên giới');
  await expect(article.locator('.superseded')).toContainText(
    'Nội dung gốc khi ban hành (đã được thay thế)',
  );
  await expect(article.locator('.superseded')).toContainText(
    'tạm ngừng qua lại biên giới quốc gia',
  );
  await notice.getByRole('link', { name: 'Điều 35 Luật Biên phòng Việt Nam năm 2020' }).click();
  await expect(page.locator('#dieu-35')).toBeInViewport();
  await expect(page.locator('[data-article="35"] .amends')).toContainText(
    'Điều 21 Luật Biên giới quốc gia năm 2003',
  );
});

test('the copy-citation action cites the khoản the reader chose', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${lawPage('luat-bien-gioi-quoc-gia-2003')}#dieu-14-khoan-2`);
  const button = page.locator('[data-article="14"] .cite');
  await expect(button).toHaveText('Sao chép trích dẫn khoản 2 Điều 14');
  await button.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'khoản 2 Điều 14 Luật Biên giới quốc gia năm 2003',
  );
  await expect(page.locator('[data-article="14"] [role="status"]')).toContainText('Đã sao chép');
  await page.locator('#dieu-14-khoan-5').click();
  await expect(button).toHaveText('Sao chép trích dẫn khoản 5 Điều 14');
});

test('a treaty without verified text shows its facts and a plain notice, no text', async ({
  page,
}) => {
  await page.goto('/van-ban/hiep-uoc-bien-gioi-viet-trung-1999.html');
  await expect(page.getByText('Toàn văn chưa có trong tủ sách này')).toBeVisible();
  await expect(page.locator('[data-article]')).toHaveCount(0);
  await expect(page.locator('.meta')).toContainText('30/12/1999');
});

test('the decrees sit on the shelf under "Nghị định", after the laws', async ({ page }) => {
  await page.goto('/index.html');
  const groups = await page.locator('.shelf h2').allTextContents();
  expect(groups.indexOf('Nghị định')).toBe(groups.indexOf('Luật') + 1);
  const decrees = page.locator('section.shelf', {
    has: page.getByRole('heading', { name: 'Nghị định', exact: true }),
  });
  await expect(decrees.locator('.card')).toHaveCount(3);
  await expect(decrees).toContainText('106/2021/NĐ-CP');
});

test('a decree page says which parts of its text are missing and why, and names NĐ 299/2025', async ({
  page,
}) => {
  await page.goto(lawPage('nghi-dinh-106-2021-nd-cp'));
  const missing = page.locator('.notice', { hasText: 'Những phần của văn bản chưa có ở đây' });
  await expect(missing.locator('li')).toHaveCount(3);
  await expect(missing).toContainText('Tên các chương');
  await expect(missing).toContainText('Phần ký tên');
  // The codification's title line is shown as the source's, not as an official heading.
  const sourceTitle = page.locator('[data-part="source-title"]');
  await expect(sourceTitle).toContainText(
    'Tên văn bản do bản nguồn ghi: Nghị định số 106/2021/NĐ-CP',
  );
  await expect(page.locator('.official-heading')).toHaveCount(0);
  await expect(page.locator('.status')).toContainText('Nghị định 299/2025/NĐ-CP');
  await page.goto(lawPage('nghi-dinh-34-2014-nd-cp'));
  await expect(missing).toContainText(
    'Phụ lục danh sách xã, phường, thị trấn khu vực biên giới đất liền',
  );
  const amended = page.locator('[data-article="3"] .amend');
  const by = 'bởi điểm a khoản 1 Điều 1 Nghị định số 299/2025/NĐ-CP';
  await expect(amended).toContainText(`Điều này đã được sửa đổi, bổ sung khoản 1 ${by}`);
});

test('a decree lists the laws it rests on and details; the law lists the decrees that detail it', async ({
  page,
}) => {
  await page.goto(lawPage('nghi-dinh-71-2015-nd-cp'));
  const meta = page.locator('.meta');
  const basis = meta.locator('dt:has-text("Căn cứ ban hành") + dd li');
  await expect(basis).toHaveCount(7);
  await expect(basis.getByRole('link')).toHaveText([
    'Luật Biên giới quốc gia ngày 17 tháng 6 năm 2003',
    'Luật Biển Việt Nam ngày 21 tháng 6 năm 2012',
  ]);
  await expect(basis.filter({ hasText: 'Luật Cư trú' })).toContainText('chưa có trong tủ sách');
  const details = meta.locator('dt:has-text("Quy định chi tiết") + dd');
  await details.getByRole('link', { name: 'Luật Biên giới quốc gia năm 2003' }).click();
  await expect(page).toHaveURL(/luat-bien-gioi-quoc-gia-2003\.html$/);
  const detailedBy = page
    .locator('.meta dt:has-text("Văn bản quy định chi tiết") + dd')
    .getByRole('link');
  await expect(detailedBy).toHaveText(['Nghị định 34/2014/NĐ-CP', 'Nghị định 71/2015/NĐ-CP']);
  await page.goto(lawPage('luat-bien-phong-viet-nam-2020'));
  await expect(detailedBy).toHaveText(['Nghị định 106/2021/NĐ-CP']);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  for (const slug of LAWS) {
    test(`${slug} is complete and navigable`, async ({ page }) => {
      await page.goto(lawPage(slug));
      const count = await page.locator('[data-article]').count();
      expect(count).toBeGreaterThan(30);
      await expect(page.locator('.toc a[href^="#dieu-"]')).toHaveCount(count);
      await expect(page.locator('.plink')).toHaveCount(count);
      await expect(page.locator('.cite')).toHaveCount(0);
      await page.locator('.toc a[href="#dieu-5"]').click();
      await expect(page.locator('#dieu-5')).toBeInViewport();
    });
  }
});
