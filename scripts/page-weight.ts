#!/usr/bin/env node
/**
 * How heavy the built pages are: bytes and gzip bytes per page, and how many of a law page's bytes
 * are the "what cites this article" lists (issue 5), which repeat at every cited article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const HELP = `Usage: node scripts/page-weight.ts [folder] [--match REGEX]
Prints the size of every built page (default dist/), raw and gzipped, and for each page the bytes
of its cited-by lists (<div class="cb" …>). --match keeps only the pages whose path matches.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { match: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const root = positionals[0] ?? 'dist';
const match = new RegExp(values.match ?? '');
const CITED_BY = /<div class="cb"[^>]*>.*?<\/div>/gs;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pages = readdirSync(root, { recursive: true })
  .map(String)
  .filter((p) => p.endsWith('.html') && match.test(p))
  .sort();
console.log(['page', 'bytes', 'gzip', 'cited-by lists'].join('\t'));
for (const page of pages) {
  const html = readFileSync(join(root, page), 'utf8');
  const citedBy = [...html.matchAll(CITED_BY)];
  const citedBytes = citedBy.reduce((sum, m) => sum + Buffer.byteLength(m[0]), 0);
  const cited = citedBy.length ? `${citedBy.length} × = ${kb(citedBytes)}` : '';
  console.log([relative('.', join(page)), kb(Buffer.byteLength(html)), kb(gzipSync(html).length), cited].join('\t'));
}
