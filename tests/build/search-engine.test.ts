/**
 * The search engine against a real Pagefind index, in Node: the three laws' texts, parsed by the
 * project's parser, laid out as pages the way the site marks them (one record per Điều), indexed
 * by the same code as the build, searched by the same code as the search page.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearch, type Hit } from '../../src/lib/search/query/engine.ts';
import { answerFiles, frequentWords } from '../../src/lib/search/build/answers.ts';
import { indexRecords, nodePagefind, readFragments } from '../../src/lib/search/build/pagefind.ts';
import { articles, nodeLines } from '../../src/lib/legal/model.ts';
import { parseLegalText } from '../../src/lib/legal/parse.ts';
import type { ShelfDocument } from '../../src/lib/library.ts';
import type { Answer, AnswerList } from '../../src/lib/search/query/index-files.ts';
import { articlesOf, catalogOf } from '../../src/lib/search/build/catalog.ts';
import { commonWords } from '../../src/lib/search/build/common-words.ts';
import { indexedRecord, recordFacts } from '../../src/lib/search/build/record-facts.ts';
import { recordTextOf } from '../../src/lib/search/build/record-texts.ts';
import { pageRecords, recordText } from '../../src/lib/search/build/records.ts';
import { markedText } from '../fixtures/excerpts.ts';

const LAWS = [
  'luat-bien-gioi-quoc-gia-2003',
  'luat-bien-viet-nam-2012',
  'luat-bien-phong-viet-nam-2020',
];
const SITE = 'Tủ sách pháp luật biên giới';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function shelfDocument(slug: string): ShelfDocument {
  const mdx = readFileSync(`content/van-ban/${slug}.mdx`, 'utf8');
  const data = load(mdx.split('---')[1]) as ShelfDocument['data'];
  const text = parseLegalText(
    readFileSync(`content/van-ban/nguon/${slug}.txt`, 'utf8'),
    `${slug}.txt`,
  );
  return { slug, data, text } as ShelfDocument;
}

function pageOf(doc: ShelfDocument): string {
  const sections = articles(doc.text!).map((a) => {
    const [label, ...lines] = nodeLines(a);
    const body = lines.map((l) => `<p>${escape(l.text)}</p>`).join('');
    return `<section class="dieu" data-search-record><h3 id="${a.id}">${escape(label.text)}</h3>${body}</section>`;
  });
  const head = `<head><title>${escape(doc.data.shortTitle)} – ${SITE}</title></head>`;
  const h1 = `<h1 data-document="${doc.slug}">${escape(doc.data.title)}</h1>`;
  return `<!doctype html><html lang="vi">${head}<body>
<main data-pagefind-body data-page-kind="van-ban">${h1}${sections.join('')}</main></body></html>`;
}

let search: ReturnType<typeof createSearch>;
const hits = async (query: string): Promise<Hit[]> => (await search({ query }, 20)).hits;
const shown = (hit: Hit | undefined) => markedText(hit?.excerpt ?? []);
const article = (hit: Hit | undefined) =>
  hit?.href.replace(/\?[^#]*/, '').replace(/^van-ban\/|\.html/g, '');

/** Frequent enough, in the three laws' 132 articles, to be answered at build time in the test of answers. */
const FREQUENT_HERE = 30;
let answered: ReturnType<typeof createSearch>;
let answeredWords: string[];
let closePagefind: () => void;

beforeAll(async () => {
  const docs = LAWS.map(shelfDocument);
  const records = docs.flatMap((doc) => pageRecords(pageOf(doc), `van-ban/${doc.slug}.html`, SITE));
  const texts = records.map((r) => recordText(r.html));
  const articles = async (slug: string) => articlesOf(docs.find((d) => d.slug === slug)!);
  const files = await indexRecords(records);
  const fragments = readFragments(files);
  const { facts, byDocument } = recordFacts(fragments.map(indexedRecord));
  const recordTexts = new Map(fragments.map(({ id, fragment }) => [id, recordTextOf(fragment)]));
  const [list, ...answers] = await answerFiles(files, frequentWords(texts, FREQUENT_HERE));
  answeredWords = Object.keys(list.value as AnswerList);
  const { pagefind, close } = await nodePagefind(files);
  closePagefind = close;
  const source = (withAnswers: boolean) => ({
    documents: catalogOf(docs),
    terms: [],
    residentsWords: [
      { words: 'lính biên phòng', law: 'Bộ đội Biên phòng' },
      { words: 'súng', law: 'vũ khí' },
    ],
    articles,
    commonWords: async () => commonWords(texts),
    recordFacts: async () => facts,
    documentRecords: async (slug: string) => byDocument.get(slug) ?? [],
    record: async (id: string) => recordTexts.get(id)!,
    answers: async () => (withAnswers ? (list.value as AnswerList) : {}),
    answer: async (n: number) => answers[n].value as Answer,
  });
  search = createSearch(pagefind, source(false));
  answered = createSearch(pagefind, source(true));
}, 60_000);

afterAll(() => closePagefind());

describe('words typed without đ find the words written with it', () => {
  it('"dieu" finds the articles (Điều …)', async () => {
    const found = await hits('dieu');
    expect(found.length).toBeGreaterThan(10);
    expect(shown(found[0])).toMatch(/<mark>(Điều|điều)/);
  });

  it('"dat" finds "đất"', async () => {
    expect((await hits('dat')).some((h) => shown(h).includes('<mark>đất'))).toBe(true);
  });

  it('"don bien phong" finds the Đồn Biên phòng, as "đồn biên phòng" does', async () => {
    const [typed] = await hits('đồn biên phòng');
    expect(shown(typed)).toMatch(/<mark>Đồn<\/mark> <mark>Biên<\/mark> <mark>phòng/);
    expect((await hits('don bien phong')).slice(0, 3).map(article)).toContain(article(typed));
  });
});

