import AxeBuilder from '@axe-core/playwright';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { TEXT_SIZE } from '../../src/lib/text-size.ts';
import {
  copyOfSite,
  printedText,
  READING_ROOM,
  sourceLine,
  squash,
  trackErrors,
} from './helpers.ts';

// An outline shown on a wall one part per screen, timed from its own minutes,
// and a shorter talk chosen part by part that the view shows and the printer prints. The page
// code here is plain DOM that Chromium 109 runs too.

const SLUG = 'bao-ve-moc-quoc-gioi-va-vanh-dai-bien-gioi';
const OUTLINE = `/de-cuong/${SLUG}.html`;
const SECTIONS = [
  '1. Mốc quốc giới là gì',
  '2. Mốc được bảo vệ thế nào',
  '3. Những việc bị cấm',
  '4. Khi thấy mốc có chuyện',
  '5. Khu vực biên giới và vành đai biên giới',
  '6. Khen thưởng và quyền lợi',
];
const WHOLE = 'Cả đề cương: 7 phần, 45 phút.';

const MOC_BANNED = squash(
  sourceLine('luat-bien-gioi-quoc-gia-2003', '1. Xê dịch, phá hoại mốc quốc giới'),
);
const MOC_FOUND = squash(
  sourceLine('luat-bien-gioi-quoc-gia-2003', '2. Người phát hiện mốc quốc giới'),
);

const view = (page: Page) => page.getByRole('dialog');
const position = (page: Page) => view(page).locator('.talk__pos');
const clock = (page: Page) => view(page).getByRole('timer');
const screenTitle = (page: Page) => view(page).getByRole('heading', { level: 2 });

async function present(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Trình chiếu' }).click();
  await expect(view(page)).toBeVisible();
}

/** Presses a key until the view shows another part; a part longer than the screen scrolls first. */
async function pressUntilMoved(page: Page, key: string): Promise<void> {
  const from = await position(page).textContent();
  for (let i = 0; i < 30 && (await position(page).textContent()) === from; i++)
    await page.keyboard.press(key);
  await expect(position(page)).not.toHaveText(from!);
}

async function choose(page: Page, keep: string[]): Promise<void> {
  await page.getByText('Chọn phần cho buổi nói chuyện ngắn hơn').click();
  for (const box of await page.locator('.talk-tools input[type="checkbox"]').all()) {
    const label = (await box.locator('xpath=..').textContent())!;
    await box.setChecked(keep.some((k) => label.includes(k)));
  }
}

