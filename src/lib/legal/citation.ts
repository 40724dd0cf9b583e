/**
 * Pinpoints ("khoản 2 Điều 14") in both directions: to the anchor id of the article, khoản or
 * điểm, and to the words used to cite it. The page components and the browser's copy-citation
 * script share this module.
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

/** The pinpoint an anchor id names, or undefined for ids that are not articles, khoản or điểm. */
export function pinpointFromId(id: string): Pinpoint | undefined {
  const m = /^dieu-(\d+[a-z]*)(?:-khoan-(\d+))?(?:-diem-([a-z]{1,2}))?$/.exec(id);
  if (!m) return undefined;
  const unfold = (s: string) => s.replace(/dd/g, 'đ');
  return { dieu: unfold(m[1]), khoan: m[2], diem: m[3] === undefined ? undefined : unfold(m[3]) };
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
