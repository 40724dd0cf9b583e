import { expect, test } from '@playwright/test';
import { LAWS, lawPage, sourceArticles, squash } from './helpers.ts';

// Rule 1: every word of law on the site is the source's. For every article of every law, the
// text a reader sees (the site's own controls, marked data-ui, removed) equals the source text.
for (const slug of LAWS) {
  test(`${slug}: every article's rendered text equals the source, word for word`, async ({ page }) => {
    await page.goto(lawPage(slug));
    const rendered = await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-ui]')) el.remove();
      const text = (el: Element | null) => (el as HTMLElement | null)?.innerText ?? '';
      const closing = text(document.querySelector('[data-part="closing"]'));
      const articles = [...document.querySelectorAll<HTMLElement>('[data-article]')].map((el) => [el.dataset.article!, el.innerText]);
      const front = text(document.querySelector('.official-heading')) + '\n' + text(document.querySelector('[data-part="preamble"]'));
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
}

test('the three laws have 132 articles, each with its id', async ({ page }) => {
  let total = 0;
  for (const slug of LAWS) {
    await page.goto(lawPage(slug));
    const ids = await page.locator('[data-article] > :is(h2, h3, h4)').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(ids.map((_, i) => `dieu-${i + 1}`));
    total += ids.length;
  }
  expect(total).toBe(132);
});