test('an officer presents an outline: a part per screen, keys and buttons move, Esc returns', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto(OUTLINE);
  await present(page);
  await expect(position(page)).toHaveText('1 / 7');
  await expect(screenTitle(page)).toHaveText(SECTIONS[0]);
  await expect(view(page).locator('.talk__slide')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText('2 / 7');
  await expect(screenTitle(page)).toHaveText(SECTIONS[1]);
  // The articles the part reads, whole, as the page quotes them: Điều 29, both khoản.
  await expect(
    view(page).getByRole('heading', { level: 3, name: 'Điều luật cần đọc' }),
  ).toBeVisible();
  await expect(view(page).locator('.lq blockquote')).toContainText(MOC_FOUND);
  await page.keyboard.press('ArrowLeft');
  await expect(position(page)).toHaveText('1 / 7');
  await page.keyboard.press('End');
  await expect(position(page)).toHaveText('7 / 7');
  await expect(screenTitle(page)).toHaveText('Câu hỏi cho người nghe');
  await expect(view(page).locator('ol li')).toHaveCount(7);
  await page.keyboard.press('Home');
  await expect(position(page)).toHaveText('1 / 7');
  const moves = [
    ['PageDown', '2 / 7'],
    [' ', '3 / 7'],
    ['ArrowDown', '4 / 7'],
    ['PageUp', '3 / 7'],
    ['ArrowUp', '2 / 7'],
  ];
  for (const [key, to] of moves) {
    await pressUntilMoved(page, key);
    await expect(position(page), key).toHaveText(to);
  }
  await view(page).getByRole('button', { name: 'Phần sau' }).click();
  await expect(position(page)).toHaveText('3 / 7');
  await view(page).getByRole('button', { name: 'Phần trước' }).click();
  await expect(position(page)).toHaveText('2 / 7');
  await page.keyboard.press('Escape');
  await expect(view(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Trình chiếu' })).toBeFocused();
  await expect(page.locator('html')).not.toHaveClass(/talk-on/);
  await present(page);
  await view(page).getByRole('button', { name: 'Về trang đề cương (Esc)' }).click();
  await expect(view(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  expect(errors).toEqual([]);
});

test("the clock counts each part down from the outline's minutes, keeps its time, can stop", async ({
  page,
}) => {
  // The page's clock stands still but for what the test runs: nothing here depends on real time.
  await page.clock.install({ time: new Date('2026-12-02T08:00:00Z') });
  await page.goto(OUTLINE);
  await page.clock.pauseAt(new Date('2026-12-02T09:00:00Z'));
  await present(page);
  await expect(clock(page)).toHaveText('Còn 7:00');
  await page.clock.runFor(61_000);
  await expect(clock(page)).toHaveText('Còn 5:59');
  await page.keyboard.press('ArrowRight');
  await expect(clock(page)).toHaveText('Còn 5:00');
  await page.keyboard.press('ArrowLeft');
  await expect(clock(page)).toHaveText('Còn 5:59');
  const pause = view(page).getByRole('button', { name: 'Dừng đồng hồ' });
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await page.clock.runFor(120_000);
  await expect(clock(page)).toHaveText('Còn 5:59');
  await pause.click();
  await page.clock.runFor(6 * 60_000);
  await expect(clock(page)).toHaveText('Quá 0:01');
  await expect(clock(page)).toHaveClass(/is-over/);
  await page.keyboard.press('End');
  await expect(clock(page)).toHaveText('Còn 2:00');
  await page.keyboard.press('Escape');
  await present(page);
  await expect(clock(page)).toHaveText('Còn 7:00');
});

test('a shorter talk: the chosen parts are all the view shows and all that prints; it is kept', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto(OUTLINE);
  const status = page.locator('.talk-tools').getByRole('status');
  await expect(status).toHaveText(WHOLE);
  await choose(page, [SECTIONS[2], SECTIONS[4], 'Câu hỏi cho người nghe']);
  await expect(status).toHaveText(
    'Buổi ngắn: 3 trong 7 phần, khoảng 20 phút (cả đề cương 45 phút). ' +
      'Trình chiếu và bản in chỉ gồm các phần đã chọn. Lựa chọn được lưu trên máy này.',
  );
  await page.reload();
  await expect(status).toContainText('Buổi ngắn: 3 trong 7 phần, khoảng 20 phút');
  await expect(page.getByRole('checkbox', { name: SECTIONS[0] })).not.toBeChecked();

  const printed = await printedText(page);
  await page.emulateMedia({ media: 'screen' });
  expect(printed).toContain('Bản rút gọn: 3 trong 7 phần của đề cương, khoảng 20 phút.');
  expect(printed).toContain('3. Những việc bị cấm (khoảng 8 phút)');
  expect(printed).toContain('5. Khu vực biên giới và vành đai biên giới (khoảng 10 phút)');
  expect(printed).not.toContain('1. Mốc quốc giới là gì (khoảng 7 phút)');
  expect(printed).not.toContain('6. Khen thưởng');
  expect(printed).toContain('Câu hỏi cho người nghe');
  // Only the articles the chosen parts read: khoản 1 Điều 14 (part 3), not Điều 29 (parts 2 and 4).
  expect(printed).toContain(MOC_BANNED);
  expect(printed).not.toContain(MOC_FOUND);
  expect(printed).toContain('Mục tiêu');
  expect(printed).toMatch(/ấn bản ngày \d\d\/\d\d\/\d{4}\.$/);

  await present(page);
  await expect(position(page)).toHaveText('1 / 3');
  await expect(screenTitle(page)).toHaveText(SECTIONS[2]);
  await expect(view(page).locator('.lq blockquote')).toHaveText(MOC_BANNED);
  await page.keyboard.press('ArrowRight');
  await expect(screenTitle(page)).toHaveText(SECTIONS[4]);
  await page.keyboard.press('ArrowRight');
  await expect(screenTitle(page)).toHaveText('Câu hỏi cho người nghe');
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText('3 / 3');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Chọn tất cả' }).click();
  await expect(status).toHaveText(WHOLE);
  const whole = await printedText(page);
  expect(whole).toContain('1. Mốc quốc giới là gì (khoảng 7 phút)');
  expect(whole).toContain(MOC_FOUND);
  expect(whole).not.toContain('Bản rút gọn');
  expect(errors).toEqual([]);
});

test("a printed outline has no header, menu or buttons, ends with its edition's date, is A4", async ({
  page,
}) => {
  await page.goto(OUTLINE);
  const dateLine = page.locator('.print-edition');
  await expect(dateLine).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(dateLine).toHaveText(
    /^In từ Tủ sách pháp luật biên giới, ấn bản ngày \d\d\/\d\d\/\d{4}\.$/,
  );
  expect((await printedText(page)).endsWith(squash((await dateLine.textContent())!))).toBe(true);
  for (const chrome of [
    '.site-header',
    '.site-nav',
    '.site-footer',
    '.breadcrumbs',
    '.talk-tools',
    '.skip-link',
  ]) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const title of SECTIONS)
    await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf, 'A4 pages').toMatch(/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
});

test('when the browser will not keep the choice, the page says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('refused', 'QuotaExceededError');
    };
  });
  await page.goto(OUTLINE);
  await choose(page, [SECTIONS[0]]);
  const status = page.locator('.talk-tools').getByRole('status');
  await expect(status).toContainText('Máy này không cho lưu lựa chọn: đóng trang là mất.');
});

