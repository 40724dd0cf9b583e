/**
 * The presentation view ("Trình chiếu"): the outline one part per screen in very large type,
 * the part's talking points and the articles it reads quoted whole, copied from the page (the
 * page's own LawQuote texts, never retyped). A modal <dialog>, so Esc closes it and the page
 * behind cannot be reached while it is open; keys and buttons move between parts.
 */
import { t } from '../../i18n/vi.ts';
import type { TalkPart } from '../../lib/talk/parts.ts';
import type { OutlinePage } from './outline-page.ts';
import { partTimer } from './timer.ts';

export interface Slide {
  part: TalkPart;
  /** The page's elements the part shows, in order (copied onto the screen, not moved). */
  nodes: Element[];
}

/** A part's screen: its talking points, then the articles it reads under the page's own heading for them. */
export function slidesOf(kept: TalkPart[], parts: TalkPart[], page: OutlinePage): Slide[] {
  return kept.map((part) => {
    const [, ...points] = page.parts[parts.indexOf(part)];
    const quotes = part.quotes.map((i) => page.quotes[i]);
    return { part, nodes: quotes.length > 0 ? [...points, page.reading[0], ...quotes] : points };
  });
}

export type Move = 'next' | 'prev' | 'forward' | 'back' | 'first' | 'last';

/** What a key does; Space and Enter on a button or link do what they do there. */
export function keyMove(key: string, shift: boolean, onControl: boolean): Move | undefined {
  switch (key) {
    case 'ArrowRight':
      return 'next';
    case 'ArrowLeft':
      return 'prev';
    case 'ArrowDown':
    case 'PageDown':
      return 'forward';
    case 'ArrowUp':
    case 'PageUp':
      return 'back';
    case ' ':
      return onControl ? undefined : shift ? 'back' : 'forward';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/** A copy of a page element for the screen: no ids (they stay unique), and a part heading one level down. */
function copy(el: Element): Element {
  const clone = el.cloneNode(true) as Element;
  for (const node of [clone, ...Array.from(clone.querySelectorAll('[id]'))])
    node.removeAttribute('id');
  clone.classList.remove('talk-out');
  if (clone.tagName !== 'H2') return clone;
  const h3 = document.createElement('h3');
  h3.textContent = clone.textContent;
  return h3;
}

interface Elements {
  view: HTMLDialogElement;
  opener: HTMLElement;
}

export function initPresenter({ view, opener }: Elements, slides: () => Slide[]): void {
  const get = <E extends Element>(selector: string) => view.querySelector<E>(selector)!;
  const scroller = get<HTMLElement>('[data-talk-slide]');
  const screen = get<HTMLElement>('[data-talk-page]');
  const position = get<HTMLElement>('[data-talk-pos]');
  const announce = get<HTMLElement>('[data-talk-announce]');
  const timer = partTimer(
    get<HTMLElement>('[data-talk-timer]'),
    get<HTMLButtonElement>('[data-talk="pause"]'),
  );
  let shown: Slide[] = [];
  let at = 0;

  const go = (to: number) => {
    at = Math.max(0, Math.min(shown.length - 1, to));
    const { part, nodes } = shown[at];
    const heading = document.createElement('h2');
    heading.textContent = part.title;
    screen.replaceChildren(heading, ...nodes.map(copy));
    scroller.scrollTop = 0;
    position.textContent = `${at + 1} / ${shown.length}`;
    announce.textContent = t('talk.position', {
      at: at + 1,
      count: shown.length,
      title: part.title,
    });
    timer.show(part.key, part.minutes);
  };
  const more = (down: boolean) =>
    down
      ? scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1
      : scroller.scrollTop > 0;
  const scroll = (down: boolean) =>
    scroller.scrollBy(0, (down ? 0.85 : -0.85) * scroller.clientHeight);
  const moves: Record<Move, () => void> = {
    next: () => go(at + 1),
    prev: () => go(at - 1),
    forward: () => (more(true) ? scroll(true) : go(at + 1)),
    back: () => (more(false) ? scroll(false) : go(at - 1)),
    first: () => go(0),
    last: () => go(shown.length - 1),
  };

  opener.addEventListener('click', () => {
    shown = slides();
    timer.reset();
    document.documentElement.classList.add('talk-on');
    view.showModal();
    go(0);
    scroller.focus();
  });
  view.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onControl = (event.target as Element).closest('button, a, input, summary') !== null;
    const move = keyMove(event.key, event.shiftKey, onControl);
    if (!move) return;
    event.preventDefault();
    moves[move]();
  });
  get('[data-talk="prev"]').addEventListener('click', moves.prev);
  get('[data-talk="next"]').addEventListener('click', moves.next);
  get('[data-talk="exit"]').addEventListener('click', () => view.close());
  // Esc closes the dialog by itself; every way out ends here.
  view.addEventListener('close', () => {
    timer.reset();
    document.documentElement.classList.remove('talk-on');
    opener.focus();
  });
}
