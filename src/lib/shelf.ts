/** How the home page groups the shelf: laws, then the decrees that detail them, treaties, then everything else. */
import type { ShelfDocument } from './library.ts';

export type ShelfGroupId = 'luat' | 'nghi-dinh' | 'dieu-uoc' | 'van-ban-khac';

const GROUP_OF_KIND: Record<ShelfDocument['data']['kind'], ShelfGroupId> = {
  luat: 'luat',
  'hiep-uoc': 'dieu-uoc',
  'nghi-dinh-thu': 'dieu-uoc',
  'hiep-dinh': 'dieu-uoc',
  'nghi-dinh': 'nghi-dinh',
  'nghi-quyet': 'van-ban-khac',
  'quyet-dinh': 'van-ban-khac',
};

export function shelfGroup(kind: ShelfDocument['data']['kind']): ShelfGroupId {
  return GROUP_OF_KIND[kind];
}

const ORDER: ShelfGroupId[] = ['luat', 'nghi-dinh', 'dieu-uoc', 'van-ban-khac'];

export function shelfGroups(
  documents: ShelfDocument[],
): { id: ShelfGroupId; documents: ShelfDocument[] }[] {
  return ORDER.map((id) => ({
    id,
    documents: documents.filter((d) => GROUP_OF_KIND[d.data.kind] === id),
  })).filter((g) => g.documents.length > 0);
}
