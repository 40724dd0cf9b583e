import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { TEXT_SIZE } from '../../src/lib/text-size.ts';
import { lawPage } from './helpers.ts';

/** The reading rooms' old screens and a small phone; the screenshots are saved for a person to look at. */
const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 360, height: 640 },
];
const LARGEST_LAW = lawPage('luat-bien-viet-nam-2012');

/** Every page of the built site. */
const PAGES = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => `/${f.split('\\').join('/')}`);

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const { width, height } of SCREENS) {
  test(`at ${width}x${height} the home and a law page do not scroll sideways (screenshots)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    for (const [name, url] of [
      ['home', '/index.html'],
      ['law', LARGEST_LAW],
    ]) {
      await page.goto(url);
      await page.screenshot({ path: `test-results/screenshots/${name}-${width}x${height}.png` });
      expect(await sideways(page), `${name} at ${width}x${height}`).toBeLessThanOrEqual(0);
    }
  });
}

test('no page scrolls sideways from 320px (large text) to 1920px', async ({ page }) => {
  // Every page at three widths: a few hundred page loads.
  test.setTimeout(300_000);
  expect(PAGES.length).toBeGreaterThan(3);
  for (const [width, large] of [
    [320, true],
    [1024, false],
    [1920, false],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/index.html');
    await page.evaluate(
      ([on, key]) => (on ? localStorage.setItem(key, '1') : localStorage.removeItem(key)),
      [large, TEXT_SIZE.storageKey] as const,
    );
    for (const url of PAGES) {
      await page.goto(url);
      expect(await sideways(page), `${url} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
});

test.describe('the table of contents on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('is closed so the law starts near the top, and opens with a tap', async ({ page }) => {
    await page.goto(LARGEST_LAW);
    const toc = page.locator('.toc details');
    await expect(toc).not.toHaveAttribute('open');
    const first = await page.locator('#dieu-1').boundingBox();
    expect(first!.y).toBeLessThan(6 * 640);
    await page.getByText('Mục lục').click();
    await page
      .locator('.toc')
      .getByRole('link', { name: /^Điều 14\./ })
      .click();
    await expect(page.locator('#dieu-14')).toBeInViewport();
  });

  test('like every folded part, opens for printing and folds again after', async ({ page }) => {
    await page.goto(LARGEST_LAW);
    const toc = page.locator('.toc details');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(toc).toHaveAttribute('open');
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(toc).not.toHaveAttribute('open');
  });

  test('is open without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 640 },
    });
    const page = await context.newPage();
    await page.goto(LARGEST_LAW);
    await expect(page.locator('.toc details')).toHaveAttribute('open');
    await context.close();
  });
});

test('a printed law page has no navigation, every article number, and the amendment citations', async ({
  page,
}) => {
  await page.goto(lawPage('luat-bien-gioi-quoc-gia-2003'));
  await page.emulateMedia({ media: 'print' });
  for (const chrome of [
    '.site-header',
    '.site-footer',
    '.breadcrumbs',
    '.toc',
    '.skip-link',
    '.plink',
    '.cite',
    '.back-to-top',
  ]) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  const headings = page.locator('[data-article] > :is(h2, h3, h4)');
  const count = await headings.count();
  expect(count).toBeGreaterThan(30);
  for (let i = 0; i < count; i++) await expect(headings.nth(i)).toContainText(`Điều ${i + 1}`);
  await expect(page.locator('[data-article="21"] .amend')).toContainText(
    'Điều 35 Luật Biên phòng Việt Nam năm 2020',
  );
  const shownAddress = await page.evaluate(() => {
    const link = document
      .querySelector('main p')!
      .appendChild(Object.assign(document.createElement('a'), { href: 'https://example.org/a' }));
    return getComputedStyle(link, '::after').content;
  });
  expect(shownAddress).toBe('" (https://example.org/a)"');
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf, 'A4 pages').toMatch(/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
});

test("references in the law text print as the law's words: no address, no link colour", async ({
  page,
}) => {
  await page.goto(lawPage('nghi-dinh-106-2021-nd-cp'));
  await page.emulateMedia({ media: 'print' });
  const refs = page.locator('.van-ban a.ref');
  expect(await refs.count()).toBeGreaterThan(5);
  const printed = await refs.evaluateAll((links) =>
    links.map((a) => {
      const style = getComputedStyle(a);
      const sameColour = style.color === getComputedStyle(a.parentElement!).color;
      return {
        after: getComputedStyle(a, '::after').content,
        sameColour,
        line: style.textDecorationLine,
      };
    }),
  );
  for (const p of printed) expect(p).toEqual({ after: 'none', sameColour: true, line: 'none' });
});
