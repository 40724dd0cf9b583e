import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { handoutQuery } from '../../src/lib/handout/keys.ts';
import { copyOfSite, lawPage, trackErrors } from './helpers.ts';

/** One page of every template; add a row for each new kind of page. */
const TEMPLATES: [name: string, url: string][] = [
  ['home', '/index.html'],
  ['law page', lawPage('luat-bien-gioi-quoc-gia-2003')],
  ['treaty page without text', '/van-ban/hiep-uoc-bien-gioi-viet-trung-1999.html'],
  [
    'decree page (codification title, missing parts, references)',
    lawPage('nghi-dinh-106-2021-nd-cp'),
  ],
  ['list of explainers', '/giai-thich.html'],
  ['explainer', '/giai-thich/tong-quan-luat-bien-gioi-quoc-gia-2003.html'],
  ['list of questions', '/hoi-dap.html'],
  ['question', '/hoi-dap/moc-quoc-gioi-la-gi.html'],
  ['list of talk outlines', '/de-cuong.html'],
  ['talk outline', '/de-cuong/phap-luat-bien-gioi-cho-nguoi-dan-xa-bien-gioi.html'],
  ['glossary', '/thuat-ngu.html'],
  ['handout builder', '/tai-lieu-phat-tay.html'],
  [
    'handout with a khoản, an answer and a diagram chosen',
    `/tai-lieu-phat-tay.html${handoutQuery([
      'luat-bien-gioi-quoc-gia-2003#dieu-14-khoan-2',
      'hoi-dap/moc-quoc-gioi-la-gi',
      'hinh-minh-hoa/cua-khau',
    ])}`,
  ],
  ['timeline', '/dong-thoi-gian.html'],
  ['page on the 2025 reorganisation', '/sap-xep-2025.html'],
  ['about the edition', '/ve-an-ban.html'],
  ['explainer with a diagram', '/giai-thich/cac-vung-bien-cua-viet-nam.html'],
  ['list of quizzes', '/trac-nghiem.html'],
  ['quiz self-check', '/trac-nghiem/luat-bien-viet-nam.html'],
  ['quiz student sheet', '/trac-nghiem/luat-bien-viet-nam/phieu.html'],
  ['quiz key', '/trac-nghiem/luat-bien-viet-nam/dap-an.html'],
];

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const [name, url] of TEMPLATES) {
  test(`axe finds no WCAG 2.2 AA violation on the ${name}`, async ({ page }) => {
    await page.goto(url);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}

test('axe finds no WCAG 2.2 AA violation on a marked quiz self-check', async ({ page }) => {
  await page.goto('/trac-nghiem/bo-doi-bien-phong.html');
  await page.locator('.quiz__q input[value="A"]').first().check();
  await page.getByRole('button', { name: 'Chấm bài' }).click();
  await expect(page.getByRole('status')).not.toBeEmpty();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('the first Tab reaches the skip link, which moves focus to the main content', async ({
  page,
}) => {
  await page.goto(lawPage('luat-bien-gioi-quoc-gia-2003'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement)),
  ).toBe(true);
});

test('keyboard focus is visible, and still visible in Windows high-contrast mode', async ({
  page,
}) => {
  await page.goto('/index.html');
  const focusStyle = async () => {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    return page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return {
        text: document.activeElement!.textContent,
        background: style.backgroundColor,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        color: style.outlineColor,
      };
    });
  };
  const normal = await focusStyle();
  expect(normal.text).toBe('Tủ sách pháp luật biên giới');
  expect(normal.background).toBe('rgb(255, 221, 0)');
  await page.emulateMedia({ forcedColors: 'active' });
  await page.reload();
  const forced = await focusStyle();
  expect(forced.outline).toBe('solid 3px');
  expect(forced.color).not.toMatch(/rgba\(.*, 0\)|transparent/);
});

test('landmarks and headings: one banner, main and footer; headings never skip a level', async ({
  page,
}) => {
  await page.goto(lawPage('luat-bien-viet-nam-2012'));
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeVisible();
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) =>
    expect(level - (levels[i - 1] ?? 0), `heading ${i}`).toBeLessThanOrEqual(1),
  );
  await expect(page.getByRole('heading', { level: 2, name: /^Chương I\b/ })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 3, name: /^Điều 14\./ })).toHaveCount(1);
});

test('the header names the library and its sections; the current section is marked', async ({
  page,
}) => {
  await page.goto(lawPage('luat-bien-viet-nam-2012'));
  const nav = page.getByRole('navigation', { name: 'Mục chính' });
  const sections = [
    'Văn bản',
    'Giải thích',
    'Hỏi đáp',
    'Đề cương',
    'Tài liệu phát tay',
    'Tìm kiếm',
  ];
  await expect(nav.getByRole('link')).toHaveText(sections);
  await expect(nav.getByRole('link', { name: 'Văn bản' })).toHaveAttribute('aria-current', 'true');
  await page.goto('/index.html');
  await expect(nav.getByRole('link', { name: 'Văn bản' })).toHaveAttribute('aria-current', 'page');
});

test('"Về đầu trang" after each chapter goes back to the top of the page', async ({ page }) => {
  await page.goto(`${lawPage('luat-bien-viet-nam-2012')}#dieu-30`);
  await page
    .locator('section:has(> #chuong-3) + .back-to-top')
    .getByRole('link', { name: 'Về đầu trang' })
    .click();
  const banner = page.getByRole('banner');
  await expect(banner).toBeInViewport();
  await expect(banner).toHaveCSS('background-color', 'rgb(122, 31, 31)');
});

test.describe('"Chữ to"', () => {
  const bodySize = (page: import('@playwright/test').Page) =>
    page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

  test('enlarges the text and is remembered across a reload and on other pages', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    await page.goto('/index.html');
    const normal = await bodySize(page);
    expect(normal).toBe(19);
    const button = page.getByRole('button', { name: 'Chữ to' });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(await bodySize(page)).toBeGreaterThan(normal * 1.25);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\bchu-to\b/);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await page.goto(lawPage('luat-bien-viet-nam-2012'));
    expect(await bodySize(page)).toBeGreaterThan(normal * 1.25);
    await page.getByRole('button', { name: 'Chữ to' }).click();
    await page.reload();
    expect(await bodySize(page)).toBe(normal);
    expect(errors).toEqual([]);
  });

  test('is remembered from a folder opened by file://', async ({ page }) => {
    await page.goto(pathToFileURL(copyOfSite()).href + '/index.html');
    await page.getByRole('button', { name: 'Chữ to' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Chữ to' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByRole('link', { name: 'Luật Biển Việt Nam' }).click();
    await expect(page.locator('html')).toHaveClass(/\bchu-to\b/);
  });

  test('is not offered without JavaScript, where it could not work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/index.html');
    await expect(page.getByRole('button', { name: 'Chữ to' })).toBeHidden();
    await context.close();
  });
});
