import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inclusions } from '../../src/lib/legal/definitions.ts';
import type { Library } from '../../src/lib/library.ts';
import {
  residentsWords,
  RESIDENTS_WORDS_FILE,
} from '../../src/lib/search/build/residents-words.ts';
import { shelfDocument, TEXT_SLUGS } from './shelf.ts';

const library = { documents: TEXT_SLUGS.map(shelfDocument) } as unknown as Library;

function listFile(yaml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tu-nguoi-dan-')), 'tu-nguoi-dan.yaml');
  writeFileSync(file, yaml);
  return file;
}

describe('what a defined term covers, from its "bao gồm" definition', () => {
  it('lists the names of two to four words, not the class, not a restatement, not what "nhưng không bao gồm" leaves out', () => {
    const of = (slug: string) =>
      inclusions(library.documents.find((d) => d.slug === slug)!.text!).map(
        (i) => `${i.term}: ${i.covers.join(', ')}`,
      );
    expect(of('luat-bien-gioi-quoc-gia-2003')).toEqual(['Tàu bay: máy bay, tàu lượn, khí cầu']);
    expect(of('luat-bien-viet-nam-2012')).toEqual(['Vùng biển Việt Nam: nội thủy, lãnh hải']);
  });
});

describe("the law's words for residents' words", () => {
  it('come from the checked list first, then from definitions whose names the texts use nowhere else', () => {
    const words = residentsWords(library);
    expect(words[0]).toEqual({ words: 'lính biên phòng', law: 'Bộ đội Biên phòng' });
    expect(words).toContainEqual({ words: 'máy bay', law: 'Tàu bay' });
    // "lãnh hải" is the law's own word: searching "vùng biển Việt Nam" too would push its articles down.
    expect(words.some((w) => w.words === 'lãnh hải')).toBe(false);
    expect(RESIDENTS_WORDS_FILE).toMatch(/content\/thuat-ngu\/tu-nguoi-dan\.yaml$/);
  });

  it('stop the build on an entry without a reason, at its line', () => {
    const file = listFile(
      '- words: súng\n  law: vũ khí\n  at: { doc: luat-bien-phong-viet-nam-2020, dieu: 17 }\n- ' +
        'words: lính\n  law: Bộ đội Biên phòng\n',
    );
    expect(() => residentsWords(library, file)).toThrow(new RegExp(`${file}:4: .*says no reason`));
  });

  it("stop the build on an entry whose law's words are not in the cited article, or a source that is not there", () => {
    const wrong = listFile(
      '- words: súng\n  law: vũ khí\n  at: { doc: luat-bien-phong-viet-nam-2020, dieu: 23 }\n',
    );
    expect(() => residentsWords(library, wrong)).toThrow(
      /:1: the law's words "vũ khí" do not occur in luat-bien-phong-viet-nam-2020 Điều 23/,
    );
    const missing = listFile(
      '- words: súng\n  law: vũ khí\n  at: { doc: luat-bien-phong-viet-nam-2020, dieu: 99 }\n',
    );
    expect(() => residentsWords(library, missing)).toThrow(/:1: Điều 99 does not exist/);
    const source = listFile('- words: súng\n  law: vũ khí\n  source: khong-co-nguon-nay\n');
    expect(() => residentsWords(library, source)).toThrow(
      /:1: no public source "khong-co-nguon-nay"/,
    );
  });
});
