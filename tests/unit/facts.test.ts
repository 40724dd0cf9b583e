import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateInWords, textFacts } from '../../src/lib/legal/facts.ts';
import { parseLegalText } from '../../src/lib/legal/parse.ts';

describe('textFacts', () => {
  it('reads number, date, signer and entry into force from the text itself', () => {
    const file = 'tests/fixtures/van-ban/chuong-la-ma-co-muc.txt';
    const facts = textFacts(parseLegalText(readFileSync(file, 'utf8'), file));
    expect(facts).toEqual({
      number: '01/2099/QH99',
      signed: new Date(Date.UTC(2099, 2, 2)),
      signer: 'Người Ký Mẫu',
      inForce: new Date(Date.UTC(2099, 6, 1)),
      inForceArticle: '3',
    });
  });

  it('writes dates as laws do, padded or not', () => {
    expect(dateInWords(new Date(Date.UTC(2022, 0, 1)))).toEqual([
      'ngày 01 tháng 01 năm 2022',
      'ngày 1 tháng 1 năm 2022',
    ]);
  });
});
