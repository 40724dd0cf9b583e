import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSite } from '../../scripts/lib/site-audit.ts';
import { INLINE_SCRIPTS, scriptHash } from '../../src/lib/inline-scripts.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tu-sach-audit-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const page = (head: string, body = '') =>
  `<!doctype html><html lang="vi"><head>${head}</head><body><h1 id="top">x</h1>${body}</body></html>`;
const problemsOf = (files: Record<string, string>) =>
  auditSite(site(files)).map((p) => `${p.file}: ${p.problem}`);

describe('the offline audit of a built site', () => {
  it('passes relative links to files and anchors that exist, inline data and plain-text addresses', () => {
    expect(
      problemsOf({
        'index.html': page(
          '<link rel="icon" href="data:,"><script src="assets/site.js" ' +
            'defer></script><style>a{color:red}</style>',
          '<a href="van-ban/a.html#dieu-1">a</a> <a href="#top">^</a> <a href="#">^</a> <a ' +
            'href="tim-kiem.html?q=m%E1%BB%91c">?</a> https://example.org/nguon',
        ),
        'tim-kiem.html': page(
          '',
          '<script type="application/json" data-catalog>{"documents":[]}</script>',
        ),
        'van-ban/a.html': page('', '<h2 id="dieu-1">Điều 1</h2><a href="../index.html">home</a>'),
        'assets/site.js': '"use strict";(()=>{class A{#x=1;static{}}const b=[1].at(-1)??0;})();',
      }),
    ).toEqual([]);
  });

  it('names every URL that breaks on file:// or leaves the machine', () => {
    expect(
      problemsOf({
        'index.html': page(
          '<link rel="stylesheet" href="/style.css"><script ' +
            'src="https://cdn.example/x.js"></script><base target="_self">',
          '<a href="van-ban/">d</a><a href="van-ban/a.html#dieu-9">x</a><a href="#khong">y</a><a ' +
            'href="mat.html">z</a><img src="//cdn.example/a.png"><a href="../ngoai.html">o</a>',
        ),
        'van-ban/a.html': page(''),
      }),
    ).toEqual([
      'index.html: root-absolute URL /style.css breaks on file://; build it with href() from ' +
        'src/lib/paths.ts',
      'index.html: external URL https://cdn.example/x.js: outside addresses are plain-text ' +
        'citations, never loaded or linked',
      'index.html: <base> changes how every relative URL resolves',
      'index.html: van-ban/ points at a folder: on file:// that shows a file listing; link the ' +
        '.html file',
      'index.html: van-ban/a.html#dieu-9: no id "dieu-9" in van-ban/a.html',
      'index.html: #khong: no id "khong" in index.html',
      'index.html: mat.html: no such file mat.html',
      'index.html: external URL //cdn.example/a.png: outside addresses are plain-text citations, ' +
        'never loaded or linked',
      'index.html: ../ngoai.html points outside the site folder',
    ]);
  });

  it('refuses module scripts and checks CSS url() in stylesheets, <style> and style=""', () => {
    expect(
      problemsOf({
        'index.html': page(
          '<script type="module" ' +
            'src="a.js"></script><style>@font-face{font-family:x;src:url(https://fonts.example/x.woff2)}</style>',
          '<p style="background:url(\'/bg.png\')">x</p>',
        ),
        'a.js': '',
        'assets/a.css': 'b{background:url(../thieu.png)}',
      }),
    ).toEqual([
      'assets/a.css: ../thieu.png: no such file thieu.png',
      'index.html: external URL https://fonts.example/x.woff2: outside addresses are plain-text ' +
        'citations, never loaded or linked',
      'index.html: <script type="module">: Chromium refuses module scripts on file://',
      'index.html: root-absolute URL /bg.png breaks on file://; build it with href() from ' +
        'src/lib/paths.ts',
    ]);
  });

  it('catches CSS and JS newer than Chromium 109 and Firefox ESR 115', () => {
    const problems = problemsOf({
      'a.css': '.a{color:red;& .b{color:blue}}.c:has(.d){margin:1lh}',
      'a.js': 'const r = /[\\p{L}--a]/v;',
      'b.js': 'const s = [3, 1].toSorted(); import("./c.js");',
      'c.js': 'export const x = 1;',
    });
    expect(problems).toContain('a.css: CSS uses :has() (Firefox 121)');
    expect(problems).toContain('a.css: CSS uses lh units (Firefox 120)');
    expect(
      problems.some(
        (p) =>
          p.startsWith('a.css: CSS needs lowering for the oldest browsers') &&
          p.includes('.a .b{color:#00f}'),
      ),
    ).toBe(true);
    expect(problems.some((p) => p.startsWith('a.js: JS is not an ES2022 classic script'))).toBe(
      true,
    );
    expect(problems).toContain('b.js: JS uses Array toSorted/toReversed/toSpliced (Chromium 110)');
    expect(problems).toContain('b.js: JS uses import(): modules do not load on file://');
    expect(problems.some((p) => p.startsWith('c.js: JS is not an ES2022 classic script'))).toBe(
      true,
    );
  });

  it('refuses an inline script the site did not write and every on* attribute, wherever they came from', () => {
    const injected = 'document.body.textContent = "Điều 14 đã bị bãi bỏ"';
    expect(
      problemsOf({
        'index.html': page(
          `<script>${INLINE_SCRIPTS.head}</script><script>${injected}</script>`,
          `<nav><script>${INLINE_SCRIPTS.toc}</script></nav><img src="data:,x" onerror="alert(1)"><span ONMOUSEOVER='x'>x</span>`,
        ),
        'a.svg':
          '<svg xmlns="http://www.w3.org/2000/svg" ' +
          'onload="alert(1)"><script>alert(2)</script></svg>',
      }),
    ).toEqual([
      `a.svg: inline script not written by the site (${scriptHash('alert(2)')}): only src/lib/inline-scripts.ts writes inline scripts`,
      'a.svg: onload attribute: event handlers are inline scripts; the site never writes one',
      `index.html: inline script not written by the site (${scriptHash(injected)}): only src/lib/inline-scripts.ts writes inline scripts`,
      'index.html: onerror attribute: event handlers are inline scripts; the site never writes one',
      'index.html: onmouseover attribute: event handlers are inline scripts; the site never ' +
        'writes one',
    ]);
  });

  it('reads <script> as a browser does: text inside an attribute or a comment is no script, and hides nothing after it', () => {
    expect(
      problemsOf({
        'index.html': page(
          '<meta name="description" content="Luật <script>alert(1)</script> mẫu"><!-- ' +
            '<script>x</script> -->',
        ),
      }),
    ).toEqual([]);
    expect(
      problemsOf({
        'index.html': page(
          '<meta name="description" content="<script>">',
          '<img src="data:," onerror="alert(1)"><script>own()</script>',
        ),
      }),
    ).toEqual([
      `index.html: inline script not written by the site (${scriptHash('own()')}): only src/lib/inline-scripts.ts writes inline scripts`,
      'index.html: onerror attribute: event handlers are inline scripts; the site never writes one',
    ]);
  });

  it('keeps file names that survive a zip and a FAT32 stick', () => {
    expect(problemsOf({ 'Tủ sách.html': page(''), 'a/B.txt': '', 'a/b.txt': '' })).toEqual([
      'Tủ sách.html: name has characters other than A-Z, 0-9, . _ - (they may not survive a zip ' +
        'or a USB stick)',
      'a/b.txt: differs from a/B.txt only in letter case: one overwrites the other on Windows ' +
        'and FAT32',
    ]);
  });
});
