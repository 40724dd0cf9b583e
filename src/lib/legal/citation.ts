/**
 * Pinpoints ("khoản 2 Điều 14"): to the anchor id of the article, khoản or điểm (read back with
 * `pinpointFromId` in ids.ts), and to the words used to cite it. The page components and the
 * browser's copy-citation script share this module.
 */
import { t } from '../../i18n/vi.ts';
import { anchorId, type PathStep } from './ids.ts';
import type { Pinpoint } from './model.ts';

export function pinpointPath(pin: Pinpoint): PathStep[] {
  const path: PathStep[] = [{ kind: 'dieu', num: pin.dieu }];
  if (pin.khoan !== undefined) path.push({ kind: 'khoan', num: pin.khoan });
  if (pin.diem !== undefined) path.push({ kind: 'diem', num: pin.diem });
  return path;
}

/** Anchor id of a pinpoint: {dieu: "14", khoan: "2"} -> "dieu-14-khoan-2". */
export function pinpointId(pin: Pinpoint): string {
  return anchorId(pinpointPath(pin));
}

/** "điểm a khoản 2 Điều 14" (innermost first, as Vietnamese citations read). */
export function pinpointLabel(pin: Pinpoint): string {
  const parts = [t('citation.dieu', { num: pin.dieu })];
  if (pin.khoan !== undefined) parts.unshift(t('citation.khoan', { num: pin.khoan }));
  if (pin.diem !== undefined) parts.unshift(t('citation.diem', { num: pin.diem }));
  return parts.join(' ');
}

/** The full citation: "khoản 2 Điều 14 Luật Biên giới quốc gia năm 2003". */
export function citationText(pin: Pinpoint, documentShortTitle: string): string {
  return `${pinpointLabel(pin)} ${documentShortTitle}`;
}
