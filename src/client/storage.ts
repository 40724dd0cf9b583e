/**
 * The one way the site's scripts keep a value for the reader. What localStorage holds
 * may be anything (an older version's shape, a hand edit) and storage may be refused outright
 * (turned off, a full disk, `--disable-local-storage`, where `localStorage` is null), so:
 * - a stored value is handed back only when its schema accepts it; any other is removed;
 * - a write says whether the browser kept it, so the page never claims a choice is saved when not.
 * No zod here: callers pass their own schema (zod/mini keeps bundles small), and "Chữ to", on every
 * page, passes a plain check.
 */

/** What a stored value is checked with: a zod schema, or anything with the same `safeParse`. */
export interface StoredSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The value stored under `key` if `schema` accepts it; a value it refuses is dropped. */
export function readStored<T>(key: string, schema: StoredSchema<T>): T | undefined {
  const store = storage();
  try {
    const raw = store?.getItem(key);
    if (raw == null) return undefined;
    const checked = schema.safeParse(JSON.parse(raw));
    if (checked.success) return checked.data;
  } catch {
    // Unreadable JSON: dropped below, like a value of the wrong shape.
  }
  removeStored(key);
  return undefined;
}

/** Stores `value` (as JSON) under `key`; true only when the browser has kept it. */
export function writeStored(key: string, value: unknown): boolean {
  const store = storage();
  try {
    const text = JSON.stringify(value);
    store?.setItem(key, text);
    return store?.getItem(key) === text;
  } catch {
    return false;
  }
}

/** Forgets the value under `key`; true when nothing is stored there any more. */
export function removeStored(key: string): boolean {
  const store = storage();
  try {
    store?.removeItem(key);
    return store !== undefined && store.getItem(key) === null;
  } catch {
    return false;
  }
}
