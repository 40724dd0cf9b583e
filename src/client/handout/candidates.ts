/**
 * The items the handout page holds, each rendered once at build time in a
 * `<template data-ho-candidate="<key>">`: what the sheet shows for a key (a khoản or điểm is cut
 * from its article's quote), what the item is called, which documents it shows, and its place.
 */
import { t } from '../../i18n/vi.ts';
import {
  articleKey,
  handoutKey,
  parseHandoutKey,
  type HandoutItem,
} from '../../lib/handout/keys.ts';
import { citationText, pinpointId } from '../../lib/legal/citation.ts';
import { pinpointFromId } from '../../lib/legal/ids.ts';
import { firstWords } from '../../lib/legal/toc.ts';

type LawItem = Extract<HandoutItem, { kind: 'law' }>;

export interface Part {
  key: string;
  kind: 'khoan' | 'diem';
  /** Its first words, as a list can show them. */
  text: string;
}

export interface Candidates {
  /** Whether the page can show the item `key` names. */
  has(key: string): boolean;
  /** A new copy of what the sheet shows for `key` (undefined when `has(key)` is false). */
  render(key: string): DocumentFragment | undefined;
  /** What the page calls it: "khoản 2 Điều 14 Luật …", a title, a question. */
  name(key: string): string;
  /** Slugs of the documents whose words or status it shows. */
  docs(key: string): string[];
  /** The page's order: laws in shelf order, a khoản or điểm after its article, in the text's order. */
  compare(a: string, b: string): number;
  /** The khoản and điểm of an article, in the text's order. */
  parts(articleKey: string): Part[];
}

const templateKey = (item: HandoutItem) =>
  item.kind === 'law' ? articleKey(item) : handoutKey(item);
const isPart = (item: LawItem) => item.pin.khoan !== undefined || item.pin.diem !== undefined;

export function indexCandidates(root: ParentNode): Candidates {
  const templates = new Map<string, HTMLTemplateElement>();
  for (const el of root.querySelectorAll<HTMLTemplateElement>('template[data-ho-candidate]')) {
    templates.set(el.dataset.hoCandidate!, el);
  }
  const position = new Map([...templates.keys()].map((key, i) => [key, i]));
  const partIds = new Map<string, string[]>();
  const idsOf = (key: string) => {
    if (!partIds.has(key)) {
      const marked = templates.get(key)?.content.querySelectorAll<HTMLElement>('[data-pin]') ?? [];
      partIds.set(
        key,
        [...marked].map((el) => el.dataset.pin!),
      );
    }
    return partIds.get(key)!;
  };
  const found = (key: string) => {
    const item = parseHandoutKey(key);
    const template = item && templates.get(templateKey(item));
    if (!item || !template) return undefined;
    const missingPart =
      item.kind === 'law' &&
      isPart(item) &&
      !idsOf(articleKey(item)).includes(pinpointId(item.pin));
    if (missingPart) return undefined;
    return { item, template };
  };
  const rank = (key: string): [number, number] => {
    const item = parseHandoutKey(key)!;
    const part =
      item.kind === 'law' && isPart(item)
        ? idsOf(articleKey(item)).indexOf(pinpointId(item.pin))
        : -1;
    return [position.get(templateKey(item)) ?? Infinity, part];
  };
  const render = (key: string): DocumentFragment | undefined => {
    const hit = found(key);
    if (!hit) return undefined;
    const copy = hit.template.ownerDocument.importNode(hit.template.content, true);
    if (hit.item.kind === 'law' && isPart(hit.item))
      quotePart(copy, hit.item, hit.template.dataset.hoCite!);
    for (const slot of copy.querySelectorAll<HTMLElement>('[data-ho-diagram]')) {
      const diagram = render(slot.dataset.hoDiagram!);
      if (diagram) slot.replaceWith(diagram);
    }
    return copy;
  };
  return {
    has: (key) => found(key) !== undefined,
    render,
    name(key) {
      const hit = found(key);
      if (hit?.item.kind === 'law' && isPart(hit.item))
        return citationText(hit.item.pin, hit.template.dataset.hoCite!);
      return hit?.template.dataset.hoName ?? key;
    },
    docs: (key) => (found(key)?.template.dataset.hoDocs ?? '').split(' ').filter(Boolean),
    compare(a, b) {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || x[1] - y[1];
    },
    parts(key) {
      const article = templates.get(key);
      const doc = parseHandoutKey(key);
      if (!article || doc?.kind !== 'law') return [];
      return idsOf(key).map((id) => {
        const pin = pinpointFromId(id)!;
        const el = article.content.querySelector(`[data-pin="${id}"]`)!;
        const line = el.tagName === 'P' ? el : el.firstElementChild!;
        const kind = pin.diem === undefined ? 'khoan' : 'diem';
        const text = firstWords(line.textContent!.trim());
        return { key: handoutKey({ kind: 'law', doc: doc.doc, pin }), kind, text };
      });
    },
  };
}

/**
 * Cuts an article's quote down to one khoản or điểm, keeping what it needs to be read right: the
 * article's heading and its words before the first khoản ("Các hành vi bị nghiêm cấm:"), for a
 * điểm the first line of its khoản; what is left out is marked […]. The citation names the part.
 */
function quotePart(copy: DocumentFragment, item: LawItem, documentTitle: string): void {
  const id = pinpointId(item.pin);
  trimTo(copy.querySelector('.lq__text')!, copy.querySelector(`[data-pin="${id}"]`)!);
  const cite = copy.querySelector<HTMLAnchorElement>('.lq__cite a')!;
  cite.textContent = citationText(item.pin, documentTitle);
  cite.setAttribute('href', cite.getAttribute('href')!.replace(/#.*$/, `#${id}`));
}

function trimTo(container: Element, target: Element): void {
  const children = [...container.children];
  const branch = children.find((child) => child === target || child.contains(target))!;
  const at = children.indexOf(branch);
  const leadIn = children.findIndex((child) => child.hasAttribute('data-pin'));
  let [before, after] = [false, false];
  children.forEach((child, i) => {
    if (child === branch || i < leadIn) return;
    child.remove();
    if (i < at) before = true;
    else after = true;
  });
  if (before) branch.before(omission(container.ownerDocument));
  if (after) branch.after(omission(container.ownerDocument));
  if (branch !== target) trimTo(branch, target);
}

function omission(doc: Document): HTMLElement {
  const mark = doc.createElement('p');
  mark.className = 'ho-omitted';
  const label = doc.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = ` ${t('handout.omittedLabel')}`;
  mark.append(t('handout.omitted'), label);
  return mark;
}
