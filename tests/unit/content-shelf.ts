/** The real content, read as the build reads it, for unit tests of what content states. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { CitationTargets } from '../../src/lib/citations.ts';
import { parseLegalText } from '../../src/lib/legal/parse.ts';

/** Every document of content/van-ban/ with its parsed text, where it has one. */
export function shelf(): Pick<CitationTargets, 'document'> {
  const docs = new Map(
    readdirSync('content/van-ban')
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const text = /^text:\s*(\S+)/m.exec(readFileSync(join('content/van-ban', f), 'utf8'))?.[1];
        const file = text && join('content/van-ban', text);
        return [f.replace(/\.mdx$/, ''), { text: file ? parseLegalText(readFileSync(file, 'utf8'), file) : undefined }];
      }),
  );
  return { document: (slug) => docs.get(slug) };
}

/** The YAML files of a content folder, by id. */
export function yamlFiles<T>(folder: string): Map<string, T> {
  const dir = join('content', folder);
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [f.replace(/\.yaml$/, ''), load(readFileSync(join(dir, f), 'utf8')) as T]));
}
