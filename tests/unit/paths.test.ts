import { describe, expect, it } from 'vitest';
import { href, hrefToPath, sitePath } from '../../src/lib/paths.ts';

describe('href', () => {
  it('is relative to the page it is on', () => {
    expect(href('/index.html', { page: 'document', slug: 'x' })).toBe('van-ban/x.html');
    expect(href('/van-ban/x.html', { page: 'home' })).toBe('../index.html');
    expect(href('/van-ban/x.html', { page: 'document', slug: 'y', anchor: 'dieu-2' })).toBe(
      'y.html#dieu-2',
    );
    expect(href('/van-ban/x.html', { page: 'asset', file: 'site.js' })).toBe('../assets/site.js');
    expect(href(new URL('http://h/index.html'), { page: 'asset', file: 'site.js' })).toBe(
      'assets/site.js',
    );
  });

  it('keeps only the fragment for a link to the same page', () => {
    expect(href('/van-ban/x.html', { page: 'document', slug: 'x', anchor: 'dieu-2' })).toBe(
      '#dieu-2',
    );
  });

  it('never points at a directory', () => {
    expect(sitePath({ page: 'home' })).toBe('index.html');
    expect(href('/', { page: 'home' })).toBe('index.html');
    expect(href('/van-ban/x.html', { page: 'about' })).toBe('../ve-an-ban.html');
    expect(href('/ve-an-ban.html', { page: 'guide' })).toBe('HUONG-DAN.txt');
  });
});

describe('routes', () => {
  it('carry a search query and anchors', () => {
    expect(href('/van-ban/x.html', { page: 'search', query: 'mốc quốc giới' })).toBe(
      '../tim-kiem.html?q=m%E1%BB%91c%20qu%E1%BB%91c%20gi%E1%BB%9Bi',
    );
    expect(href('/giai-thich/a.html', { page: 'question', slug: 'b' })).toBe('../hoi-dap/b.html');
    expect(href('/giai-thich/a.html', { page: 'explainer', slug: 'c', anchor: 'y' })).toBe(
      'c.html#y',
    );
    expect(href('/thuat-ngu.html', { page: 'glossary', anchor: 'moc-quoc-gioi' })).toBe(
      '#moc-quoc-gioi',
    );
  });
});

describe('hrefToPath', () => {
  it('links a site path from the search index relative to the page, query and anchor kept', () => {
    expect(hrefToPath('tim-kiem.html', 'van-ban/x.html?tim=moc#dieu-14')).toBe(
      'van-ban/x.html?tim=moc#dieu-14',
    );
    expect(hrefToPath('/van-ban/y.html', 'van-ban/x.html#dieu-2')).toBe('x.html#dieu-2');
    expect(hrefToPath('/giai-thich/a.html', 'van-ban/x.html')).toBe('../van-ban/x.html');
    expect(hrefToPath('/van-ban/x.html', 'van-ban/x.html#dieu-2')).toBe('#dieu-2');
  });
});
