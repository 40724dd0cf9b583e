import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HOOK, QUERY_INPUT_ID, selector } from '../../src/lib/search/shared/names.ts';
import { trackErrors } from './helpers.ts';
import { hitLinks, protocolTag, PROTOCOLS, searchFor, siteBase } from './search-site.ts';

for (const protocol of PROTOCOLS) {
  test.describe(`search (${protocol})`, protocolTag(protocol), () => {
    const base = () => siteBase(protocol);

    test('a resident types words without diacritics in the header and lands on the article, the words marked', async ({
      page,
    }) => {
      const errors = trackErrors(page);
      await page.goto(`${base()}index.html`);
      await page.getByRole('searchbox', { name: 'Tìm trong tủ sách' }).fill('moc quoc gioi');
      await page.getByRole('searchbox', { name: 'Tìm trong tủ sách' }).press('Enter');
      await expect(page).toHaveURL(/tim-kiem\.html\?q=moc\+quoc\+gioi$/);
      await expect(page.locator(selector(HOOK.results))).toHaveAttribute(
        HOOK.shownQuery,
        'moc quoc gioi',
      );
      const first = page.locator(`${selector(HOOK.list)} > li`).first();
      // "mốc quốc giới" is a defined term: its definition (khoản 5 Điều 4) comes first. "quốc" and
      // "giới" are in most records: they are searched, but not marked on the page a hit opens.
      await expect(first.getByRole('link').first()).toHaveAttribute(
        'href',
        'van-ban/luat-bien-gioi-quoc-gia-2003.html?tim=moc#dieu-4-khoan-5',
      );
      const articleHit = page.locator(`${selector(HOOK.list)} > li`).nth(1);
      await expect(articleHit.getByRole('link').first()).toHaveAttribute(
        'href',
        /^van-ban\/luat-bien-gioi-quoc-gia-2003\.html\?tim=moc#dieu-\d+$/,
      );
      await expect(articleHit.locator('.search-hit__excerpt mark').first()).toHaveText(
        /mốc|quốc|giới/,
      );
      const anchor = (await articleHit.getByRole('link').first().getAttribute('href'))!.split(
        '#',
      )[1];
      await articleHit.getByRole('link').first().click();
      await expect(page).toHaveURL(
        new RegExp(`luat-bien-gioi-quoc-gia-2003\\.html\\?tim=moc#${anchor}$`),
      );
      await expect(page.locator(`#${anchor}`)).toBeInViewport();
      const article = page.locator(`[data-article="${anchor.replace('dieu-', '')}"]`);
      await expect(article.locator('mark.search-mark').first()).toHaveText(/^mốc$/i);
      // Only inside the article the hit opened.
      expect(await page.locator('main mark.search-mark').count()).toBe(
        await article.locator('mark.search-mark').count(),
      );
      expect(errors).toEqual([]);
    });

    test('an officer types an article number and lands on that article', async ({ page }) => {
      const errors = trackErrors(page);
      await page.goto(`${base()}tim-kiem.html`);
      await searchFor(page, 'dieu 14 luat bien gioi');
      const [first] = await hitLinks(page);
      expect(first).toBe('van-ban/luat-bien-gioi-quoc-gia-2003.html#dieu-14');
      await page
        .locator(`${selector(HOOK.list)} > li > h2 > a`)
        .first()
        .click();
      await expect(page.locator('#dieu-14')).toBeInViewport();
      await expect(page.locator('#dieu-14-khoan-1')).toContainText(
        'Xê dịch, phá hoại mốc quốc giới',
      );
      expect(errors).toEqual([]);
    });

    test('a search can be linked: ?q= in the address runs it', async ({ page }) => {
      const errors = trackErrors(page);
      await page.goto(`${base()}tim-kiem.html?q=${encodeURIComponent('điều 35 luật biên phòng')}`);
      await expect(page.locator(`#${QUERY_INPUT_ID}`)).toHaveValue('điều 35 luật biên phòng');
      await expect(page.locator(selector(HOOK.results))).toHaveAttribute(
        HOOK.shownQuery,
        'điều 35 luật biên phòng',
      );
      expect((await hitLinks(page))[0]).toBe('van-ban/luat-bien-phong-viet-nam-2020.html#dieu-35');
      await expect(page.locator(selector(HOOK.noJs))).toBeHidden();
      await searchFor(page, 'mốc quốc giới');
      await expect(page).toHaveURL(/tim-kiem\.html\?q=m%E1%BB%91c\+qu%E1%BB%91c\+gi%E1%BB%9Bi$/);
      expect(errors).toEqual([]);
    });

    test("the document filter keeps only that document's hits", async ({ page }) => {
      const errors = trackErrors(page);
      await page.goto(`${base()}tim-kiem.html`);
      await searchFor(page, 'bien phong');
      expect((await hitLinks(page)).some((link) => !link.includes('luat-bien-viet-nam-2012'))).toBe(
        true,
      );
      // The filters come after the hits, folded.
      await page.getByText('Lọc kết quả').click();
      await page
        .getByRole('combobox', { name: 'Văn bản' })
        .selectOption({ label: 'Luật Biển Việt Nam năm 2012' });
      await expect
        .poll(async () => {
          const links = await hitLinks(page);
          return (
            links.length > 0 && links.every((link) => link.includes('luat-bien-viet-nam-2012'))
          );
        })
        .toBe(true);
      expect(errors).toEqual([]);
    });

    test('a link naming a document the shelf does not have searches the whole shelf, without errors', async ({
      page,
    }) => {
      const errors = trackErrors(page);
      await page.goto(`${base()}tim-kiem.html?q=bien+gioi&van-ban=khong-co-van-ban-nay`);
      await expect(page.locator(selector(HOOK.results))).toHaveAttribute(
        HOOK.shownQuery,
        'bien gioi',
      );
      await expect(page.locator(selector(HOOK.results))).toHaveAttribute('aria-busy', 'false');
      expect((await hitLinks(page)).length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });

    test('the search is keyboard-usable and announces how many hits it found', async ({ page }) => {
      const errors = trackErrors(page);
      await page.goto(`${base()}tim-kiem.html`);
      await page.locator(`#${QUERY_INPUT_ID}`).focus();
      await page.keyboard.type('vanh dai bien gioi');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status')).toHaveText(
        /^Có \d+ kết quả cho “vanh dai bien gioi”\.$/,
      );
      for (
        let i = 0;
        i < 10 &&
        !(await page.evaluate(
          (list) => !!document.activeElement?.closest(list),
          selector(HOOK.list),
        ));
        i++
      )
        await page.keyboard.press('Tab');
      await expect(page.locator(`${selector(HOOK.list)} a`).first()).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/van-ban\/.+#dieu-\d+(-khoan-\d+)?$/);
      expect(errors).toEqual([]);
    });

    test("a Q&A whose question is the query comes first; a law without article titles shows each hit's first words", async ({
      page,
    }) => {
      const errors = trackErrors(page);
      await page.goto(`${base()}tim-kiem.html`);
      await searchFor(page, 'nguoi dan co duoc vao vanh dai bien gioi khong');
      expect((await hitLinks(page))[0]).toMatch(
        /^hoi-dap\/nguoi-dan-co-duoc-vao-vanh-dai-bien-gioi-khong\.html/,
      );
      await searchFor(page, 'thay moc quoc gioi bi hu hai bao cho ai');
      const hit = page
        .locator(`${selector(HOOK.list)} > li h2 a[href*="luat-bien-gioi-quoc-gia-2003.html"]`)
        .first();
      await expect(hit).toHaveText(/^Điều \d+\. \S.{10,}/);
      expect(errors).toEqual([]);
    });

    test('a search that finds nothing says so and points to the Hỏi đáp page', async ({ page }) => {
      await page.goto(`${base()}tim-kiem.html`);
      await searchFor(page, 'zzzzqq');
      await expect(page.getByRole('status')).toHaveText('Không tìm thấy kết quả nào cho “zzzzqq”.');
      await expect(page.locator(selector(HOOK.none))).toBeVisible();
      await expect(
        page.locator(selector(HOOK.none)).getByRole('link', { name: 'trang Hỏi đáp' }),
      ).toHaveAttribute('href', 'hoi-dap.html');
      await searchFor(page, 'moc quoc gioi');
      await expect(page.locator(selector(HOOK.none))).toBeHidden();
    });

    test('more hits are shown on request, focus on the first new one', async ({ page }) => {
      await page.goto(`${base()}tim-kiem.html`);
      await searchFor(page, 'bien gioi');
      await expect(page.locator(`${selector(HOOK.list)} > li`)).toHaveCount(10);
      await page.getByRole('button', { name: 'Hiện thêm kết quả' }).click();
      await expect(page.locator(`${selector(HOOK.list)} > li`)).toHaveCount(20);
      await expect(
        page
          .locator(`${selector(HOOK.list)} > li`)
          .nth(10)
          .getByRole('link')
          .first(),
      ).toBeFocused();
    });
  });
}

