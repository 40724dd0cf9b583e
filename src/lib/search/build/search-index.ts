/**
 * The search index, made from the built site: Pagefind's Node API indexes the records of every
 * built page (records.ts), and the index, with the search's own files beside it (the records'
 * facts and texts, the common words, the frequent words' answers), is written as classic scripts
 * into assets/pagefind/ (index-scripts.ts). src/integrations/search-index.ts runs it at the end
 * of `astro build`, then bundles the search page's script with the pagefind.js it returns.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { t } from '../../../i18n/vi.ts';
import { sitePath } from '../../paths.ts';
import type { CommonWords } from '../query/index-files.ts';
import {
  COMMON_WORDS_FILE,
  documentRecordsFile,
  INDEX_DIR,
  RECORD_FACTS_FILE,
  recordTextFile,
} from '../shared/names.ts';
import { answerFiles, frequentWords } from './answers.ts';
import { commonWords } from './common-words.ts';
import {
  dataScript,
  indexScripts,
  type DataFile,
  type IndexFile,
  type ScriptFile,
} from './index-scripts.ts';
import { indexRecords, readFragments, runtimeOf } from './pagefind.ts';
import { indexedRecord, recordFacts } from './record-facts.ts';
import { recordTextOf } from './record-texts.ts';
import { pageRecords, recordText, type SearchRecord } from './records.ts';

export interface SearchIndex {
  /** pagefind.js, for the search page's script. */
  runtime: string;
  records: SearchRecord[];
  /** How many frequent words have an answer. */
  answered: number;
  /** Bytes of the index scripts written. */
  bytes: number;
}

/** Indexes the built site in `site` and writes the index scripts into its assets/. */
export async function writeSearchIndex(site: string): Promise<SearchIndex> {
  const records = siteRecords(site);
  const files = await indexRecords(records);
  const texts = records.map((r) => recordText(r.html));
  const frequent = frequentWords(texts);
  const own = [...ownFiles(files, commonWords(texts)), ...(await answerFiles(files, frequent))];
  const bytes = writeIndex(
    [...indexScripts(files), ...own.map(dataScript)],
    join(site, 'assets', INDEX_DIR),
  );
  return { runtime: runtimeOf(files), records, answered: frequent.length, bytes };
}

function siteRecords(site: string): SearchRecord[] {
  const skip = sitePath({ page: 'search' });
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path !== skip)
    .sort()
    .flatMap((path) => pageRecords(readFileSync(join(site, path), 'utf8'), path, t('site.name')));
}

/**
 * The files the search page reads beside Pagefind's: the common words, the records' facts
 * (record-facts.ts) and each record's text (record-texts.ts).
 */
export function ownFiles(files: readonly IndexFile[], common: CommonWords): DataFile[] {
  const fragments = readFragments(files);
  const { facts, byDocument } = recordFacts(fragments.map(indexedRecord));
  return [
    { path: COMMON_WORDS_FILE, value: common },
    { path: RECORD_FACTS_FILE, value: facts },
    ...[...byDocument].map(([slug, ids]) => ({ path: documentRecordsFile(slug), value: ids })),
    ...fragments.map(({ id, fragment }) => ({
      path: recordTextFile(id),
      value: recordTextOf(fragment),
    })),
  ];
}

function writeIndex(scripts: ScriptFile[], out: string): number {
  rmSync(out, { recursive: true, force: true });
  let bytes = 0;
  for (const script of scripts) {
    const path = join(out, script.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, script.text);
    bytes += script.text.length;
  }
  return bytes;
}
