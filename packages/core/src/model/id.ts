import * as z from 'zod/mini'

/**
 * A non-empty identifier: a customer, claimant, conflict or event id (internal).
 *
 * @example
 * IdSchema.safeParse('rep-1').success // true
 * IdSchema.safeParse('').success // false
 */
export const IdSchema = z.string().check(z.refine((id) => id.length > 0, 'must not be empty'))
