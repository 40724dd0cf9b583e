import { describe, expect, it } from 'vitest';
import type { ShelfDocument } from '../../src/lib/library.ts';
import {
  articleNotice,
  changesAt,
  changesNotNamingAt,
  changeSummary,
  documentStatus,
  landingPin,
  unchangedClaim,
} from '../../src/lib/status.ts';
import type { OutstandingChange } from '../../src/schemas/outstanding-change.ts';

const act = (number: string, inForce?: string) => ({
  kind: 'luat' as const,
  number,
  title: 'Luật mẫu',
  passed: new Date('2025-06-16'),
  ...(inForce && { inForce: new Date(inForce) }),
});

/** Luật 98/2025/QH15 on Luật Biên phòng: five articles, none named. */
const fiveUnnamed: OutstandingChange = {
  act: act('98/2025/QH15', '2025-07-01'),
  applies: 'known',
  articles: [],
  extent: '5 điều',
  sources: [],
};
/** Luật 72/2025/QH15 on Luật Biển: khoản 3 added to Điều 7. */
const atArticle7: OutstandingChange = {
  act: act('72/2025/QH15', '2025-06-16'),
  applies: 'known',
  articles: [{ article: '7', effect: 'bo-sung', part: 'khoản 3', by: 'khoản 1 Điều 52' }],
  sources: [],
};
/** NĐ 299/2025 on a decree it may or may not amend. */
const maybe: OutstandingChange = {
  act: { ...act('299/2025/NĐ-CP'), kind: 'nghi-dinh' },
  applies: 'unknown',
  articles: [],
  sources: [],
};

const doc = (outstandingChanges: OutstandingChange[], status = 'con-hieu-luc') =>
  ({ slug: 'mau', data: { status, outstandingChanges } }) as unknown as ShelfDocument;
const shelf = (amended: boolean) => ({ amendmentsOf: () => new Map(amended ? [['21', []]] : []) });

describe('the status words every place shows', () => {
  it("are vbpl.vn's word alone only when no change is known", () => {
    expect(documentStatus(doc([]), shelf(false)).words).toBe('Còn hiệu lực');
    expect(documentStatus(doc([], 'het-hieu-luc-toan-bo'), shelf(false)).words).toBe(
      'Hết hiệu lực toàn bộ',
    );
  });

  it('say the wording shown lacks a known change', () => {
    const status = documentStatus(doc([fiveUnnamed]), shelf(false));
    expect(status.state).toBe('outstanding');
    expect(status.words).toBe(
      'Còn hiệu lực (đã được sửa đổi, bổ sung; bản này chưa cập nhật nội dung sửa đổi)',
    );
    expect(status.changes).toEqual([
      'Luật số 98/2025/QH15 đã sửa đổi, bổ sung 5 điều của văn bản này, có hiệu lực từ ngày ' +
        '01/07/2025; nội dung trong tủ sách là nguyên văn trước khi sửa đổi.',
    ]);
  });

  it('say an act may have changed it when no source says whether, and that a known change outweighs it', () => {
    expect(documentStatus(doc([maybe]), shelf(false)).words).toBe(
      'Còn hiệu lực (có thể đã được sửa đổi, bổ sung; chưa xác minh được)',
    );
    expect(documentStatus(doc([maybe, fiveUnnamed]), shelf(false)).state).toBe('outstanding');
  });

  it('say an amendment by a document on the shelf is shown at the article it changes', () => {
    expect(documentStatus(doc([]), shelf(true)).words).toBe(
      'Còn hiệu lực (đã được sửa đổi, bổ sung; nội dung sửa đổi được ghi tại điều bị sửa)',
    );
  });
});

describe('the sentences about an outstanding change', () => {
  it('name the act, what it changes, from when, and that the text shown predates it', () => {
    expect(changeSummary(atArticle7)).toBe(
      'Luật số 72/2025/QH15 đã bổ sung khoản 3 Điều 7 của văn bản này, có hiệu lực từ ngày ' +
        '16/06/2025; nội dung trong tủ sách là nguyên văn trước khi sửa đổi.',
    );
    expect(changeSummary(atArticle7, true)).toMatch(
      /^Luật số 72\/2025\/QH15 \(Luật mẫu, ban hành ngày 16\/06\/2025\) đã bổ sung/,
    );
    expect(changeSummary({ ...atArticle7, extent: 'một số điều' })).toContain(
      'đã sửa đổi, bổ sung một số điều, trong đó có khoản 3 Điều 7 của văn bản này',
    );
    expect(changeSummary({ ...fiveUnnamed, act: act('98/2025/QH15') })).toContain(
      'chưa rõ ngày có hiệu lực',
    );
    expect(changeSummary(maybe)).toBe(
      'Chưa xác định được Nghị định số 299/2025/NĐ-CP có sửa đổi văn bản này hay không; nội dung ' +
        'trong tủ sách là nguyên văn khi ban hành.',
    );
  });

  it('stand at the article a change names', () => {
    const [{ change, article }] = changesAt({ outstandingChanges: [atArticle7, fiveUnnamed] }, '7');
    expect(articleNotice(change, article)).toBe(
      'Điều này đã được bổ sung khoản 3 bởi khoản 1 Điều 52 Luật số 72/2025/QH15 (Luật mẫu, ban ' +
        'hành ngày 16/06/2025), có hiệu lực từ ngày 16/06/2025.',
    );
    expect(changesAt({ outstandingChanges: [atArticle7] }, '8')).toEqual([]);
  });

  it('travel with every quote when the articles changed are not all known', () => {
    const data = { outstandingChanges: [atArticle7, fiveUnnamed, maybe] };
    expect(changesNotNamingAt(data, '7')).toEqual([fiveUnnamed, maybe]);
    expect(changesNotNamingAt(data, '8')).toEqual([fiveUnnamed, maybe]);
    expect(
      changesNotNamingAt({ outstandingChanges: [{ ...atArticle7, extent: 'một số điều' }] }, '8'),
    ).toHaveLength(1);
    expect(changesNotNamingAt({ outstandingChanges: [atArticle7] }, '8')).toEqual([]);
  });
});

describe('citations', () => {
  it('land on the head of an article a known change names, where its notice stands', () => {
    const data = { outstandingChanges: [atArticle7] };
    expect(landingPin(data, { dieu: '7', khoan: '2' })).toEqual({ dieu: '7' });
    expect(landingPin(data, { dieu: '8', khoan: '2' })).toEqual({ dieu: '8', khoan: '2' });
    expect(landingPin({ outstandingChanges: [maybe] }, { dieu: '7', khoan: '2' })).toEqual({
      dieu: '7',
      khoan: '2',
    });
  });
});

describe('a status note', () => {
  it('reads as unchanged when it says no amending act was found', () => {
    expect(
      unchangedClaim(
        'Trong các nguồn đã đọc, chúng tôi không thấy văn bản nào sửa đổi hay bãi bỏ luật này.',
      ),
    ).toBeDefined();
    expect(unchangedClaim('Luật này chưa được sửa đổi.')).toBeDefined();
    expect(
      unchangedClaim('Trong các nguồn đã đọc, chúng tôi không thấy văn bản nào bãi bỏ luật này.'),
    ).toBeUndefined();
  });
});
