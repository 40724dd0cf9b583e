/**
 * Status never overclaims: wherever a status is shown it names the changes the wording shown lacks:
 * the document page (above the text and at the article), the home card, the search hit, quotes,
 * the handout and an-ban.json.
 */
import { expect, test } from '@playwright/test';
import { HOOK, selector } from '../../src/lib/search/shared/names.ts';
import { lawPage, trackErrors } from './helpers.ts';
import { protocolTag, PROTOCOLS, searchFor, siteBase } from './search-site.ts';

const BIEN_PHONG = 'luat-bien-phong-viet-nam-2020';
const BIEN = 'luat-bien-viet-nam-2012';
const AMENDED = 'Còn hiệu lực (đã được sửa đổi, bổ sung; bản này chưa cập nhật nội dung sửa đổi)';
const PREDATES = 'nội dung trong tủ sách là nguyên văn trước khi sửa đổi';

/** "02/12/2026" from "2026-12-02": the day as the page writes it. */
const dayInWords = (iso: string) => iso.split('-').reverse().join('/');

test('the Luật Biên phòng page says above its text that Luật 98/2025/QH15 changed it and the wording shown predates it', async ({
  page,
  request,
}) => {
  const errors = trackErrors(page);
  const edition = await (await request.get('/an-ban.json')).json();
  const checked = edition.documents.find(
    (d: { slug: string }) => d.slug === BIEN_PHONG,
  ).statusCheckedOn;
  await page.goto(lawPage(BIEN_PHONG));
  const panel = page.locator('#tinh-trang-hieu-luc');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Tình trạng hiệu lực');
  await expect(panel.locator('.status__words')).toHaveText(AMENDED);
  await expect(panel).toContainText(
    'Luật số 98/2025/QH15 (Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng, ' +
      'ban hành ngày 27/06/2025) đã sửa đổi, bổ sung 5 điều',
  );
  await expect(panel).toContainText('có hiệu lực từ ngày 01/07/2025');
  await expect(panel).toContainText(PREDATES);
  // Where to read the change: its sources, in the page's source list with their addresses.
  await expect(
    panel.locator('.status__change').getByRole('link', { name: 'Báo Mới (baomoi.net.vn)' }),
  ).toHaveAttribute('href', '#nguon-baomoi-2025-luat-98-sua-doi-luat-bien-phong');
  await expect(page.locator('#nguon-baomoi-2025-luat-98-sua-doi-luat-bien-phong')).toContainText(
    'https://baomoi.net.vn/',
  );
  await expect(panel).toContainText(
    `Kiểm tra ngày ${dayInWords(checked)}, theo các nguồn nêu trên.`,
  );
  await expect(
    panel.getByRole('link', { name: 'Văn bản và địa danh sau sắp xếp năm 2025' }),
  ).toHaveAttribute('href', '../sap-xep-2025.html');
  // Above the text: the panel comes before the first article in the page.
  expect(
    await panel.evaluate((el) =>
      Boolean(
        el.compareDocumentPosition(document.querySelector('[data-article]')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ),
  ).toBe(true);
  await panel.getByRole('link', { name: 'thuviennhadat.vn' }).last().click();
  await expect(page.locator('#nguon-thuviennhadat-luat-98-2025')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('the Luật Biển page names Luật 72/2025/QH15 in its status panel and at Điều 7', async ({
  page,
}) => {
  await page.goto(lawPage(BIEN));
  const panel = page.locator('#tinh-trang-hieu-luc');
  await expect(panel.locator('.status__words')).toHaveText(AMENDED);
  await expect(panel).toContainText(
    'Luật số 72/2025/QH15 (Luật Tổ chức chính quyền địa phương, ban hành ngày 16/06/2025) đã bổ ' +
      'sung khoản 3 Điều 7',
  );
  const notice = page.locator('[data-article="7"] .amend');
  await expect(notice).toContainText(
    'Điều này đã được bổ sung khoản 3 bởi khoản 1 Điều 52 Luật số 72/2025/QH15',
  );
  await expect(notice).toContainText('nội dung dưới đây là nguyên văn khi ban hành');
  await panel.getByRole('link', { name: 'Điều 7', exact: true }).click();
  await expect(page).toHaveURL(/#dieu-7$/);
  await expect(notice).toBeInViewport();
});

test('the home card of Luật Biên phòng names Luật 98/2025/QH15 and says the wording shown predates it', async ({
  page,
}) => {
  await page.goto('/index.html');
  // exact: Nghị định 106/2021's title ends with the law's name too.
  const link = page.getByRole('link', { name: 'Luật Biên phòng Việt Nam', exact: true });
  const card = page.locator('.card', { has: link });
  await expect(card).toContainText(AMENDED);
  await expect(card).toContainText('Luật số 98/2025/QH15 đã sửa đổi, bổ sung 5 điều');
  await expect(card).toContainText(PREDATES);
});

for (const protocol of PROTOCOLS) {
  test(
    `the search hit of Luật Biên phòng names Luật 98/2025/QH15 and says the wording shown predates it (${protocol})`,
    protocolTag(protocol),
    async ({ page }) => {
      await page.goto(`${siteBase(protocol)}tim-kiem.html`);
      await searchFor(page, 'luat bien phong');
      const hit = page
        .locator(`${selector(HOOK.list)} > li`, {
          has: page.getByRole('link', { name: 'Luật Biên phòng Việt Nam năm 2020', exact: true }),
        })
        .first();
      await expect(hit.locator('.search-hit__status')).toContainText(AMENDED);
      await expect(hit.locator('.search-hit__status')).toContainText('Luật số 98/2025/QH15');
      await expect(hit.locator('.search-hit__status')).toContainText(PREDATES);
    },
  );
}

test('a quote of a Luật Biên phòng article carries the notice and leads to the status panel', async ({
  page,
}) => {
  await page.goto('/giai-thich/trach-nhiem-cua-nguoi-dan-bao-ve-bien-gioi.html');
  const quote = page.locator('.lq', {
    hasText: 'khoản 2 Điều 7 Luật Biên phòng Việt Nam năm 2020',
  });
  const notice = quote.locator('.amend');
  await expect(notice).toContainText('Luật Biên phòng Việt Nam năm 2020 đã được sửa đổi, bổ sung');
  await expect(notice).toContainText('Luật số 98/2025/QH15');
  await expect(notice).toContainText('Nội dung trích dưới đây là nguyên văn khi ban hành');
  await notice.getByRole('link', { name: 'Xem tình trạng hiệu lực của văn bản' }).click();
  await expect(page).toHaveURL(/luat-bien-phong-viet-nam-2020\.html#tinh-trang-hieu-luc$/);
});

test("the handout carries the notice with a Luật Biên phòng article, and each law's status", async ({
  page,
}) => {
  await page.goto('/tai-lieu-phat-tay.html');
  const law = page.locator('fieldset', {
    has: page.locator('legend', { hasText: 'Luật Biên phòng Việt Nam năm 2020' }),
  });
  await expect(law.locator('.ho-law-status')).toContainText(AMENDED);
  await law.locator('summary').click();
  await law.locator(`input[value="${BIEN_PHONG}#dieu-23"]`).check();
  const item = page.locator(`.ho-item[data-ho-item="${BIEN_PHONG}#dieu-23"]`);
  await expect(item.locator('.amend')).toContainText('Luật số 98/2025/QH15');
  await page.emulateMedia({ media: 'print' });
  await expect(item.locator('.amend')).toBeVisible();
  await expect(item.locator('.amend')).toContainText(PREDATES);
});

test('an-ban.json gives each document its status words and outstanding changes', async ({
  request,
}) => {
  const edition = await (await request.get('/an-ban.json')).json();
  const doc = (slug: string) => edition.documents.find((d: { slug: string }) => d.slug === slug);
  expect(doc(BIEN_PHONG).statusWords).toBe(AMENDED);
  expect(doc(BIEN_PHONG).outstandingChanges[0]).toContain('Luật số 98/2025/QH15');
  expect(doc(BIEN).outstandingChanges[0]).toContain('Luật số 72/2025/QH15');
  expect(doc('luat-bien-gioi-quoc-gia-2003').outstandingChanges).toEqual([]);
  // The edition is dated by the newest status check on the shelf.
  expect(edition.edition).toBe(
    [...edition.documents.map((d: { statusCheckedOn: string }) => d.statusCheckedOn)].sort().at(-1),
  );
});
