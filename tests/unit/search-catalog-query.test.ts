import { describe, expect, it } from 'vitest';
import {
  documentInQuery,
  matchArticles,
  matchDocuments,
  matchTerm,
  parseArticleRef,
} from '../../src/lib/search/query/catalog-query.ts';
import {
  hasArticle,
  numberRuns,
  type CatalogDocumentArticles,
} from '../../src/lib/search/query/catalog.ts';

/** A catalog shaped like the real one: names from the documents' metadata, numbered articles. */
function doc(
  slug: string,
  name: string,
  title: string,
  number: string,
  articleCount: number,
): CatalogDocumentArticles {
  const articles = Array.from({ length: articleCount }, (_, i) => ({
    num: String(i + 1),
    id: `dieu-${i + 1}`,
    label: `Điều ${i + 1}`,
    clauses: ['1', '2'],
  }));
  return {
    slug,
    name,
    aliases: [title, ...(number ? [number] : [])],
    path: `van-ban/${slug}.html`,
    numbers: numberRuns(articles.map((a) => a.num)),
    articles,
  };
}

const CATALOG = [
  doc('bg', 'Luật Biên giới quốc gia năm 2003', 'Luật Biên giới quốc gia', '06/2003/QH11', 41),
  doc('bi', 'Luật Biển Việt Nam năm 2012', 'Luật Biển Việt Nam', '18/2012/QH13', 55),
  doc('bp', 'Luật Biên phòng Việt Nam năm 2020', 'Luật Biên phòng Việt Nam', '66/2020/QH14', 36),
  doc(
    'hu',
    'Hiệp ước biên giới trên đất liền Việt Nam – Trung Quốc năm 1999',
    'Hiệp ước biên giới trên đất liền',
    '',
    0,
  ),
];

const named = (query: string) => {
  const ref = parseArticleRef(query);
  return ref
    ? matchArticles(ref, CATALOG).map(
        (m) => `${m.doc.slug}#${m.article.num}${m.khoan ? `.${m.khoan}` : ''}`,
      )
    : undefined;
};

describe('queries that name an article', () => {
  it('are read with or without diacritics, the number joined or not', () => {
    expect(parseArticleRef('Điều 14 Luật Biên giới quốc gia')).toMatchObject({
      dieu: '14',
      rest: ['luat', 'bien', 'gioi', 'quoc', 'gia'],
    });
    expect(parseArticleRef('dieu14 luat bien phong')).toMatchObject({
      dieu: '14',
      rest: ['luat', 'bien', 'phong'],
    });
    expect(parseArticleRef('khoản 2 điều 14')).toMatchObject({ dieu: '14', khoan: '2', rest: [] });
    expect(parseArticleRef('điều kiện qua lại biên giới')).toBeUndefined();
  });

  it('go to the article of the document the other words name', () => {
    expect(named('Điều 14 Luật Biên giới quốc gia')).toEqual(['bg#14']);
    expect(named('dieu 14 luat bien gioi')).toEqual(['bg#14']);
    expect(named('điều 35 luật biên phòng')).toEqual(['bp#35']);
    expect(named('điều 2 luật 66/2020/QH14')).toEqual(['bp#2']);
    expect(named('dieu 15 luat bien viet nam')).toEqual(['bi#15']);
  });

  it('let typed diacritics decide between names that fold alike', () => {
    expect(named('điều 11 luật biển')).toEqual(['bi#11']);
    expect(named('dieu 11 luat bien')).toEqual(['bg#11', 'bi#11', 'bp#11']);
  });

  it('go to that article in every document when no document is named', () => {
    expect(named('điều 14')).toEqual(['bg#14', 'bi#14', 'bp#14']);
    expect(named('dieu 40')).toEqual(['bg#40', 'bi#40']);
  });

  it('point at the khoản when the article has it', () => {
    expect(named('khoản 2 Điều 14 Luật Biên giới quốc gia')).toEqual(['bg#14.2']);
    expect(named('khoản 9 Điều 14 Luật Biên giới quốc gia')).toEqual(['bg#14']);
  });

  it('name nothing when the article or the text does not exist, or the other words are not a name', () => {
    expect(named('điều 99 luật biên giới')).toEqual([]);
    expect(named('điều 3 hiệp ước biên giới trên đất liền')).toEqual([]);
    expect(named('dieu 14 moc quoc gioi')).toEqual([]);
  });
});

describe('queries that name a document', () => {
  const slugs = (query: string) => matchDocuments(query, CATALOG).map((d) => d.slug);

  it('are most of a document name, in order', () => {
    expect(slugs('luat bien phong')).toEqual(['bp']);
    expect(slugs('Luật Biên giới quốc gia')).toEqual(['bg']);
    expect(slugs('luat bien')).toEqual(['bi']);
    expect(slugs('06/2003/QH11')).toEqual(['bg']);
  });

  it('are not a few common words or a topic', () => {
    expect(slugs('bien gioi')).toEqual([]);
    expect(slugs('moc quoc gioi')).toEqual([]);
    expect(slugs('vanh dai bien gioi la gi')).toEqual([]);
  });
});

describe('queries that mention a law among other words', () => {
  const mentioned = (query: string) => documentInQuery(query, CATALOG)?.slug;

  it('name it from its kind, three words or more and half its name', () => {
    expect(mentioned('luat bien gioi co hieu luc tu ngay nao')).toBe('bg');
    expect(mentioned('luật biên phòng hiệu lực thi hành')).toBe('bp');
  });

  it('do not when the words are a topic or shared by several names', () => {
    expect(mentioned('cong trinh bien gioi')).toBeUndefined();
    expect(mentioned('luat bien co gi')).toBeUndefined();
    expect(mentioned('bien gioi quoc gia la gi')).toBeUndefined();
  });
});

describe('queries that ask what a defined term means', () => {
  const TERMS = [
    { term: 'Vành đai biên giới', definitions: [{ doc: 'bp', dieu: '2', khoan: '4' }] },
    { term: 'Mốc quốc giới', definitions: [{ doc: 'bg', dieu: '4', khoan: '5' }] },
  ];
  const term = (query: string) => matchTerm(query, TERMS)?.term;

  it('are the term, alone or with "là gì", typed with or without diacritics', () => {
    expect(term('vanh dai bien gioi la gi')).toBe('Vành đai biên giới');
    expect(term('Mốc quốc giới là gì?')).toBe('Mốc quốc giới');
    expect(term('moc quoc gioi')).toBe('Mốc quốc giới');
  });

  it('are not a longer question that uses the term', () => {
    expect(term('pha hoai moc quoc gioi')).toBeUndefined();
    expect(term('vanh dai bien gioi rong bao nhieu')).toBeUndefined();
  });
});

describe('article numbers as runs', () => {
  it('compact consecutive numbers and keep inserted ones', () => {
    expect(numberRuns(['1', '2', '3', '3a', '4', '5', '7'])).toBe('1-3,3a,4-5,7');
    expect(numberRuns(['1'])).toBe('1');
    expect(numberRuns([])).toBe('');
  });

  it('answer whether a document has an article', () => {
    const doc = { ...CATALOG[0], numbers: '1-3,3a,4-5,7' };
    expect(['1', '3', '3a', '5', '7'].every((n) => hasArticle(doc, n))).toBe(true);
    expect(['6', '8', '3b', '0'].some((n) => hasArticle(doc, n))).toBe(false);
  });
});
