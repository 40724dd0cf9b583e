/**
 * Page weight: the bytes of HTML, CSS and JS a reader downloads for a page, next to the bytes of
 * legal text on it, and whether reading needs JavaScript (the law text is all there with JS off).
 */
import type { Browser } from '@playwright/test';

export interface PageWeight {
  page: string;
  html: number;
  /** CSS bytes: inline <style> plus stylesheets loaded. */
  css: number;
  js: number;
  /** UTF-8 bytes of the legal text shown on the page. */
  text: number;
  /** Bytes of JavaScript that reading needs: 0 when the text is complete with JS off. */
  jsToRead: number;
}

/** CSS selector of the legal text on a page, per site. */
export interface TextSelector {
  ours: string;
  peer: string;
}

export const LAW_TEXT: TextSelector = {
  ours: '.official-heading, [data-part], [data-article], .lq__text',
  peer: '.sl-markdown-content',
};

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

async function load(browser: Browser, url: string, selector: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const bytes = { html: 0, css: 0, js: 0 };
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    const size = (await response.body().catch(() => Buffer.alloc(0))).length;
    if (type === 'document') bytes.html += size;
    else if (type === 'stylesheet') bytes.css += size;
    else if (type === 'script') bytes.js += size;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const measured = await page.evaluate((sel) => {
    const text = [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => !el.parentElement?.closest(sel))
      .map((el) => {
        const clone = el.cloneNode(true) as HTMLElement;
        for (const ui of clone.querySelectorAll('[data-ui]')) ui.remove();
        return clone.textContent ?? '';
      });
    const inlineCss = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '');
    const inlineJs = [...document.querySelectorAll('script:not([src])')].map(
      (s) => s.textContent ?? '',
    );
    return { text: text.join('\n').replace(/\s+/g, ' '), inlineCss, inlineJs };
  }, selector);
  await context.close();
  const inlineCss = measured.inlineCss.reduce((n, s) => n + utf8(s), 0);
  const inlineJs = measured.inlineJs.reduce((n, s) => n + utf8(s), 0);
  return {
    ...bytes,
    htmlOnly: bytes.html - inlineCss - inlineJs,
    inlineCss,
    inlineJs,
    text: measured.text,
  };
}

export async function pageWeight(
  browser: Browser,
  name: string,
  url: string,
  selector: string,
): Promise<PageWeight> {
  const withJs = await load(browser, url, selector, true);
  const withoutJs = await load(browser, url, selector, false);
  return {
    page: name,
    html: withJs.htmlOnly,
    css: withJs.css + withJs.inlineCss,
    js: withJs.js + withJs.inlineJs,
    text: utf8(withJs.text),
    jsToRead: withoutJs.text.trim() === withJs.text.trim() ? 0 : withJs.js + withJs.inlineJs,
  };
}
