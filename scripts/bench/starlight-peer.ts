/**
 * Writes the Starlight peer's source folder: one Markdown page per law, made from the same source
 * texts through the same parser as our site, so both sites carry the same words.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Block, LegalNode, LegalText } from '../../src/lib/legal/model.ts';
import { parseLegalText } from '../../src/lib/legal/parse.ts';

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Text as Markdown that renders literally: no lists from "1.", no emphasis from "*". */
function escape(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

function blocks(list: Block[], quote = ''): string[] {
  return list.flatMap((b) => {
    if (b.type === 'text') return [`${quote}${escape(b.text)}`, quote];
    if (b.type === 'quote') return blocks(b.content, `${quote}> `);
    return node(b.node, quote);
  });
}

function node(n: LegalNode, quote = ''): string[] {
  if (n.kind === 'khoan' || n.kind === 'diem')
    return [`${quote}${escape(n.label.text)}`, quote, ...blocks(n.content, quote)];
  const level = n.kind === 'dieu' ? '###' : '##';
  const heading = n.titleLine ? `${n.label.text} ${n.titleLine.text}` : n.label.text;
  return [`${level} ${escape(heading)}`, '', ...blocks(n.content)];
}

function page(title: string, text: LegalText): string {
  const front = [...text.heading, ...text.preamble].flatMap((l) => [escape(l.text), '']);
  const closing = text.closing.flatMap((l) => [escape(l.text), '']);
  return [
    `---\ntitle: ${JSON.stringify(title)}\n---`,
    '',
    ...front,
    ...text.body.flatMap((n) => node(n)),
    ...closing,
  ].join('\n');
}

/** Writes the peer's srcDir for the laws of a content folder; returns the number of law pages. */
export function writeStarlightPeer(content: string, srcDir: string): number {
  rmSync(srcDir, { recursive: true, force: true });
  const docs = join(srcDir, 'content', 'docs', 'van-ban');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(srcDir, 'content.config.ts'), CONTENT_CONFIG);
  let count = 0;
  const links: string[] = [];
  for (const file of readdirSync(join(content, 'van-ban')).filter((f) => f.endsWith('.mdx'))) {
    const fm = load(
      /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(content, 'van-ban', file), 'utf8'))![1],
    ) as { title: string; text?: string };
    if (!fm.text) continue;
    const slug = file.replace(/\.mdx$/, '');
    const source = join(content, 'van-ban', fm.text);
    writeFileSync(
      join(docs, `${slug}.md`),
      page(fm.title, parseLegalText(readFileSync(source, 'utf8'), source)),
    );
    links.push(`- [${fm.title}](van-ban/${slug}/)`);
    count++;
  }
  writeFileSync(
    join(srcDir, 'content', 'docs', 'index.md'),
    `---\ntitle: Tủ sách\n---\n\n${links.join('\n')}\n`,
  );
  return count;
}
