/**
 * The handout by the clause and on one page: a khoản or điểm, an answer and a
 * diagram on the sheet; "Thêm vào tài liệu phát tay" from articles, explainers, answers and
 * outlines; the page estimate against the printed PDF; the compact layout; the dates and notices
 * every printed sheet carries; file://.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { handoutQuery } from '../../src/lib/handout/keys.ts';
import {
  a4Pages,
  copyOfSite,
  lawPage,
  printedText,
  READING_ROOM,
  sourceLine,
  squash,
  trackErrors,
} from './helpers.ts';

const HANDOUT = '/tai-lieu-phat-tay.html';
const BGQG = 'luat-bien-gioi-quoc-gia-2003';
const BIEN = 'luat-bien-viet-nam-2012';
const BGQG_TITLE = 'Luật Biên giới quốc gia năm 2003';
const SEA_ZONES = 'Các vùng biển của Việt Nam – tính từ đâu, rộng bao nhiêu?';
const LAND_BORDER =
  'Biên giới trên đất liền, mốc quốc giới, vành đai biên giới và khu vực biên giới';
const K2_D14 = `khoản 2 Điều 14 ${BGQG_TITLE}`;
const B_K2_D34 = `điểm b khoản 2 Điều 34 ${BGQG_TITLE}`;
const sheet = (page: Page) => page.locator('#ho-items');
const cites = (page: Page) => sheet(page).locator('.lq__cite');

/** Opens the article list of `law` in the chooser, then the khoản and điểm of its article `dieu`. */
async function openParts(page: Page, lawTitle: string, dieu: string): Promise<void> {
  const law = page.locator('fieldset', { has: page.locator('legend', { hasText: lawTitle }) });
  const list = law.locator('details');
  if (!(await list.evaluate((d) => (d as HTMLDetailsElement).open)))
    await list.locator('summary').click();
  await law.getByRole('button', { name: `Chọn khoản, điểm của Điều ${dieu} ` }).click();
}

/** The date an-ban.json gives the edition, as pages write it (dd/mm/yyyy). */
async function editionDay(page: Page): Promise<string> {
  const edition = await (await page.request.get('/an-ban.json')).json();
  return (edition.edition as string).split('-').reverse().join('/');
}

test('a reader chooses a khoản and a điểm: the sheet quotes just those, with the words leading into them', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto(HANDOUT);
  await openParts(page, BGQG_TITLE, '14');
  const khoan2 = sourceLine(BGQG, '2. Phá hoại an ninh');
  await page.getByRole('checkbox', { name: squash(khoan2).slice(0, 40) }).check();
  await openParts(page, BGQG_TITLE, '34');
  await page.getByRole('checkbox', { name: 'b) Các nguồn thu khác' }).check();
  await expect(page.locator('#ho-status')).toContainText('Đã chọn 2 mục.');
  await expect(cites(page)).toHaveText([K2_D14, B_K2_D34]);
  await expect(cites(page).first().locator('a')).toHaveAttribute(
    'href',
    `van-ban/${BGQG}.html#dieu-14-khoan-2`,
  );
  const text = await printedText(page);
  const kept = [
    'Các hành vi bị nghiêm cấm:',
    '2. Phá hoại an ninh',
    '2. Nguồn tài chính',
    'b) Các nguồn thu khác',
  ];
  for (const start of kept) expect(text).toContain(squash(sourceLine(BGQG, start)));
  const left = [
    '1. Xê dịch, phá hoại mốc quốc giới',
    'a) Ngân sách nhà nước cấp',
    '3. Chính phủ quy định cụ thể',
  ];
  for (const start of left) expect(text).not.toContain(squash(sourceLine(BGQG, start)));
  expect(text).toContain('[…]');
  // The whole article chosen too: it is printed once, whole.
  await page.emulateMedia({ media: 'screen' });
  await page.locator(`input[value="${BGQG}#dieu-14"]`).check();
  await expect(cites(page)).toHaveText([`Điều 14 ${BGQG_TITLE}`, B_K2_D34]);
  expect(errors).toEqual([]);
});