describe('words typed with marks', () => {
  it('rank the exact marks first: "biển" finds the sea before the border', async () => {
    const top = (await hits('biển')).slice(0, 5);
    for (const hit of top) expect(shown(hit)).toContain('<mark>biển');
  });

  it('are not read with đ: "dân tộc" finds "dân", never "đan…"', async () => {
    const found = await hits('dân tộc');
    expect(shown(found[0])).toMatch(/<mark>dân<\/mark> <mark>tộc/);
    for (const hit of found) expect(shown(hit)).not.toMatch(/<mark>[Đđ]/);
  });
});

describe('queries that name an article', () => {
  it('put that article first, with or without diacritics', async () => {
    expect(article((await hits('Điều 14 Luật Biên giới quốc gia'))[0])).toBe(
      'luat-bien-gioi-quoc-gia-2003#dieu-14',
    );
    expect(article((await hits('dieu 14 luat bien gioi'))[0])).toBe(
      'luat-bien-gioi-quoc-gia-2003#dieu-14',
    );
    expect(article((await hits('điều 35 luật biên phòng'))[0])).toBe(
      'luat-bien-phong-viet-nam-2020#dieu-35',
    );
  });

  it('open the khoản asked for', async () => {
    const [first] = await hits('khoản 2 Điều 14 Luật Biên giới quốc gia');
    expect(first.href).toBe('van-ban/luat-bien-gioi-quoc-gia-2003.html#dieu-14-khoan-2');
    expect(first.title).toBe('khoản 2 Điều 14');
  });

  it('list the article once, with the text around the match', async () => {
    const found = await hits('dieu 23 luat bien phong');
    expect(
      found.filter((h) => article(h) === 'luat-bien-phong-viet-nam-2020#dieu-23'),
    ).toHaveLength(1);
  });
});

describe("a resident's question", () => {
  it('finds the article although not every word of it is in the article', async () => {
    expect(article((await hits('thay moc quoc gioi bi hu hai bao cho ai'))[0])).toBe(
      'luat-bien-gioi-quoc-gia-2003#dieu-29',
    );
  });

  it("links each hit with the words to mark on the page it opens, but the shelf's common words", async () => {
    const [first] = await hits('moc quoc gioi');
    // "quốc" is in more than half the three laws' articles: it is searched, not marked.
    expect(first.href).toMatch(
      /^van-ban\/luat-bien-gioi-quoc-gia-2003\.html\?tim=moc%20gioi#dieu-\d+$/,
    );
  });
});

describe("residents' words", () => {
  it("are also searched as the law's words, typed with or without marks", async () => {
    for (const query of ['linh bien phong', 'lính biên phòng']) {
      const shownTop = (await hits(query)).slice(0, 3).map(shown);
      expect(
        shownTop.some((text) =>
          /<mark>Bộ<\/mark> <mark>đội<\/mark> <mark>Biên<\/mark> <mark>phòng/i.test(text),
        ),
        query,
      ).toBe(true);
    }
    expect((await hits('sung')).slice(0, 3).map(article)).toContain(
      'luat-bien-phong-viet-nam-2020#dieu-17',
    );
  });

  it("mark the law's words on the page a hit opens", async () => {
    const [first] = await hits('sung');
    expect(decodeURIComponent(first.href)).toMatch(/\?tim=sung vũ khí#/);
  });
});

describe('a law whose articles have no titles', () => {
  it("names a named article's hit by its number and first words", async () => {
    const [first] = await hits('dieu 29 luat bien gioi');
    expect(first.title).toMatch(/^Điều 29\. 1\. Biên giới quốc gia, hệ thống mốc quốc giới/);
  });
});

describe('filters, applied from the record facts, never by Pagefind', () => {
  it('keep the document asked for', async () => {
    const found = (
      await search({ query: 'bien gioi', document: 'luat-bien-phong-viet-nam-2020' }, 20)
    ).hits;
    expect(found.length).toBeGreaterThan(5);
    expect(
      found.every((h) => h.href.startsWith('van-ban/luat-bien-phong-viet-nam-2020.html')),
    ).toBe(true);
  });

  it('keep the kind of page asked for: law texts, or nothing when the index has none of that kind', async () => {
    expect((await search({ query: 'bien gioi', kind: 'van-ban' }, 20)).hits.length).toBeGreaterThan(
      5,
    );
    expect(await search({ query: 'bien gioi', kind: 'hoi-dap' }, 20)).toEqual({
      hits: [],
      total: 0,
    });
  });

  it('find nothing in a document that has no records', async () => {
    expect(await search({ query: 'bien gioi', document: 'khong-co-van-ban-nay' }, 20)).toEqual({
      hits: [],
      total: 0,
    });
  });
});

describe('answers worked out at build time for frequent words', () => {
  it('give the hits that asking Pagefind gives', async () => {
    expect(answeredWords).toEqual(
      expect.arrayContaining(['bien', 'biên', 'gioi', 'quoc', 'quy', 'đieu', 'điều']),
    );
    for (const query of [
      'bien gioi quoc gia',
      'biên giới',
      'quy dinh cua luat nay',
      'don bien phong',
      'tau thuyen nuoc ngoai',
      'vung bien viet nam',
    ]) {
      expect((await answered({ query }, 20)).hits, query).toEqual(
        (await search({ query }, 20)).hits,
      );
    }
  });

  it('are there for words as typed, without marks, and with đ', () => {
    const texts = ['Đồn biên phòng', 'đồn Biên giới', 'biển'];
    expect(frequentWords(texts, 2)).toEqual(['bien', 'biên', 'don', 'đon', 'đồn']);
  });
});
