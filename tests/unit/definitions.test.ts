import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slugOf } from '../../src/lib/format.ts';
import { definedTerm, definitions } from '../../src/lib/legal/definitions.ts';
import { parseLegalText } from '../../src/lib/legal/parse.ts';
import { SourceError } from '../../src/lib/source-error.ts';

const lawText = (slug: string) => {
  const file = `content/van-ban/nguon/${slug}.txt`;
  return parseLegalText(readFileSync(file, 'utf8'), file);
};

describe('slugOf (glossary ids)', () => {
  it('drops diacritics, folds đ to d and joins words with hyphens', () => {
    expect(slugOf('Mốc quốc giới')).toBe('moc-quoc-gioi');
    expect(slugOf('Đường cơ sở')).toBe('duong-co-so');
    expect(slugOf('Cán bộ, chiến sĩ Bộ đội Biên phòng')).toBe('can-bo-chien-si-bo-doi-bien-phong');
  });
});

describe('definedTerm', () => {
  it('reads the term before "là" or "bao gồm"', () => {
    expect(definedTerm('5. Mốc quốc giới là dấu hiệu bằng vật thể')).toBe('Mốc quốc giới');
    expect(definedTerm('1. Vùng biển Việt Nam bao gồm nội thủy, lãnh hải')).toBe(
      'Vùng biển Việt Nam',
    );
    expect(definedTerm('2. Phá hoại an ninh')).toBeUndefined();
  });

  it('reads "bao gồm:" with a colon', () => {
    expect(definedTerm('2. Phương tiện bao gồm: Phương tiện đường thủy')).toBe('Phương tiện');
  });

  it('takes the short form a khoản introduces ("sau đây viết gọn là …"), whatever verb follows', () => {
    expect(
      definedTerm(
        '1. Khu vực biên giới biển nước Cộng hòa xã hội chủ nghĩa Việt Nam (sau đây viết gọn là ' +
          'khu vực biên giới biển) tính từ biên giới',
      ),
    ).toBe('Khu vực biên giới biển');
    expect(
      definedTerm(
        '1. Khu vực biên giới đất liền nước Cộng hòa xã hội chủ nghĩa Việt Nam (sau đây viết gọn ' +
          'là khu vực biên giới đất liền) bao gồm xã',
      ),
    ).toBe('Khu vực biên giới đất liền');
  });
});

describe('definitions of the three laws', () => {
  it('are Điều 4 (2003), Điều 3 (2012) and Điều 2 (2020), one term per khoản', () => {
    const terms = (slug: string) =>
      definitions(lawText(slug)).map((d) => `${d.pin.dieu}.${d.pin.khoan} ${d.term}`);
    expect(terms('luat-bien-gioi-quoc-gia-2003')).toEqual([
      '4.1 Đường cơ sở',
      '4.2 Vùng tiếp giáp lãnh hải',
      '4.3 Vùng đặc quyền về kinh tế',
      '4.4 Thềm lục địa',
      '4.5 Mốc quốc giới',
      '4.6 Công trình biên giới',
      '4.7 Cửa khẩu',
      '4.8 Tàu thuyền',
      '4.9 Đi qua không gây hại trong lãnh hải',
      '4.10 Tàu bay',
    ]);
    expect(terms('luat-bien-viet-nam-2012')).toEqual([
      '3.1 Vùng biển Việt Nam',
      '3.2 Vùng biển quốc tế',
      '3.3 Tàu thuyền',
      '3.4 Tàu quân sự',
      '3.5 Tàu thuyền công vụ',
      '3.6 Tài nguyên',
      '3.7 Đường đẳng sâu',
    ]);
    expect(terms('luat-bien-phong-viet-nam-2020')).toEqual([
      '2.1 Biên phòng',
      '2.2 Nền biên phòng toàn dân',
      '2.3 Thế trận biên phòng toàn dân',
      '2.4 Vành đai biên giới',
      '2.5 Cán bộ, chiến sĩ Bộ đội Biên phòng',
    ]);
  });

  it('the decrees define terms in Điều 3 ("Trong Nghị định này, …")', () => {
    const terms = (slug: string) =>
      definitions(lawText(slug)).map((d) => `${d.pin.dieu}.${d.pin.khoan} ${d.term}`);
    expect(terms('nghi-dinh-34-2014-nd-cp')).toEqual([
      '3.1 Khu vực biên giới đất liền',
      '3.2 Vành đai biên giới',
      '3.3 Vùng cấm',
      '3.4 Hoạt động trong khu vực biên giới đất liền',
      '3.5 Cư dân biên giới',
    ]);
    expect(terms('nghi-dinh-71-2015-nd-cp')).toEqual([
      '3.1 Khu vực biên giới biển',
      '3.2 Phương tiện',
      '3.3 Hoạt động của người, phương tiện Việt Nam và nước ngoài trong khu vực biên giới biển',
      '3.4 Vùng cấm trong khu vực biên giới biển',
      '3.5 Khu vực hạn chế hoạt động trong khu vực biên giới biển',
      '3.6 Vùng cấm tạm thời, vùng hạn chế hoạt động',
    ]);
    expect(terms('nghi-dinh-106-2021-nd-cp')).toEqual([]);
  });

  it('a khoản of a definitions article that defines nothing stops at its line', () => {
    const text = parseLegalText(
      [
        'LUẬT',
        '',
        'Điều 1. Giải thích từ ngữ',
        'Trong Luật này, các từ ngữ dưới đây được hiểu như sau:',
        '1. Mốc là dấu.',
        '2. Không định nghĩa.',
      ].join('\n'),
      'mau.txt',
    );
    expect(() => definitions(text)).toThrow(SourceError);
    expect(() => definitions(text)).toThrow('mau.txt:6:');
  });
});