test('a stored choice that does not fit the outline is ignored', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto(OUTLINE);
  for (const bad of ['["99"]', '{"a":1}', 'không phải JSON']) {
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [`tu-sach.de-cuong.${SLUG}`, bad],
    );
    await page.reload();
    await expect(page.locator('.talk-tools').getByRole('status'), bad).toHaveText(WHOLE);
  }
  expect(errors).toEqual([]);
});

test('without JavaScript the outline is the plain page: no tools, no view, every part shown', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(OUTLINE);
  await expect(page.getByRole('button', { name: 'Trình chiếu' })).toBeHidden();
  await expect(page.locator('.talk-tools, .talk, .talk-note')).toHaveCount(3);
  for (const hidden of await page.locator('.talk-tools, .talk, .talk-note').all())
    await expect(hidden).toBeHidden();
  for (const title of SECTIONS)
    await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  const headings = await page.locator('main h2').allTextContents();
  expect(headings).toEqual([
    'Mục tiêu',
    'Nội dung chính',
    'Điều luật cần đọc',
    'Câu hỏi cho người nghe',
    'Căn cứ',
  ]);
  await context.close();
});

const FILE_COPY = 'from a copy opened by file:// in a folder with spaces and Vietnamese letters';
test(FILE_COPY, { tag: READING_ROOM }, async ({ page }) => {
  const errors = trackErrors(page);
  const url = `${pathToFileURL(copyOfSite()).href}/de-cuong/${SLUG}.html`;
  await page.goto(url);
  await choose(page, [SECTIONS[3], SECTIONS[5]]);
  const status = page.locator('.talk-tools').getByRole('status');
  await expect(status).toContainText(
    'Buổi ngắn: 2 trong 7 phần, khoảng 13 phút (cả đề cương 45 phút).',
  );
  await expect(status).toContainText('Lựa chọn được lưu trên máy này.');
  await page.goto(url);
  await expect(status).toContainText('Buổi ngắn: 2 trong 7 phần');
  await present(page);
  await expect(position(page)).toHaveText('1 / 2');
  await expect(screenTitle(page)).toHaveText(SECTIONS[3]);
  await expect(view(page).locator('.lq blockquote').first()).toContainText(MOC_BANNED);
  await page.keyboard.press('ArrowRight');
  await expect(screenTitle(page)).toHaveText(SECTIONS[5]);
  await page.keyboard.press('Home');
  await expect(position(page)).toHaveText('1 / 2');
  await page.keyboard.press('End');
  await expect(position(page)).toHaveText('2 / 2');
  await page.keyboard.press('Escape');
  await expect(view(page)).toBeHidden();
  expect(errors).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violation in the presentation view', async ({ page }) => {
  await page.goto(OUTLINE);
  await present(page);
  await page.keyboard.press('ArrowRight');
  const axe = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
  ]);
  const { violations } = await axe.analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('the view\'s type is very large, follows "Chữ to", never scrolls sideways (320–1920px)', async ({
  page,
}) => {
  const size = () =>
    page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('.talk__page')!).fontSize),
    );
  const sideways = () =>
    page.evaluate(() => {
      const slide = document.querySelector('.talk__slide')!;
      const bar = document.querySelector('.talk__bar')!;
      const over = (el: Element) => el.scrollWidth - el.clientWidth;
      return Math.max(over(slide), over(bar), over(document.documentElement));
    });
  const screens = [
    [320, 640, true],
    [360, 640, false],
    [1024, 768, false],
    [1024, 768, true],
    [1920, 1080, false],
  ] as const;
  for (const [width, height, large] of screens) {
    await page.setViewportSize({ width, height });
    await page.goto(OUTLINE);
    const setLarge = ([on, key]: readonly [boolean, string]) =>
      on ? localStorage.setItem(key, '1') : localStorage.removeItem(key);
    await page.evaluate(setLarge, [large, TEXT_SIZE.storageKey] as const);
    await page.reload();
    await present(page);
    for (let part = 0; part < 7; part++) {
      expect(
        await sideways(),
        `part ${part + 1} at ${width}px${large ? ', Chữ to' : ''}`,
      ).toBeLessThanOrEqual(0);
      await page.keyboard.press('ArrowRight');
    }
    if (width === 1024) {
      expect(await size(), `type at 1024px${large ? ', Chữ to' : ''}`).toBeGreaterThanOrEqual(
        large ? 40 : 30,
      );
      await page.keyboard.press('Home');
      const name = `presentation-${width}x${height}${large ? '-chu-to' : ''}`;
      await page.screenshot({ path: `test-results/screenshots/${name}.png` });
    }
  }
});
