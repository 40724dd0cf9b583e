/**
 * The handout's items and their keys, built and read here only. The handout page
 * names each candidate by its key, the builder stores the chosen keys, and every "Thêm vào tài liệu
 * phát tay" link carries keys in the handout page's query (`?them=…`): all three meet here.
 *
 * - an article, khoản or điểm: `<document slug>#<anchor id>` ("luat-x#dieu-14-khoan-2-diem-dd"),
 *   the form stored choices have always had for whole articles;
 * - an explainer `giai-thich/<slug>`, an answer `hoi-dap/<slug>`, a diagram `hinh-minh-hoa/<id>`.
 *
 * Browser-safe (no node:): the page, the handout script and the law pages' script all import it.
 */
import { pinpointId } from '../legal/citation.ts';
import { pinpointFromId } from '../legal/ids.ts';
import type { Pinpoint } from '../legal/model.ts';

export type HandoutItem =
  | { kind: 'law'; doc: string; pin: Pinpoint }
  | { kind: 'explainer'; slug: string }
  | { kind: 'question'; slug: string }
  | { kind: 'diagram'; id: string };

/** The content folder each named kind's key starts with. */
const FOLDERS = { explainer: 'giai-thich', question: 'hoi-dap', diagram: 'hinh-minh-hoa' } as const;

/** Slugs and ids as the content folders allow them: lower-case ASCII words joined by hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The query parameter of the handout page that carries items to add. */
export const ADD_PARAM = 'them';

export function handoutKey(item: HandoutItem): string {
  switch (item.kind) {
    case 'law':
      return `${item.doc}#${pinpointId(item.pin)}`;
    case 'diagram':
      return `${FOLDERS.diagram}/${item.id}`;
    default:
      return `${FOLDERS[item.kind]}/${item.slug}`;
  }
}

/** The item a key names, or undefined for anything that is not a well-formed key. */
export function parseHandoutKey(key: string): HandoutItem | undefined {
  const law = /^([^#/]+)#(.+)$/.exec(key);
  if (law) {
    const pin = pinpointFromId(law[2]);
    return pin && SLUG.test(law[1]) ? { kind: 'law', doc: law[1], pin } : undefined;
  }
  const named = /^([^#/]+)\/([^#/]+)$/.exec(key);
  if (!named || !SLUG.test(named[2])) return undefined;
  const [, folder, slug] = named;
  if (folder === FOLDERS.explainer) return { kind: 'explainer', slug };
  if (folder === FOLDERS.question) return { kind: 'question', slug };
  if (folder === FOLDERS.diagram) return { kind: 'diagram', id: slug };
  return undefined;
}

/** The key of the whole article a law item belongs to (the item's own key for an article). */
export function articleKey(item: Extract<HandoutItem, { kind: 'law' }>): string {
  return handoutKey({ kind: 'law', doc: item.doc, pin: { dieu: item.pin.dieu } });
}

/**
 * Keys of the larger choices that already hold a law item: its article, and for a điểm its khoản.
 * A part whose article (or khoản) is also chosen is not printed twice.
 */
export function containingKeys(item: HandoutItem): string[] {
  if (item.kind !== 'law' || (item.pin.khoan === undefined && item.pin.diem === undefined))
    return [];
  const keys = [articleKey(item)];
  if (item.pin.khoan !== undefined && item.pin.diem !== undefined) {
    keys.push(
      handoutKey({
        kind: 'law',
        doc: item.doc,
        pin: { dieu: item.pin.dieu, khoan: item.pin.khoan },
      }),
    );
  }
  return keys;
}

/** "?them=<key>&them=<key>": the query of a link that adds `keys` to the handout. */
export function handoutQuery(keys: readonly string[]): string {
  return keys.length === 0
    ? ''
    : `?${keys.map((k) => `${ADD_PARAM}=${encodeURIComponent(k)}`).join('&')}`;
}

/**
 * The well-formed keys in a handout page's query (`location.search`), each once, in order. Read by
 * hand, not with URLSearchParams: paths.ts imports this module, and search's query room, which
 * imports paths.ts, is checked to need neither the DOM's nor Node's declarations.
 */
export function keysInQuery(search: string): string[] {
  const keys = search
    .replace(/^\?/, '')
    .split('&')
    .flatMap((pair) => {
      const at = pair.indexOf('=');
      return at > 0 && pair.slice(0, at) === ADD_PARAM ? [decoded(pair.slice(at + 1))] : [];
    })
    .filter((key) => key !== undefined && parseHandoutKey(key) !== undefined) as string[];
  return [...new Set(keys)];
}

/** A query value decoded as a form would send it ("+" a space); undefined when malformed. */
function decoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
