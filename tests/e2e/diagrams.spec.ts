import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test, type Locator } from '@playwright/test';
import { figureText, kilometres } from '../../src/lib/diagrams/check.ts';
import { handoutQuery } from '../../src/lib/handout/keys.ts';
import type { Figure } from '../../src/schemas/diagram.ts';
import { lawPage } from './helpers.ts';

// The pictures. Each is shown on a page that uses it; the figures come from the
// diagram's data (content/hinh-minh-hoa/), which the build has checked against the articles.
const PAGES = {
  'cac-vung-bien': '/giai-thich/cac-vung-bien-cua-viet-nam.html',
  'bien-gioi-dat-lien': '/giai-thich/khu-vuc-bien-gioi-va-vanh-dai-bien-gioi.html',
  'cua-khau': '/giai-thich/cua-khau-va-qua-lai-bien-gioi-hop-phap.html',
};

interface Data {
  title: string;
  parts: { name: string; figures?: Figure[] }[];
}
const data = (id: string) => load(readFileSync(`content/hinh-minh-hoa/${id}.yaml`, 'utf8')) as Data;
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** The numbers a reader sees in the drawing and its text equivalent (citations and sources aside). */
async function shownNumbers(figure: Locator): Promise<string[]> {
  const texts = await figure.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const skip of copy.querySelectorAll(
      'a, .diagram__source, .diagram__changed, .diagram__changed-title',
    ))
      skip.remove();
    return [...copy.querySelectorAll('svg text, .diagram__text dd, .diagram__summary')].map(
      (e) => e.textContent ?? '',
    );
  });
  return texts.join(' ').match(NUMBER) ?? [];
}

for (const [id, url] of Object.entries(PAGES)) {
  test.describe(`the diagram "${id}"`, () => {
    test('is an inline SVG named by its title, with a visible text equivalent naming every part', async ({
      page,
    }) => {
      await page.goto(url);
      const figure = page.locator(`#hinh-${id}`);
      const { title, parts } = data(id);
      await expect(figure.getByRole('img', { name: `Hình: ${title}` })).toBeVisible();
      await expect(figure.locator('img, image, object')).toHaveCount(0);
      const equivalent = figure.locator('.diagram__text');
      await expect(equivalent).toBeVisible();
      await expect(equivalent.locator('dt')).toHaveText(parts.map((p) => p.name));
      for (const dd of await equivalent.locator('dd').all())
        await expect(dd.getByRole('link').first()).toBeVisible();
    });

    test('shows only numbers its articles state, or those numbers in kilometres', async ({
      page,
    }) => {
      await page.goto(url);
      const figures = data(id).parts.flatMap((p) => p.figures ?? []);
      const allowed = new Set(
        figures.flatMap((f) =>
          [figureText(f), kilometres(f)].flatMap((s) => s?.match(NUMBER) ?? []),
        ),
      );
      const shown = await shownNumbers(page.locator(`#hinh-${id}`));
      expect(shown.filter((n) => !allowed.has(n))).toEqual([]);
      for (const f of figures)
        expect(shown, figureText(f)).toContain(figureText(f).match(NUMBER)![0]);
    });
  });
}

test('the sea zones give kilometres beside hải lý and say how they were converted, from a named source', async ({
  page,
}) => {
  await page.goto(PAGES['cac-vung-bien']);
  const figure = page.locator('#hinh-cac-vung-bien');
  await expect(figure.locator('svg')).toContainText('Lãnh hải: 12 hải lý (22,224 km)');
  await expect(figure.locator('[data-part="dac-quyen-kinh-te"]')).toContainText(
    '200 hải lý = 370,4 km',
  );
  await expect(figure.locator('[data-part="lanh-hai"]').getByRole('link')).toHaveText(
    'Điều 11 Luật Biển Việt Nam năm 2012',
  );
  const source = figure.locator('.diagram__source');
  await expect(source).toContainText('1 hải lý = 1.852 m');
  await expect(source).toContainText('thuvienphapluat.vn');
});

