/**
 * The loader of every content collection: Astro's glob loader, with guarantees it does not give.
 * The schema sees the YAML as written (an unquoted 2026-13-01 stays text, for `isoDate`
 * to refuse, instead of the Date 2027-01-01); a field it refuses stops the build at file:line
 * (Astro reports line 0); a slug that is not plain a-z, 0-9 and -, or that two files share (Astro
 * keeps the last one), stops the build; and so does an MDX body that could run a script in a
 * reader's browser (src/lib/content-markup.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkContentMarkup } from './content-markup.ts';
import { lineOfPath, yamlOf } from './frontmatter.ts';
import { SourceError } from './source-error.ts';

/** The file as an editor finds it: relative to the project when it is inside it. */
const shown = (file: string) =>
  relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);

/** The line of the file at which the value at `path` is written (the file itself, 1, when absent). */
function lineIn(raw: string, file: string, path: readonly PropertyKey[]): number {
  const { yaml, firstLine } = yamlOf(raw, file);
  return firstLine + lineOfPath(yaml, path) - 1;
}

/** The data of one content file, dates as written, once `schema` accepts it; else a SourceError at file:line. */
export function checkEntry(raw: string, file: string, schema: z.ZodType): unknown {
  const { data } = yamlOf(raw, file);
  const result = schema.safeParse(data);
  if (result.success) return data;
  const issue = result.error.issues[0];
  const field = issue.path.map(String).join('.') || 'frontmatter';
  throw new SourceError(file, lineIn(raw, file, issue.path), `${field}: ${issue.message}`);
}

/** Page names are plain a-z, 0-9 and -: anything else may not survive a zip or a USB stick (FAT32). */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * An entry's id names its page. Two files given one id (a `slug:` field, or names that differ in
 * case) would be one page, the second replacing the first; an id with diacritics or spaces would
 * name a page the offline edition cannot carry.
 */
function checkId(context: LoaderContext, id: string, file: string): void {
  if (!SLUG.test(id)) {
    const reason = `the file name gives the slug "${id}": name content files with a-z, 0-9 and - only, without diacritics`;
    throw new SourceError(shown(file), 1, reason);
  }
  const taken = context.store.get(id)?.filePath;
  const other = taken && fileURLToPath(new URL(taken, context.config.root));
  if (!other || other === file || !existsSync(other)) return;
  // Report the file that names its slug, if one does: that is the one that took the other's.
  const [culprit, first] = [file, other]
    .map((f) => ({ f, raw: readFileSync(f, 'utf8') }))
    .sort((a, b) => Number(/^slug:/m.test(b.raw)) - Number(/^slug:/m.test(a.raw)));
  throw new SourceError(
    shown(culprit.f),
    lineIn(culprit.raw, culprit.f, ['slug']),
    `slug "${id}" is already the slug of ${shown(first.f)}`,
  );
}

/** `glob({ base, pattern })` whose entries are checked by `checkEntry` before Astro validates them. */
export function contentGlob(base: string, pattern: string, schema: z.ZodType): Loader {
  const inner = glob({ base, pattern });
  return {
    name: 'content-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          const file = props.filePath ?? '';
          checkId(context, props.id, file);
          const raw = readFileSync(file, 'utf8');
          const data = checkEntry(raw, shown(file), schema);
          if (/\.mdx?$/.test(file)) checkContentMarkup(raw, shown(file));
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
