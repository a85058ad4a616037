import * as z from 'zod/mini'

// RFC 3339 with seconds and an offset; each field bounded. Hand-written rather than
// `z.iso.datetime`, which pulls every ISO format of zod into the bundle (~0.7 kB gzipped).
const INSTANT =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/

function isInstant(value: string): boolean {
  const m = INSTANT.exec(value)
  if (!m) return false
  // The pattern bounds each field; the calendar rules out 30 February and 29 February 2026.
  const day = Number(m[3])
  const date = new Date(0)
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, day)
  return date.getUTCDate() === day
}

/**
 * An instant: an ISO-8601 date-time string with seconds and an offset (`Z` or `+08:00`), never a
 * local time.
 *
 * @example
 * InstantSchema.safeParse('2026-03-01T09:00:00+08:00').success // true
 * InstantSchema.safeParse('2026-03-01 09:00').success // false
 */
export const InstantSchema = z
  .string()
  .check(z.refine(isInstant, 'expected an ISO-8601 date-time with offset'))

/**
 * An ISO-8601 date-time string with an offset.
 *
 * @example
 * const at: Instant = '2026-03-01T09:00:00.000+08:00'
 */
export type Instant = z.infer<typeof InstantSchema>
