/**
 * The clock of the presentation view: the time left of the part on screen, from the outline's
 * own minutes, then the time over. Each part keeps what it has used, so going back to a part
 * does not start its clock again; the officer can stop the clock (questions, a pause).
 */
import { t } from '../../i18n/vi.ts';

/** "7:00", "12:05": minutes and seconds of a duration in whole seconds. */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What the clock says after `usedMs` of a part of `minutes`: "Còn 6:59", then "Quá 0:01". */
export function clockText(minutes: number, usedMs: number): { text: string; over: boolean } {
  const leftMs = minutes * 60_000 - usedMs;
  if (leftMs > 0)
    return { text: t('talk.left', { time: clock(Math.ceil(leftMs / 1000)) }), over: false };
  return { text: t('talk.over', { time: clock(Math.floor(-leftMs / 1000)) }), over: true };
}

export interface PartTimer {
  /** Shows the clock of a part; a part of 0 minutes has none. */
  show(key: string, minutes: number): void;
  /** Stops counting and forgets every part's time (a new presentation starts afresh). */
  reset(): void;
}

export function partTimer(display: HTMLElement, pause: HTMLButtonElement): PartTimer {
  const used = new Map<string, number>();
  let current: { key: string; minutes: number } | undefined;
  let since: number | undefined;
  let ticking: number | undefined;

  const usedNow = () =>
    current ? (used.get(current.key) ?? 0) + (since === undefined ? 0 : Date.now() - since) : 0;
  const render = () => {
    if (!current) return;
    const { text, over } = clockText(current.minutes, usedNow());
    display.textContent = text;
    display.classList.toggle('is-over', over);
  };
  const hold = () => {
    if (current) used.set(current.key, usedNow());
    since = undefined;
    window.clearInterval(ticking);
  };
  const run = () => {
    since = Date.now();
    ticking = window.setInterval(render, 500);
  };
  const paused = () => pause.getAttribute('aria-pressed') === 'true';

  pause.addEventListener('click', () => {
    pause.setAttribute('aria-pressed', String(!paused()));
    if (paused()) hold();
    else run();
    render();
  });

  return {
    show(key, minutes) {
      hold();
      current = { key, minutes };
      display.hidden = pause.hidden = minutes === 0;
      if (minutes > 0 && !paused()) run();
      render();
    },
    reset() {
      hold();
      used.clear();
      current = undefined;
      pause.setAttribute('aria-pressed', 'false');
    },
  };
}