test('an answer and a diagram go on the handout', async ({ page }) => {
  await page.goto(HANDOUT);
  await page.getByText(/^Chọn câu hỏi/).click();
  await page.getByRole('checkbox', { name: 'Lãnh hải Việt Nam rộng bao nhiêu?' }).check();
  await page.getByRole('checkbox', { name: LAND_BORDER }).check();
  await expect(sheet(page).locator('.ho-item > h3')).toHaveText([
    'Lãnh hải Việt Nam rộng bao nhiêu?',
  ]);
  // The answer shows its own diagram; the chosen diagram comes after the answers, in the page's order.
  await expect(sheet(page).locator('.diagram')).toHaveCount(2);
  await expect(sheet(page).locator('.diagram svg')).toHaveCount(2);
  await expect(page.locator('#ho-status')).toContainText('Đã chọn 2 mục.');
});

test.describe('"Thêm vào tài liệu phát tay"', () => {
  test('on a law page adds the article, or the khoản the reader picked', async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto(lawPage(BGQG));
    const article = page.locator('section.dieu', { has: page.locator('#dieu-14') });
    const add = article.locator('a.ho-add');
    await expect(add).toHaveText('Thêm vào tài liệu phát tay');
    await article.locator('#dieu-14-khoan-2').click();
    await expect(add).toHaveText('Thêm khoản 2 Điều 14 vào tài liệu phát tay');
    await add.click();
    await expect(page.locator('#ho-added')).toHaveText(`Đã thêm vào tài liệu: ${K2_D14}.`);
    await expect(cites(page)).toHaveText([K2_D14]);
    // Its khoản list is open with the box ticked, and the address no longer asks to add it.
    await expect(page.locator(`input[value="${BGQG}#dieu-14-khoan-2"]`)).toBeChecked();
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    await expect(cites(page)).toHaveText([K2_D14]);
    await expect(page.locator('#ho-added')).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('is on every article of a law page', async ({ page }) => {
    await page.goto(lawPage(BIEN));
    const articles = await page.locator('section.dieu').count();
    expect(articles).toBeGreaterThan(50);
    await expect(page.locator('section.dieu a.ho-add')).toHaveCount(articles);
  });

  test('on an explainer, an answer and an outline adds the piece, or the articles an outline reads', async ({
    page,
  }) => {
    await page.goto('/giai-thich/cac-vung-bien-cua-viet-nam.html');
    await page.getByRole('link', { name: 'Thêm vào tài liệu phát tay' }).click();
    await expect(page.locator('#ho-added')).toContainText(`Đã thêm vào tài liệu: ${SEA_ZONES}`);
    await page.goto('/hoi-dap/moc-quoc-gioi-la-gi.html');
    await page.getByRole('link', { name: 'Thêm vào tài liệu phát tay' }).click();
    await expect(sheet(page).locator('.ho-item > h3')).toHaveText([
      'Mốc quốc giới là gì?',
      SEA_ZONES,
    ]);
    await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
    await page.goto('/de-cuong/phap-luat-bien-gioi-cho-nguoi-dan-xa-bien-gioi.html');
    await page
      .getByRole('link', { name: 'Thêm các điều luật cần đọc vào tài liệu phát tay' })
      .click();
    await expect(page.locator('#ho-added')).toContainText(`Điều 14 ${BGQG_TITLE}`);
    expect(await cites(page).count()).toBeGreaterThan(1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('is not offered, and the pages read as before', async ({ page }) => {
      await page.goto(lawPage(BGQG));
      await expect(page.locator('#dieu-14')).toBeVisible();
      await expect(page.locator('a.ho-add').first()).toBeHidden();
      await page.goto('/giai-thich/cac-vung-bien-cua-viet-nam.html');
      await expect(page.getByRole('link', { name: 'Thêm vào tài liệu phát tay' })).toBeHidden();
      await expect(page.locator('main h1')).toHaveText(SEA_ZONES);
    });
  });
});

test('the page estimates the printed A4 pages as the PDF has them, and the compact layout fits one page', async ({
  page,
}) => {
  const articles = ['11', '12', '13', '14', '15', '16'].map((dieu) => `${BIEN}#dieu-${dieu}`);
  await page.goto(HANDOUT + handoutQuery(articles));
  const estimate = page.locator('#ho-estimate');
  await expect(estimate).toContainText(
    'Ước tính: bản in khoảng 2 trang A4. In gọn thì khoảng 1 trang.',
  );
  expect(await a4Pages(page)).toBe(2);
  await page.getByRole('radio', { name: /^Gọn/ }).check();
  await expect(estimate).toContainText('Ước tính: bản in khoảng 1 trang A4.');
  await expect(estimate).not.toContainText('In gọn');
  expect(await a4Pages(page)).toBe(1);
  // The layout is part of the stored choice.
  await page.reload();
  await expect(page.getByRole('radio', { name: /^Gọn/ })).toBeChecked();
  // One article: one page, said so.
  await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
  await expect(estimate).toBeHidden();
  await page.locator(`input[value="${BIEN}#dieu-11"]`).check();
  await expect(estimate).toContainText('bản in khoảng 1 trang A4.');
  expect(await a4Pages(page)).toBe(1);
});

test('the printed sheet carries the edition, the day its texts are up to, and the change not yet applied', async ({
  page,
}) => {
  const day = await editionDay(page);
  // Khoản 1 of Điều 7 of the sea law: Luật số 72/2025/QH15 adds a khoản 3 the text here lacks.
  await page.goto(HANDOUT + handoutQuery([`${BIEN}#dieu-7-khoan-1`]));
  const item = sheet(page).locator('.ho-item');
  await expect(item.locator('.amend')).toContainText('Luật số 72/2025/QH15');
  const text = await printedText(page);
  expect(text).toContain(squash(sourceLine(BIEN, '1. Chính phủ thống nhất')));
  expect(text).not.toContain(squash(sourceLine(BIEN, '2. Các bộ, cơ quan ngang bộ')));
  expect(text).toContain(`Văn bản trong tài liệu này Luật Biển Việt Nam năm 2012: Còn hiệu lực`);
  expect(text).toContain(`Văn bản cập nhật đến ngày ${day}. Luật số 72/2025/QH15`);
  expect(text.endsWith(`In từ Tủ sách pháp luật biên giới, ấn bản ngày ${day}.`)).toBe(true);
  await expect(page.locator('#ho-sheet .amend').first()).toBeVisible();
  // Every printed page carries the sheet's title at its head and the dates at its foot (margin boxes).
  const margins = await page.locator('head style').last().textContent();
  expect(margins).toContain('@top-left { content: "Tài liệu tìm hiểu pháp luật về biên giới"; }');
  expect(margins).toContain(
    `@bottom-left { content: "Tủ sách pháp luật biên giới, ấn bản ngày ${day}; ` +
      `văn bản cập nhật đến ngày ${day}."; }`,
  );
});

test(`the handout by the clause works from a folder opened by file:// ${READING_ROOM}`, async ({
  page,
}) => {
  const errors = trackErrors(page);
  const url = pathToFileURL(join(copyOfSite(), 'tai-lieu-phat-tay.html')).href;
  await page.goto(
    url + handoutQuery([`${BGQG}#dieu-34-khoan-2-diem-b`, 'hoi-dap/moc-quoc-gioi-la-gi']),
  );
  await expect(page.locator('#ho-added')).toContainText(B_K2_D34);
  await expect(cites(page).first()).toHaveText(B_K2_D34);
  await expect(page.locator('#ho-estimate')).toContainText('bản in khoảng 1 trang A4.');
  // The estimate holds in the reading room's browser too.
  expect(await a4Pages(page)).toBe(1);
  await page.goto(url);
  await expect(page.locator(`input[value="${BGQG}#dieu-34-khoan-2-diem-b"]`)).toBeChecked();
  expect(await printedText(page)).toContain(squash(sourceLine(BGQG, 'b) Các nguồn thu khác')));
  expect(errors).toEqual([]);
});

test('Đề cương and Tài liệu phát tay are in the top menu, which fits 320px with "Chữ to"', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/index.html');
  await page.getByRole('button', { name: 'Chữ to' }).click();
  const nav = page.getByRole('navigation', { name: 'Mục chính' });
  const handout = nav.getByRole('link', { name: 'Tài liệu phát tay' });
  await expect(handout).toHaveAttribute('href', 'tai-lieu-phat-tay.html');
  await expect(nav.getByRole('link', { name: 'Đề cương' })).toHaveAttribute(
    'href',
    'de-cuong.html',
  );
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    return { scrollWidth, clientWidth };
  });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  for (const link of await nav.getByRole('link').all()) {
    const box = (await link.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
  await handout.click();
  await expect(handout).toHaveAttribute('aria-current', 'page');
});
