import { describe, expect, it } from 'vitest';
import { anchorId, romanToInt } from '../../src/lib/legal/ids.ts';
import { citationText, pinpointFromId, pinpointId, pinpointLabel } from '../../src/lib/legal/citation.ts';

describe('anchor ids', () => {
  it('derive from the path: chương, mục, điều, khoản, điểm', () => {
    expect(anchorId([{ kind: 'chuong', num: 'II' }])).toBe('chuong-2');
    expect(anchorId([{ kind: 'chuong', num: '2' }, { kind: 'muc', num: '1' }])).toBe('chuong-2-muc-1');
    expect(anchorId([{ kind: 'dieu', num: '14' }])).toBe('dieu-14');
    expect(anchorId([{ kind: 'dieu', num: '14' }, { kind: 'khoan', num: '2' }])).toBe('dieu-14-khoan-2');
    expect(anchorId([{ kind: 'dieu', num: '14' }, { kind: 'khoan', num: '2' }, { kind: 'diem', num: 'đ' }])).toBe('dieu-14-khoan-2-diem-dd');
    expect(anchorId([{ kind: 'dieu', num: '14a' }])).toBe('dieu-14a');
  });

  it('read roman numerals strictly', () => {
    expect([romanToInt('I'), romanToInt('IV'), romanToInt('IX'), romanToInt('XIV'), romanToInt('XL')]).toEqual([1, 4, 9, 14, 40]);
    expect(romanToInt('IIII')).toBeNaN();
    expect(romanToInt('A')).toBeNaN();
  });
});

describe('citations', () => {
  it('go from pinpoint to id and back', () => {
    const pin = { dieu: '14', khoan: '2', diem: 'đ' };
    expect(pinpointId(pin)).toBe('dieu-14-khoan-2-diem-dd');
    expect(pinpointFromId('dieu-14-khoan-2-diem-dd')).toEqual(pin);
    expect(pinpointFromId('dieu-14')).toEqual({ dieu: '14', khoan: undefined, diem: undefined });
    expect(pinpointFromId('chuong-2')).toBeUndefined();
  });

  it('read innermost first, as Vietnamese citations do', () => {
    expect(pinpointLabel({ dieu: '14' })).toBe('Điều 14');
    expect(citationText({ dieu: '14', khoan: '2' }, 'Luật Biên giới quốc gia năm 2003')).toBe('khoản 2 Điều 14 Luật Biên giới quốc gia năm 2003');
    expect(pinpointLabel({ dieu: '6', khoan: '1', diem: 'a' })).toBe('điểm a khoản 1 Điều 6');
  });
});
