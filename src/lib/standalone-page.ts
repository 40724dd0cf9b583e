/**
 * Pages of their own written in MDX (content/trang/), such as the page on the 2025 reorganisation:
 * loaded with the same checks as explainers (citations, pre-2025 wording) before they render.
 */
import { readFileSync } from 'node:fs';
import { getEntry, type CollectionEntry } from 'astro:content';
import type { Citation } from './citations.ts';
import { checkContentFile, citationTargets } from './content-index.ts';

export interface StandalonePage {
  entry: CollectionEntry<'trang'>;
  /** Its citations in source order, each checked. */
  citations: Citation[];
}

/** The page content/trang/<slug>.mdx, checked; undefined when the content folder has none. */
export async function getStandalonePage(slug: string): Promise<StandalonePage | undefined> {
  const entry = await getEntry('trang', slug);
  if (!entry) return undefined;
  const file = entry.filePath ?? `trang/${slug}.mdx`;
  return {
    entry,
    citations: checkContentFile(readFileSync(file, 'utf8'), file, await citationTargets()),
  };
}
