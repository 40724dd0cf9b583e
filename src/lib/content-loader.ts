/**
 * The loader of every content collection: Astro's glob loader, with two guarantees it does not give
 * (issue 16). The schema sees the YAML as written (an unquoted 2026-13-01 stays text, for `isoDate`
 * to refuse, instead of the Date 2027-01-01), and a field it refuses stops the build at file:line
 * (Astro reports line 0).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { lineOfPath, yamlOf } from './frontmatter.ts';
import { SourceError } from './source-error.ts';

/** The file as an editor finds it: relative to the project when it is inside it. */
const shown = (file: string) => (relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file));

/** The data of one content file, dates as written, once `schema` accepts it; else a SourceError at file:line. */
export function checkEntry(raw: string, file: string, schema: z.ZodType): unknown {
  const { data, yaml, firstLine } = yamlOf(raw, file);
  const result = schema.safeParse(data);
  if (result.success) return data;
  const issue = result.error.issues[0];
  const field = issue.path.map(String).join('.') || 'frontmatter';
  throw new SourceError(file, firstLine + lineOfPath(yaml, issue.path) - 1, `${field}: ${issue.message}`);
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
          const data = checkEntry(readFileSync(file, 'utf8'), shown(file), schema);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
