import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentVersion, editionOf, publisherName } from '../../src/lib/edition.ts';
import { GUIDE_STEPS, guideText } from '../../src/lib/edition-guide.ts';
import type { ShelfDocument } from '../../src/lib/library.ts';

function contentFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tu-sach-content-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const doc = (slug: string, checked: string, withText = false, outstandingChanges: unknown[] = []) =>
  ({
    slug,
    data: {
      title: `Văn bản ${slug}`,
      status: 'con-hieu-luc',
      statusCheckedOn: new Date(checked),
      statusSources: [{ id: 'nguon-a' }],
      outstandingChanges,
    },
    text: withText ? {} : undefined,
  }) as unknown as ShelfDocument;

/** A shelf of these documents, none amended by another. */
const shelf = (documents: ShelfDocument[]) => ({ documents, amendmentsOf: () => new Map() });

const change = {
  act: {
    kind: 'luat',
    number: '98/2025/QH15',
    title: 'Luật mẫu',
    passed: new Date('2025-06-27'),
    inForce: new Date('2025-07-01'),
  },
  applies: 'known',
  articles: [],
  extent: '5 điều',
  sources: [],
};

describe('the edition', () => {
  const root = contentFolder({ 'a.mdx': 'một' });
  const edition = editionOf(
    shelf([
      doc('a', '2026-03-01', true),
      doc('b', '2026-11-22'),
      doc('c', '2025-12-31', false, [change]),
    ]),
    root,
  );

  it('is dated by the newest status check on the shelf, which also names its folder', () => {
    expect(edition.edition).toBe('2026-11-22');
    expect(edition.folder).toBe('tu-sach-bien-gioi-2026-11-22');
    expect(edition.documents.map((d) => [d.slug, d.statusCheckedOn, d.fullText, d.page])).toEqual([
      ['a', '2026-03-01', true, 'van-ban/a.html'],
      ['b', '2026-11-22', false, 'van-ban/b.html'],
      ['c', '2025-12-31', false, 'van-ban/c.html'],
    ]);
  });

  it('gives each document its status in the words every page shows, and the sources checked', () => {
    expect(edition.documents.map((d) => [d.slug, d.statusWords, d.statusSources])).toEqual([
      ['a', 'Còn hiệu lực', ['nguon-a']],
      ['b', 'Còn hiệu lực', ['nguon-a']],
      [
        'c',
        'Còn hiệu lực (đã được sửa đổi, bổ sung; bản này chưa cập nhật nội dung sửa đổi)',
        ['nguon-a'],
      ],
    ]);
    expect(edition.documents[2].outstandingChanges).toEqual([
      'Luật số 98/2025/QH15 đã sửa đổi, bổ sung 5 điều của văn bản này, có hiệu lực từ ngày ' +
        '01/07/2025; nội dung trong tủ sách là nguyên văn trước khi sửa đổi.',
    ]);
  });

  it('has a content version that changes with any content file, and only then', () => {
    expect(edition.contentVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(contentVersion(contentFolder({ 'a.mdx': 'một' }))).toBe(edition.contentVersion);
    expect(contentVersion(contentFolder({ 'a.mdx': 'hai' }))).not.toBe(edition.contentVersion);
    expect(contentVersion(contentFolder({ 'a.mdx': 'một', 'b.mdx': '' }))).not.toBe(
      edition.contentVersion,
    );
  });

  it('refuses an empty shelf', () => {
    expect(() => editionOf(shelf([]), root)).toThrow('at least one document');
  });

  it('names its publisher only when one is given', () => {
    expect(edition.publisher).toBeNull();
    expect(editionOf(shelf([doc('a', '2026-11-22')]), root, 'Đồn Biên phòng Mẫu').publisher).toBe(
      'Đồn Biên phòng Mẫu',
    );
  });
});

describe("the publisher's name", () => {
  it('is one line, spaces tidied, none when blank', () => {
    expect(publisherName('  Đồn Biên phòng   Mẫu \t')).toBe('Đồn Biên phòng Mẫu');
    expect(publisherName('Đo\u0302\u0300n')).toBe('Đồn');
    expect(publisherName(undefined)).toBeNull();
    expect(publisherName('   ')).toBeNull();
  });

  it('refuses two lines, control characters and a name too long to read', () => {
    expect(() => publisherName('Đồn A\nĐồn B')).toThrow('one line');
    expect(() => publisherName('Đồn\u0007')).toThrow('one line');
    expect(() => publisherName('Đ'.repeat(121))).toThrow('over 120 characters');
    expect(publisherName('Đ'.repeat(120))).toHaveLength(120);
  });
});

describe('HUONG-DAN.txt', () => {
  const edition = editionOf(
    shelf([doc('a', '2026-11-22')]),
    contentFolder({ 'a.mdx': '' }),
    'Đồn Biên phòng Mẫu',
  );
  const text = guideText(edition);
  const lines = text.slice(1).split('\r\n');

  it('is UTF-8 with a byte order mark and CRLF line ends, for Windows Notepad', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('has lines short enough to read without word wrap', () => {
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(72);
  });

  it('names the edition, its publisher and its folder, and walks through the four steps', () => {
    expect(lines[1]).toBe('Ấn bản ngày 22/11/2026');
    expect(lines[2]).toBe('Ấn bản này ghi nơi phát hành là: Đồn Biên phòng Mẫu.');
    expect(guideText({ ...edition, publisher: null })).toContain(
      '\r\nẤn bản này không ghi tên nơi phát hành.\r\n',
    );
    expect(text).toContain('tu-sach-bien-gioi-2026-11-22');
    expect(lines.filter((l) => /^\d\. /.test(l))).toEqual([
      '1. SAO CHÉP',
      '2. MỞ',
      '3. KIỂM TRA',
      '4. CẬP NHẬT',
    ]);
    expect(GUIDE_STEPS).toHaveLength(4);
    expect(text).toContain('SHA256SUMS');
  });

  it("says which one code to compare with the publisher's", () => {
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Chỉ có một mã cần so với mã nơi phát hành công bố: mã SHA-256 của tệp SHA256SUMS.',
    );
  });
});
