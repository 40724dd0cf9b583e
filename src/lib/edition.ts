/**
 * The edition (ấn bản): what a copy of the site holds and as of when. Both come from the content
 * alone, so the same content always makes the same edition, with no clock or git involved:
 * - its date is the newest `statusCheckedOn` on the shelf, the day up to which the legal status of
 *   its documents was checked; it also names the edition (tu-sach-bien-gioi-2026-11-22);
 * - its content version is a hash of every file under the content folder.
 * Who publishes it is the one thing the content does not say: the publisher names themselves at
 * `npm run package -- --publisher "…"`, which builds with TU_SACH_PUBLISHER set.
 * ve-an-ban.html, an-ban.json and HUONG-DAN.txt all show what editionOf() returns.
 */
import { formatSums } from './checksums.ts';
import { CONTENT_ROOT } from './content-root.ts';
import { hashFiles, sha256 } from './files.ts';
import type { Library, ShelfDocument } from './library.ts';
import { sitePath } from './paths.ts';
import { documentStatus } from './status.ts';

export const EDITION_PREFIX = 'tu-sach-bien-gioi';
/** The environment variable that carries the publisher's name into the build. */
export const PUBLISHER_ENV = 'TU_SACH_PUBLISHER';
const PUBLISHER_MAX = 120;

export interface EditionDocument {
  slug: string;
  title: string;
  number?: string;
  status: ShelfDocument['data']['status'];
  /** The status as every page shows it, with what is known of changes (src/lib/status.ts). */
  statusWords: string;
  /** One sentence for each act known to change it whose changes the text does not include. */
  outstandingChanges: string[];
  /** YYYY-MM-DD. */
  statusCheckedOn: string;
  /** Ids of the public sources (content/tham-khao/) consulted for the status that day. */
  statusSources: string[];
  /** Whether the full text is in this edition. */
  fullText: boolean;
  /** Site path of its page. */
  page: string;
}

export interface Edition {
  /** The edition's date, YYYY-MM-DD; also its name. */
  edition: string;
  /** First 12 hex digits of the SHA-256 over the content folder's files and their hashes. */
  contentVersion: string;
  /** Name of the edition's folder and zip file. */
  folder: string;
  /** Who publishes this edition ("Đồn Biên phòng …"), as given to `npm run package`; null when not named. */
  publisher: string | null;
  documents: EditionDocument[];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The edition's date, YYYY-MM-DD: the newest `statusCheckedOn` on the shelf. */
export function editionDate({ documents }: Pick<Library, 'documents'>): string {
  if (documents.length === 0)
    throw new Error('an edition needs at least one document in content/van-ban/');
  return documents
    .map((d) => isoDay(d.data.statusCheckedOn))
    .sort()
    .at(-1)!;
}

/**
 * A publisher's name as the edition shows it: one line of at most 120 characters, NFC, spaces
 * collapsed; null for none (absent or blank). Anything else is refused with a plain reason.
 */
export function publisherName(raw: string | undefined): string | null {
  const name = (raw ?? '')
    .normalize('NFC')
    .replace(/[ \t]+/g, ' ')
    .trim();
  if (name === '') return null;
  if (/\p{Cc}/u.test(name))
    throw new Error('the publisher must be one line of text, without control characters');
  if ([...name].length > PUBLISHER_MAX)
    throw new Error(`the publisher's name is over ${PUBLISHER_MAX} characters`);
  return name;
}

/** The edition of the shelf built from the content folder `root`, published by `publisher`. */
export function editionOf(
  library: Pick<Library, 'documents' | 'amendmentsOf'>,
  root = CONTENT_ROOT,
  publisher = publisherName(process.env[PUBLISHER_ENV]),
): Edition {
  const { documents } = library;
  const edition = editionDate(library);
  return {
    edition,
    contentVersion: contentVersion(root),
    folder: `${EDITION_PREFIX}-${edition}`,
    publisher,
    documents: documents.map((d) => {
      const status = documentStatus(d, library);
      return {
        slug: d.slug,
        title: d.data.title,
        number: d.data.number,
        status: d.data.status,
        statusWords: status.words,
        outstandingChanges: status.changes,
        statusCheckedOn: isoDay(d.data.statusCheckedOn),
        statusSources: d.data.statusSources.map((s) => s.id),
        fullText: d.text !== undefined,
        page: sitePath({ page: 'document', slug: d.slug }),
      };
    }),
  };
}

/** The version of a content folder: changes whenever any file in it changes, is added or removed. */
export function contentVersion(root: string): string {
  return sha256(formatSums(hashFiles(root))).slice(0, 12);
}
