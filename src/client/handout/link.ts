/**
 * On a law page, an article's "Thêm vào tài liệu phát tay" link follows the khoản or điểm the
 * reader selected (the same selection "Sao chép trích dẫn" uses, copy-citation.ts): it adds that
 * part, and says so. Run by the site script; the link works as it is without it.
 */
import { t } from '../../i18n/vi.ts';
import { handoutKey, handoutQuery, keysInQuery, parseHandoutKey } from '../../lib/handout/keys.ts';
import { pinpointLabel } from '../../lib/legal/citation.ts';
import { pinpointFromId } from '../../lib/legal/ids.ts';

export function pointHandoutLink(section: HTMLElement, id: string): void {
  const link = section.querySelector<HTMLAnchorElement>('a[data-ho-add]');
  const pin = pinpointFromId(id);
  const [own] = link ? keysInQuery(new URL(link.href).search) : [];
  const item = own === undefined ? undefined : parseHandoutKey(own);
  if (!link || !pin || item?.kind !== 'law') return;
  const path = link.getAttribute('href')!.replace(/[?#].*$/, '');
  link.setAttribute('href', path + handoutQuery([handoutKey({ kind: 'law', doc: item.doc, pin })]));
  const part = pin.khoan !== undefined || pin.diem !== undefined;
  link.textContent = part ? t('handout.addPart', { part: pinpointLabel(pin) }) : t('handout.add');
}
