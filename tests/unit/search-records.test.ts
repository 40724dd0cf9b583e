import { describe, expect, it } from 'vitest';
import { pageRecords } from '../../src/lib/search/build/records.ts';

const SITE = 'Tủ sách';

function page(main: string, title = `Luật Mẫu – ${SITE}`): string {
  return `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><header>Đầu trang</header>${main}</body></html>`;
}

const ARTICLE_1 =
  '<section class="dieu" data-search-record><h3 id="dieu-1">Điều 1. Phạm vi</h3>' +
  '<a class="plink" data-ui>#</a><div class="cb" data-ui>Câu hỏi liên quan</div>' +
  '<p id="dieu-1-khoan-1">1. Một.</p><p data-pagefind-ignore>Bỏ qua</p></section>';
const ARTICLE_2 =
  '<section class="dieu" data-search-record data-search-title="Điều 2. Hai &quot;mốc&quot; …">' +
  '<h3 id="dieu-2">Điều 2</h3><p>Hai "mốc" và ba.</p></section>';
const LAW = page(`<main data-pagefind-body data-page-kind="van-ban">
<h1 data-document="luat-mau">Luật Mẫu<span class="h1-sub">Luật số 01</span></h1>
<dl><dt>Số hiệu</dt><dd>01/2099/QH99</dd></dl>
<section class="chuong"><h2 id="chuong-1"><span>Chương 1:</span><span>QUY ĐỊNH CHUNG</span></h2>
${ARTICLE_1}
${ARTICLE_2}
</section></main>`);

describe('search records of a built page', () => {
  const records = pageRecords(LAW, 'van-ban/luat-mau.html', SITE);

  it('make each marked unit a record at its anchor, and the rest of <main> one more', () => {
    expect(records.map((r) => r.url)).toEqual([
      '/van-ban/luat-mau.html#dieu-1',
      '/van-ban/luat-mau.html#dieu-2',
      '/van-ban/luat-mau.html',
    ]);
    expect(records[0].html).toContain('1. Một.');
    expect(records[2].html).not.toContain('1. Một.');
    expect(records[2].html).not.toContain('Đầu trang');
  });

  it('title an article by its heading and the page by its <title> without the site name', () => {
    expect(records[0].html).toMatch(
      /<h3 id="dieu-1" data-pagefind-meta="title">Điều 1\. Phạm vi<\/h3>/,
    );
    expect(records[2].html).toContain(
      'data-pagefind-meta="title[data-title]" data-title="Luật Mẫu"',
    );
  });

  it('title an untitled article by what it declares: its label and first words ', () => {
    expect(records[1].html).toMatch(
      new RegExp(
        '<h3 id="dieu-2" data-search-title="Điều 2\\. Hai (&quot;|&#34;)mốc(&quot;|&#34;) …" ' +
          'data-pagefind-meta="title\\[data-search-title\\]">',
      ),
    );
  });

  it('give an article the page title and the headings around it as context', () => {
    expect(records[0].html).toContain('data-context="Luật Mẫu › Chương 1: QUY ĐỊNH CHUNG"');
  });

  it('turn the page kind, the document and the record level into filters', () => {
    expect(records[0].html).toContain(
      'data-pagefind-filter="kind[data-kind], level[data-level], document[data-document]"',
    );
    expect(records[0].html).toContain(
      'data-kind="van-ban" data-level="content" data-document="luat-mau"',
    );
    expect(records[2].html).toContain('data-level="document"');
  });

  it('keep words of neighbouring elements apart', () => {
    expect(records[2].html).toContain('<dt>Số hiệu</dt> <dd>01/2099/QH99</dd>');
    expect(records[2].html).toContain('Luật Mẫu <span class="h1-sub">');
  });

  it('leave a marked element without an id in the page record', () => {
    const [only] = pageRecords(
      page(
        '<main data-pagefind-body><section data-search-record><p>Không có id</p></section></main>',
      ),
      'x.html',
      SITE,
    );
    expect(only.url).toBe('/x.html');
    expect(only.html).toContain('Không có id');
  });

  it('leave out the site controls (data-ui), and keep what Pagefind is asked to ignore marked so', () => {
    expect(records[0].html).not.toContain('Câu hỏi liên quan');
    expect(records[0].html).not.toContain('plink');
    expect(records[0].html).toContain('<p data-pagefind-ignore="">Bỏ qua</p>');
  });
});

describe('pages without articles', () => {
  it('are one record of level content, without a document filter', () => {
    const records = pageRecords(
      page(
        '<main data-pagefind-body data-page-kind="giai-thich"><h1>Vành đai</h1><h2 ' +
          'id="a">A</h2><p>x</p></main>',
        `Vành đai – ${SITE}`,
      ),
      'giai-thich/vanh-dai.html',
      SITE,
    );
    expect(records).toHaveLength(1);
    expect(records[0].html).toContain('data-pagefind-filter="kind[data-kind], level[data-level]"');
    expect(records[0].html).toContain('data-kind="giai-thich" data-level="content"');
  });

  it('are not indexed without <main data-pagefind-body>', () => {
    expect(pageRecords(page('<main><p>x</p></main>'), 'x.html', SITE)).toEqual([]);
  });
});

describe('the text of a record', () => {
  it('is every word of its HTML, for the common-words count', async () => {
    const { recordText } = await import('../../src/lib/search/build/records.ts');
    expect(
      recordText(
        '<!doctype html><html><body><main><h3>Điều 1</h3><p>Một ' +
          '<b>hai</b></p></main></body></html>',
      )
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('Điều 1 Một hai');
  });
});
