/**
 * The timeline (dong-thoi-gian.html): the laws and the Việt–Trung border treaties, each date from
 * the document's frontmatter, which the build checks against the text (laws) or which rests on
 * the document's named public sources (treaties without text).
 */
import type { ShelfDocument } from './library.ts';
import { shelfGroup } from './shelf.ts';

export interface TimelineEvent {
  date: Date;
  /** `passed` by the National Assembly (laws), `signed` (treaties), or came `inForce`. */
  what: 'passed' | 'signed' | 'inForce';
  doc: ShelfDocument;
}

function onTimeline(doc: ShelfDocument): boolean {
  return (
    doc.data.kind === 'luat' ||
    (shelfGroup(doc.data.kind) === 'dieu-uoc' && doc.data.borders.includes('viet-trung'))
  );
}

export function timeline(documents: ShelfDocument[]): TimelineEvent[] {
  return documents
    .filter(onTimeline)
    .flatMap((doc): TimelineEvent[] => [
      { date: doc.data.signed, what: doc.data.kind === 'luat' ? 'passed' : 'signed', doc },
      ...(doc.data.inForce ? [{ date: doc.data.inForce, what: 'inForce' as const, doc }] : []),
    ])
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.doc.slug.localeCompare(b.doc.slug));
}
