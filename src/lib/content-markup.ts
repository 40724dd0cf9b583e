/**
 * What an MDX body may hold besides Markdown: the citation components and a few plain
 * elements, never a script. MDX makes every tag an element and every {…} code, so a `<script>`,
 * an `onerror=`, a `javascript:` link or an expression would ship in the edition and run on the
 * explainer and on the handout, where a script could change the law text a reader prints. The
 * file is checked as written, so the build stops at file:line; the offline audit
 * (scripts/lib/site-audit.ts) checks the built pages as well.
 */
import { CITATION_TAGS } from './citations.ts';
import { frontmatterOf } from './frontmatter.ts';
import { SourceError } from './source-error.ts';

/**
 * Plain elements a body may use, with the attributes each may carry; `ReorgLink` is the site's link
 * to the page on the 2025 reorganisation (src/components/content/ReorgLink.astro), with no attributes.
 */
const PLAIN: Record<string, string[]> = {
  br: [],
  sup: [],
  sub: [],
  abbr: ['title'],
  ReorgLink: [],
};
const CITATION = new Set<string>(CITATION_TAGS);
const ALLOWED_TAGS = [...CITATION_TAGS, ...Object.keys(PLAIN)].join(', ');

const TAG = /<\/?([A-Za-z][\w.:-]*)((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*?)\s*\/?>/g;
const ATTRIBUTE = /(\{[^}]*\})|([^\s=/>{}"']+)(?:\s*=\s*("[^"]*"|'[^']*'|\{[^}]*\}))?/g;
/** A citation attribute's value: text, or a number or text in braces (`dieu={14}`). */
const CITATION_VALUE = /^(?:"[^"]*"|'[^']*'|\{\s*(?:\d+|"[^"]*"|'[^']*')\s*\})$/;
const ESCAPE = /\\[!-/:-@[-`{-~]/g;
const COMMENT = /\{\s*\/\*[\s\S]*?\*\/\s*\}/g;
/** Markdown link and image destinations, and reference definitions. */
const DESTINATIONS = [/\]\(\s*<?([^\s)>]+)/g, /^ {0,3}\[[^\]]+\]:\s*<?(\S+)/gm];
const ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '',
  newline: '',
  amp: '&',
  lpar: '(',
  rpar: ')',
  sol: '/',
};

type Fail = (index: number, reason: string) => never;

/** Throws a SourceError at the first thing in the MDX file `raw` that could run code in a reader's browser. */
export function checkContentMarkup(raw: string, file: string): void {
  const text = withoutCode(bodyOf(raw));
  const fail: Fail = (index, reason) => {
    throw new SourceError(file, text.slice(0, index).split('\n').length, reason);
  };
  // Escaped characters (\{, \<) are text; in a URL the escape still counts (javascript\:).
  const plain = text.replace(ESCAPE, blank);
  checkEsm(plain, fail);
  checkUrls(text, fail);
  checkExpressions(checkTags(plain, fail), fail);
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The body with the frontmatter replaced by as many empty lines, so indexes give file lines. */
function bodyOf(raw: string): string {
  const block = frontmatterOf(raw);
  return block
    ? blank(raw.slice(0, raw.length - block.body.length)).replace(/ /g, '') + block.body
    : raw;
}

/** Code blocks and code spans are shown as text, never run: blanked before the checks. */
function withoutCode(text: string): string {
  return text
    .replace(/^ {0,3}(`{3,}|~{3,}).*$[\s\S]*?(?:^ {0,3}\1.*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)[^`][\s\S]*?\1(?!`)/g, blank);
}

function checkEsm(text: string, fail: Fail): void {
  const esm = /^(import|export)\b/m.exec(text);
  if (esm)
    fail(esm.index, 'import/export: content has no code; the citation components need no import');
}

/** Checks every tag; returns the text with the tags blanked. */
function checkTags(text: string, fail: Fail): string {
  return text.replace(TAG, (tag: string, name: string, attributes: string, index: number) => {
    const start = index + tag.indexOf(attributes);
    for (const m of attributes.matchAll(ATTRIBUTE)) {
      if (m[2] && /^on/i.test(m[2]))
        fail(start + m.index, `${m[2]} attribute: content never carries event handlers (scripts)`);
    }
    if (!CITATION.has(name) && !(name in PLAIN)) {
      fail(index, `<${name}>: not allowed in content; use Markdown and ${ALLOWED_TAGS}`);
    }
    for (const m of attributes.matchAll(ATTRIBUTE)) {
      const [all, spread, key, value] = m;
      const ok = CITATION.has(name)
        ? !spread && (!value || CITATION_VALUE.test(value))
        : PLAIN[name].includes(key) && /^["']/.test(value ?? '');
      if (!ok)
        fail(
          start + m.index,
          `<${name}>: attribute ${all} is not allowed; write name="text" (${allowedAttributes(name)})`,
        );
    }
    return blank(tag);
  });
}

/** The attributes a tag may carry, for the message that refuses another. */
function allowedAttributes(name: string): string {
  return name in PLAIN ? PLAIN[name].join(', ') || 'none' : 'doc, dieu, khoan, diem, id';
}

function checkExpressions(text: string, fail: Fail): void {
  const brace = text.replace(COMMENT, blank).search(/[{}]/);
  if (brace >= 0)
    fail(
      brace,
      '{…} expression: content is text, Markdown and citation components; write \\{ for a brace',
    );
}

function checkUrls(text: string, fail: Fail): void {
  for (const pattern of DESTINATIONS) {
    for (const m of text.matchAll(pattern)) {
      const scheme = /^(java|vb)script(:|&)/.exec(browserUrl(m[1]))?.[1];
      if (scheme)
        fail(
          m.index,
          `${scheme}script: URL: links in content go to pages of the edition, never run code`,
        );
    }
  }
}

/** A link destination as the browser reads it: entities and escapes decoded, whitespace and controls dropped. */
function browserUrl(destination: string): string {
  return (
    destination
      .replace(/&#(x[0-9a-f]+|\d+);?/gi, (all, n: string) =>
        String.fromCodePoint(n[0].toLowerCase() === 'x' ? parseInt(n.slice(1), 16) : Number(n)),
      )
      .replace(/&([a-z]+);/gi, (all, name: string) => ENTITIES[name.toLowerCase()] ?? all)
      .replace(/\\(?=[!-/:-@[-`{-~])/g, '')
      // eslint-disable-next-line no-control-regex -- a browser drops control characters from a URL too
      .replace(/[\s\x00-\x1f]/g, '')
      .toLowerCase()
  );
}
