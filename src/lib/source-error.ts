/** An error in a content file, reported as "file:line: reason" so the editor can go straight to it. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
  }
}

/** 1-based line of the first line of `text` containing `needle` (1 when absent, i.e. the file itself). */
export function lineOf(text: string, needle: string | RegExp): number {
  const lines = text.split('\n');
  const i = lines.findIndex((l) =>
    typeof needle === 'string' ? l.includes(needle) : needle.test(l),
  );
  return i < 0 ? 1 : i + 1;
}
