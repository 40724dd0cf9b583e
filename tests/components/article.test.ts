/**
 * Components take their data as props from the page, so one can be rendered with test data: an
 * article of a made-up law, with the references, citations and cited-by of a made-up shelf.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Article from '../../src/components/legal/Article.astro';
import type { ContentIndex, ContentItem } from '../../src/lib/content-index.ts';
import { parseLegalText } from '../../src/lib/legal/parse.ts';
import type { Library, ShelfDocument } from '../../src/lib/library.ts';

const text = parseLegalText(
  'LUẬT THỬ\n\nĐiều 1. Phạm vi\n1. Theo Luật Khác.\n2. Khoản hai.',
  'thu.txt',
);
const article = text.body[0];
const doc = (slug: string, shortTitle: string) =>
  ({ slug, data: { shortTitle, outstandingChanges: [] } }) as unknown as ShelfDocument;

const library = {
  references: {
    linksIn: (line: { text: string }) =>
      line.text === '1. Theo Luật Khác.'
        ? [{ start: 8, end: 17, doc: 'luat-khac', anchor: 'dieu-5' }]
        : [],
    citing: () => [
      { doc: doc('nghi-dinh-thu', 'Nghị định Thử'), pin: { dieu: '3' }, anchor: 'dieu-3' },
    ],
  },
  sources: () => [],
} as unknown as Library;
const explainer = {
  kind: 'giai-thich',
  slug: 'giai-thich-thu',
  title: 'Giải thích thử',
} as ContentItem;
const contentIndex = { citedBy: () => [explainer] } as unknown as ContentIndex;

async function render(): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(Article, {
    props: {
      article,
      level: 2,
      amendedBy: [],
      amends: [],
      doc: doc('luat-thu', 'Luật Thử'),
      library,
      contentIndex,
    },
    request: new Request('http://localhost/van-ban/luat-thu.html'),
  });
}

describe('an article rendered with test data', () => {
  it('carries its anchor ids and its text', async () => {
    const html = await render();
    expect(html).toContain('<h2 id="dieu-1">Điều 1. Phạm vi</h2>');
    expect(html).toContain('<p id="dieu-1-khoan-1">1. Theo ');
    expect(html).toContain('id="dieu-1-khoan-2">2. Khoản hai.</p>');
  });

  it('links what the shelf it is given says: references, citing documents, explainers', async () => {
    const html = await render();
    expect(html).toContain('1. Theo <a class="ref" href="luat-khac.html#dieu-5">Luật Khác</a>.');
    expect(html).toContain('<a href="nghi-dinh-thu.html#dieu-3">Điều 3 Nghị định Thử</a>');
    expect(html).toContain('<a href="../giai-thich/giai-thich-thu.html">Giải thích thử</a>');
  });
});
