/** The real shelf's documents with text, as the library makes them, for unit tests that need no Astro. */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { parseLegalText } from '../../src/lib/legal/parse.ts';
import type { ShelfDocument } from '../../src/lib/library.ts';

/** Slugs of the documents with a source text, in content/van-ban/nguon/. */
export const TEXT_SLUGS = readdirSync('content/van-ban/nguon')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

/** A document's frontmatter (references as the content layer gives them) and parsed text. */
export function shelfDocument(slug: string): ShelfDocument {
  const data = load(
    readFileSync(`content/van-ban/${slug}.mdx`, 'utf8').split('---\n')[1],
  ) as Record<string, unknown>;
  const file = `content/van-ban/nguon/${slug}.txt`;
  const details = ((data.details as string[] | undefined) ?? []).map((id) => ({
    id,
    collection: 'vanBan',
  }));
  const text = parseLegalText(readFileSync(file, 'utf8'), file);
  const signed = new Date(data.signed as string);
  return { slug, data: { ...data, signed, details }, text } as unknown as ShelfDocument;
}
