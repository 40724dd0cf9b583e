import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentVersion, editionOf } from '../../src/lib/edition.ts';
import { GUIDE_STEPS, guideText } from '../../src/lib/edition-guide.ts';
import type { ShelfDocument } from '../../src/lib/library.ts';

function contentFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tu-sach-content-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const doc = (slug: string, checked: string, withText = false) =>
  ({ slug, data: { title: `Văn bản ${slug}`, status: 'con-hieu-luc', statusCheckedOn: new Date(checked) }, text: withText ? {} : undefined }) as unknown as ShelfDocument;

describe('the edition', () => {
  const root = contentFolder({ 'a.mdx': 'một' });
  const edition = editionOf({ documents: [doc('a', '2026-03-01', true), doc('b', '2026-11-22'), doc('c', '2025-12-31')] }, root);

  it('is dated by the newest status check on the shelf, which also names its folder', () => {
    expect(edition.edition).toBe('2026-11-22');
    expect(edition.folder).toBe('tu-sach-bien-gioi-2026-11-22');
    expect(edition.documents.map((d) => [d.slug, d.statusCheckedOn, d.fullText, d.page])).toEqual([
      ['a', '2026-03-01', true, 'van-ban/a.html'],
      ['b', '2026-11-22', false, 'van-ban/b.html'],
      ['c', '2025-12-31', false, 'van-ban/c.html'],
    ]);
  });

  it('has a content version that changes with any content file, and only then', () => {
    expect(edition.contentVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(contentVersion(contentFolder({ 'a.mdx': 'một' }))).toBe(edition.contentVersion);
    expect(contentVersion(contentFolder({ 'a.mdx': 'hai' }))).not.toBe(edition.contentVersion);
    expect(contentVersion(contentFolder({ 'a.mdx': 'một', 'b.mdx': '' }))).not.toBe(edition.contentVersion);
  });

  it('refuses an empty shelf', () => {
    expect(() => editionOf({ documents: [] }, root)).toThrow('at least one document');
  });
});

describe('HUONG-DAN.txt', () => {
  const text = guideText(editionOf({ documents: [doc('a', '2026-11-22')] }, contentFolder({ 'a.mdx': '' })));
  const lines = text.slice(1).split('\r\n');

  it('is UTF-8 with a byte order mark and CRLF line ends, for Windows Notepad', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('has lines short enough to read without word wrap', () => {
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(72);
  });

  it('names the edition and its folder, and walks through the four steps', () => {
    expect(lines[1]).toBe('Ấn bản ngày 22/11/2026');
    expect(text).toContain('tu-sach-bien-gioi-2026-11-22');
    expect(lines.filter((l) => /^\d\. /.test(l))).toEqual(['1. SAO CHÉP', '2. MỞ', '3. KIỂM TRA', '4. CẬP NHẬT']);
    expect(GUIDE_STEPS).toHaveLength(4);
    expect(text).toContain('SHA256SUMS');
  });
});