test("the land border shows the belt from the law and from the decree, and the decree article's known change", async ({
  page,
}) => {
  await page.goto(PAGES['bien-gioi-dat-lien']);
  const figure = page.locator('#hinh-bien-gioi-dat-lien');
  await expect(figure.locator('svg')).toContainText('100 m – 1.000 m');
  await expect(figure.locator('[data-part="vanh-dai"]').getByRole('link')).toHaveText(
    'khoản 4 Điều 2 Luật Biên phòng Việt Nam năm 2020',
  );
  await expect(
    figure.locator('[data-part="vanh-dai-theo-nghi-dinh"]').getByRole('link'),
  ).toHaveText('khoản 2 Điều 3 Nghị định 34/2014/NĐ-CP');
  // Luật Biên phòng's article has a notice too (Luật 98/2025 changed five unnamed articles): the decree's is this one.
  const decreeChange = figure.locator('.diagram__changed', { hasText: 'Nghị định 34/2014/NĐ-CP' });
  await expect(decreeChange).toContainText('Nghị định số 299/2025/NĐ-CP');
  await figure.getByRole('link', { name: 'Văn bản và địa danh sau sắp xếp năm 2025' }).click();
  await expect(page).toHaveURL(/sap-xep-2025\.html$/);
});

test('a diagram grows with "Chữ to" and stays readable in forced colours (high contrast)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto(PAGES['cac-vung-bien']);
  const svg = page.locator('#hinh-cac-vung-bien svg');
  const normal = (await svg.boundingBox())!.width;
  await page.getByRole('button', { name: 'Chữ to' }).click();
  expect((await svg.boundingBox())!.width).toBeGreaterThan(normal * 1.2);
  await page.emulateMedia({ forcedColors: 'active' });
  const colours = await svg.evaluate((el) => {
    const style = (sel: string) => getComputedStyle(el.querySelector(sel)!);
    return {
      text: style('text').fill,
      line: style('.dg-line').stroke,
      ink: getComputedStyle(el).color,
      water: style('.dg-water').fill,
      page: getComputedStyle(el).backgroundColor,
    };
  });
  expect(colours.text).toBe(colours.ink);
  expect(colours.line).toBe(colours.ink);
  expect(colours.water).toBe(colours.page);
  expect(colours.ink).not.toBe(colours.page);
});

test('a diagram prints whole on A4, within the page width', async ({ page }) => {
  await page.goto('/hoi-dap/lanh-hai-viet-nam-rong-bao-nhieu.html');
  await page.emulateMedia({ media: 'print' });
  const figure = page.locator('#hinh-cac-vung-bien');
  await expect(figure.locator('svg')).toBeVisible();
  await expect(figure.locator('.diagram__text')).toBeVisible();
  const [svg, main] = [
    await figure.locator('svg').boundingBox(),
    await page.locator('main').boundingBox(),
  ];
  expect(svg!.width).toBeLessThanOrEqual(main!.width + 1);
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf, 'A4 pages').toMatch(/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
});

test('a diagram shown twice on one page (the handout) keeps its ids unique', async ({ page }) => {
  // The handout puts a picture on its sheet once per chosen item that shows it: here the diagram
  // itself and an explainer that shows it.
  const both = [
    'hinh-minh-hoa/bien-gioi-dat-lien',
    'giai-thich/khu-vuc-bien-gioi-va-vanh-dai-bien-gioi',
  ];
  await page.goto(`/tai-lieu-phat-tay.html${handoutQuery(both)}`);
  await expect(page.locator('#ho-items .diagram')).toHaveCount(2);
  const ids = await page.locator('[id^="hinh-"]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  expect(ids).toEqual(
    expect.arrayContaining(['hinh-bien-gioi-dat-lien', 'hinh-bien-gioi-dat-lien-2']),
  );
});

test("the law page and the decree stay reachable from a diagram's citations", async ({ page }) => {
  await page.goto(PAGES['cac-vung-bien']);
  await page
    .locator('#hinh-cac-vung-bien [data-part="them-luc-dia"]')
    .getByRole('link', { name: 'Điều 17 Luật Biển Việt Nam năm 2012' })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`${lawPage('luat-bien-viet-nam-2012').replace(/\./g, '\\.')}#dieu-17$`),
  );
});
