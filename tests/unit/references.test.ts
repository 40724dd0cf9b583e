import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLegalText } from '../../src/lib/legal/parse.ts';
import {
  findReferences,
  segments,
  shelfEntry,
  textReferences,
} from '../../src/lib/legal/references.ts';
import type { ShelfEntry } from '../../src/lib/legal/references.ts';
import { shelfDocument, TEXT_SLUGS } from './shelf.ts';

const SHELF = TEXT_SLUGS.map(shelfDocument).map((d) => shelfEntry(d.slug, d.data, d.text));
const entry = (slug: string) => SHELF.find((e) => e.slug === slug)!;

const LAW_2003 = 'luat-bien-gioi-quoc-gia-2003';
const LAW_2012 = 'luat-bien-viet-nam-2012';
const LAW_2020 = 'luat-bien-phong-viet-nam-2020';
const ND_34 = 'nghi-dinh-34-2014-nd-cp';
const ND_71 = 'nghi-dinh-71-2015-nd-cp';
const ND_106 = 'nghi-dinh-106-2021-nd-cp';

/** The references of source line `line`: each link "words → doc#anchor" (doc only when another), or why plain. */
function refsAt(slug: string, line: number): string[] {
  const self = entry(slug);
  const found = textReferences(self.text!, self, SHELF).find((l) => l.line.line === line);
  if (!found) throw new Error(`no line ${line} in ${slug}`);
  const text = found.line.text;
  const words = (start: number, end: number) => text.slice(start, end);
  return found.references.flatMap((r) =>
    r.plain
      ? [`${words(r.start, r.end)}: ${r.plain}`]
      : r.links.map(
          (l) => `${words(l.start, l.end)} → ${l.doc === slug ? '' : l.doc}#${l.anchor ?? ''}`,
        ),
  );
}

const source = (slug: string) =>
  readFileSync(`content/van-ban/nguon/${slug}.txt`, 'utf8').split('\n');
const lineNo = (slug: string, start: string) =>
  source(slug).findIndex((l) => l.startsWith(start)) + 1;

describe('references inside one document', () => {
  it('"khoản 1 Điều này" is khoản 1 of the article it stands in', () => {
    const line = lineNo(LAW_2003, '2. Tàu thuyền quy định tại khoản 1');
    expect(refsAt(LAW_2003, line)).toEqual(['khoản 1 Điều này → #dieu-19-khoan-1']);
  });

  it('"Điều 16 của Luật này" and "điểm b khoản 1 Điều 16 của Luật này"', () => {
    expect(refsAt(LAW_2012, 88)).toEqual(['Điều 16 của Luật này → #dieu-16']);
    expect(refsAt(LAW_2012, 200)).toEqual([
      'điểm b khoản 1 Điều 16 của Luật này → #dieu-16-khoan-1-diem-b',
    ]);
  });

  it('"các điều 9, 11, 13, 15 và 17 của Luật này": a link per article, the last carrying the document', () => {
    expect(refsAt(LAW_2012, 125)).toEqual([
      'điều 9 → #dieu-9',
      '11 → #dieu-11',
      '13 → #dieu-13',
      '15 → #dieu-15',
      '17 của Luật này → #dieu-17',
    ]);
  });

  it('lists of khoản and điểm: "khoản 3 và khoản 4 Điều này", "điểm a và điểm b khoản này"', () => {
    expect(refsAt(LAW_2020, 131)).toEqual([
      'khoản 3 → #dieu-11-khoan-3',
      'khoản 4 Điều này → #dieu-11-khoan-4',
    ]);
    expect(refsAt(LAW_2020, 121)).toEqual([
      'điểm a → #dieu-11-khoan-3-diem-a',
      'điểm b khoản này → #dieu-11-khoan-3-diem-b',
    ]);
  });

  it('"Điểm a, b, c, d Khoản này", with the capitals the decrees use', () => {
    expect(refsAt(ND_34, 54)).toEqual([
      'Điểm a → #dieu-5-khoan-2-diem-a',
      'b → #dieu-5-khoan-2-diem-b',
      'c → #dieu-5-khoan-2-diem-c',
      'd Khoản này → #dieu-5-khoan-2-diem-d',
    ]);
  });

  it('"khoản 1, khoản 2 và khoản 3 Điều này" and "các Khoản 1, 2 Điều 6 Nghị định này"', () => {
    expect(refsAt(ND_106, 24)).toEqual([
      'khoản 1 → #dieu-3-khoan-1',
      'khoản 2 → #dieu-3-khoan-2',
      'khoản 3 Điều này → #dieu-3-khoan-3',
    ]);
    expect(refsAt(ND_34, 109)).toEqual([
      'Khoản 1 → #dieu-6-khoan-1',
      '2 Điều 6 Nghị định này → #dieu-6-khoan-2',
    ]);
  });

  it('"Điểm a, b, c, d, g Khoản 3 Điều 6 Nghị định này"', () => {
    expect(refsAt(ND_71, 99).slice(1)).toEqual([
      'Điểm a → #dieu-6-khoan-3-diem-a',
      'b → #dieu-6-khoan-3-diem-b',
      'c → #dieu-6-khoan-3-diem-c',
      'd → #dieu-6-khoan-3-diem-d',
      'g Khoản 3 Điều 6 Nghị định này → #dieu-6-khoan-3-diem-g',
    ]);
  });

  it('a range links both ends: "từ Điều 7 đến Điều 27 Nghị định này"', () => {
    expect(refsAt(ND_106, 37)).toEqual(['Điều 7 → #dieu-7', 'Điều 27 Nghị định này → #dieu-27']);
  });

  it('a reference to the article or khoản it stands in is not linked ("Chính phủ quy định chi tiết Điều này")', () => {
    expect(refsAt(LAW_2020, 225)).toEqual(['Điều này: self']);
    expect(refsAt(LAW_2012, 217)).toEqual(['khoản này: self']);
  });

  it('"Khoản 1, 2 và các Điểm …" with no article of its own stays plain; the điểm after it are linked', () => {
    expect(refsAt(ND_71, 66)[0]).toBe('Khoản 1, 2: no-document');
  });

  it('inside a quoted passage, "khoản 1 Điều này" is khoản 1 of the quoted article', () => {
    expect(refsAt(LAW_2020, 324)).toEqual([
      'khoản 1 Điều này → #dieu-35-trich-1-khoan-1',
      'khoản 2 Điều này → #dieu-35-trich-1-khoan-2',
    ]);
  });
});

