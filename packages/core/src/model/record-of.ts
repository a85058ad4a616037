import * as z from 'zod/mini'

/**
 * A string-keyed record of `value` (internal). Same check and type as `z.record(z.string(), value)`,
 * written as an empty object with a catch-all because `z.record` pulls another schema class into
 * the bundle (~0.5 kB gzipped) for key handling the core never needs.
 *
 * @example
 * recordOf(z.number()).parse({ 'false-filing': 2 })
 */
export const recordOf = <T extends z.core.SomeType>(value: T) => z.catchall(z.object({}), value)
