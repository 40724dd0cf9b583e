/**
 * The offline promise, checked on a built site folder:
 * - every URL a page or stylesheet loads or links is relative and names a file inside the folder
 *   (never a folder, never outside it, never the network, and an #anchor that exists);
 * - no module scripts (Chromium refuses them on file://) and no <base>;
 * - no inline script but the site's own (src/lib/inline-scripts.ts, by hash) and no on* attribute,
 *   so a script that reached a page from content or a dependency is never packaged;
 * - file names survive a zip and a FAT32 stick (plain ASCII, no two differing only in case);
 * - CSS and JS use nothing newer than the oldest browsers we promise (src/lib/browsers.ts).
 * `npm run package` refuses a folder with problems; tests/e2e/offline.spec.ts runs it on dist/.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse, type Node as JsNode } from 'acorn';
import { transform } from 'lightningcss';
import { OLDEST_BROWSERS } from '../../src/lib/browsers.ts';
import { listFiles } from '../../src/lib/files.ts';
import { INLINE_SCRIPTS, scriptHash } from '../../src/lib/inline-scripts.ts';

export interface AuditProblem {
  /** Path of the file inside the site folder. */
  file: string;
  problem: string;
}

interface Site {
  files: Set<string>;
  dirs: Set<string>;
  /** Element ids of an HTML file. */
  ids(file: string): Set<string>;
}

/** Newer CSS that no build step can lower for the oldest browsers. */
const CSS_TOO_NEW: [RegExp, string][] = [
  [/:has\(/, ':has() (Firefox 121)'],
  [/@scope\b/, '@scope (Chromium 118, Firefox 128)'],
  [/@starting-style\b/, '@starting-style (Chromium 117, Firefox 129)'],
  [/@property\b/, '@property (Firefox 128)'],
  [/[\d.]r?lh\b/, 'lh units (Firefox 120)'],
  [/\b(anchor-name|position-anchor|position-try)\b/, 'anchor positioning (Chromium 125)'],
];

/** Newer JS built-ins that esbuild does not polyfill (syntax is checked by parsing as ES2022). */
const JS_TOO_NEW: [RegExp, string][] = [
  [/\.(toSorted|toReversed|toSpliced)\(/, 'Array toSorted/toReversed/toSpliced (Chromium 110)'],
  [/\b(Object|Map)\.groupBy\b/, 'Object.groupBy (Chromium 117, Firefox 119)'],
  [/\bPromise\.(withResolvers|try)\b/, 'Promise.withResolvers / Promise.try (Chromium 119)'],
  [/\bArray\.fromAsync\b/, 'Array.fromAsync (Chromium 121)'],
  [/\bURL\.(canParse|parse)\b/, 'URL.canParse / URL.parse (Chromium 120)'],
  [
    /\.(isWellFormed|toWellFormed)\(/,
    'String isWellFormed/toWellFormed (Chromium 111, Firefox 119)',
  ],
  [/\bRegExp\.escape\b/, 'RegExp.escape (Chromium 136)'],
];

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'poster',
  'action',
  'formaction',
  'data',
  'background',
  'ping',
  'xlink:href',
]);
const SAFE_NAME = /^[A-Za-z0-9._/-]+$/;
const OWN_INLINE_SCRIPTS = new Set(Object.values(INLINE_SCRIPTS).map(scriptHash));
const CSS_TARGETS = Object.fromEntries(
  Object.entries(OLDEST_BROWSERS).map(([name, major]) => [name, major << 16]),
);

export function auditSite(dir: string): AuditProblem[] {
  const files = listFiles(dir);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const idCache = new Map<string, Set<string>>();
  const site: Site = {
    files: new Set(files),
    dirs: new Set(
      files.flatMap((f) =>
        f
          .split('/')
          .slice(0, -1)
          .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
      ),
    ),
    ids: (file) => {
      if (!idCache.has(file)) idCache.set(file, elementIds(read(file)));
      return idCache.get(file)!;
    },
  };
  const problems = nameProblems(files);
  for (const file of files) {
    const at = (problem: string) => problems.push({ file, problem });
    if (/\.(html|svg)$/.test(file)) markupProblems(file, read(file), site).forEach(at);
    else if (file.endsWith('.css')) cssProblems(file, read(file), site).forEach(at);
    else if (file.endsWith('.js')) jsProblems(read(file)).forEach(at);
  }
  return problems;
}

function nameProblems(files: string[]): AuditProblem[] {
  const problems: AuditProblem[] = [];
  const byLowerCase = new Map<string, string>();
  for (const file of files) {
    if (!SAFE_NAME.test(file))
      problems.push({
        file,
        problem:
          'name has characters other than A-Z, 0-9, . _ - (they may not survive a zip or a USB ' +
          'stick)',
      });
    const other = byLowerCase.get(file.toLowerCase());
    if (other)
      problems.push({
        file,
        problem: `differs from ${other} only in letter case: one overwrites the other on Windows and FAT32`,
      });
    byLowerCase.set(file.toLowerCase(), file);
  }
  return problems;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

const START_TAG =
  /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

interface RawText {
  kind: 'script' | 'style';
  /** The attributes of its start tag, as written. */
  attributes: string;
  body: string;
}

/**
 * A page read as a browser reads it: its <script> and <style> elements, and the markup
 * without their bodies and without comments. A "<script>" inside an attribute value or a comment
 * is text, and must neither count as a script nor hide the tags after it.
 */
function scan(html: string): { raw: RawText[]; markup: string } {
  const lower = html.toLowerCase();
  const tag = new RegExp(START_TAG.source, 'y');
  const raw: RawText[] = [];
  let markup = '';
  let kept = 0;
  const skip = (from: number, to: number) => {
    markup += html.slice(kept, from);
    kept = to;
  };
  for (let i = html.indexOf('<'); i >= 0 && i < html.length; i = html.indexOf('<', i)) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      skip(i, end < 0 ? html.length : end + 3);
      i = kept;
      continue;
    }
    tag.lastIndex = i;
    const m = tag.exec(html);
    i = m ? tag.lastIndex : i + 1;
    const kind = m?.[1].toLowerCase();
    if (kind !== 'script' && kind !== 'style') continue;
    const close = lower.indexOf(`</${kind}`, i);
    const end = close < 0 ? html.length : close;
    raw.push({ kind, attributes: m![2], body: html.slice(i, end) });
    skip(i, end);
    i = end;
  }
  return { raw, markup: markup + html.slice(kept) };
}

