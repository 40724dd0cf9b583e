/**
 * How the search compares Vietnamese words typed with or without diacritics. Shared by the
 * build (catalog of documents), the search page and the highlighting on the page a hit opens.
 */

/** Lower case without tone or vowel marks, and `đ` as `d`: "Điều" -> "dieu", "mốc" -> "moc". */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/** The words of a text: runs of letters and digits ("06/2003/QH11" -> "06", "2003", "QH11"). */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether a word was typed with any Vietnamese mark (đ included). */
export function hasMarks(word: string): boolean {
  return fold(word) !== word.toLowerCase();
}

/**
 * Whether `word` (from the text) is what the reader typed as `term`. A term typed without marks
 * matches every marked form ("moc" matches "mốc", "dieu" matches "Điều"); a term typed with marks
 * matches only those marks ("biển" does not match "biên"). With `prefix`, the term may be the
 * start of the word, as the reader may still be typing it.
 */
export function matchesTerm(word: string, term: string, prefix = false): boolean {
  const [w, t] = hasMarks(term)
    ? [word.toLowerCase().normalize('NFC'), term.toLowerCase().normalize('NFC')]
    : [fold(word), term];
  return prefix ? w.startsWith(t) : w === t;
}

/** Most d-initial words expanded in one query: each doubles the Pagefind searches. */
const MAX_D_WORDS = 3;

/**
 * The query as typed plus its đ-readings. Pagefind folds tone and vowel marks but not `đ` (it has
 * no Unicode decomposition), so "dieu" would never find "Điều". `đ` only starts Vietnamese words,
 * so each word typed as plain ASCII starting with d may be read with đ. A word typed with marks
 * ("dân") already says which letter it starts with and is left as it is. The query as typed comes
 * first, so its matches win ties.
 */
export function dReadings(query: string): string[] {
  const parts = query.split(/([^\p{L}\p{N}]+)/u);
  const open = parts
    .flatMap((part, i) => (/^d[a-z]*$/i.test(part) ? [i] : []))
    .slice(0, MAX_D_WORDS);
  const readings: string[] = [];
  for (let mask = 0; mask < 1 << open.length; mask++) {
    const copy = [...parts];
    open.forEach((at, bit) => {
      if (mask & (1 << bit)) copy[at] = (copy[at][0] === 'd' ? 'đ' : 'Đ') + copy[at].slice(1);
    });
    readings.push(copy.join(''));
  }
  return readings;
}
