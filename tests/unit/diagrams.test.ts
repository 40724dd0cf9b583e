import { describe, expect, it } from 'vitest';
import {
  diagramProblems,
  figureLabel,
  figureText,
  kilometres,
  partProblems,
} from '../../src/lib/diagrams/check.ts';
import type { Diagram, DiagramPart } from '../../src/schemas/diagram.ts';
import { lawTargets, yamlFiles } from './content-files.ts';

type RawPart = Partial<DiagramPart> & Pick<DiagramPart, 'key' | 'name' | 'rule'>;
type RawDiagram = Omit<Diagram, 'parts' | 'conversion'> & { parts: RawPart[]; conversion?: string };

/** A part as the schema fills it in. */
const part = (p: RawPart): DiagramPart => ({
  figures: [],
  basis: [],
  items: [],
  reorg: false,
  ...p,
});
const diagram = (d: RawDiagram): Diagram => ({
  ...d,
  parts: d.parts.map(part),
  conversion: d.conversion ? { collection: 'thamKhao', id: d.conversion } : undefined,
});

const DIAGRAMS = yamlFiles<RawDiagram>('hinh-minh-hoa');
const SOURCES = yamlFiles<{ quote: string }>('tham-khao');
const laws = lawTargets();

describe('figures', () => {
  it('are written as the laws write numbers, hải lý also in kilometres (1 hải lý = 1.852 m)', () => {
    expect(figureText({ value: 1000, unit: 'm' })).toBe('1.000 m');
    expect(figureLabel({ value: 12, unit: 'hải lý' })).toBe('12 hải lý (22,224 km)');
    expect(kilometres({ value: 200, unit: 'hải lý' })).toBe('370,4 km');
    expect(kilometres({ value: 350, unit: 'hải lý' })).toBe('648,2 km');
    expect(kilometres({ value: 2500, unit: 'mét' })).toBeUndefined();
  });
});

describe('the diagrams in content/hinh-minh-hoa/', () => {
  it('are at least the three: the maritime zones, the land border, the border gates', () => {
    expect([...DIAGRAMS.keys()].sort()).toEqual(
      expect.arrayContaining(['bien-gioi-dat-lien', 'cac-vung-bien', 'cua-khau']),
    );
  });

  it.each([...DIAGRAMS])(
    '%s: every number it shows is in the text of the article it cites, every citation exists',
    (id, raw) => {
      const d = diagram(raw);
      expect(diagramProblems(d, SOURCES.get(raw.conversion ?? '')?.quote)).toEqual([]);
      for (const p of d.parts) expect(partProblems(p, laws), `${id}: ${p.key}`).toEqual([]);
    },
  );

  it('show the sea zones with the figures of Luật Biển Việt Nam, Điều 11, 13, 15 and 17', () => {
    const figures = diagram(DIAGRAMS.get('cac-vung-bien')!).parts.flatMap((p) =>
      p.figures.map((f) => `${figureText(f)} Điều ${f.dieu}`),
    );
    expect(figures).toEqual(
      expect.arrayContaining([
        '12 hải lý Điều 11',
        '12 hải lý Điều 13',
        '200 hải lý Điều 15',
        '350 hải lý Điều 17',
        '2.500 mét Điều 17',
      ]),
    );
  });
});

describe('a wrong diagram is refused', () => {
  const lanhHai = part({
    key: 'lanh-hai',
    name: 'Lãnh hải',
    rule: 'Rộng 12 hải lý.',
    figures: [{ value: 12, unit: 'hải lý', doc: 'luat-bien-viet-nam-2012', dieu: '11' }],
  });

  it('when a figure is not in its article, or the article does not exist', () => {
    const wrong = {
      ...lanhHai,
      rule: 'Rộng 24 hải lý.',
      figures: [{ ...lanhHai.figures[0], value: 24 }],
    };
    expect(partProblems(wrong, laws)).toEqual([
      '"24 hải lý" is not in the text of Điều 11 of luat-bien-viet-nam-2012',
    ]);
    const missing = { ...lanhHai, figures: [{ ...lanhHai.figures[0], dieu: '99' }] };
    expect(partProblems(missing, laws)[0]).toBe(
      'Điều 99 does not exist in luat-bien-viet-nam-2012',
    );
  });

  it('when its rule states a number none of its figures give', () => {
    expect(
      partProblems({ ...lanhHai, rule: 'Rộng 12 hải lý, tức 24 hải lý tính từ bờ.' }, laws),
    ).toEqual(["the rule says 24, which is none of the part's figures"]);
  });

  it('when an item it labels is not in its articles', () => {
    const gates = part({
      key: 'cua-khau',
      name: 'Cửa khẩu',
      rule: 'Các loại cửa khẩu.',
      items: ['cửa khẩu đường bộ', 'cửa khẩu đường ống'],
      basis: [{ doc: 'luat-bien-gioi-quoc-gia-2003', dieu: '4', khoan: '7' }],
    });
    expect(partProblems(gates, laws)).toEqual([
      '"cửa khẩu đường ống" is not in the text of the part\'s articles',
    ]);
  });

  it('when figures in hải lý have no source for the conversion, or the drawing lacks a part', () => {
    const sea = diagram(DIAGRAMS.get('cac-vung-bien')!);
    expect(diagramProblems({ ...sea, conversion: undefined }, undefined)[0]).toMatch(
      /need `conversion:`/,
    );
    expect(diagramProblems(sea, '1 hải lý = 1853 m')[0]).toMatch(/does not state 1852 m/);
    expect(
      diagramProblems({ ...sea, parts: sea.parts.filter((p) => p.key !== 'lanh-hai') }, undefined),
    ).toEqual(['the drawing "vung-bien" needs parts with keys: lanh-hai']);
  });
});
