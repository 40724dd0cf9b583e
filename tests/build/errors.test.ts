import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith, fixtureWith, run, smallContent, tempDir } from './run.ts';

/** A document without text, valid on its own; `extra` is its line 5. */
const SECOND_DOCUMENT = (extra: string) =>
  [
    '---',
    'title: Bản sao',
    'shortTitle: Bản sao năm 2099',
    'kind: luat',
    extra,
    'issuer: Quốc hội',
    'signed: 2099-03-02',
    'status: con-hieu-luc',
    'statusCheckedOn: 2099-03-03',
    'statusSources: [mau]',
    'sources: [mau]',
    'provenance:',
    '  source: Mẫu.',
    '---',
    '',
  ].join('\n');

const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('bad input stops with the file named and writes nothing', () => {
  it('a frontmatter field the schema refuses stops the build, naming the file, the line and the field', () => {
    const result = buildWith('tests/fixtures/site-bad-frontmatter');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'tests/fixtures/site-bad-frontmatter/van-ban/van-ban-loi.mdx:7: status: ',
    );
  }, 120_000);

  it('an impossible date left unquoted (YAML would roll 2026-13-01 over to 2027) stops the build at file:line', () => {
    const content = fixtureWith('tests/fixtures/site-mini', {
      'van-ban/luat-mau.mdx': (mdx) =>
        mdx.replace('statusCheckedOn: 2099-03-03', 'statusCheckedOn: 2026-13-01'),
    });
    const result = buildWith(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      new RegExp(`${content}/van-ban/luat-mau\\.mdx:9: statusCheckedOn: .*YYYY-MM-DD`),
    );
  }, 120_000);

  it('an impossible date in quotes, in a public source, stops the build at file:line', () => {
    const content = fixtureWith('tests/fixtures/site-mini', {
      'tham-khao/mau.yaml': (yaml) =>
        yaml.replace('accessed: 2099-01-01', 'accessed: "2009-02-31"'),
    });
    const result = buildWith(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${content}/tham-khao/mau.yaml:4: accessed: `);
  }, 120_000);

  it('a second document with the number of another stops the build at its file:line', () => {
    const content = fixtureWith('tests/fixtures/site-mini', {
      'van-ban/luat-mau-ban-sao.mdx': SECOND_DOCUMENT('number: 01/2099/qh99'),
    });
    const result = buildWith(content);
    expect(result.status).not.toBe(0);
    // Either file may be named first; case and spaces do not make a number different.
    expect(result.output).toMatch(
      /luat-mau(-ban-sao)?\.mdx:5: number "01\/2099\/(qh|QH)99" is already the number of \S*\/van-ban\/luat-mau/,
    );
  }, 120_000);

  it('a second document with the slug of another stops the build at its file:line, instead of replacing it', () => {
    const content = fixtureWith('tests/fixtures/site-mini', {
      'van-ban/luat-mau-ban-sao.mdx': SECOND_DOCUMENT('slug: luat-mau'),
    });
    const result = buildWith(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /luat-mau-ban-sao\.mdx:5: slug "luat-mau" is already the slug of .*luat-mau\.mdx/,
    );
  }, 120_000);

  it('a script in an explainer stops the build at file:line, so it never ships', () => {
    const content = fixtureWith('tests/fixtures/site-mini', {
      'giai-thich/mau.mdx': (mdx) => `${mdx}\nẢnh: <img src="data:,x" onerror="alert(1)" />\n`,
    });
    const result = buildWith(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${content}/giai-thich/mau.mdx:10: onerror attribute: `);
  }, 120_000);

  it('a content file named with diacritics or spaces stops the build: its page name would not survive a zip', () => {
    const content = fixtureWith('tests/fixtures/site-mini', {
      'giai-thich/Mốc quốc giới.mdx': readFileSync(
        'tests/fixtures/site-mini/giai-thich/mau.mdx',
        'utf8',
      ),
    });
    const result = buildWith(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      `${content}/giai-thich/Mốc quốc giới.mdx:1: the file name gives the slug "mốc-quốc-giới"`,
    );
  }, 120_000);

  it('a citation to an article that does not exist stops the build at the file and line', () => {
    const result = buildWith('tests/fixtures/site-dangling-citation');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'tests/fixtures/site-dangling-citation/giai-thich/loi.mdx:9: <Cite>: Điều 9 does not exist ' +
        'in luat-mau',
    );
  }, 120_000);

  it("a sentence that presents the pre-2025 map as today's stops the build at the file and line", () => {
    // The sample law of site-dangling-citation, with the prose fixture as the one answer (contentWith, below).
    const answer = readFileSync('tests/fixtures/prose-pre-2025/loi.mdx', 'utf8').split('\n');
    const result = buildWith(contentWith('hoi-dap', 'loi.mdx', answer));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("6 sentence(s) present the pre-2025 map as today's");
    expect(result.output).toContain(
      'hoi-dap/loi.mdx:10: names the pre-2025 map (Hà Giang) without saying so',
    );
  }, 120_000);

  it('a document with a known outstanding change whose status note reads as unchanged stops the build at that line', () => {
    const result = buildWith('tests/fixtures/site-unchanged-status');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'tests/fixtures/site-unchanged-status/van-ban/luat-da-sua.mdx:12: statusNote reads as if ' +
        'the document were unchanged ("không thấy văn bản nào sửa đổi"), but outstandingChanges ' +
        'says 02/2099/QH99 changes it',
    );
  }, 120_000);

  it('an outline whose minutes do not add up to its duration stops the build at that line', () => {
    const root = smallContent();
    cpSync(
      'tests/fixtures/de-cuong/thoi-luong-sai.mdx',
      join(root, 'de-cuong', 'thoi-luong-sai.mdx'),
    );
    const result = buildWith(root);
    expect(result.status).not.toBe(0);
    const reason =
      'the sections take 13 phút and the questions (questionsMinutes) 5, 18 phút in all, ' +
      'but duration says 20 phút';
    expect(result.output).toContain(`de-cuong/thoi-luong-sai.mdx:4: ${reason}`);
  }, 120_000);

  it('a Q&A whose answer sentence cites what its body does not stops the build at answerCite', () => {
    const head = [
      '---',
      'question: Rộng bao nhiêu?',
      'group: khu-vuc-bien-gioi',
      'answer: Rộng 5 m.',
    ];
    const cite = "answerCite: { doc: luat-mau, dieu: '1', khoan: '2' }";
    const rest = [
      'topics: [mẫu]',
      'documents: [luat-mau]',
      '---',
      '',
      'Theo <Cite doc="luat-mau" dieu="2" />.',
    ];
    const result = buildWith(contentWith('hoi-dap', 'loi.mdx', [...head, cite, ...rest]));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'hoi-dap/loi.mdx:5: answerCite: the body does not cite luat-mau khoản 2 Điều 1',
    );
  }, 120_000);

  /** A content folder with the fixture law and one more file, e.g. a diagram or a quiz set. */
  function contentWith(folder: string, file: string, yaml: string[]): string {
    const root = smallContent();
    mkdirSync(join(root, folder));
    writeFileSync(join(root, folder, file), yaml.join('\n'));
    return root;
  }
  const basis = '    basis: [{ doc: luat-mau, dieu: 1 }]';
  const part = (key: string) => [`  - key: ${key}`, `    name: ${key}`, '    rule: Mẫu.', basis];

  it('a document with a text but no sentence for the reader on where it came from stops the build', () => {
    const root = smallContent();
    const law = join(root, 'van-ban', 'luat-mau.mdx');
    writeFileSync(law, readFileSync(law, 'utf8').replace(/^ {2}summary: .*\n/m, ''));
    const result = buildWith(root);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('van-ban/luat-mau.mdx');
    expect(result.output).toContain(
      'provenance.summary: a document with a text says where it came from in one sentence',
    );
  }, 120_000);

  it('a diagram figure that is not in the article it cites stops the build at the part', () => {
    const parts = ['bien-gioi', 'moc-quoc-gioi', 'khu-vuc-bien-gioi'].flatMap(part);
    const belt = ['  - key: vanh-dai', '    name: Vành đai', '    rule: Rộng 5 m.'];
    const figure = '    figures: [{ value: 5, unit: m, doc: luat-mau, dieu: 1, khoan: 2 }]';
    const head = ['title: Hình lỗi', 'drawing: bien-gioi-dat-lien', 'summary: Mẫu.', 'parts:'];
    const yaml = [...head, ...parts, ...belt, figure];
    const result = buildWith(contentWith('hinh-minh-hoa', 'loi.yaml', yaml));
    expect(result.status).not.toBe(0);
    const reason = 'part "vanh-dai": "5 m" is not in the text of khoản 2 Điều 1 of luat-mau';
    expect(result.output).toContain(`hinh-minh-hoa/loi.yaml:17: ${reason}`);
  }, 120_000);

  it('a quiz question whose deciding words are not in its article stops the build at the question', () => {
    const question = (id: string, words: string) => [
      `  - id: ${id}`,
      '    question: Mẫu?',
      '    options: [Một, Hai]',
      '    answer: A',
      `    basis: { doc: luat-mau, dieu: 1, khoan: 2, words: ${words} }`,
    ];
    const head = [
      'title: Bộ lỗi',
      'summary: Mẫu.',
      'audience: [nguoi-dan]',
      'documents: [luat-mau]',
      'questions:',
    ];
    const yaml = [...head, ...question('dung', 'Khoản hai.'), ...question('sai', 'Khoản ba.')];
    const result = buildWith(contentWith('trac-nghiem', 'loi.yaml', yaml));
    expect(result.status).not.toBe(0);
    const reason = 'question "sai": the words "Khoản ba." are not in the text of its basis';
    expect(result.output).toContain(`trac-nghiem/loi.yaml:11: ${reason}`);
  }, 120_000);

  it('a malformed source stops the importer at file:line and leaves the content folder untouched', () => {
    const dir = tempDir('tu-sach-import-');
    const source = join(dir, 'loi-thieu-dieu.txt');
    cpSync('tests/fixtures/van-ban/loi-thieu-dieu.txt', source);
    writeFileSync(join(dir, 'loi-thieu-dieu.mdx'), '---\ntitle: Mẫu\n---\n');
    const before = listing(dir);
    const result = run('node', ['scripts/import-van-ban.ts', source, '--dir', dir]);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${source}:10: Điều 3 follows Điều 1: gap in article numbers`);
    expect(result.output).toContain('Nothing was written.');
    expect(listing(dir)).toEqual(before);
    expect(readFileSync(join(dir, 'loi-thieu-dieu.mdx'), 'utf8')).toBe('---\ntitle: Mẫu\n---\n');
  });

  it('a valid source is copied verbatim and its facts written into the frontmatter', () => {
    const dir = tempDir('tu-sach-import-');
    const source = join(dir, 'mau-thu.txt');
    cpSync('tests/fixtures/van-ban/chuong-la-ma-co-muc.txt', source);
    writeFileSync(
      join(dir, 'mau-thu.mdx'),
      '---\ntitle: Mẫu thử\nstatus: con-hieu-luc\n---\nGhi chú.\n',
    );
    const result = run('node', ['scripts/import-van-ban.ts', source, '--dir', dir]);
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'nguon', 'mau-thu.txt'), 'utf8')).toBe(
      readFileSync(source, 'utf8'),
    );
    const mdx = readFileSync(join(dir, 'mau-thu.mdx'), 'utf8');
    expect(mdx).toContain('number: 01/2099/QH99');
    expect(mdx).toContain('signed: 2099-03-02');
    expect(mdx).toContain("inForceArticle: '3'");
    expect(mdx).toContain('text: nguon/mau-thu.txt');
    expect(mdx).toMatch(/sha256: [0-9a-f]{64}/);
    expect(mdx.endsWith('---\nGhi chú.\n')).toBe(true);
  });
});
