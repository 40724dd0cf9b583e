/**
 * Terms a law or decree defines, read from the model: the article that opens "Trong Luật này (Nghị
 * định này), các từ ngữ dưới đây được hiểu như sau:" (Điều 4 of the 2003 law, Điều 3 of the 2012
 * law, Điều 2 of the 2020 law, Điều 3 of Nghị định 34/2014 and 71/2015) has one khoản per term,
 * "<Term> là …" or "<Term> bao gồm …". The glossary is built from them.
 */
import { SourceError } from '../source-error.ts';
import { articles, childNodes, type LegalNode, type LegalText, type Pinpoint } from './model.ts';

const DEFINITIONS_INTRO = /^Trong .+ này,? (các )?từ ngữ dưới đây được hiểu như sau:?$/u;
const DEFINED_TERM = /^\d+\.\s*(.+?) (?:là|bao gồm)[ :]/u;
/** A name, then the short form the text uses from then on: "Khu vực … (sau đây viết gọn là khu vực biên giới biển)". */
const SHORT_FORM = /^\d+\.\s*[^()]+? \(sau đây (?:viết|gọi) (?:gọn|tắt|chung) là ([^()]+)\)/u;

/**
 * The term a definition khoản defines: "5. Mốc quốc giới là dấu hiệu …" → "Mốc quốc giới". When the
 * khoản names the term and gives the short form the text uses afterwards (the decrees' "… (sau đây
 * viết gọn là khu vực biên giới biển) tính từ …"), the term is that short form, first letter raised.
 */
export function definedTerm(clauseLine: string): string | undefined {
  const short = SHORT_FORM.exec(clauseLine)?.[1];
  if (short) return short.charAt(0).toLocaleUpperCase('vi') + short.slice(1);
  return DEFINED_TERM.exec(clauseLine)?.[1];
}

function isDefinitionsArticle(article: LegalNode): boolean {
  const first = article.content[0];
  return first?.type === 'text' && DEFINITIONS_INTRO.test(first.text);
}

export interface Definition {
  term: string;
  pin: Pinpoint;
}

/** Every term the text's definitions article defines, in order; a khoản that defines nothing stops the build. */
export function definitions(text: LegalText): Definition[] {
  return definitionClauses(text).map(({ term, pin }) => ({ term, pin }));
}

function definitionClauses(text: LegalText): (Definition & { line: string })[] {
  return articles(text)
    .filter(isDefinitionsArticle)
    .flatMap((article) =>
      childNodes(article.content)
        .filter((n) => n.kind === 'khoan')
        .map((clause) => {
          const term = definedTerm(clause.label.text);
          if (!term)
            throw new SourceError(
              text.file,
              clause.label.line,
              `a khoản of the definitions article ${article.label.text} that reads neither "<term> là …" nor "<term> bao gồm …"`,
            );
          return { term, pin: { dieu: article.num, khoan: clause.num }, line: clause.label.text };
        }),
    );
}

/** What a defined term covers, in the definition's own words. */
export interface Inclusion extends Definition {
  /** The names it lists after "bao gồm": "máy bay", "tàu lượn", "khí cầu". */
  covers: string[];
}

/** Words of a listed name used: one ("xã", "tàu") says too little, more is a rule, not a name. */
const NAME_WORDS = { min: 2, max: 4 };

/**
 * The definitions whose khoản list what the term covers, inline: "Tàu bay là phương tiện hoạt
 * động trên không bao gồm máy bay, tàu lượn, khí cầu và những phương tiện bay khác." covers "máy
 * bay", "tàu lượn", "khí cầu". The list ends at the first ";" or "."; "(…)" asides are dropped;
 * the last item may be joined by "và". Items that only restate the term ("cửa khẩu đường bộ" for
 * "Cửa khẩu") or that are a class ("các …", "những …") are left out.
 */
export function inclusions(text: LegalText): Inclusion[] {
  return definitionClauses(text).flatMap(({ term, pin, line }) => {
    const covers = listedNames(line, term);
    return covers.length > 0 ? [{ term, pin, covers }] : [];
  });
}

function listedNames(line: string, term: string): string[] {
  // "… nhưng không bao gồm …" says what the term leaves out ("trên không bao gồm" is "in the air").
  const list = line.split(/(?<!nhưng không) bao gồm:?\s*/u)[1];
  if (!list) return [];
  const items = list
    .replace(/\([^()]*\)/gu, '')
    .split(/[;.]/u)[0]
    .split(',')
    .map((item) => item.trim());
  items.push(...(items.pop() ?? '').split(/ và /u));
  const plain = (words: string) =>
    words.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
  return items
    .map((item) => item.charAt(0).toLocaleLowerCase('vi') + item.slice(1))
    .filter((item) => {
      const count = item.split(/\s+/u).filter(Boolean).length;
      const named =
        count >= NAME_WORDS.min && count <= NAME_WORDS.max && !/^(các|những) /u.test(item);
      return named && !plain(item).includes(plain(term));
    });
}