function startTags(html: string): { name: string; attributes: Map<string, string> }[] {
  const tags = [];
  for (const [, name, attributeText] of html.matchAll(START_TAG)) {
    const attributes = new Map<string, string>();
    for (const m of attributeText.matchAll(ATTRIBUTE))
      attributes.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    tags.push({ name: name.toLowerCase(), attributes });
  }
  return tags;
}

/** Whether a <script> with these attributes runs as JavaScript (data blocks such as JSON do not). */
function isJavaScript(attributeText: string): boolean {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributeText)?.[1].toLowerCase() ?? '';
  return (
    type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type)
  );
}

function elementIds(html: string): Set<string> {
  return new Set(startTags(scan(html).markup).flatMap((tag) => tag.attributes.get('id') ?? []));
}

function markupProblems(file: string, html: string, site: Site): string[] {
  const problems: string[] = [];
  const { raw, markup } = scan(html);
  for (const { kind, attributes: attributeText, body } of raw) {
    if (kind === 'style') problems.push(...cssProblems(file, body, site));
    else if (body.trim() && isJavaScript(attributeText))
      problems.push(...inlineScriptProblems(body), ...jsProblems(body));
  }
  for (const { name, attributes } of startTags(markup)) {
    const attr = (key: string) => attributes.get(key) ?? '';
    if (name === 'base') problems.push('<base> changes how every relative URL resolves');
    if (name === 'script' && attr('type') === 'module')
      problems.push('<script type="module">: Chromium refuses module scripts on file://');
    if (name === 'link' && /\bmodulepreload\b/.test(attr('rel')))
      problems.push('<link rel="modulepreload">: modules do not load on file://');
    if (name === 'meta' && attr('http-equiv').toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attr('content'))?.[1];
      if (target) problems.push(...urlProblems(file, [target], site));
    }
    for (const [key, value] of attributes) {
      if (key.startsWith('on'))
        problems.push(
          `${key} attribute: event handlers are inline scripts; the site never writes one`,
        );
      if (URL_ATTRIBUTES.has(key)) problems.push(...urlProblems(file, [value], site));
      if (key === 'srcset' || key === 'imagesrcset')
        problems.push(
          ...urlProblems(
            file,
            value.split(',').map((c) => c.trim().split(/\s+/)[0]),
            site,
          ),
        );
      if (key === 'style') problems.push(...cssProblems(file, `a{${value}}`, site));
    }
  }
  return problems;
}

