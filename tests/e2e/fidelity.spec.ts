import { expect, test } from '@playwright/test';
import { TEXTS, lawPage, sourceArticles, sourceLines, squash } from './helpers.ts';

// Rule 1: every word of law on the site is the source's. For every article of every law and
// decree, the text a reader sees (the site's own controls, marked data-ui, removed) equals the
// source text.
for (const slug of TEXTS) {
  test(`${slug}: every article's rendered text equals the source, word for word`, async ({
    page,
  }) => {
    await page.goto(lawPage(slug));
    const rendered = await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-ui]')) el.remove();
      const text = (el: Element | null) => (el as HTMLElement | null)?.innerText ?? '';
      const closing = text(document.querySelector('[data-part="closing"]'));
      const articles = [...document.querySelectorAll<HTMLElement>('[data-article]')].map((el) => [
        el.dataset.article!,
        el.innerText,
      ]);
      const parts = ['[data-part="source-title"]', '.official-heading', '[data-part="preamble"]'];
      const front = parts.map((s) => text(document.querySelector(s))).join('\n');
      return { articles, closing, front };
    });
    const source = sourceArticles(slug);
    expect(rendered.articles.map(([num]) => num)).toEqual([...source.articles.keys()]);
    const last = rendered.articles.length - 1;
    rendered.articles.forEach(([num, text], i) => {
      const shown = squash(i === last ? `${text}\n${rendered.closing}` : text);
      expect(shown, `Điều ${num}`).toBe(source.articles.get(num));
    });
    expect(squash(rendered.front)).toBe(source.front);
  });

  // References inside the text are links (src/lib/legal/references.ts); the words stay the source's.
  test(`${slug}: a paragraph with reference links reads exactly as its source line`, async ({
    page,
  }) => {
    await page.goto(lawPage(slug));
    const withLinks = await page.evaluate(() => {
      for (const el of document.querySelectorAll('.van-ban [data-ui]')) el.remove();
      const blocks = new Set(
        [...document.querySelectorAll('.van-ban a.ref')].map((a) => a.closest('p, h2, h3, h4')!),
      );
      return [...blocks].map((b) => b.textContent!);
    });
    const lines = new Set(sourceLines(slug));
    for (const text of withLinks) expect(lines.has(text), text).toBe(true);
  });
}

test('every text has its articles numbered 1, 2, 3 … with ids: 132 in the laws, 83 in decrees', async ({
  page,
}) => {
  const counts: Record<string, number> = {};
  for (const slug of TEXTS) {
    await page.goto(lawPage(slug));
    const ids = await page
      .locator('[data-article] > :is(h2, h3, h4)')
      .evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(ids.map((_, i) => `dieu-${i + 1}`));
    counts[slug] = ids.length;
  }
  expect(counts).toEqual({
    'luat-bien-gioi-quoc-gia-2003': 41,
    'luat-bien-phong-viet-nam-2020': 36,
    'luat-bien-viet-nam-2012': 55,
    'nghi-dinh-106-2021-nd-cp': 29,
    'nghi-dinh-34-2014-nd-cp': 24,
    'nghi-dinh-71-2015-nd-cp': 30,
  });
});

test('references are links to the article, khoản or điểm they name, on this page or another', async ({
  page,
}) => {
  await page.goto(lawPage('nghi-dinh-106-2021-nd-cp'));
  const article6 = page.locator('[data-article="6"]');
  const toLaw = article6.getByRole('link', { name: 'khoản 3 Điều 10 Luật Biên phòng Việt Nam' });
  await expect(toLaw).toHaveAttribute('href', 'luat-bien-phong-viet-nam-2020.html#dieu-10-khoan-3');
  await expect(article6.getByRole('link', { name: 'Điều 27 Nghị định này' })).toHaveAttribute(
    'href',
    '#dieu-27',
  );
  // Not on the shelf: plain text.
  await expect(page.locator('[data-article="28"] a.ref')).toHaveCount(0);
  await toLaw.click();
  await expect(page).toHaveURL(/luat-bien-phong-viet-nam-2020\.html#dieu-10-khoan-3$/);
  await expect(page.locator('#dieu-10-khoan-3')).toBeInViewport();
  // The law's article lists where the decree refers to it.
  const citedIn = page.locator('[data-article="10"] .cb');
  await expect(citedIn).toContainText(
    'Được dẫn chiếu tại: khoản 1 Điều 6 Nghị định 106/2021/NĐ-CP',
  );
});
