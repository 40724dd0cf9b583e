/** The real content for unit tests that need no Astro: the laws as citation targets, and YAML folders. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { CitationTargets } from '../../src/lib/citations.ts';
import { shelfDocument, TEXT_SLUGS } from './shelf.ts';

/** The documents with a text, as citations find them. */
export function lawTargets(): Pick<CitationTargets, 'document'> {
  const docs = new Map(TEXT_SLUGS.map((slug) => [slug, shelfDocument(slug)]));
  return { document: (slug) => docs.get(slug) };
}

/** The YAML files of a content folder, by id. */
export function yamlFiles<T>(folder: string): Map<string, T> {
  const dir = join('content', folder);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  return new Map(
    files.map((f) => [f.replace(/\.yaml$/, ''), load(readFileSync(join(dir, f), 'utf8')) as T]),
  );
}
