/**
 * A Q&A's one-sentence answer may state a figure only next to its citation (`answerCite`,
 * src/schemas/answer.ts); that citation must be one the body makes too, so the reader finds the
 * article or source quoted below.
 */
import type { Citation } from './citations.ts';
import { pinpointLabel } from './legal/citation.ts';
import type { AnswerCite } from '../schemas/answer.ts';

/** Why the answer's citation is not backed by the body, or undefined when it is (or there is none). */
export function answerCiteProblem(
  cite: AnswerCite | undefined,
  body: readonly Citation[],
): string | undefined {
  if (!cite || body.some((c) => sameTarget(c, cite))) return undefined;
  const named =
    'source' in cite ? `<SourceRef id="${cite.source}" />` : `${cite.doc} ${pinpointLabel(cite)}`;
  return `answerCite: the body does not cite ${named}; cite it where the answer's figure is explained`;
}

function sameTarget(c: Citation, cite: AnswerCite): boolean {
  if ('source' in cite) return c.tag === 'SourceRef' && c.id === cite.source;
  if (!('doc' in c) || c.doc !== cite.doc || !c.pin) return false;
  return c.pin.dieu === cite.dieu && c.pin.khoan === cite.khoan && c.pin.diem === cite.diem;
}
