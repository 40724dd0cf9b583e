/**
 * The outline page's parts as its elements, found from the markup the build wrote: under
 * [data-talk-body], "## Nội dung chính" then one "###" per section, then "## Điều luật cần đọc"
 * with its quotes (figure.lq); the questions' list is [data-talk-questions].
 */
import type { TalkPart } from '../../lib/talk/parts.ts';

export interface OutlinePage {
  /** Per part, in talkParts order: its heading, then the elements that follow it. */
  parts: Element[][];
  /** The quotes under "## Điều luật cần đọc", in page order. */
  quotes: Element[];
  /** That heading and whatever else stands under it (a line such as "Đọc to các điều sau."). */
  reading: Element[];
}

/** The page's parts, or undefined when the page does not match the plan (then nothing is offered). */
export function readOutlinePage(
  root: Document,
  parts: TalkPart[],
  quoteCount: number,
): OutlinePage | undefined {
  const body = root.querySelector('[data-talk-body]');
  const questions = root.querySelector('[data-talk-questions]');
  if (!body || !questions?.previousElementSibling) return undefined;
  const sections: Element[][] = [];
  const quotes: Element[] = [];
  const reading: Element[] = [];
  let part = 0;
  for (const el of Array.from(body.children)) {
    if (el.tagName === 'H2') part++;
    if (part === 1 && el.tagName === 'H3') sections.push([el]);
    else if (part === 1) sections[sections.length - 1]?.push(el);
    else if (part === 2) (el.matches('figure.lq') ? quotes : reading).push(el);
  }
  const numbered = () =>
    sections.every(([heading], i) => heading.textContent!.startsWith(`${parts[i].key}. `));
  const matches =
    sections.length === parts.length - 1 && quotes.length === quoteCount && numbered();
  const asked = [questions.previousElementSibling, questions];
  return matches ? { parts: [...sections, asked], quotes, reading } : undefined;
}