describe('references to other documents', () => {
  it('"Điều 21 của Luật Biên giới quốc gia số 06/2003/QH11" in the heading of Điều 35 of Luật Biên phòng', () => {
    expect(refsAt(LAW_2020, 320)).toEqual([
      `Điều 21 của Luật Biên giới quốc gia số 06/2003/QH11 → ${LAW_2003}#dieu-21`,
    ]);
  });

  it('"khoản 1, khoản 2 Điều 10 Luật Biên phòng Việt Nam", "Điều 10 và Điều 32 Luật Biên phòng Việt Nam"', () => {
    expect(refsAt(ND_106, 36)).toEqual([
      `khoản 1 → ${LAW_2020}#dieu-10-khoan-1`,
      `khoản 2 Điều 10 Luật Biên phòng Việt Nam → ${LAW_2020}#dieu-10-khoan-2`,
    ]);
    expect(refsAt(ND_106, 159)).toEqual([
      `Điều 10 → ${LAW_2020}#dieu-10`,
      `Điều 32 Luật Biên phòng Việt Nam → ${LAW_2020}#dieu-32`,
    ]);
  });

  it('a document named in a "Căn cứ" line, its date checked against the shelf\'s', () => {
    expect(refsAt(ND_71, 12)).toEqual([
      `Luật Biên giới quốc gia ngày 17 tháng 6 năm 2003 → ${LAW_2003}#`,
    ]);
    expect(refsAt(ND_71, 13)).toEqual([
      `Luật Biển Việt Nam ngày 21 tháng 6 năm 2012 → ${LAW_2012}#`,
    ]);
    expect(refsAt(ND_71, 11)).toEqual([]);
  });

  it('a document that is not on the shelf stays plain: "Điều 12 Nghị định số 02/1998/NĐ-CP"', () => {
    expect(refsAt(ND_106, 181)).toEqual(['Điều 12: not-on-shelf']);
    expect(refsAt(ND_106, 182)).toEqual(['Điều 6: not-on-shelf']);
  });
});

