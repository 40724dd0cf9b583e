/**
 * A source text's bytes, read so that what is wrong with a file is named in its own terms: a
 * Windows-1258 file is "not UTF-8" at its first bad line, not "no heading found". The importer
 * also normalises what is not text (a byte-order mark, Windows line endings) and says so; the
 * parser refuses both, so a file copied into nguon/ by hand cannot carry them.
 */
import { readFileSync } from 'node:fs';
import { SourceError } from '../source-error.ts';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a source file's bytes; a SourceError when they are not UTF-8. */
export function decodeSource(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SourceError(file, 1, 'UTF-16 text: save it as UTF-8 (without BOM)');
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new SourceError(
      file,
      firstBadLine(bytes),
      'not UTF-8 (saved in Windows-1258 or another old encoding?): save it as UTF-8',
    );
  }
}

/** The first line whose bytes are not UTF-8 (a newline byte never occurs inside a UTF-8 character). */
function firstBadLine(bytes: Uint8Array): number {
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      UTF8.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    start = i + 1;
    line++;
  }
  return 1;
}

/** The text of the source file at `path`. */
export const readSource = (path: string): string => decodeSource(readFileSync(path), path);

/** A source with a byte-order mark and Windows line endings removed, and what was changed. */
export function normaliseSource(text: string): { text: string; changes: string[] } {
  const changes: string[] = [];
  if (text.startsWith('\uFEFF')) changes.push('byte-order mark (BOM) removed');
  if (text.includes('\r')) changes.push('line endings CRLF → LF');
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), changes };
}