test('without JavaScript the header search still lands on the search page, which says it needs JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/van-ban/luat-bien-gioi-quoc-gia-2003.html');
  await page.getByRole('searchbox', { name: 'Tìm trong tủ sách' }).fill('moc quoc gioi');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page).toHaveURL(/\/tim-kiem\.html\?q=moc\+quoc\+gioi$/);
  await expect(page.locator(selector(HOOK.noJs))).toBeVisible();
  await expect(page.locator(selector(HOOK.noJs))).toContainText('cần JavaScript');
  await context.close();
});

test('the header search box says what to type', async ({ page }) => {
  await page.goto('/index.html');
  await expect(page.getByRole('searchbox', { name: 'Tìm trong tủ sách' })).toHaveAttribute(
    'placeholder',
    /^Ví dụ: /,
  );
});

test('on the search page the hits come before the folded filters, which the form sends without JavaScript too', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tim-kiem.html');
  const order = await page.evaluate(
    ([results, filters]) => {
      const [r, f] = [document.querySelector(results)!, document.querySelector(filters)!];
      return {
        after: Boolean(r.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING),
        open: (f as HTMLDetailsElement).open,
      };
    },
    [selector(HOOK.results), selector(HOOK.filters)],
  );
  expect(order).toEqual({ after: true, open: false });
  await page.locator(`#${QUERY_INPUT_ID}`).fill('bien gioi');
  await page.getByText('Lọc kết quả').click();
  await page
    .getByRole('combobox', { name: 'Văn bản' })
    .selectOption({ label: 'Luật Biển Việt Nam năm 2012' });
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(page).toHaveURL(
    /tim-kiem\.html\?q=bien\+gioi&loai=&van-ban=luat-bien-viet-nam-2012$/,
  );
  await context.close();
});

test('the search page with hits has no accessibility violations', async ({ page }) => {
  await page.goto('/tim-kiem.html?q=moc%20quoc%20gioi');
  await expect(page.locator(selector(HOOK.results))).toHaveAttribute(
    HOOK.shownQuery,
    'moc quoc gioi',
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
