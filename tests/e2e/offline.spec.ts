import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { auditSite } from '../../scripts/lib/site-audit.ts';
import { hexRows } from '../../src/lib/checksums.ts';
import { listFiles, sha256 } from '../../src/lib/files.ts';
import { HOOK, selector } from '../../src/lib/search/shared/names.ts';
import { run, tempDir, unzipTo } from '../build/run.ts';
import {
  lawPage,
  pickFolder,
  READING_ROOM,
  sourceArticles,
  squash,
  trackErrors,
} from './helpers.ts';

// The edition a reading room copies from a USB stick and opens by double-click. The
// package is made from the dist/ that `npm test` built, unzipped into a folder whose path has
// spaces and Vietnamese letters, and opened through file:// with every other request blocked.

const SLUG = 'luat-bien-gioi-quoc-gia-2003';
const LAW = lawPage(SLUG).slice(1);
let edition: string;
const fileUrl = (path: string) => pathToFileURL(join(edition, path)).href;

test.beforeAll(() => {
  const out = tempDir('tu-sach-release-');
  const made = run('node', ['scripts/package.ts', '--reuse', '--out', out]);
  expect(made.status, made.output).toBe(0);
  const [zip] = listFiles(out);
  const shelf = join(tempDir('tu-sach-'), 'Tủ sách biên giới');
  unzipTo(join(out, zip), shelf);
  edition = join(shelf, zip.replace(/\.zip$/, ''));
});

/** Aborts and lists every request that is not for the site itself. */
async function blockOutside(
  context: BrowserContext,
  isSite: (url: URL) => boolean,
): Promise<string[]> {
  const blocked: string[] = [];
  await context.route(
    (url) => !isSite(url) && url.protocol !== 'data:',
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return blocked;
}

interface Walk {
  pages: string[];
  problems: string[];
}

/** Opens every page reachable by links from `start`; each broken link, load or anchor is a problem. */
async function walk(page: Page, start: string, root: string): Promise<Walk> {
  const problems = trackErrors(page);
  // A request cut short because the walk moved on (the search page still loading its index) is
  // not a broken link: a missing file fails with ERR_FILE_NOT_FOUND or an HTTP status.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.url()}: HTTP ${r.status()}`);
  });
  const queue = [start];
  const seen = new Set(queue);
  const ids = new Map<string, Set<string>>();
  const anchors: [from: string, to: string, id: string][] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    try {
      await page.goto(url);
    } catch (error) {
      problems.push(`${url}: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    if (!url.endsWith('.html')) continue;
    const found = await page.evaluate(() => ({
      links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      brokenImages: [...document.images]
        .filter((i) => !i.complete || i.naturalWidth === 0)
        .map((i) => i.src),
      unstyled: [...document.querySelectorAll('link[rel="stylesheet"]')]
        .filter((l) => !(l as HTMLLinkElement).sheet)
        .map((l) => (l as HTMLLinkElement).href),
      styled: getComputedStyle(document.body).fontFamily !== '' && document.styleSheets.length > 0,
    }));
    ids.set(url, new Set(found.ids));
    problems.push(...found.brokenImages.map((src) => `${url}: image ${src} did not load`));
    problems.push(...found.unstyled.map((href) => `${url}: stylesheet ${href} did not load`));
    if (!found.styled) problems.push(`${url}: no stylesheet`);
    for (const link of found.links) {
      // A query does not change which file opens (the handout's "?them=…" on every article, a
      // search's "?tim=…"): each file is opened once, without it.
      const [address, id] = link.split('#');
      const target = address.split('?')[0];
      if (!target.startsWith(root)) problems.push(`${url}: link ${link} leaves the site`);
      else if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
      if (id) anchors.push([url, target, decodeURIComponent(id)]);
    }
  }
  for (const [from, to, id] of anchors) {
    if (ids.has(to) && !ids.get(to)!.has(id))
      problems.push(`${from}: link to ${to}#${id}: no such id`);
  }
  return { pages: [...seen], problems };
}

test('the site passes the offline audit: relative file URLs, no network, no modules, old-browser CSS and JS', () => {
  expect(auditSite('dist')).toEqual([]);
});

test(
  'the unzipped edition opens by double-click: every page, link, stylesheet and script works ' +
    'with the network blocked',
  { tag: READING_ROOM },
  async ({ page, context }) => {
    // Every page of the site (over a hundred, with the quizzes' three pages a set): not one page's time.
    test.setTimeout(240_000);
    const blocked = await blockOutside(context, (url) => url.protocol === 'file:');
    const { pages, problems } = await walk(
      page,
      fileUrl('index.html'),
      pathToFileURL(edition).href,
    );
    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);
    const htmlFiles = listFiles(edition)
      .filter((f) => f.endsWith('.html'))
      .map(fileUrl);
    expect(pages.filter((p) => p.endsWith('.html')).sort()).toEqual(htmlFiles.sort());
    expect(pages).toContain(fileUrl('HUONG-DAN.txt'));
  },
);

