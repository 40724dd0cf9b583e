import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { listFiles } from '../../src/lib/files.ts';

/**
 * Tag of the tests that also run in the reading room's browser, Chromium 109 (project
 * `chromium-109` in playwright.config.ts): those that open the site from file://, as a reading
 * room does.
 */
export const READING_ROOM = '@reading-room';

/** The three laws whose full text is in this edition. */
export const LAWS = [
  'luat-bien-gioi-quoc-gia-2003',
  'luat-bien-viet-nam-2012',
  'luat-bien-phong-viet-nam-2020',
] as const;

/** Every document whose text is in this edition (laws and decrees): one source file each. */
export const TEXTS = readdirSync('content/van-ban/nguon')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

export const lawPage = (slug: string) => `/van-ban/${slug}.html`;

/** Collects console errors and uncaught exceptions of a page. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every line of a document's source, as written. */
export const sourceLines = (slug: string) =>
  readFileSync(`content/van-ban/nguon/${slug}.txt`, 'utf8').split('\n');

/** One line of a law's source text, found by how it starts. */
export function sourceLine(slug: string, start: string): string {
  const line = sourceLines(slug).find((l) => l.startsWith(start));
  if (!line) throw new Error(`no line starting "${start}" in ${slug}`);
  return line;
}

/** What a printed page would show: the text of the body with print styles applied (left on). */
export async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  return squash(await page.locator('body').innerText());
}

/** The page count of the page's PDF (as Chromium prints it), after checking its pages are A4. */
export async function a4Pages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf, 'A4 pages').toMatch(/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
  return pdf.match(/\/Type\s*\/Page\b/g)!.length;
}

/**
 * The source text of a law split into articles without the project's parser, so the parser is
 * what is tested: an article runs from its "Điều N" line to the next blank line (the source
 * layout puts one before every heading), the last one to the end of the file (closing included).
 */
export function sourceArticles(slug: string): { front: string; articles: Map<string, string> } {
  const lines = sourceLines(slug);
  const articles = new Map<string, string>();
  const frontEnd = lines.indexOf('');
  for (let i = 0; i < lines.length; i++) {
    const m = /^Điều (\d+[a-zđ]?)\b/.exec(lines[i]);
    if (!m) continue;
    let end = lines.indexOf('', i);
    if (end < 0) end = lines.length;
    articles.set(m[1], squash(lines.slice(i, end).join('\n')));
  }
  return { front: squash(lines.slice(0, frontEnd).join('\n')), articles };
}

/** A copy of the built site in a folder whose path has spaces and Vietnamese letters, as readers keep it. */
export function copyOfSite(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'tu-sach-')), 'Tủ sách biên giới');
  cpSync('dist', folder, { recursive: true });
  return folder;
}

/**
 * Picks the folder `dir` in a folder input (`webkitdirectory`), as a reader does. Chromium 109's
 * DevTools takes no folder for a file input (DOM.setFileInputFiles never answers), so there the
 * page is handed the folder's files itself, each with its path inside the folder, as the picker
 * gives them; what the page then does with them is the same.
 */
export async function pickFolder(input: Locator, dir: string): Promise<void> {
  const version = input.page().context().browser()?.version() ?? '';
  if (Number.parseInt(version, 10) > 109) return input.setInputFiles(dir);
  const folder = basename(dir);
  const base64 = (path: string) => readFileSync(join(dir, path)).toString('base64');
  const files = listFiles(dir).map((path) => ({ path: `${folder}/${path}`, base64: base64(path) }));
  await input.evaluate((el, picked) => {
    const chosen = new DataTransfer();
    for (const { path, base64 } of picked) {
      const file = new File(
        [Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))],
        path.split('/').pop()!,
      );
      Object.defineProperty(file, 'webkitRelativePath', { value: path });
      chosen.items.add(file);
    }
    (el as HTMLInputElement).files = chosen.files;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, files);
}
