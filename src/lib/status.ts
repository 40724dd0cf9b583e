/**
 * What the shelf says about a document's legal status. The status is vbpl.vn's word
 * ("Còn hiệu lực" …) and what is known of changes to the wording, so a reader is never told a law
 * is current with no word of a known amendment. Every page, card, search hit, the handout and
 * an-ban.json take their words from documentStatus(); the notices at articles and quotes from the
 * sentences below. Where the vocabulary comes from: docs/status.md.
 */
import { t, type UiKey } from '../i18n/vi.ts';
import type { LegalDocument } from '../schemas/document.ts';
import type {
  AmendingAct,
  ChangedArticle,
  OutstandingChange,
} from '../schemas/outstanding-change.ts';
import { formatDate } from './format.ts';
import type { Library, ShelfDocument } from './library.ts';
import type { Pinpoint } from './legal/model.ts';

/**
 * How the wording shown stands to the changes known: `outstanding` a known change is not in it;
 * `possible` an act may change it and no source says whether; `applied` every known change is
 * shown at its article (amendments by documents on the shelf); `none` no change known.
 */
export type ChangeState = 'outstanding' | 'possible' | 'applied' | 'none';

type Changes = Pick<LegalDocument, 'outstandingChanges'>;

export interface DocumentStatus {
  /** What every place shows as the status: "Còn hiệu lực (đã được sửa đổi, bổ sung; …)". */
  words: string;
  state: ChangeState;
  /** One sentence for each outstanding change, naming the act and what the wording shown lacks. */
  changes: string[];
}

/** The status of a document on the shelf, in the words every place shows. */
export function documentStatus(
  doc: ShelfDocument,
  library: Pick<Library, 'amendmentsOf'>,
): DocumentStatus {
  const state = changeState(doc.data, library.amendmentsOf(doc.slug).size > 0);
  const status = t(`status.${doc.data.status}` as UiKey);
  return {
    words:
      state === 'none'
        ? status
        : t('status.words', { status, change: t(`status.change.${state}` as UiKey) }),
    state,
    changes: doc.data.outstandingChanges.map((change) => changeSummary(change)),
  };
}

export function changeState(data: Changes, amendedOnShelf: boolean): ChangeState {
  const changes = data.outstandingChanges;
  if (changes.some((c) => c.applies === 'known')) return 'outstanding';
  if (changes.length > 0) return 'possible';
  return amendedOnShelf ? 'applied' : 'none';
}

/** "Luật số 98/2025/QH15". */
export function actName(act: AmendingAct): string {
  return t('change.act', { kind: t(`kind.${act.kind}` as UiKey), number: act.number });
}

/** "Luật số 72/2025/QH15 (Luật Tổ chức chính quyền địa phương), thông qua ngày 16/06/2025". */
export function actDescription(act: AmendingAct): string {
  return t('change.actDescribed', {
    act: actName(act),
    title: act.title,
    date: formatDate(act.passed),
  });
}

const when = (act: AmendingAct) =>
  act.inForce ? t('change.inForce', { date: formatDate(act.inForce) }) : t('change.inForceUnknown');

const verb = (effect: ChangedArticle['effect']) => t(`change.effect.${effect}` as UiKey);

/** "Điều 7 (khoản 3)". */
function articleLabel(a: ChangedArticle): string {
  const { article, part } = a;
  return part ? t('change.articlePart', { article, part }) : t('change.article', { article });
}

/**
 * The one sentence a card, a search hit or an-ban.json gives for an outstanding change; `described`
 * names the act with its title and date, as the document page's status panel does.
 */
export function changeSummary(change: OutstandingChange, described = false): string {
  const act = described ? actDescription(change.act) : actName(change.act);
  if (change.applies === 'unknown') return t('change.summary.unknown', { act });
  const effects = [...new Set(change.articles.map((a) => a.effect))];
  const articles = change.articles.map(articleLabel).join(', ');
  const extent = change.extent ?? t('change.what.unspecified');
  let what: string;
  if (change.articles.length === 0) what = t('change.what.extent', { extent });
  else if (change.extent) what = t('change.what.extentIncluding', { extent, articles });
  else
    what = t('change.what.articles', {
      verb: verb(effects.length === 1 ? effects[0] : 'sua-doi-bo-sung'),
      articles,
    });
  return t('change.summary', { act, what, when: when(change.act) });
}

/** The notice at an article the change names: "Điều này đã được bổ sung khoản 3 bởi …". */
export function articleNotice(change: OutstandingChange, article: ChangedArticle): string {
  const by = article.by
    ? `${article.by} ${actDescription(change.act)}`
    : actDescription(change.act);
  const part = article.part ? ` ${article.part}` : '';
  return t('change.atArticle', { verb: verb(article.effect), part, by, when: when(change.act) });
}

/** The changes that name article `dieu`, each with its entry for that article. */
export function changesAt(
  data: Changes,
  dieu: string,
): { change: OutstandingChange; article: ChangedArticle }[] {
  return data.outstandingChanges.flatMap((change) => {
    if (change.applies !== 'known') return [];
    return change.articles
      .filter((a) => a.article === dieu)
      .map((article) => ({ change, article }));
  });
}

/**
 * The changes a quote of article `dieu` must carry at document level: those whose articles are
 * not all known (so any article may be one of them) and that do not name `dieu` itself.
 */
export function changesNotNamingAt(data: Changes, dieu: string): OutstandingChange[] {
  const allKnown = (c: OutstandingChange) =>
    c.applies === 'known' && c.articles.length > 0 && c.extent === undefined;
  return data.outstandingChanges.filter(
    (c) => !allKnown(c) && !c.articles.some((a) => a.article === dieu),
  );
}

/** Where a citation of `pin` lands: the article itself when a known change names it, so its notice is in view. */
export function landingPin(data: Changes, pin: Pinpoint): Pinpoint {
  return changesAt(data, pin.dieu).length > 0 ? { dieu: pin.dieu } : pin;
}

/**
 * Sentences that tell a reader nobody changed the document. With a known outstanding change, a
 * statusNote saying one of these is the overclaim a reader once met ("… chúng tôi không thấy văn bản
 * nào sửa đổi …" on a law amended in 2025), and the build refuses it.
 */
const UNCHANGED_CLAIMS = [
  /không (thấy|có) văn bản nào (khác )?sửa đổi/iu,
  /chưa (được|bị) sửa đổi/iu,
  /chưa có văn bản nào sửa đổi/iu,
  /không (được|bị) sửa đổi/iu,
  /chưa (từng )?được sửa đổi, bổ sung/iu,
];

/** The claim in a sentence about the status that reads as if the document were unchanged, if any. */
export function unchangedClaim(note: string): RegExp | undefined {
  return UNCHANGED_CLAIMS.find((claim) => claim.test(note.normalize('NFC')));
}
