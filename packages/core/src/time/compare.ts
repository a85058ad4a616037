// Instants recorded by the core share one format (milliseconds and the zone's offset), so most
// comparisons are plain string comparisons; anything else falls back to parsing.

const OFFSET_LENGTH = 6

function sameFormat(a: string, b: string): boolean {
  const n = a.length
  if (n !== b.length) return false
  if (a.charCodeAt(n - 1) === 90 /* Z */) return b.charCodeAt(n - 1) === 90
  for (let i = n - OFFSET_LENGTH; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false
  return true
}

/**
 * Orders two ISO-8601 instants chronologically (negative, zero, positive). Same-length strings
 * with the same offset compare as strings, without parsing.
 *
 * @example
 * compareInstants('2026-03-01T00:00:00.000+08:00', '2026-02-28T16:30:00.000Z') // -1
 */
export function compareInstants(a: string, b: string): number {
  if (sameFormat(a, b)) return a < b ? -1 : a > b ? 1 : 0
  const d = Date.parse(a) - Date.parse(b)
  return d < 0 ? -1 : d > 0 ? 1 : 0
}

/**
 * Whether instant `a` is strictly before `b` (`b` null = never: everything is before it).
 *
 * @example
 * isBefore('2026-03-01T00:00:00.000+08:00', null) // true
 */
export function isBefore(a: string, b: string | null): boolean {
  return b === null || compareInstants(a, b) < 0
}

const SECONDS_ONLY = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?=Z$|[+-]\d\d:\d\d$)/

/**
 * An instant in the core's canonical shape, with milliseconds (`…T10:00:00+08:00` →
 * `…T10:00:00.000+08:00`), so it compares with recorded instants as a string.
 *
 * @example
 * canonicalInstant('2026-03-01T10:00:00+08:00') // '2026-03-01T10:00:00.000+08:00'
 */
export function canonicalInstant(instant: string): string {
  const m = SECONDS_ONLY.exec(instant)
  return m ? `${m[0]}.000${instant.slice(m[0].length)}` : instant
}
