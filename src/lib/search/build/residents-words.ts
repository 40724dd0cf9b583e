/**
 * The law's words for residents' words, for the search page's catalog
 * (query/residents-words.ts says how a query uses them). Two sources, in this order:
 * 1. a short curated list, content/thuat-ngu/tu-nguoi-dan.yaml, where each entry says why: the
 *    article whose words it maps to (the law's words must occur in it) or a public source (they
 *    must occur in its quote); the build stops, naming the file and line, on an entry that does not;
 * 2. the texts' own definitions that list what a term covers ("Tàu bay … bao gồm máy bay, tàu
 *    lượn, khí cầu …": "máy bay" is searched as "tàu bay" too), read from the model
 *    (src/lib/legal/definitions.ts). A listed name the texts use again elsewhere ("lãnh hải" in
 *    "Vùng biển Việt Nam bao gồm nội thủy, lãnh hải …", "cư trú") is the law's word already:
 *    searching it finds where the law uses it, and searching the broader term too would only
 *    push those articles down.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { ResidentsWordsSchema, type ResidentsWordEntry } from '../../../schemas/residents-word.ts';
import { lookupLaw, mentions } from '../../citations.ts';
import { CONTENT_ROOT } from '../../content-root.ts';
import { hasWords, slugOf } from '../../format.ts';
import { inclusions } from '../../legal/definitions.ts';
import { articles, nodeLines, type Pinpoint } from '../../legal/model.ts';
import type { Library } from '../../library.ts';
import { readYamlList } from '../../yaml-list.ts';
import type { ResidentsWord } from '../query/residents-words.ts';

export const RESIDENTS_WORDS_FILE = join(CONTENT_ROOT, 'thuat-ngu', 'tu-nguoi-dan.yaml');

/** The curated entries first, then the definitions', each pair of words once. */
export function residentsWords(library: Library, file = RESIDENTS_WORDS_FILE): ResidentsWord[] {
  const texts = library.documents.flatMap((doc) => (doc.text ? [doc.text] : []));
  const lines = texts.flatMap((text) => articles(text).flatMap(nodeLines));
  const shelf = `-${slugOf(lines.map((line) => line.text).join(' '))}-`;
  const usedOnce = (words: string) => shelf.split(`-${slugOf(words)}-`).length === 2;
  const fromDefinitions = texts.flatMap((text) =>
    inclusions(text).flatMap(({ term, covers }) =>
      covers.filter(usedOnce).map((words) => ({ words, law: term })),
    ),
  );
  const unique = new Map<string, ResidentsWord>();
  for (const entry of [...curated(library, file), ...fromDefinitions]) {
    unique.set(`${slugOf(entry.words)} ${slugOf(entry.law)}`, entry);
  }
  return [...unique.values()];
}

function curated(library: Library, file: string): ResidentsWord[] {
  if (!existsSync(file)) return [];
  const { items, fail } = readYamlList(file, ResidentsWordsSchema);
  return items.map((entry, i) => {
    const problem = entry.at ? articleProblem(library, entry) : sourceProblem(entry);
    if (problem) throw fail(i, problem);
    return { words: entry.words, law: entry.law };
  });
}

function articleProblem(library: Library, { at, law }: ResidentsWordEntry): string | undefined {
  if (!at) return undefined;
  const pin: Pinpoint = { dieu: at.dieu, khoan: at.khoan, diem: at.diem };
  const found = lookupLaw(
    { document: (slug) => library.documents.find((d) => d.slug === slug) },
    at.doc,
    pin,
  );
  if ('problem' in found) return found.problem;
  if (mentions(found.node!, law)) return undefined;
  return `the law's words "${law}" do not occur in ${at.doc} Điều ${at.dieu}${at.khoan ? ` khoản ${at.khoan}` : ''}`;
}

function sourceProblem({ source, law }: ResidentsWordEntry): string | undefined {
  const path = join(CONTENT_ROOT, 'tham-khao', `${source}.yaml`);
  if (!existsSync(path)) return `no public source "${source}" in content/tham-khao/`;
  const quote = String(
    (load(readFileSync(path, 'utf8')) as { quote?: unknown } | null)?.quote ?? '',
  );
  return hasWords(quote, law)
    ? undefined
    : `the law's words "${law}" do not occur in the quote of ${source}`;
}
