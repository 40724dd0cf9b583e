#!/usr/bin/env node
/**
 * Brings a verified source text into the project: parses it (refusing a malformed one with
 * file:line), copies it verbatim to content/van-ban/nguon/<slug>.txt and writes the facts the text
 * states into content/van-ban/<slug>.mdx. Writes nothing unless every step succeeds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { dump, load } from 'js-yaml';
import { textFacts, type TextFacts } from '../src/lib/legal/facts.ts';
import { articles } from '../src/lib/legal/model.ts';
import { parseLegalText } from '../src/lib/legal/parse.ts';
import { SourceError } from '../src/lib/source-error.ts';

const HELP = `Usage: npm run import -- <source.txt>... [--check] [--dir content/van-ban]

  <source.txt>   a verified text: UTF-8, NFC, one paragraph per line, a blank line before each
                 Chương/Mục/Điều heading (content/van-ban/nguon/README.md). Its file name is the slug.
  --check        only parse and report; write nothing
  --dir <dir>    the legal-text collection (default content/van-ban)

content/van-ban/<slug>.mdx must exist with the fields only an editor can fill (title, kind,
status …; see the README, "Thêm một văn bản"). The importer copies the text to nguon/<slug>.txt
and sets number, signed, signer, inForce, inForceArticle, text and provenance.sha256 from it.`;

/** Frontmatter keys in the order they are written. */
const KEY_ORDER = ['title', 'shortTitle', 'kind', 'number', 'issuer', 'signer', 'signed', 'place', 'inForce', 'inForceArticle', 'status', 'statusCheckedOn', 'statusSources', 'statusNote', 'text', 'provenance', 'sources', 'missingParts', 'details', 'borders', 'topics', 'related', 'amends', 'outstandingChanges'];

interface Planned {
  path: string;
  content: string;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { check: { type: 'boolean' }, dir: { type: 'string', default: 'content/van-ban' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length === 0) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  try {
    const plans = positionals.map((source) => plan(source, values.dir!));
    if (!values.check) commit(plans.flat());
    return 0;
  } catch (error) {
    if (error instanceof SourceError) {
      console.error(`error: ${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
}

/** Everything one source would write, computed before anything is written. */
function plan(sourcePath: string, dir: string): Planned[] {
  const slug = basename(sourcePath).replace(/\.txt$/, '');
  if (!/^[a-z0-9-]+$/.test(slug)) throw new SourceError(sourcePath, 1, `file name "${slug}" is not a slug (a-z, 0-9, -)`);
  const source = readFileSync(sourcePath, 'utf8');
  const text = parseLegalText(source, sourcePath);
  const facts = textFacts(text);
  console.log(`${sourcePath}: ${articles(text).length} điều, ${text.body.length} top-level divisions; ${describe(facts)}`);
  const mdxPath = join(dir, `${slug}.mdx`);
  if (!existsSync(mdxPath)) {
    throw new SourceError(mdxPath, 1, 'does not exist: write it first with the editor-kept fields (README, "Thêm một văn bản")');
  }
  const sha256 = createHash('sha256').update(source).digest('hex');
  const textPath = `nguon/${slug}.txt`;
  return [
    { path: join(dir, textPath), content: source },
    { path: mdxPath, content: updateMdx(mdxPath, readFileSync(mdxPath, 'utf8'), facts, textPath, sha256) },
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

function updateMdx(path: string, mdx: string, facts: TextFacts, textPath: string, sha256: string): string {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(mdx);
  if (!m) throw new SourceError(path, 1, 'no frontmatter block (--- … ---) at the top');
  let data: Record<string, unknown>;
  try {
    data = (load(m[1]) ?? {}) as Record<string, unknown>;
  } catch (error) {
    const line = (error as { mark?: { line: number } }).mark?.line ?? 0;
    throw new SourceError(path, line + 2, `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const provenance = (data.provenance ?? {}) as Record<string, unknown>;
  Object.assign(data, facts, { text: textPath, provenance: { ...provenance, sha256 } });
  const ordered = Object.fromEntries(
    [...KEY_ORDER.filter((k) => k in data), ...Object.keys(data).filter((k) => !KEY_ORDER.includes(k))].map((k) => [k, data[k]]),
  );
  const dumped = dump(datesAsDays(ordered), { lineWidth: 100 });
  return `---\n${dumped.replace(/'(\d{4}-\d{2}-\d{2})'/g, '$1')}---\n${m[2]}`;
}

/** Dates written as YAML days (2022-01-01), not timestamps. */
function datesAsDays(value: unknown): unknown {
  if (value instanceof Date) return isoDay(value);
  if (Array.isArray(value)) return value.map(datesAsDays);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsDays(v)]));
  return value;
}

/** Writes every planned file to a temporary name first, then renames them all into place. */
function commit(plans: Planned[]): void {
  for (const p of plans) {
    mkdirSync(dirname(p.path), { recursive: true });
    writeFileSync(`${p.path}.tmp`, p.content);
  }
  for (const p of plans) {
    renameSync(`${p.path}.tmp`, p.path);
    console.log(`wrote ${p.path}`);
  }
}

process.exitCode = main();
