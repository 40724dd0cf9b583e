import { describe, expect, it } from 'vitest';
import {
  containingKeys,
  handoutKey,
  handoutQuery,
  keysInQuery,
  parseHandoutKey,
  type HandoutItem,
} from '../../src/lib/handout/keys.ts';
import { href } from '../../src/lib/paths.ts';

const LAW = 'luat-bien-gioi-quoc-gia-2003';

describe('handout keys', () => {
  const items: [HandoutItem, string][] = [
    [{ kind: 'law', doc: LAW, pin: { dieu: '14' } }, `${LAW}#dieu-14`],
    [{ kind: 'law', doc: LAW, pin: { dieu: '14', khoan: '2' } }, `${LAW}#dieu-14-khoan-2`],
    [
      { kind: 'law', doc: LAW, pin: { dieu: '14', khoan: '2', diem: 'đ' } },
      `${LAW}#dieu-14-khoan-2-diem-dd`,
    ],
    [{ kind: 'law', doc: LAW, pin: { dieu: '3', diem: 'a' } }, `${LAW}#dieu-3-diem-a`],
    [{ kind: 'law', doc: LAW, pin: { dieu: '14a' } }, `${LAW}#dieu-14a`],
    [
      { kind: 'explainer', slug: 'cac-vung-bien-cua-viet-nam' },
      'giai-thich/cac-vung-bien-cua-viet-nam',
    ],
    [{ kind: 'question', slug: 'moc-quoc-gioi-la-gi' }, 'hoi-dap/moc-quoc-gioi-la-gi'],
    [{ kind: 'diagram', id: 'cac-vung-bien' }, 'hinh-minh-hoa/cac-vung-bien'],
  ];

  it('are built for an article, a khoản, a điểm, an explainer, an answer and a diagram', () => {
    for (const [item, key] of items) expect(handoutKey(item)).toBe(key);
  });

  it('read back into the item they were built from', () => {
    for (const [item, key] of items) expect(parseHandoutKey(key)).toEqual(item);
  });

  it('keep the form stored choices of whole articles and explainers had', () => {
    const sea = 'luat-bien-viet-nam-2012';
    expect(parseHandoutKey(`${sea}#dieu-11`)).toEqual({
      kind: 'law',
      doc: sea,
      pin: { dieu: '11' },
    });
    expect(parseHandoutKey('giai-thich/tong-quan')).toEqual({
      kind: 'explainer',
      slug: 'tong-quan',
    });
  });

  it('refuse anything else', () => {
    const bad = [
      '',
      'x',
      '#dieu-1',
      `${LAW}#`,
      `${LAW}#chuong-2`,
      `${LAW}#dieu-1-khoan-x`,
      'van-ban/x',
      'hoi-dap/',
      'hoi-dap/A-b',
      'hoi-dap/a/b',
      'hoi-dap/../x',
      'giai-thich/a b',
      '../x#dieu-1',
      'X Y#dieu-1',
      'hinh-minh-hoa/<img>',
    ];
    for (const key of bad) expect(parseHandoutKey(key), key).toBeUndefined();
  });
});

describe('a part already held by a larger choice', () => {
  it('names its article, and for a điểm its khoản too', () => {
    const part = (pin: { dieu: string; khoan?: string; diem?: string }) =>
      containingKeys({ kind: 'law', doc: LAW, pin });
    expect(part({ dieu: '14' })).toEqual([]);
    expect(part({ dieu: '14', khoan: '2' })).toEqual([`${LAW}#dieu-14`]);
    expect(part({ dieu: '14', khoan: '2', diem: 'a' })).toEqual([
      `${LAW}#dieu-14`,
      `${LAW}#dieu-14-khoan-2`,
    ]);
    expect(part({ dieu: '3', diem: 'a' })).toEqual([`${LAW}#dieu-3`]);
    expect(containingKeys({ kind: 'question', slug: 'x' })).toEqual([]);
  });
});

describe('keys in a link to the handout page', () => {
  const keys = [`${LAW}#dieu-14-khoan-2-diem-dd`, 'hoi-dap/moc-quoc-gioi-la-gi'];

  it('travel in its query and come back as they were', () => {
    expect(handoutQuery(keys)).toBe(
      `?them=${LAW}%23dieu-14-khoan-2-diem-dd&them=hoi-dap%2Fmoc-quoc-gioi-la-gi`,
    );
    expect(keysInQuery(handoutQuery(keys))).toEqual(keys);
    expect(handoutQuery([])).toBe('');
  });

  it('are built by paths.ts like every href, relative to the page', () => {
    expect(href('/van-ban/x.html', { page: 'handout', add: keys.slice(1) })).toBe(
      '../tai-lieu-phat-tay.html?them=hoi-dap%2Fmoc-quoc-gioi-la-gi',
    );
    expect(href('/index.html', { page: 'handout' })).toBe('tai-lieu-phat-tay.html');
  });

  it('drop what is not a key, and repeats', () => {
    const answer = encodeURIComponent(keys[1]);
    expect(keysInQuery(`?them=nonsense&them=${answer}&q=x&them=${answer}`)).toEqual([keys[1]]);
    expect(keysInQuery('')).toEqual([]);
    expect(keysInQuery('?them=%E0%A4%A')).toEqual([]);
  });
});