function inlineScriptProblems(code: string): string[] {
  const hash = scriptHash(code);
  return OWN_INLINE_SCRIPTS.has(hash)
    ? []
    : [
        `inline script not written by the site (${hash}): only src/lib/inline-scripts.ts writes inline scripts`,
      ];
}

function urlProblems(from: string, urls: string[], site: Site): string[] {
  return urls
    .map((url) => urlProblem(from, url.trim(), site))
    .filter((p): p is string => p !== undefined);
}

function urlProblem(from: string, url: string, site: Site): string | undefined {
  if (url === '') return 'empty URL';
  if (url.startsWith('data:')) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//'))
    return `external URL ${url}: outside addresses are plain-text citations, never loaded or linked`;
  if (url.startsWith('/'))
    return `root-absolute URL ${url} breaks on file://; build it with href() from src/lib/paths.ts`;
  const hash = url.indexOf('#');
  const fragment = hash < 0 ? '' : decode(url.slice(hash + 1));
  const path = decode((hash < 0 ? url : url.slice(0, hash)).split('?')[0]);
  const target = path === '' ? from : posix.join(posix.dirname(from), path);
  if (target.startsWith('..')) return `${url} points outside the site folder`;
  if (path.endsWith('/') || site.dirs.has(target) || target === '.')
    return `${url} points at a folder: on file:// that shows a file listing; link the .html file`;
  if (!site.files.has(target)) return `${url}: no such file ${target}`;
  if (fragment && target.endsWith('.html') && !site.ids(target).has(fragment))
    return `${url}: no id "${fragment}" in ${target}`;
  return undefined;
}

function decode(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}

function cssProblems(file: string, css: string, site: Site): string[] {
  const urls = [
    ...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g),
    ...css.matchAll(/@import\s+(['"])([^'"]+)\1/g),
  ].map((m) => m[2]);
  const problems = urlProblems(file, urls, site);
  for (const [pattern, feature] of CSS_TOO_NEW)
    if (pattern.test(css)) problems.push(`CSS uses ${feature}`);
  try {
    const minify = (targets?: typeof CSS_TARGETS) =>
      transform({ filename: file, code: Buffer.from(css), minify: true, targets }).code.toString();
    const asIs = minify();
    const lowered = minify(CSS_TARGETS);
    if (asIs !== lowered)
      problems.push(
        `CSS needs lowering for the oldest browsers (nesting, newer colour functions …): ${firstDifference(asIs, lowered)}`,
      );
  } catch (error) {
    problems.push(`CSS does not parse: ${(error as Error).message}`);
  }
  return problems;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `«${a.slice(Math.max(0, i - 30), i + 50)}» becomes «${b.slice(Math.max(0, i - 30), i + 50)}»`;
}

function jsProblems(code: string): string[] {
  let ast: JsNode;
  try {
    ast = parse(code, { ecmaVersion: 2022, sourceType: 'script' });
  } catch (error) {
    return [
      `JS is not an ES2022 classic script (${(error as Error).message}): newer syntax fails ` +
        `in Chromium 109 and Firefox 115, and modules fail on file://`,
    ];
  }
  const problems = JS_TOO_NEW.filter(([pattern]) => pattern.test(code)).map(
    ([, feature]) => `JS uses ${feature}`,
  );
  if (hasNode(ast, 'ImportExpression'))
    problems.push('JS uses import(): modules do not load on file://');
  return problems;
}

function hasNode(node: unknown, type: string): boolean {
  if (!node || typeof node !== 'object') return false;
  if ((node as JsNode).type === type) return true;
  return Object.values(node).some((child) => hasNode(child, type));
}
