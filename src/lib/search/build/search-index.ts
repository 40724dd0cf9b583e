/**
 * Search, built at the end of `astro build` (issue 3): Pagefind's Node API indexes the records of
 * every built page (src/lib/search/records.ts), the index is written as classic scripts into
 * dist/assets/pagefind/ (src/lib/search/index-scripts.ts), and the search page's script is bundled
 * with pagefind.js, whose fetch() is bound to the script loader so it works from file://.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { t } from '../../../i18n/vi.ts';
import { sitePath } from '../../paths.ts';
import type { CommonWords } from '../query/index-files.ts';
import { COMMON_WORDS_FILE, documentRecordsFile, INDEX_DIR, PAGE_SCRIPT, RECORD_FACTS_FILE, recordTextFile } from '../shared/names.ts';
import { commonWords } from './common-words.ts';
import { dataScript, indexScripts, type DataFile, type IndexFile, type ScriptFile } from './index-scripts.ts';
import { recordFacts, type IndexedRecord } from './record-facts.ts';
import { recordTextOf, type Fragment } from './record-texts.ts';
import { pageRecords, recordText, type RecordLevel, type SearchRecord } from './records.ts';
import { bundle } from '../../../integrations/client-scripts.ts';
import { answerFiles, frequentWords } from './answers.ts';

interface Options {
  /** The search page's script, relative to the project root. */
  entry: string;
  /** esbuild targets, as for the other browser scripts. */
  target: string[];
}

export function searchIndex(options: Options): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const assets = join(site, 'assets');
        const records = siteRecords(site);
        const files = await indexRecords(records);
        const texts = records.map((r) => recordText(r.html));
        const frequent = frequentWords(texts);
        const own = [...ownFiles(files, commonWords(texts)), ...(await answerFiles(files, frequent))];
        const written = writeIndex([...indexScripts(files), ...own.map(dataScript)], join(assets, INDEX_DIR));
        const runtime = files.find((f) => f.path === 'pagefind.js');
        if (!runtime) throw new Error('Pagefind wrote no pagefind.js');
        await bundle({ entries: { [PAGE_SCRIPT]: options.entry }, target: options.target }, assets, true, [pagefindRuntime(runtime)]);
        report(logger, records, frequent.length, written, performance.now() - started);
      },
    },
  };
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

/** Records handed to Pagefind together. */
const ADD_AT_ONCE = 64;

/** Pagefind's files for these records: the index, and pagefind.js itself. */
export async function indexRecords(records: SearchRecord[]): Promise<IndexFile[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    // Pagefind's service takes many files at once; one at a time, the round trips dominate at scale.
    for (let i = 0; i < records.length; i += ADD_AT_ONCE) {
      await Promise.all(records.slice(i, i + ADD_AT_ONCE).map(async (record) => {
        const added = await index.addHTMLFile({ url: record.url, content: record.html });
        if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
      }));
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
    return files.map((f) => ({ path: f.path.split('\\').join('/'), content: f.content }));
  } finally {
    await pagefind.close();
  }
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
    ...fragments.map(({ id, fragment }) => ({ path: recordTextFile(id), value: recordTextOf(fragment) })),
  ];
}

/** Magic bytes Pagefind puts before the JSON of a fragment, once ungzipped. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Every record of Pagefind's index with its id (Pagefind's result id), read from its fragment file. */
export function readFragments(files: readonly IndexFile[]): { id: string; fragment: Fragment }[] {
  return files.filter((f) => f.path.endsWith('.pf_fragment')).map((f) => {
    const text = new TextDecoder().decode(gunzipSync(f.content));
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`Pagefind fragment ${f.path} is not in the format this build reads`);
    return { id: basename(f.path, '.pf_fragment'), fragment: JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Fragment };
  });
}

/** A record's id and filters. */
export function indexedRecord({ id, fragment: { url, filters } }: { id: string; fragment: Fragment }): IndexedRecord {
  const one = (name: string) => filters[name]?.[0];
  const kind = one('kind');
  const level = one('level') as RecordLevel | undefined;
  if (!kind || !level) throw new Error(`search record ${url} has no kind or level filter`);
  return { id, kind, level, document: one('document') };
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

/** Resolves "pagefind-runtime" to pagefind.js with its fetch() bound to the index loader. */
function pagefindRuntime(runtime: IndexFile): Plugin {
  const loader = fileURLToPath(new URL('../../../client/search/index-loader.ts', import.meta.url));
  const source = new TextDecoder().decode(runtime.content);
  if (!/\bfetch\(/.test(source)) throw new Error('pagefind.js no longer calls fetch(): check src/client/search/index-loader.ts');
  return {
    name: 'pagefind-runtime',
    setup(build) {
      build.onResolve({ filter: /^pagefind-runtime$/ }, () => ({ path: 'pagefind.js', namespace: 'pagefind-runtime' }));
      build.onLoad({ filter: /.*/, namespace: 'pagefind-runtime' }, () => ({
        contents: `import { fetchIndexFile as fetch } from ${JSON.stringify(loader)};\n${source}`,
        loader: 'js',
        resolveDir: dirname(loader),
      }));
    },
  };
}

function report(logger: AstroIntegrationLogger, records: SearchRecord[], answers: number, bytes: number, ms: number): void {
  const pages = new Set(records.map((r) => r.url.split('#')[0])).size;
  logger.info(`indexed ${records.length} records from ${pages} pages, with ${answers} frequent words answered, in ${(ms / 1000).toFixed(2)} s; index scripts ${(bytes / 1024).toFixed(0)} KB`);
}
