import * as z from 'zod/mini'

/**
 * An instant: an ISO-8601 date-time string with an offset (`Z` or `+08:00`), never a local time.
 *
 * @example
 * InstantSchema.safeParse('2026-03-01T09:00:00+08:00').success // true
 * InstantSchema.safeParse('2026-03-01 09:00').success // false
 */
export const InstantSchema = z.iso.datetime({ offset: true })

/**
 * An ISO-8601 date-time string with an offset.
 *
 * @example
 * const at: Instant = '2026-03-01T09:00:00.000+08:00'
 */
export type Instant = z.infer<typeof InstantSchema>
