/** Opening the built site over http or from file://, and reading the search page's hits. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { HOOK, QUERY_INPUT_ID, selector } from '../../src/lib/search/shared/names.ts';
import { READING_ROOM } from './helpers.ts';

export const PROTOCOLS = ['http', 'file'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** The tests of a protocol run in the reading room's browser too when they open files. */
export function protocolTag(protocol: Protocol): { tag: string[] } {
  return { tag: protocol === 'file' ? [READING_ROOM] : [] };
}

let fileBase: string | undefined;

/**
 * Base URL of the site: the test server, or a copy of dist/ in a folder whose path has spaces and
 * Vietnamese letters, opened as files (a reading-room PC's double-click).
 */
export function siteBase(protocol: Protocol): string {
  if (protocol === 'http') return '/';
  if (!fileBase) {
    const dir = join(mkdtempSync(join(tmpdir(), 'tu-sach-')), 'Tủ sách biên giới');
    cpSync('dist', dir, { recursive: true });
    fileBase = pathToFileURL(`${dir}/`).href;
  }
  return fileBase;
}

/** Types a query into the search page's box, submits it and waits for its hits. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator(`#${QUERY_INPUT_ID}`).fill(query);
  await page.locator(`#${QUERY_INPUT_ID}`).press('Enter');
  await expect(page.locator(selector(HOOK.results))).toHaveAttribute(HOOK.shownQuery, query);
  await expect(page.locator(selector(HOOK.results))).toHaveAttribute('aria-busy', 'false');
}

/** The hits' links in rank order. */
export async function hitLinks(page: Page): Promise<string[]> {
  return page
    .locator(`${selector(HOOK.list)} > li > h2 > a`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** A hit's link as "<document slug>#dieu-<n>" when it opens a law article (or one of its khoản). */
export function articleOf(href: string): string | undefined {
  const m = /van-ban\/([\w-]+)\.html(?:\?[^#]*)?#(dieu-\d+[a-z]?)(?:-khoan-\d+)?$/.exec(href);
  return m ? `${m[1]}#${m[2]}` : undefined;
}
