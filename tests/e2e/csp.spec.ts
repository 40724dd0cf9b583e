/**
 * The Content-Security-Policy every page carries: only the site's own scripts run, from
 * a folder opened by file:// as over http. Search from file:// under the policy is walked by
 * search.spec.ts and offline.spec.ts; this file proves the policy is there and that it blocks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { listFiles } from '../../src/lib/files.ts';
import { contentSecurityPolicy } from '../../src/lib/inline-scripts.ts';
import { copyOfSite, lawPage } from './helpers.ts';

test('every page carries the policy, before any script', () => {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`;
  const pages = listFiles('dist').filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(50);
  for (const file of pages) {
    const html = readFileSync(join('dist', file), 'utf8');
    expect(html.indexOf(meta), file).toBeGreaterThan(0);
    expect(html.indexOf(meta), file).toBeLessThan(html.indexOf('<script'));
  }
});

test("from file://, a script that reached a page does not run, and the site's own scripts do", async ({
  page,
}) => {
  const folder = copyOfSite();
  const index = join(folder, 'index.html');
  const injected =
    '<script>window.injected = 1</script><img src="data:," onerror="window.handler = 1" alt="">' +
    '<a id="js-link" href="javascript:window.link = 1">x</a>';
  writeFileSync(index, readFileSync(index, 'utf8').replace('</main>', `${injected}</main>`));
  const refused: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text())) refused.push(m.text());
  });
  await page.goto(pathToFileURL(index).href);
  await page.locator('#js-link').click();
  expect(
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [w.injected, w.handler, w.link];
    }),
  ).toEqual([undefined, undefined, undefined]);
  expect(refused.length).toBeGreaterThanOrEqual(3);
  // The site's inline <head> script ran (class "js"), and its site.js (the "Chữ to" button works).
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  await page.getByRole('button', { name: 'Chữ to' }).click();
  await expect(page.locator('html')).toHaveClass(/\bchu-to\b/);
});

test("from file://, on a phone, the table of contents' inline script closes it as the page is read", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(pathToFileURL(copyOfSite()).href + lawPage('luat-bien-gioi-quoc-gia-2003'));
  await expect(page.locator('.toc details')).not.toHaveAttribute('open');
  expect(errors).toEqual([]);
});
