/**
 * Freezes `value` and every object reachable from it through its own properties, and returns it:
 * for what the API shares between calls (form definitions, read-only cells), so that a caller
 * that changes one cannot change it for every other report of the process.
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length) {
    const v = pending.pop();
    if ((typeof v !== "object" && typeof v !== "function") || v === null || seen.has(v)) continue;
    seen.add(v);
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d && "value" in d) pending.push(d.value);
    }
  }
  return value;
}
