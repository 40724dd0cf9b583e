/**
 * "Kiểm tra bản sao" on ve-an-ban.html: the reader picks the edition folder, the page hashes every
 * file in it and compares with its SHA256SUMS, the same comparison `npm run verify` makes. Nothing
 * leaves the machine: the files are only read.
 */
import { t } from '../i18n/vi.ts';
import { compareSums, hexRows, parseSums, problemCount, SUMS_FILE } from '../lib/checksums.ts';
import type { Sums, SumsReport } from '../lib/checksums.ts';
import { SourceError } from '../lib/source-error.ts';

export function initCopyCheck(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-copy-check]');
  if (!box) return;
  const result = box.querySelector<HTMLElement>('[data-copy-check-result]')!;
  box.querySelector<HTMLElement>('[data-copy-check-nojs]')!.hidden = true;
  // crypto.subtle exists only in secure contexts; file:// pages are one in current browsers.
  if (!globalThis.crypto?.subtle) {
    result.textContent = t('edition.check.unsupported');
    return;
  }
  box.querySelector<HTMLElement>('[data-copy-check-form]')!.hidden = false;
  const input = box.querySelector<HTMLInputElement>('input[type="file"]')!;
  input.addEventListener('change', () => {
    // Every message the reader sees is Vietnamese: a file that cannot be read
    // (moved or locked while hashing) ends in a sentence, not an English exception in the console.
    check([...(input.files ?? [])], result).catch(() => say(result, t('edition.check.failed')));
  });
}

async function hex(data: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function check(files: File[], result: HTMLElement): Promise<void> {
  // webkitRelativePath is "<the folder picked>/<path inside it>".
  const byPath = new Map(files.map((f) => [f.webkitRelativePath.split('/').slice(1).join('/'), f]));
  const sumsFile = byPath.get(SUMS_FILE);
  if (!sumsFile) return say(result, t('edition.check.noSums'));
  byPath.delete(SUMS_FILE);
  const sumsBytes = await sumsFile.arrayBuffer();
  let expected: Sums;
  try {
    expected = parseSums(new TextDecoder().decode(sumsBytes));
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return say(result, t('edition.check.badSums', { line: error.line }));
  }
  say(result, t('edition.check.working', { count: byPath.size }));
  const found: Sums = new Map();
  for (const [path, file] of byPath) found.set(path, await hex(await file.arrayBuffer()));
  show(result, compareSums(expected, found), await hex(sumsBytes));
}

function say(result: HTMLElement, text: string): void {
  result.replaceChildren(paragraph(text));
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

/** The code to compare, in rows of four groups of four characters, as `npm run package` prints it. */
function code(hex: string): HTMLParagraphElement {
  const p = paragraph('', 'copy-check__code');
  p.dataset.copyCheckCode = hex;
  hexRows(hex).forEach((row, i) => p.append(...(i > 0 ? [document.createElement('br')] : []), row));
  return p;
}

function show(result: HTMLElement, report: SumsReport, fingerprint: string): void {
  const problems = problemCount(report);
  const nodes: Node[] = [
    problems === 0
      ? paragraph(t('edition.check.ok', { count: report.ok.length }), 'copy-check__ok')
      : paragraph(t('edition.check.problems', { count: problems }), 'copy-check__bad'),
  ];
  const lists = [
    [report.missing, t('edition.check.missing')],
    [report.changed, t('edition.check.changed')],
    [report.extra, t('edition.check.extra')],
  ] as const;
  for (const [paths, label] of lists) {
    if (paths.length === 0) continue;
    const list = document.createElement('ul');
    for (const path of paths) {
      const item = document.createElement('li');
      item.textContent = `${label}: ${path}`;
      list.append(item);
    }
    nodes.push(list);
  }
  nodes.push(
    paragraph(t('edition.check.fingerprint'), 'copy-check__fingerprint'),
    code(fingerprint),
  );
  result.replaceChildren(...nodes);
}
