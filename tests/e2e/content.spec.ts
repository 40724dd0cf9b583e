import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { lawPage, printedText, sourceLine, squash, trackErrors } from './helpers.ts';

const EXPLAINER = '/giai-thich/tong-quan-luat-bien-gioi-quoc-gia-2003.html';
const HANDOUT = '/tai-lieu-phat-tay.html';

test('a reader opens an explainer and follows a citation to the article', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/index.html');
  await page.getByRole('link', { name: 'Giải thích pháp luật' }).click();
  await page.getByRole('link', { name: 'Luật Biên giới quốc gia năm 2003 nói gì?' }).click();
  await expect(page.locator('main')).toHaveAttribute('data-page-kind', 'giai-thich');
  const quote = page.locator('.lq', { hasText: 'khoản 2 Điều 29' });
  await expect(quote.locator('blockquote')).toHaveText(
    sourceLine('luat-bien-gioi-quoc-gia-2003', '2. Người phát hiện mốc quốc giới'),
  );
  await quote
    .getByRole('link', { name: 'khoản 2 Điều 29 Luật Biên giới quốc gia năm 2003' })
    .click();
  await expect(page).toHaveURL(/\/van-ban\/luat-bien-gioi-quoc-gia-2003\.html#dieu-29-khoan-2$/);
  await expect(page.locator('#dieu-29-khoan-2')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('an explainer lists its cited documents and public sources at the end', async ({ page }) => {
  await page.goto(EXPLAINER);
  const basis = page.locator('.basis');
  await expect(basis.getByRole('link', { name: 'Luật Biên phòng Việt Nam' })).toBeVisible();
  const source = basis.locator('#nguon-tvpl-vbhn-26-2020-luat-bien-gioi-quoc-gia');
  await expect(source).toContainText('Văn bản hợp nhất 26/VBHN-VPQH');
  await page.locator('.src-ref').first().click();
  await expect(source).toBeInViewport();
});

test('each article lists the explainers, questions and outlines that cite it', async ({ page }) => {
  await page.goto(`${lawPage('luat-bien-gioi-quoc-gia-2003')}#dieu-14`);
  const citedBy = page.locator('[data-article="14"] .cb');
  await expect(citedBy).toHaveAttribute('data-ui', '');
  await expect(citedBy).toContainText(
    'Được giải thích trong: Luật Biên giới quốc gia năm 2003 nói gì?',
  );
  await expect(citedBy).toContainText('Câu hỏi liên quan:');
  await expect(citedBy).toContainText('Dùng trong đề cương:');
  await expect(
    citedBy.getByRole('link', {
      name: 'Pháp luật về biên giới quốc gia cho người dân xã biên giới',
    }),
  ).toHaveAttribute('href', '../de-cuong/phap-luat-bien-gioi-cho-nguoi-dan-xa-bien-gioi.html');
  await citedBy.getByRole('link', { name: 'Có được xê dịch mốc quốc giới không?' }).click();
  await expect(page).toHaveURL(/\/hoi-dap\/co-duoc-xe-dich-moc-quoc-gioi-khong\.html$/);
  await expect(page.locator('main')).toHaveAttribute('data-page-kind', 'hoi-dap');
  await expect(page.locator('[data-article="2"] .cb')).toHaveCount(0);
});

test("the glossary transcludes every law's definition of a term, and explainers link to it", async ({
  page,
}) => {
  await page.goto(EXPLAINER);
  await page.locator('.term', { hasText: 'mốc quốc giới' }).first().click();
  await expect(page).toHaveURL(/\/thuat-ngu\.html#moc-quoc-gioi$/);
  await expect(page.locator('main')).toHaveAttribute('data-page-kind', 'thuat-ngu');
  const entry = (id: string) => page.locator('.term-entry', { has: page.locator(`h2#${id}`) });
  await expect(entry('moc-quoc-gioi').locator('blockquote')).toHaveText(
    sourceLine('luat-bien-gioi-quoc-gia-2003', '5. Mốc quốc giới'),
  );
  const ship = entry('tau-thuyen');
  await expect(ship.locator('blockquote')).toHaveText([
    sourceLine('luat-bien-gioi-quoc-gia-2003', '8. Tàu thuyền'),
    sourceLine('luat-bien-viet-nam-2012', '3. Tàu thuyền'),
  ]);
  await expect(
    ship.getByRole('link', { name: 'khoản 3 Điều 3 Luật Biển Việt Nam năm 2012' }),
  ).toHaveAttribute('href', 'van-ban/luat-bien-viet-nam-2012.html#dieu-3-khoan-3');
  // A term two documents define has one entry quoting both: a decree's and a law's.
  await expect(entry('vanh-dai-bien-gioi').locator('blockquote')).toHaveText([
    sourceLine('nghi-dinh-34-2014-nd-cp', '2. Vành đai biên giới'),
    sourceLine('luat-bien-phong-viet-nam-2020', '4. Vành đai biên giới'),
  ]);
  await expect(entry('vanh-dai-bien-gioi')).toContainText(
    'khoản 4 Điều 2 Luật Biên phòng Việt Nam năm 2020',
  );
  await expect(entry('khu-vuc-bien-gioi-bien')).toContainText(
    'khoản 1 Điều 3 Nghị định 71/2015/NĐ-CP',
  );
});

test('questions sit under a few headings, outlines show aims before the body and questions after', async ({
  page,
}) => {
  await page.goto('/hoi-dap.html');
  const topic = page.locator('section', { has: page.locator('h2#nhom-moc-quoc-gioi') });
  await expect(topic.getByRole('link', { name: 'Mốc quốc giới là gì?' })).toBeVisible();
  await expect(
    topic.getByRole('link', { name: 'Có được xê dịch mốc quốc giới không?' }),
  ).toBeVisible();
  await page.goto('/de-cuong.html');
  await page
    .getByRole('link', { name: 'Pháp luật về biên giới quốc gia cho người dân xã biên giới' })
    .click();
  const headings = await page.locator('main h2').allTextContents();
  expect(headings.slice(0, 4)).toEqual([
    'Mục tiêu',
    'Nội dung chính',
    'Điều luật cần đọc',
    'Câu hỏi cho người nghe',
  ]);
});

test('the reorganisation page is reached from home; each statement has a source or says it has none', async ({
  page,
}) => {
  await page.goto('/index.html');
  await page.getByRole('link', { name: 'Văn bản và địa danh sau sắp xếp năm 2025' }).click();
  await expect(page).toHaveURL(/\/sap-xep-2025\.html$/);
  await expect(page.locator('main')).toHaveAttribute('data-page-kind', 'khac');
  // A named public source, an article or law of the shelf, or the page saying it has no source yet.
  const statements = page.locator('article.content').locator('li, p');
  expect(await statements.count()).toBeGreaterThan(30);
  for (const text of await statements.evaluateAll((nodes) =>
    nodes
      .filter((n) => !n.querySelector('a.src-ref, a[href*="van-ban/"]'))
      .map((n) => n.textContent ?? ''),
  )) {
    expect(text).toMatch(/chưa/);
  }
  await expect(page.locator('.basis #nguon-violet-cong-bao-luat-72-2025-dieu-1')).toContainText(
    'violet.vn',
  );
  await expect(page.locator('.basis #nguon-baomoi-2025-21-tinh-giap-bien')).toContainText(
    'baomoi.com',
  );
  await page.locator('.src-ref').first().click();
  await expect(page.locator('.basis .sources li').first()).toBeInViewport();
});

test('an explainer links a pre-2025 name to the page on the reorganisation', async ({ page }) => {
  await page.goto('/giai-thich/khu-vuc-bien-gioi-va-vanh-dai-bien-gioi.html');
  await page
    .getByRole('link', { name: 'xem trang Văn bản và địa danh sau sắp xếp năm 2025' })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sap-xep-2025\.html$/);
});

test('the timeline lists the treaties and laws in date order, each with its basis', async ({
  page,
}) => {
  await page.goto('/dong-thoi-gian.html');
  const dates = await page
    .locator('.timeline time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort());
  const first = page.locator('.timeline li').first();
  await expect(first).toContainText('30/12/1999');
  await expect(first).toContainText(
    'Ký Hiệp ước biên giới trên đất liền Việt Nam – Trung Quốc năm 1999 tại Hà Nội.',
  );
  await expect(first.getByRole('link', { name: 'vietnam.vn' })).toHaveAttribute(
    'href',
    '#nguon-vietnamvn-hiep-uoc-1999-25-nam',
  );
  const inForce = page.locator('.timeline li', {
    hasText: 'Luật Biên giới quốc gia năm 2003 có hiệu lực',
  });
  await expect(inForce).toContainText('01/01/2004');
  await expect(
    inForce.getByRole('link', { name: 'Điều 40 Luật Biên giới quốc gia năm 2003' }),
  ).toHaveAttribute('href', 'van-ban/luat-bien-gioi-quoc-gia-2003.html#dieu-40');
});

/** Ticks an article as a reader does: opens the law's list, then the box. */
async function tick(page: Page, law: string, article: string): Promise<void> {
  const box = page.locator(`input[value="${law}#dieu-${article}"]`);
  const list = page.locator('details', { has: box });
  if (!(await list.evaluate((d) => (d as HTMLDetailsElement).open)))
    await list.locator('summary').click();
  await box.check();
}

async function chooseForHandout(page: Page): Promise<void> {
  await tick(page, 'luat-bien-gioi-quoc-gia-2003', '14');
  await tick(page, 'luat-bien-gioi-quoc-gia-2003', '29');
  await tick(page, 'luat-bien-phong-viet-nam-2020', '23');
  // The decrees are on the handout like the laws.
  await tick(page, 'nghi-dinh-34-2014-nd-cp', '6');
  await page.getByRole('checkbox', { name: 'Luật Biên giới quốc gia năm 2003 nói gì?' }).check();
  await page.getByLabel('Tiêu đề tài liệu').fill('Tài liệu họp thôn');
}

test('an officer prints a handout with the chosen articles and explainer, and nothing else', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto(HANDOUT);
  await chooseForHandout(page);
  await expect(page.getByRole('status')).toHaveText(
    'Đã chọn 5 mục. Lựa chọn được lưu trên máy này.',
  );
  await page.reload();
  await expect(page.locator('input[value="luat-bien-gioi-quoc-gia-2003#dieu-29"]')).toBeChecked();
  const printed = await printedText(page);
  expect(printed.startsWith('Tài liệu họp thôn')).toBe(true);
  for (const start of ['1. Xê dịch, phá hoại mốc quốc giới', '2. Người phát hiện mốc quốc giới']) {
    expect(printed).toContain(squash(sourceLine('luat-bien-gioi-quoc-gia-2003', start)));
  }
  expect(printed).toContain(
    squash(sourceLine('luat-bien-phong-viet-nam-2020', '1. Ngày 03 tháng 3 hằng năm')),
  );
  expect(printed).toContain(
    squash(sourceLine('nghi-dinh-34-2014-nd-cp', '1. Đối với công dân Việt Nam')),
  );
  await expect(page.locator('.ho-item[data-ho-item*="#dieu-"]:visible .lq__cite')).toHaveText([
    'Điều 14 Luật Biên giới quốc gia năm 2003',
    'Điều 29 Luật Biên giới quốc gia năm 2003',
    'Điều 6 Nghị định 34/2014/NĐ-CP',
    'Điều 23 Luật Biên phòng Việt Nam năm 2020',
  ]);
  expect(printed).toContain('Luật Biên giới quốc gia năm 2003 nói gì?');
  expect(printed).not.toContain(
    squash(sourceLine('luat-bien-gioi-quoc-gia-2003', '1. Việc xuất cảnh, nhập cảnh')),
  );
  expect(printed).not.toContain('Chọn điều');
  expect(printed).not.toContain('In tài liệu');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
  await expect(page.locator('.ho-item:visible')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the handout builder works from a folder opened by file://, its choice kept', async ({
  page,
}) => {
  const folder = join(mkdtempSync(join(tmpdir(), 'tu-sach-')), 'Tủ sách biên giới');
  cpSync(resolve('dist'), folder, { recursive: true });
  const url = pathToFileURL(join(folder, 'tai-lieu-phat-tay.html')).href;
  const errors = trackErrors(page);
  await page.goto(url);
  await tick(page, 'luat-bien-viet-nam-2012', '11');
  await page.goto(url);
  await expect(page.locator('input[value="luat-bien-viet-nam-2012#dieu-11"]')).toBeChecked();
  expect(await printedText(page)).toContain(
    squash(sourceLine('luat-bien-viet-nam-2012', 'Lãnh hải là vùng biển')),
  );
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the handout page explains itself and offers each law to print whole', async ({ page }) => {
    await page.goto(HANDOUT);
    await expect(page.getByText('trình duyệt cần bật JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Luật Biển Việt Nam năm 2012' })).toHaveAttribute(
      'href',
      'van-ban/luat-bien-viet-nam-2012.html',
    );
    await expect(page.locator('#ho-builder')).toBeHidden();
  });
});
