/**
 * Where an outline's choice of parts is kept: localStorage, which pages opened from file:// have
 * too. Only these two functions touch storage, so a shared safe-storage module can replace them.
 */

/** The stored value, or undefined when there is none, it is not JSON, or storage is refused. */
export function readStored(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Whether the value was kept: storage can be refused (private window, policy, a full disk). */
export function writeStored(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
