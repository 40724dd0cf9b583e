import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFragments } from '../../src/lib/search/build/pagefind.ts';
import {
  indexedRecord,
  recordFacts,
  type IndexedRecord,
} from '../../src/lib/search/build/record-facts.ts';
import { recordTextOf } from '../../src/lib/search/build/record-texts.ts';
import { ownFiles } from '../../src/lib/search/build/search-index.ts';

const indexedRecords = (files: Parameters<typeof readFragments>[0]) =>
  readFragments(files).map(indexedRecord);

const RECORDS: IndexedRecord[] = [
  { id: 'vi_3', kind: 'van-ban', level: 'content', document: 'luat-a' },
  { id: 'vi_1', kind: 'van-ban', level: 'document', document: 'luat-a' },
  { id: 'vi_2', kind: 'van-ban', level: 'content', document: 'luat-b' },
  { id: 'vi_5', kind: 'hoi-dap', level: 'content', title: 'Mốc quốc giới là gì?' },
  { id: 'vi_4', kind: 'giai-thich', level: 'content' },
];

/** A fragment file as Pagefind 1.6 writes it: gzip of a signature and the record's JSON. */
function fragment(id: string, data: object) {
  const json = JSON.stringify({ content: '', meta: {}, anchors: [], ...data });
  return {
    path: `fragment/${id}.pf_fragment`,
    content: gzipSync(Buffer.from(`pagefind_dcd${json}`)),
  };
}

describe('record facts', () => {
  const { facts, byDocument } = recordFacts(RECORDS);

  it('count the records, list documents’ own pages and the records that are not law, by kind', () => {
    expect(facts.total).toBe(5);
    expect(facts.documents).toEqual(['vi_1']);
    expect(facts.others).toEqual({ 'giai-thich': ['vi_4'], 'hoi-dap': ['vi_5'] });
  });

  it('keep the questions of the Q&A, by id', () => {
    expect(facts.questions).toEqual({ vi_5: 'Mốc quốc giới là gì?' });
  });

  it('count the records of each kind and document, and list each document’s records', () => {
    expect(facts.counts).toEqual({
      kind: { 'van-ban': 3, 'giai-thich': 1, 'hoi-dap': 1 },
      document: { 'luat-a': 2, 'luat-b': 1 },
    });
    expect(Object.fromEntries(byDocument)).toEqual({
      'luat-a': ['vi_1', 'vi_3'],
      'luat-b': ['vi_2'],
    });
  });

  it('are read from Pagefind’s fragments, named by the fragment’s id', () => {
    const files = [
      fragment('vi_9', {
        url: '/van-ban/a.html#dieu-1',
        filters: { kind: ['van-ban'], level: ['content'], document: ['luat-a'] },
      }),
      fragment('vi_8', {
        url: '/hoi-dap/x.html',
        meta: { title: 'X?' },
        filters: { kind: ['hoi-dap'], level: ['content'] },
      }),
      { path: 'index/vi_1.pf_index', content: new Uint8Array([1]) },
    ];
    expect(indexedRecords(files)).toEqual([
      { id: 'vi_9', kind: 'van-ban', level: 'content', document: 'luat-a' },
      { id: 'vi_8', kind: 'hoi-dap', level: 'content', document: undefined, title: 'X?' },
    ]);
    expect(ownFiles(files, {}).map((f) => f.path)).toEqual([
      'common-words.json',
      'record-facts.json',
      'records/luat-a.json',
      'text/vi_9.json',
      'text/vi_8.json',
    ]);
  });

  it('stop the build on a fragment in a format it does not know, or a record without kind or level', () => {
    expect(() =>
      indexedRecords([{ path: 'fragment/vi_1.pf_fragment', content: gzipSync(Buffer.from('{}')) }]),
    ).toThrow(/vi_1\.pf_fragment/);
    expect(() => indexedRecords([fragment('vi_2', { url: '/x.html', filters: {} })])).toThrow(
      /\/x\.html has no kind or level/,
    );
  });
});

describe('a record’s text', () => {
  const anchors = [
    { element: 'h1', id: 'top', text: 'Câu hỏi', location: 0 },
    { element: 'p', id: 'x', text: 'not a heading', location: 5 },
    { element: 'h2', id: 'tra-loi', text: 'Trả lời', location: 10 },
    { element: 'h2', id: 'trong', text: ' ', location: 12 },
  ];

  it('keeps what a hit shows: address, title, text, kind and document', () => {
    const text = recordTextOf({
      url: '/van-ban/a.html#dieu-1',
      content: 'Điều 1. Một',
      meta: { title: 'Điều 1' },
      filters: { kind: ['van-ban'], document: ['luat-a'] },
      anchors,
    });
    expect(text).toEqual({
      url: '/van-ban/a.html#dieu-1',
      title: 'Điều 1',
      content: 'Điều 1. Một',
      kind: 'van-ban',
      document: 'luat-a',
    });
  });

  it('keeps a whole page’s headings with an id and words, for its best sections, and nothing else of its anchors', () => {
    const text = recordTextOf({
      url: '/hoi-dap/x.html',
      content: 'a b c',
      meta: { title: 'X' },
      filters: { kind: ['hoi-dap'] },
      anchors,
    });
    expect(text.headings).toEqual([
      { id: 'top', text: 'Câu hỏi', location: 0 },
      { id: 'tra-loi', text: 'Trả lời', location: 10 },
    ]);
  });
});
