/**
 * An outline's presentation view and its choice of parts for a shorter talk. Loaded
 * with `defer` by outline pages only, as a classic script, so it runs from file:// too. Without
 * JavaScript the page stays a plain outline: the tools it shows here are hidden in the markup.
 */
import type { TalkPlan } from '../../lib/talk/plan.ts';
import { talkParts } from '../../lib/talk/parts.ts';
import { initChoice } from './choice.ts';
import { readOutlinePage } from './outline-page.ts';
import { initPresenter, slidesOf } from './presenter.ts';

const STORAGE_PREFIX = 'tu-sach.de-cuong.';

function initTalk(root: Document): void {
  const tools = root.querySelector<HTMLElement>('[data-talk-tools]');
  const view = root.querySelector<HTMLDialogElement>('[data-talk-view]');
  const note = root.querySelector<HTMLElement>('[data-talk-note]');
  if (!tools || !view || !note) return;
  const plan = JSON.parse(tools.dataset.talkPlan!) as TalkPlan;
  const parts = talkParts(plan);
  const page = readOutlinePage(root, parts, plan.quoteCount);
  if (!page) {
    console.error('Trình chiếu: the page does not match its plan (src/lib/talk/plan.ts)');
    return;
  }
  const status = tools.querySelector<HTMLElement>('[data-talk-status]')!;
  const storageKey = STORAGE_PREFIX + tools.dataset.talkOutline;
  const choice = initChoice(parts, page, { tools, status, note, storageKey });
  const opener = tools.querySelector<HTMLElement>('[data-talk="start"]')!;
  initPresenter({ view, opener }, () => slidesOf(choice.kept(), parts, page));
  tools.hidden = false;
}

initTalk(document);
