/**
 * Facts a legal text states about itself (number, date, signer, entry into force), read from the
 * model. The importer writes them into the frontmatter; the build checks the frontmatter against them.
 */
import { articles, nodeLines, type LegalText } from './model.ts';

export interface TextFacts {
  number?: string;
  signed?: Date;
  signer?: string;
  inForce?: Date;
  inForceArticle?: string;
}

const NUMBER = /^(?:Luật số|Số|Nghị định số|Nghị quyết số)\s*:\s*(\S+)$/u;
const DATE = /ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u;
const IN_FORCE = /có hiệu lực (?:thi hành )?(?:kể )?từ ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u;

function utcDate(m: RegExpExecArray): Date {
  return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
}

/** The ways a law writes a date: "ngày 01 tháng 01 năm 2022", "ngày 1 tháng 1 năm 2022". */
export function dateInWords(date: Date): string[] {
  const d = date.getUTCDate();
  const m = date.getUTCMonth() + 1;
  const y = date.getUTCFullYear();
  const pad = (n: number) => String(n).padStart(2, '0');
  return [`ngày ${pad(d)} tháng ${pad(m)} năm ${y}`, `ngày ${d} tháng ${m} năm ${y}`];
}

export function textFacts(text: LegalText): TextFacts {
  const facts: TextFacts = {};
  for (const l of text.heading) {
    const number = NUMBER.exec(l.text);
    if (number && !facts.number) facts.number = number[1];
    const date = DATE.exec(l.text);
    if (date && !facts.signed) facts.signed = utcDate(date);
  }
  const names = text.closing
    .slice(1)
    .filter((l) => !/^\(.*\)$/.test(l.text) && l.text !== l.text.toLocaleUpperCase('vi'));
  if (names.length) facts.signer = names.at(-1)!.text;
  for (const article of articles(text)) {
    const m = IN_FORCE.exec(
      nodeLines(article)
        .map((l) => l.text)
        .join('\n'),
    );
    if (m) {
      facts.inForce = utcDate(m);
      facts.inForceArticle = article.num;
      break;
    }
  }
  return facts;
}
