/**
 * Trust without jargon: a law page says where its text comes from in a sentence
 * (the repository and commit folded under "Chi tiết nguồn"); a page without text says so first;
 * the copy check speaks Vietnamese; "Về ấn bản này" names the one code to compare and who publishes
 * the edition (`npm run package -- --publisher …`).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { formatSums, hexRows } from '../../src/lib/checksums.ts';
import { listFiles, sha256 } from '../../src/lib/files.ts';
import { TEXT_SIZE } from '../../src/lib/text-size.ts';
import { run, smallContent, tempDir, unzipTo } from '../build/run.ts';
import { lawPage, trackErrors } from './helpers.ts';

interface EditionDocument {
  slug: string;
  fullText: boolean;
  page: string;
}

const LAW = 'luat-bien-gioi-quoc-gia-2003';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Words of the English messages the copy check used to show, and of errors it could leak.
const ENGLISH = /\b(missing|changed|extra|expected|listed|error|files?|digits?|undefined)\b/i;

const documents = async (page: Page): Promise<EditionDocument[]> =>
  (await (await page.request.get('/an-ban.json')).json()).documents;

/** A document's `provenance`, read from its frontmatter. */
function provenanceOf(slug: string): { summary?: string; source: string } {
  const [, yaml] = readFileSync(`content/van-ban/${slug}.mdx`, 'utf8').split(/^---$/m);
  return (load(yaml) as { provenance: { summary?: string; source: string } }).provenance;
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function noSidewaysAt320WithLargeText(page: Page): Promise<number> {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.evaluate((key) => localStorage.setItem(key, '1'), TEXT_SIZE.storageKey);
  await page.reload();
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test('a page with a text says first, in one sentence, where its text comes from; the repository and commit are folded', async ({
  page,
}) => {
  const errors = trackErrors(page);
  const withText = (await documents(page)).filter((d) => d.fullText);
  expect(withText.length).toBeGreaterThanOrEqual(6);
  for (const doc of withText) {
    await page.goto(`/${doc.page}`);
    const line = page.locator('main h1 + .doc-source .doc-source__line');
    await expect(line, doc.slug).toHaveText(provenanceOf(doc.slug).summary!);
    await expect(line).not.toContainText(/github|commit|kho dữ liệu|\.txt/i);
    await expect(page.locator('.doc-source details')).not.toHaveAttribute('open');
  }

  await page.goto(lawPage(LAW));
  await expect(page.locator('main h1 + .doc-source')).toContainText(
    'Văn bản lấy từ trang thuvienphapluat.vn, đã đối chiếu với bản pháp điển của Bộ Tư pháp.',
  );
  const details = page.locator('.doc-source details');
  await expect(details.locator('dl')).toBeHidden();
  await details.getByText('Chi tiết nguồn').click();
  await expect(details).toHaveAttribute('open');
  await expect(details).toContainText(provenanceOf(LAW).source);
  await expect(details).toContainText('commit e0be4fc0');
  await expect(details).toContainText(
    'https://github.com/undertheseanlp/underthesea/blob/e0be4fc051a7af9f2c067bedfd8c761ed4b2c27b/',
  );
  await expect(details).toContainText('Đã đối chiếu');
  await expect(details).toContainText(/Mã SHA-256 của tệp văn bản\s*[0-9a-f]{64}/);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('"Chi tiết nguồn" opens for printing and folds again after', async ({ page }) => {
  await page.goto(lawPage(LAW));
  const details = page.locator('.doc-source details');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(details).toHaveAttribute('open');
  await page.emulateMedia({ media: 'print' });
  await expect(details.locator('dd').first()).toBeVisible();
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(details).not.toHaveAttribute('open');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Chi tiết nguồn" still opens: it is a plain <details>', async ({ page }) => {
    await page.goto(lawPage(LAW));
    const details = page.locator('.doc-source details');
    await expect(details.locator('dl')).toBeHidden();
    await details.locator('summary').click();
    await expect(details.locator('dl')).toBeVisible();
    await expect(details).toContainText('commit e0be4fc0');
  });
});

test('"Chi tiết nguồn", opened, fits 320px with large text', async ({ page }) => {
  await page.goto(lawPage('nghi-dinh-34-2014-nd-cp'));
  await page.locator('.doc-source summary').click();
  expect(await noSidewaysAt320WithLargeText(page)).toBeLessThanOrEqual(0);
});

test('a treaty page says first, under its title, that the full text is not here, naming no place it has not verified', async ({
  page,
}) => {
  const shelf = await documents(page);
  const treaties = shelf.filter((d) => /^(hiep-uoc|hiep-dinh|nghi-dinh-thu)-/.test(d.slug));
  expect(treaties.map((d) => d.slug)).toContain('hiep-uoc-bien-gioi-viet-trung-1999');
  expect(treaties).toHaveLength(4);
  const withoutText = shelf.filter((d) => !d.fullText);
  expect(withoutText).toEqual(expect.arrayContaining(treaties));
  for (const doc of withoutText) {
    await page.goto(`/${doc.page}`);
    const first = page.locator('main h1 + *');
    await expect(first, doc.slug).toHaveClass(/notice--important/);
    await expect(first.locator('.notice__title')).toHaveText('Toàn văn chưa có trong tủ sách này');
    await expect(first).toContainText(
      'Chúng tôi chưa có bản toàn văn nào đã được đối chiếu với nguồn chính thức, nên không đăng ' +
        'toàn văn.',
    );
    // No public source on the shelf names where its official text is published: the page names no place.
    await expect(first).toContainText(
      'chưa xác minh được nơi công bố chính thức toàn văn của văn bản này',
    );
    await expect(first).not.toContainText(/công báo|vbpl|thuvienphapluat|đồn biên phòng|Ủy ban/i);
    await expect(first).toContainText(provenanceOf(doc.slug).source);
    await expect(page.locator('.doc-source')).toHaveCount(0);
    await expect(page.locator('[data-article]')).toHaveCount(0);
  }
});

/** A folder of three files with its SHA256SUMS, then one file removed and one changed. */
function damagedCopy(): string {
  const folder = join(tempDir('tu-sach-'), 'bản sao hỏng');
  mkdirSync(folder);
  const files = {
    'index.html': 'trang chủ',
    've-an-ban.html': 'về ấn bản',
    'HUONG-DAN.txt': 'hướng dẫn',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  writeFileSync(
    join(folder, 'SHA256SUMS'),
    formatSums(new Map(Object.entries(files).map(([n, t]) => [n, sha256(Buffer.from(t))]))),
  );
  rmSync(join(folder, 've-an-ban.html'));
  writeFileSync(join(folder, 'HUONG-DAN.txt'), 'hướng dẫn đã sửa');
  return folder;
}

test('every message of the copy check is in Vietnamese: a missing and a changed file, a broken list, no list', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto('/ve-an-ban.html');
  // The browser's own file control speaks the browser's language: unseen; the reader sees our button.
  await expect(page.locator('label.copy-check__button')).toHaveText(
    'Chọn thư mục ấn bản để kiểm tra',
  );
  await expect(page.locator('label.copy-check__button')).toBeVisible();
  expect((await page.locator('#chon-thu-muc').boundingBox())!.width).toBeLessThanOrEqual(1);
  const picker = page.getByLabel('Chọn thư mục ấn bản để kiểm tra');
  const result = page.locator('[data-copy-check-result]');

  const copy = damagedCopy();
  await picker.setInputFiles(copy);
  await expect(result).toContainText('Bản sao có vấn đề ở 2 tệp. Hãy chép lại ấn bản từ bản gốc.');
  await expect(result).toContainText('Thiếu: ve-an-ban.html');
  await expect(result).toContainText('Bị thay đổi: HUONG-DAN.txt');
  await expect(result).toContainText('Mã của danh sách (mã cần so với nơi phát hành):');
  const code = hexRows(sha256(readFileSync(join(copy, 'SHA256SUMS'))));
  expect((await result.locator('.copy-check__code').innerText()).split('\n')).toEqual(code);
  // File names are the copy's own; every other word is ours, in Vietnamese.
  const words = (await result.innerText()).replace(
    /ve-an-ban\.html|HUONG-DAN\.txt|SHA256SUMS|SHA-256/g,
    '',
  );
  expect(words).not.toMatch(ENGLISH);
  expect(await axeViolations(page)).toEqual([]);

  writeFileSync(
    join(copy, 'SHA256SUMS'),
    `${'a'.repeat(64)}  index.html\nkhông phải một dòng mã\n`,
  );
  await picker.setInputFiles(copy);
  await expect(result).toHaveText(
    'Tệp SHA256SUMS bị hỏng ở dòng 2, nên không kiểm tra được. Hãy chép lại ấn bản từ bản gốc.',
  );

  rmSync(join(copy, 'SHA256SUMS'));
  await picker.setInputFiles(copy);
  await expect(result).toContainText('Không thấy tệp SHA256SUMS trong thư mục đã chọn.');
  expect(errors).toEqual([]);
});

test('"Về ấn bản này" names the one code to compare, and says when the edition does not name its publisher', async ({
  page,
}) => {
  await page.goto('/ve-an-ban.html');
  await expect(page.locator('main')).toContainText('Ấn bản này không ghi tên nơi phát hành.');
  const section = page.locator('main');
  await expect(section.getByRole('heading', { name: 'Mã cần so với nơi phát hành' })).toBeVisible();
  await expect(section).toContainText('Chỉ có một mã cần so: mã SHA-256 của tệp SHA256SUMS');
  await expect(section).toContainText('Mã này không dùng để kiểm tra bản sao');
  await page.locator('#chon-thu-muc').setInputFiles(damagedCopy());
  await expect(page.locator('.copy-check__code')).toBeVisible();
  expect(await noSidewaysAt320WithLargeText(page)).toBeLessThanOrEqual(0);
});

test('after `npm run package -- --publisher …` the copied edition names its publisher on "Về ấn bản này"', async ({
  page,
}) => {
  // One build of a small content folder: the publisher reaches the page through the build.
  test.setTimeout(180_000);
  const publisher = 'Đồn Biên phòng Mẫu thử';
  const out = tempDir('tu-sach-release-');
  const env = { TU_SACH_CONTENT: smallContent(), TU_SACH_CACHE: tempDir('tu-sach-cache-') };
  const args = [
    'scripts/package.ts',
    '--publisher',
    publisher,
    '--dist',
    tempDir('tu-sach-dist-'),
    '--out',
    out,
  ];
  const made = run('node', args, env);
  expect(made.status, made.output).toBe(0);
  const [zip] = listFiles(out);
  const shelf = join(tempDir('tu-sach-'), 'Tủ sách biên giới');
  unzipTo(join(out, zip), shelf);
  const edition = join(shelf, zip.replace(/\.zip$/, ''));

  const errors = trackErrors(page);
  await page.goto(pathToFileURL(join(edition, 've-an-ban.html')).href);
  await expect(page.locator('main')).toContainText(
    `Ấn bản này ghi nơi phát hành là: ${publisher}.`,
  );
  await page.getByLabel('Chọn thư mục ấn bản để kiểm tra').setInputFiles(edition);
  await expect(page.locator('[data-copy-check-result]')).toContainText(
    'Bản sao đầy đủ và nguyên vẹn',
  );
  // The code the reader reads out is the one `npm run package` told the publisher to announce.
  const announced = /SHA-256 of its SHA256SUMS: ([0-9a-f]{64})/.exec(made.output)![1];
  expect((await page.locator('.copy-check__code').innerText()).split('\n')).toEqual(
    hexRows(announced),
  );
  expect(errors).toEqual([]);
});
