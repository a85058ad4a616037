/**
 * A multimap from key to ids that keeps a lone id unboxed: most identity keys (a USCC, a phone, a
 * name) belong to one customer, and a million one-element arrays would double the index's memory.
 * Callers add each (key, id) pair once, so adding is O(1) even for very common keys.
 */
export class Postings {
  readonly #map = new Map<string, string | string[]>()

  add(key: string, id: string): void {
    const ids = this.#map.get(key)
    if (ids === undefined) this.#map.set(key, id)
    else if (typeof ids === 'string') this.#map.set(key, [ids, id])
    else ids.push(id)
  }

  remove(key: string, id: string): void {
    const ids = this.#map.get(key)
    if (ids === id) this.#map.delete(key)
    else if (Array.isArray(ids)) {
      const rest = ids.filter((other) => other !== id)
      this.#map.set(key, rest.length === 1 ? (rest[0] as string) : rest)
    }
  }

  get(key: string): readonly string[] {
    const ids = this.#map.get(key)
    return ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids
  }
}
