import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import {
  anchorId,
  pathOfId,
  pinpointFromId,
  romanToInt,
  SOURCE_LIST_ANCHOR,
  sourceAnchor,
} from '../../src/lib/legal/ids.ts';
import { citationText, pinpointId, pinpointLabel } from '../../src/lib/legal/citation.ts';

describe('anchor ids', () => {
  it('derive from the path: chương, mục, điều, khoản, điểm', () => {
    expect(anchorId([{ kind: 'chuong', num: 'II' }])).toBe('chuong-2');
    expect(
      anchorId([
        { kind: 'chuong', num: '2' },
        { kind: 'muc', num: '1' },
      ]),
    ).toBe('chuong-2-muc-1');
    expect(anchorId([{ kind: 'dieu', num: '14' }])).toBe('dieu-14');
    expect(
      anchorId([
        { kind: 'dieu', num: '14' },
        { kind: 'khoan', num: '2' },
      ]),
    ).toBe('dieu-14-khoan-2');
    expect(
      anchorId([
        { kind: 'dieu', num: '14' },
        { kind: 'khoan', num: '2' },
        { kind: 'diem', num: 'đ' },
      ]),
    ).toBe('dieu-14-khoan-2-diem-dd');
    expect(anchorId([{ kind: 'dieu', num: '14a' }])).toBe('dieu-14a');
  });

  it('read roman numerals strictly', () => {
    expect([
      romanToInt('I'),
      romanToInt('IV'),
      romanToInt('IX'),
      romanToInt('XIV'),
      romanToInt('XL'),
    ]).toEqual([1, 4, 9, 14, 40]);
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
    expect(pinpointFromId('dieu-14-diem-a')).toEqual({ dieu: '14', khoan: undefined, diem: 'a' });
    expect(pinpointFromId('dieu-5-trich-1-khoan-2')).toBeUndefined();
    expect(pinpointFromId('dieu-14-')).toBeUndefined();
    expect(pinpointFromId('hinh-cac-vung-bien')).toBeUndefined();
  });

  it('read every id anchorId builds back into its path', () => {
    const path = [
      { kind: 'dieu', num: '14a' },
      { kind: 'khoan', num: '2' },
      { kind: 'diem', num: 'đ' },
    ] as const;
    expect(pathOfId(anchorId(path))).toEqual(path);
    expect(pathOfId('chuong-4-muc-1')).toEqual([
      { kind: 'chuong', num: '4' },
      { kind: 'muc', num: '1' },
    ]);
    expect(pathOfId('dieu-5-trich-1-dieu-3')).toEqual([
      { kind: 'dieu', num: '5' },
      { kind: 'trich', num: '1' },
      { kind: 'dieu', num: '3' },
    ]);
    expect(pathOfId('')).toBeUndefined();
    expect(pathOfId('nguon-thong-tin')).toBeUndefined();
    // A number no text writes (a khoản is a number, a điểm one letter) is not an id anchorId built.
    for (const id of ['dieu-1-khoan-x', 'dieu-1-khoan-1-diem-12', 'chuong-iv', 'dieu-a'])
      expect(pathOfId(id), id).toBeUndefined();
  });

  it('read innermost first, as Vietnamese citations do', () => {
    expect(pinpointLabel({ dieu: '14' })).toBe('Điều 14');
    expect(citationText({ dieu: '14', khoan: '2' }, 'Luật Biên giới quốc gia năm 2003')).toBe(
      'khoản 2 Điều 14 Luật Biên giới quốc gia năm 2003',
    );
    expect(pinpointLabel({ dieu: '6', khoan: '1', diem: 'a' })).toBe('điểm a khoản 1 Điều 6');
  });
});

describe('source anchors', () => {
  it('never meet the source list heading: no named public source has its id', () => {
    const ids = readdirSync('content/tham-khao').map((f) => f.replace(/\.yaml$/, ''));
    expect(ids.map(sourceAnchor)).not.toContain(SOURCE_LIST_ANCHOR);
  });
});
