import { describe, expect, it } from 'vitest';
import {
  buildReferenceIndex,
  describeCounts,
  detailsProblem,
} from '../../src/lib/reference-index.ts';
import { shelfDocument, TEXT_SLUGS } from './shelf.ts';

const DOCS = TEXT_SLUGS.map(shelfDocument);
const INDEX = buildReferenceIndex(DOCS);
const doc = (slug: string) => DOCS.find((d) => d.slug === slug)!;

describe("the shelf's reference index", () => {
  it('lists a decree\'s "Căn cứ" lines with the shelf documents they name', () => {
    expect(INDEX.basisOf(doc('nghi-dinh-71-2015-nd-cp')).map((b) => [b.name, b.doc?.slug])).toEqual(
      [
        ['Bộ luật Hàng hải Việt Nam ngày 14 tháng 6 năm 2005', undefined],
        ['Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001', undefined],
        ['Luật Biên giới quốc gia ngày 17 tháng 6 năm 2003', 'luat-bien-gioi-quoc-gia-2003'],
        ['Luật Biển Việt Nam ngày 21 tháng 6 năm 2012', 'luat-bien-viet-nam-2012'],
        ['Luật Cư trú ngày 21 tháng 6 năm 2013', undefined],
        [
          'Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam ngày 16 ' +
            'tháng 6 năm 2014',
          undefined,
        ],
        ['Pháp lệnh Bộ đội Biên phòng ngày 28 tháng 3 năm 1997', undefined],
      ],
    );
    expect(INDEX.basisOf(doc('nghi-dinh-106-2021-nd-cp'))).toEqual([]);
  });

  it('knows, for an article of a law, where other documents refer to it', () => {
    const citing = (slug: string, article: string) =>
      INDEX.citing(slug, article).map((c) => `${c.doc.slug} ${c.anchor}`);
    expect(citing('luat-bien-phong-viet-nam-2020', '10')).toEqual([
      'nghi-dinh-106-2021-nd-cp dieu-6-khoan-1',
      'nghi-dinh-106-2021-nd-cp dieu-6-khoan-3',
      'nghi-dinh-106-2021-nd-cp dieu-25-khoan-2',
    ]);
    expect(citing('luat-bien-gioi-quoc-gia-2003', '21')).toEqual([
      'luat-bien-phong-viet-nam-2020 dieu-35',
    ]);
    expect(citing('luat-bien-gioi-quoc-gia-2003', '14')).toEqual([]);
  });

  it('counts per document what was found, linked and left plain, for the build log', () => {
    expect(
      describeCounts('nghi-dinh-106-2021-nd-cp', INDEX.counts.get('nghi-dinh-106-2021-nd-cp')!),
    ).toBe(
      'nghi-dinh-106-2021-nd-cp: 14 found, 12 linked (18 links), 2 left plain (not-on-shelf 2)',
    );
  });
});

describe('details: a document details a law only if its own words name it', () => {
  const titleOf = (slug: string) => DOCS.find((d) => d.slug === slug)?.data.title;
  it('accepts the law named in the "Căn cứ" lines (34/2014, 71/2015) or in the title (106/2021)', () => {
    for (const d of DOCS) expect(detailsProblem(d, INDEX.basisOf(d), titleOf)).toBeUndefined();
  });

  it('refuses a law the document does not name', () => {
    const decree = doc('nghi-dinh-34-2014-nd-cp');
    const details = [{ id: 'luat-bien-viet-nam-2012', collection: 'vanBan' as const }];
    const wrong = { ...decree, data: { ...decree.data, details } };
    expect(detailsProblem(wrong, INDEX.basisOf(wrong), titleOf)).toBe(
      'details: luat-bien-viet-nam-2012 is named neither in the "Căn cứ" lines nor in the title ' +
        'of this document',
    );
  });
});