describe('nothing is linked on a guess', () => {
  const describeAll = (text: string, self: ShelfEntry, shelf: readonly ShelfEntry[]) =>
    findReferences(text, 0, {}, self, shelf).map((r) => {
      const target = r.plain ?? r.links.map((l) => `${l.doc}#${l.anchor ?? ''}`).join(' ');
      return `${text.slice(r.start, r.end)}: ${target}`;
    });
  const at = (text: string) => describeAll(text, entry(ND_106), SHELF);

  it("a number or date that does not fit the shelf's document leaves it plain", () => {
    expect(at('theo Điều 5 Luật Biên giới quốc gia năm 2025.')).toEqual([
      'Điều 5 Luật Biên giới quốc gia năm 2025: not-on-shelf',
    ]);
    expect(at('theo Điều 5 Luật Biên giới quốc gia số 01/2099/QH99.')).toEqual([
      'Điều 5 Luật Biên giới quốc gia số 01/2099/QH99: not-on-shelf',
    ]);
    expect(at('theo Điều 5 Luật Biên giới quốc gia năm 2003.')).toEqual([
      `Điều 5 Luật Biên giới quốc gia năm 2003: ${LAW_2003}#dieu-5`,
    ]);
  });

  it('two shelf documents with one name and no date to tell them apart: ambiguous', () => {
    const twin = {
      ...entry(LAW_2003),
      slug: 'luat-2099',
      number: '01/2099/QH99',
      signed: new Date('2099-01-01'),
    };
    const shelf = [...SHELF, twin];
    expect(describeAll('theo Điều 5 Luật Biên giới quốc gia.', entry(ND_106), shelf)).toEqual([
      'Điều 5 Luật Biên giới quốc gia: ambiguous',
    ]);
    expect(
      describeAll('theo Điều 5 Luật Biên giới quốc gia năm 2099.', entry(ND_106), shelf),
    ).toEqual(['Điều 5 Luật Biên giới quốc gia năm 2099: luat-2099#dieu-5']);
  });

  it('an article that does not exist, an article named with no document, "khoản này" outside a khoản', () => {
    expect(at('tại Điều 99 Luật Biên phòng Việt Nam')).toEqual([
      'Điều 99 Luật Biên phòng Việt Nam: missing-target',
    ]);
    expect(at('tại khoản 9 Điều 10 Luật Biên phòng Việt Nam')).toEqual([
      'khoản 9 Điều 10 Luật Biên phòng Việt Nam: missing-target',
    ]);
    expect(at('tại Điều 5 và các quy định khác')).toEqual(['Điều 5: no-document']);
    expect(at('tại khoản 2 của điều kiện')).toEqual(['khoản 2: no-document']);
    expect(at('tại khoản này')).toEqual(['khoản này: ambiguous']);
  });

  it('"Luật này" in a decree, or inside a quoted passage (it means the quoted law), stays plain', () => {
    expect(at('theo Điều 5 của Luật này')).toEqual(['Điều 5 của Luật này: ambiguous']);
    const text = [
      'LUẬT',
      '',
      'Điều 1. Sửa đổi',
      'Sửa Điều 2 như sau:',
      '“Điều 2',
      '1. Một.',
      '2. Theo khoản 1 Điều này và Điều 3 của Luật này.”',
      '',
      'Điều 2',
      'Hai.',
      '',
      'Điều 3',
      'Ba.',
    ].join('\n');
    const signed = new Date('2099-01-01');
    const parsed = parseLegalText(text, 'mau.txt');
    const self: ShelfEntry = {
      slug: 'mau',
      kindWord: 'Luật',
      title: 'Luật Mẫu',
      signed,
      text: parsed,
    };
    const line = textReferences(self.text!, self, [self]).find((l) => l.line.line === 7)!;
    const found = line.references.map((r) => r.plain ?? r.links[0].anchor);
    expect(found).toEqual(['dieu-1-trich-1-khoan-1', 'in-quote']);
  });

  it('words that only look like references are not references: "điểm cơ sở", "một số điều của", "điều kiện"', () => {
    expect(at('ảnh hưởng đến điểm cơ sở, một số điều của Luật, điều kiện kinh tế')).toEqual([]);
  });
});

describe('the text is never changed', () => {
  it('every line of every text, cut into plain and linked pieces, joins back to the line exactly', () => {
    let lines = 0;
    let links = 0;
    for (const self of SHELF) {
      for (const { line, references } of textReferences(self.text!, self, SHELF)) {
        const pieces = segments(
          line.text,
          references.flatMap((r) => r.links),
        );
        expect(pieces.map((p) => p.text).join('')).toBe(line.text);
        lines++;
        links += pieces.filter((p) => p.link).length;
      }
    }
    expect(lines).toBeGreaterThan(1000);
    expect(links).toBeGreaterThan(60);
  });
});
