#!/usr/bin/env node
/**
 * Brings a verified source text into the project: parses it (refusing a malformed one with
 * file:line), copies it verbatim to content/van-ban/nguon/<slug>.txt and writes the facts the text
 * states into content/van-ban/<slug>.mdx. Writes nothing unless every step succeeds.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { dump } from 'js-yaml';
import { frontmatterOf, loadAsWritten } from '../src/lib/frontmatter.ts';
import { textFacts, type TextFacts } from '../src/lib/legal/facts.ts';
import { articles } from '../src/lib/legal/model.ts';
import { parseLegalText } from '../src/lib/legal/parse.ts';
import { decodeSource, normaliseSource } from '../src/lib/legal/source-file.ts';
import { SourceError } from '../src/lib/source-error.ts';

const HELP = `Usage: npm run import -- <source.txt>... [--check] [--dir content/van-ban]

  <source.txt>   a verified text: UTF-8, NFC, one paragraph per line, a blank line before each
                 Chương/Mục/Điều heading (content/van-ban/nguon/README.md). Its file name is the slug.
                 A byte-order mark and Windows (CRLF) line endings are removed, and the output says so.
  --check        only parse and report; write nothing
  --dir <dir>    the legal-text collection (default content/van-ban)

content/van-ban/<slug>.mdx must exist with the fields only an editor can fill (title, kind,
status …; see the README, "Thêm một văn bản"). The importer copies the text to nguon/<slug>.txt
and sets number, signed, signer, inForce, inForceArticle, text and provenance.sha256 from it.

Exit status: 0 written (or checked), 1 a source or MDX file is wrong (file:line), 2 usage: a
missing input, or a file that could not be written. Nothing is written unless every step succeeds.`;

/** Frontmatter keys in the order they are written. */
const KEY_ORDER = [
  'title',
  'shortTitle',
  'kind',
  'number',
  'issuer',
  'signer',
  'signed',
  'place',
  'inForce',
  'inForceArticle',
  'status',
  'statusCheckedOn',
  'statusSources',
  'statusNote',
  'text',
  'provenance',
  'sources',
  'missingParts',
  'details',
  'borders',
  'topics',
  'related',
  'amends',
  'outstandingChanges',
];

interface Planned {
  path: string;
  content: string;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      check: { type: 'boolean' },
      dir: { type: 'string', default: 'content/van-ban' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const missing = positionals.find((source) => !existsSync(source) || !statSync(source).isFile());
  if (missing) {
    console.error(`error: ${missing}: no such file\n\n${HELP}`);
    return 2;
  }
  try {
    const plans = positionals.map((source) => plan(source, values.dir!));
    if (!values.check) commit(plans.flat());
    return 0;
  } catch (error) {
    if (!(error instanceof SourceError || error instanceof WriteError)) throw error;
    console.error(`error: ${error.message}\nNothing was written.`);
    return error instanceof WriteError ? 2 : 1;
  }
}

/** A file the importer could not write (a full disk, a folder in the way, no permission). */
class WriteError extends Error {}

/** Everything one source would write, computed before anything is written. */
function plan(sourcePath: string, dir: string): Planned[] {
  const slug = basename(sourcePath).replace(/\.txt$/, '');
  if (!/^[a-z0-9-]+$/.test(slug))
    throw new SourceError(sourcePath, 1, `file name "${slug}" is not a slug (a-z, 0-9, -)`);
  const { text: source, changes } = normaliseSource(
    decodeSource(readFileSync(sourcePath), sourcePath),
  );
  const text = parseLegalText(source, sourcePath);
  const facts = textFacts(text);
  const normalised = changes.length ? `; normalised: ${changes.join(', ')}` : '';
  console.log(
    `${sourcePath}: ${articles(text).length} điều, ${text.body.length} top-level divisions; ${describe(facts)}${normalised}`,
  );
  const mdxPath = join(dir, `${slug}.mdx`);
  if (!existsSync(mdxPath)) {
    throw new SourceError(
      mdxPath,
      1,
      'does not exist: write it first with the editor-kept fields (README, "Thêm một văn bản")',
    );
  }
  const sha256 = createHash('sha256').update(source).digest('hex');
  const textPath = `nguon/${slug}.txt`;
  return [
    { path: join(dir, textPath), content: source },
    {
      path: mdxPath,
      content: updateMdx(mdxPath, readFileSync(mdxPath, 'utf8'), facts, textPath, sha256),
    },
  ];
}

function describe(facts: TextFacts): string {
  return Object.entries(facts)
    .map(([k, v]) => `${k}=${v instanceof Date ? isoDay(v) : v}`)
    .join(', ');
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function updateMdx(
  path: string,
  mdx: string,
  facts: TextFacts,
  textPath: string,
  sha256: string,
): string {
  const block = frontmatterOf(mdx);
  if (!block) throw new SourceError(path, 1, 'no frontmatter block (--- … ---) at the top');
  // Dates as written: an impossible date stays for the build to refuse, never rolled over here.
  const data = loadAsWritten(block.yaml, path, block.firstLine) as Record<string, unknown>;
  const provenance = (data.provenance ?? {}) as Record<string, unknown>;
  Object.assign(data, facts, { text: textPath, provenance: { ...provenance, sha256 } });
  const ordered = Object.fromEntries(
    [
      ...KEY_ORDER.filter((k) => k in data),
      ...Object.keys(data).filter((k) => !KEY_ORDER.includes(k)),
    ].map((k) => [k, data[k]]),
  );
  const dumped = dump(datesAsDays(ordered), { lineWidth: 100 });
  return `---\n${dumped.replace(/'(\d{4}-\d{2}-\d{2})'/g, '$1')}---\n${block.body}`;
}

/** Dates written as YAML days (2022-01-01), not timestamps. */
function datesAsDays(value: unknown): unknown {
  if (value instanceof Date) return isoDay(value);
  if (Array.isArray(value)) return value.map(datesAsDays);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsDays(v)]));
  return value;
}

/**
 * Writes every planned file to a temporary name first, then renames them all into place. When a
 * step fails, the temporary files are removed and the files already renamed get their old text
 * back, so a failure never leaves half an import.
 */
function commit(plans: Planned[]): void {
  const before = plans.map((p) => (existsSync(p.path) ? readFileSync(p.path) : undefined));
  const made: string[] = [];
  let renamed = 0;
  try {
    for (const p of plans) {
      const dir = mkdirSync(dirname(p.path), { recursive: true });
      if (dir) made.push(dir);
      writeFileSync(`${p.path}.tmp`, p.content);
      made.push(`${p.path}.tmp`);
    }
    for (const p of plans) {
      renameSync(`${p.path}.tmp`, p.path);
      renamed++;
    }
  } catch (error) {
    plans
      .slice(0, renamed)
      .forEach((p, i) => (before[i] ? writeFileSync(p.path, before[i]) : rmSync(p.path)));
    // Newest first: the temporary files, then the folders made for them.
    for (const path of made.reverse()) rmSync(path, { force: true, recursive: true });
    throw new WriteError(
      `cannot write ${(error as NodeJS.ErrnoException).path ?? ''}: ${(error as Error).message}`,
    );
  }
  for (const p of plans) console.log(`wrote ${p.path}`);
}

process.exitCode = main();
