#!/usr/bin/env node
/**
 * Writes a synthetic content folder N times the size of the real one, for the benchmark: all the
 * real content, plus (N-1) extra copies of every law with a distinct slug and title. Each copy
 * takes its articles from all the laws in turn (rotated, renumbered, regrouped into chapters
 * titled like the real laws' chapters), so its pages differ from the originals while keeping a
 * real law's structure and words, and each still passes the project's parser, which checks it.
 * Copies are told apart by a number only: a phrase added to every copy's title or chapters
 * ("bản tổng hợp") would be in every record's search context, as no word of a real shelf is.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import {
  articles,
  childNodes,
  nodeLines,
  type LegalNode,
  type LegalText,
} from '../src/lib/legal/model.ts';
import { parseLegalText } from '../src/lib/legal/parse.ts';

const HELP = `Usage: node scripts/gen-corpus.ts --factor N --out <folder> [--content content] [--laws-only]

Writes <folder> as a content folder (TU_SACH_CONTENT) with the real content and (N-1) synthetic
copies of every law: N=1 is the real corpus, N=100 a hundred times as many law pages.
--laws-only leaves out the explainers, Q&A and talk outlines, to compare with a site of laws alone.`;

/** Content folders that are not the shelf itself. */
const WRITTEN_CONTENT = ['giai-thich', 'hoi-dap', 'de-cuong'];

const ARTICLES_PER_CHAPTER = 8;

interface Law {
  slug: string;
  text: LegalText;
  frontmatter: string;
}

function readLaws(content: string): Law[] {
  const dir = join(content, 'van-ban');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => {
      const frontmatter = readFileSync(join(dir, f), 'utf8');
      const textPath = /^text: (\S+)$/m.exec(frontmatter)?.[1];
      if (!textPath) return [];
      const file = join(dir, textPath);
      return [
        {
          slug: f.replace(/\.mdx$/, ''),
          text: parseLegalText(readFileSync(file, 'utf8'), file),
          frontmatter,
        },
      ];
    });
}

/** The chapters of a text, in order. */
function chapters(text: LegalText): LegalNode[] {
  const walk = (nodes: LegalNode[]): LegalNode[] =>
    nodes.flatMap((n) =>
      n.kind === 'chuong' ? [n] : n.kind === 'phan' ? walk(childNodes(n.content)) : [],
    );
  return walk(text.body);
}

/** The source text of copy `copy` of `law`: its heading, then articles drawn from all laws in turn. */
function synthesize(law: Law, laws: Law[], copy: number): string {
  const pool = laws.flatMap((l) => articles(l.text));
  const chapterTitles = laws.flatMap((l) => chapters(l.text)).map((c) => c.titleLine?.text ?? '');
  const count = articles(law.text).length;
  // The copy's number (unique on the shelf, and found in its heading as the build checks).
  const number = /^number: (.+)$/m.exec(law.frontmatter)?.[1];
  const heading = law.text.heading.map((l) =>
    number ? l.text.replace(number, `${number} (${copy})`) : l.text,
  );
  const out: string[] = [...heading, ...law.text.preamble.map((l) => l.text)];
  for (let i = 0; i < count; i++) {
    const chapter = i / ARTICLES_PER_CHAPTER;
    if (i % ARTICLES_PER_CHAPTER === 0)
      out.push(
        '',
        `Chương ${chapter + 1}`,
        chapterTitles[(copy * 3 + chapter) % chapterTitles.length],
      );
    const [label, ...body] = nodeLines(pool[(copy * 7 + i) % pool.length]).map((l) => l.text);
    const title = /^Điều \d+[a-zđ]?(\.\s.*)?$/.exec(label)?.[1] ?? '';
    out.push('', `Điều ${i + 1}${title}`, ...body);
  }
  out.push(...law.text.closing.map((l) => l.text));
  return `${out.join('\n')}\n`;
}

function frontmatterFor(law: Law, copy: number, slug: string, source: string): string {
  const sha = createHash('sha256').update(source).digest('hex');
  const fields = load(/^---\n([\s\S]*?)\n---/.exec(law.frontmatter)![1]) as Record<string, string>;
  // A field with its continuation lines (a folded `title: >-` spans several), written again quoted.
  const numbered = (text: string, key: string) =>
    text.replace(
      new RegExp(`^${key}:.*(?:\\n[ \\t]+.*)*`, 'm'),
      `${key}: ${JSON.stringify(`${fields[key]} (${copy})`)}`,
    );
  // Numbers are unique on the shelf: a copy's number says which copy it is.
  return numbered(numbered(numbered(law.frontmatter, 'title'), 'shortTitle'), 'number')
    .replace(/^text: .*$/m, `text: nguon/${slug}.txt`)
    .replace(/^(\s+sha256: ).*$/m, `$1${sha}`)
    .replace(/^inForceArticle: .*\n/m, '')
    .replace(/^inForce: .*\n/m, '')
    .replace(/^amends:\n(?:\s+.*\n)*/m, '')
    .replace(/^outstandingChanges:\n(?:\s+.*\n)*/m, '')
    .replace(/^related:\n(?:\s+- .*\n)*/m, '');
}

function main(): number {
  const { values } = parseArgs({
    options: {
      factor: { type: 'string' },
      out: { type: 'string' },
      content: { type: 'string', default: 'content' },
      'laws-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const factor = Number(values.factor);
  if (values.help || !values.out || !Number.isInteger(factor) || factor < 1) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  rmSync(values.out, { recursive: true, force: true });
  const lawsOnly = values['laws-only'];
  cpSync(values.content!, values.out, {
    recursive: true,
    filter: (src) => !lawsOnly || !WRITTEN_CONTENT.some((d) => src === join(values.content!, d)),
  });
  const laws = readLaws(values.content!);
  for (let copy = 1; copy < factor; copy++) {
    for (const law of laws) {
      const slug = `${law.slug}-tong-hop-${copy}`;
      const source = synthesize(law, laws, copy);
      parseLegalText(source, slug);
      mkdirSync(join(values.out, 'van-ban', 'nguon'), { recursive: true });
      writeFileSync(join(values.out, 'van-ban', 'nguon', `${slug}.txt`), source);
      writeFileSync(
        join(values.out, 'van-ban', `${slug}.mdx`),
        frontmatterFor(law, copy, slug, source),
      );
    }
  }
  console.log(`${values.out}: ${laws.length * factor} laws (${factor}x)`);
  return 0;
}

process.exitCode = main();