test('the same walk over http reaches the same pages', async ({ page, context, baseURL }) => {
  test.setTimeout(240_000);
  const blocked = await blockOutside(context, (url) => url.origin === new URL(baseURL!).origin);
  const { pages, problems } = await walk(page, `${baseURL}/index.html`, `${baseURL}/`);
  expect(problems).toEqual([]);
  expect(blocked).toEqual([]);
  const htmlFiles = listFiles('dist').filter((f) => f.endsWith('.html'));
  expect(
    pages
      .filter((p) => p.endsWith('.html'))
      .map((p) => p.slice(baseURL!.length + 1))
      .sort(),
  ).toEqual(htmlFiles);
});

test(
  'in the copied edition a reader opens a law and follows the table of contents to Điều 14',
  { tag: READING_ROOM },
  async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto(fileUrl('index.html'));
    await page.getByRole('link', { name: 'Luật Biên giới quốc gia' }).click();
    await page.locator('.toc').getByRole('link', { name: 'Điều 14', exact: true }).click();
    await expect(page).toHaveURL(/luat-bien-gioi-quoc-gia-2003\.html#dieu-14$/);
    await expect(page.locator('#dieu-14')).toBeInViewport();
    expect(errors).toEqual([]);
  },
);

test(
  'in the copied edition, with the network blocked, a search from the header finds the article',
  { tag: READING_ROOM },
  async ({ page, context }) => {
    const blocked = await blockOutside(context, (url) => url.protocol === 'file:');
    const errors = trackErrors(page);
    await page.goto(fileUrl('index.html'));
    await page.getByRole('searchbox', { name: 'Tìm trong tủ sách' }).fill('pha hoai moc quoc gioi');
    await page.getByRole('searchbox', { name: 'Tìm trong tủ sách' }).press('Enter');
    const first = page
      .locator(`${selector(HOOK.list)} > li`)
      .first()
      .getByRole('link')
      .first();
    // The first search loads the index from file://: on a busy machine that takes more than the default wait.
    const hit = /^van-ban\/luat-bien-gioi-quoc-gia-2003\.html\?tim=[^#]+#dieu-14$/;
    await expect(first).toHaveAttribute('href', hit, { timeout: 20_000 });
    await first.click();
    await expect(page.locator('#dieu-14')).toBeInViewport();
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  },
);

test(
  'a printed law page keeps every article number and the text as on screen',
  { tag: READING_ROOM },
  async ({ page }) => {
    await page.goto(fileUrl(LAW));
    const text = () =>
      page.locator('[data-article="14"]').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const ui of copy.querySelectorAll('[data-ui]')) ui.remove();
        el.after(copy);
        const shown = copy.innerText;
        copy.remove();
        return shown;
      });
    const onScreen = await text();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.toc')).toBeHidden();
    const printed = await text();
    expect(printed).toBe(onScreen);
    expect(squash(printed)).toBe(sourceArticles(SLUG).articles.get('14'));
    const headings = page.locator('[data-article] > :is(h2, h3, h4)');
    const hidden = await headings.evaluateAll((els) =>
      els.filter((e) => (e as HTMLElement).offsetHeight === 0).map((e) => e.id),
    );
    expect(hidden).toEqual([]);
    expect(await headings.count()).toBeGreaterThan(30);
  },
);

test('verify passes a fresh copy and names the law page after one byte of it is changed', () => {
  const good = run('node', ['scripts/verify.ts', edition]);
  expect(good.status, good.output).toBe(0);
  const copy = join(tempDir('tu-sach-'), 'ban sao');
  cpSync(edition, copy, { recursive: true });
  const law = readFileSync(join(copy, LAW));
  law[law.indexOf('Điều 14')] ^= 1;
  writeFileSync(join(copy, LAW), law);
  const bad = run('node', ['scripts/verify.ts', copy]);
  expect(bad.status).toBe(1);
  expect(bad.output).toContain(`changed  ${LAW}`);
  expect(bad.output).toContain('PROBLEMS: 1 changed, 0 missing, 0 extra.');
});

test(
  '"Về ấn bản này" checks a copy in the browser: a faithful one passes, a changed word is named',
  { tag: READING_ROOM },
  async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto(fileUrl('index.html'));
    await page.getByRole('link', { name: 'Về ấn bản này' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Về ấn bản này');
    const result = page.locator('[data-copy-check-result]');
    const picker = page.getByLabel('Chọn thư mục ấn bản để kiểm tra');
    await pickFolder(picker, edition);
    await expect(result).toContainText('Bản sao đầy đủ và nguyên vẹn');
    const code = hexRows(sha256(readFileSync(join(edition, 'SHA256SUMS'))));
    await expect(result.locator('.copy-check__code')).toHaveText(code.join(''));

    const copy = join(tempDir('tu-sach-'), 'ban sao');
    cpSync(edition, copy, { recursive: true });
    const law = join(copy, LAW);
    writeFileSync(law, readFileSync(law, 'utf8').replace('Xê dịch', 'Di dời'));
    await pickFolder(picker, copy);
    await expect(result).toContainText('Bản sao có vấn đề ở 1 tệp');
    await expect(result).toContainText(`Bị thay đổi: ${LAW}`);
    expect(errors).toEqual([]);
  },
);
