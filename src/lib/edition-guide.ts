/**
 * How to copy, open, check and update an edition: the same steps on ve-an-ban.html and in
 * HUONG-DAN.txt, the plain-text guide beside index.html. The text file is for Windows Notepad:
 * a UTF-8 byte order mark (so older Notepad reads the Vietnamese letters right), CRLF line ends
 * and lines short enough to read without word wrap.
 */
import { t, type UiKey } from '../i18n/vi.ts';
import { SUMS_FILE } from './checksums.ts';
import type { Edition } from './edition.ts';
import { formatDate } from './format.ts';
import { sitePath } from './paths.ts';

export const MANIFEST_FILE = 'an-ban.json';

export const GUIDE_STEPS = ['copy', 'open', 'check', 'update'] as const;

/** The files a reader meets at the top of the edition folder, with what each is for. */
export const EDITION_FILES: [string, UiKey][] = [
  [sitePath({ page: 'home' }), 'edition.file.index'],
  [sitePath({ page: 'about' }), 'edition.file.about'],
  [sitePath({ page: 'guide' }), 'edition.file.guide'],
  [SUMS_FILE, 'edition.file.sums'],
  [MANIFEST_FILE, 'edition.file.manifest'],
];

export function stepText(
  step: (typeof GUIDE_STEPS)[number],
  edition: Edition,
): { title: string; body: string } {
  return {
    title: t(`edition.guide.${step}.title`),
    body: t(`edition.guide.${step}.body`, { folder: edition.folder }),
  };
}

/** "22/11/2026" from an edition's YYYY-MM-DD dates. */
export const formatDay = (isoDay: string) => formatDate(new Date(isoDay));

export const editionName = (edition: Edition) =>
  t('edition.name', { date: formatDay(edition.edition) });

/** Who publishes the edition, or that it does not say: the reader knows whose code to compare with. */
export const publisherLine = ({ publisher }: Edition) =>
  publisher ? t('edition.publisher', { publisher }) : t('edition.noPublisher');

const WIDTH = 72;

/** Greedy word wrap to 72 columns; the first line starts with `first`, the others with `indent`. */
function wrap(text: string, indent = '', first = indent): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && [...line].length + 1 + [...word].length > WIDTH) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line += (empty ? '' : ' ') + word;
    empty = false;
  }
  return [...lines, line];
}

export function guideText(edition: Edition): string {
  const pad = Math.max(...EDITION_FILES.map(([name]) => name.length)) + 2;
  const lines = [
    t('site.name').toUpperCase(),
    editionName(edition),
    ...wrap(publisherLine(edition)),
    ...wrap(t('edition.version', { version: edition.contentVersion })),
    '',
    ...wrap(t('edition.guide.intro', { date: formatDay(edition.edition) })),
    ...GUIDE_STEPS.flatMap((step, i) => {
      const { title, body } = stepText(step, edition);
      return ['', `${i + 1}. ${title.toUpperCase()}`, ...wrap(body, '   ')];
    }),
    '',
    t('edition.files.heading').toUpperCase(),
    ...EDITION_FILES.flatMap(([name, key]) =>
      wrap(t(key), ' '.repeat(pad + 2), `  ${name.padEnd(pad)}`),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
